//! Uploading, downloading and removing the files of the city's forms (applications and progress
//! reports), and printing a form. Plain form posts (multipart), so that they work with or without
//! JavaScript; each answers with a redirect back to the attachments page, naming the problem if there
//! was one.

use super::extract::SignedIn;
use super::AppState;
use crate::services::attachments::UploadRefused;
use crate::services::reviews::ExportFormat;
use app::error::AppError;
use app::i18n::{translate, Lang};
use app::model::application::{AttachmentKind, FormRef, UploadProblem, MAX_UPLOAD_BYTES};
use app::model::{AuditQuery, BoardQuery, Role};
use app::paths;
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::{header, request::Parts, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

/// The request body may carry the file and the form's few other fields.
pub const MAX_UPLOAD_REQUEST_BYTES: usize = MAX_UPLOAD_BYTES + 64 * 1024;

pub(crate) fn refused(error: AppError, lang: Lang) -> Response {
    (error.status(), translate(lang, error.message_key())).into_response()
}

/// The form a `/files/applications/{id}/…` or `/files/reports/{id}/…` address names.
pub struct FormPath(FormRef);

impl<S: Send + Sync> FromRequestParts<S> for FormPath {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, StatusCode> {
        let mut segments = parts.uri.path().trim_start_matches('/').split('/').skip(1);
        let (folder, id) = (segments.next(), segments.next());
        let id = id
            .and_then(|id| id.parse().ok())
            .ok_or(StatusCode::NOT_FOUND)?;
        match folder {
            Some("applications") => Ok(FormPath(FormRef::application(id))),
            Some("reports") => Ok(FormPath(FormRef::report(id))),
            _ => Err(StatusCode::NOT_FOUND),
        }
    }
}

fn back(lang: Lang, form: FormRef, outcome: Result<(), UploadProblem>) -> Response {
    let page = paths::attachments(lang, form);
    let target = match outcome {
        Ok(()) => format!("{page}?uploaded=1"),
        Err(problem) => format!("{page}?problem={}", problem.as_str()),
    };
    Redirect::to(&target).into_response()
}

/// The upload form's fields, read in full before anything is checked.
#[derive(Default)]
struct UploadForm {
    kind: Option<AttachmentKind>,
    file: Option<(String, Vec<u8>)>,
    too_large: bool,
}

async fn read_form(mut multipart: Multipart) -> UploadForm {
    let mut form = UploadForm::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // The body limit ends the stream early: the file was too large.
            Err(_) => {
                form.too_large = true;
                break;
            }
        };
        match field.name() {
            Some("kind") => {
                form.kind = field
                    .text()
                    .await
                    .ok()
                    .and_then(|v| AttachmentKind::parse(&v))
            }
            Some("file") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                match field.bytes().await {
                    Ok(bytes) if bytes.len() > MAX_UPLOAD_BYTES => form.too_large = true,
                    Ok(bytes) if !bytes.is_empty() => form.file = Some((name, bytes.to_vec())),
                    Ok(_) => {}
                    Err(_) => form.too_large = true,
                }
            }
            _ => {}
        }
    }
    form
}

pub async fn upload(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    FormPath(id): FormPath,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    if user.role != Role::CityApplicant {
        return refused(AppError::Forbidden, lang);
    }
    let Ok(multipart) = multipart else {
        return back(lang, id, Err(UploadProblem::NoFile));
    };
    let form = read_form(multipart).await;
    let (name, bytes) = match (form.too_large, form.file) {
        (true, _) => return back(lang, id, Err(UploadProblem::TooLarge)),
        (false, None) => return back(lang, id, Err(UploadProblem::NoFile)),
        (false, Some(file)) => file,
    };
    let Some(kind) = form.kind else {
        return back(lang, id, Err(UploadProblem::NoKind));
    };
    match state.services.upload(&user, id, kind, &name, &bytes).await {
        Ok(_) => back(lang, id, Ok(())),
        Err(UploadRefused::Problem(problem)) => back(lang, id, Err(problem)),
        Err(UploadRefused::Error(error)) => refused(error, lang),
    }
}

/// `POST /files/applications/{id}/signed-endorsement`: the secretary's scan of the signed endorsement,
/// from the application's desk, which the answer returns to (naming the problem if there was one).
pub async fn upload_signed_endorsement(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    Path(id): Path<i32>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    if user.role != Role::CommissionSecretary {
        return refused(AppError::Forbidden, lang);
    }
    let desk = |outcome: Result<(), UploadProblem>| {
        let page = paths::review_desk(lang, id);
        let target = match outcome {
            Ok(()) => format!("{page}?uploaded=1#signed-endorsement"),
            Err(problem) => format!("{page}?problem={}#signed-endorsement", problem.as_str()),
        };
        Redirect::to(&target).into_response()
    };
    let Ok(multipart) = multipart else {
        return desk(Err(UploadProblem::NoFile));
    };
    let form = read_form(multipart).await;
    let (name, bytes) = match (form.too_large, form.file) {
        (true, _) => return desk(Err(UploadProblem::TooLarge)),
        (false, None) => return desk(Err(UploadProblem::NoFile)),
        (false, Some(file)) => file,
    };
    match state
        .services
        .upload_signed_endorsement(&user, id, &name, &bytes)
        .await
    {
        Ok(()) => desk(Ok(())),
        Err(UploadRefused::Problem(problem)) => desk(Err(problem)),
        Err(UploadRefused::Error(error)) => refused(error, lang),
    }
}

pub async fn download(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    Path(attachment): Path<i32>,
) -> Response {
    match state.services.attachment(&user, attachment).await {
        Ok(file) => file_response(
            file.bytes,
            &file.content_type,
            &file.file_name,
            Some(&file.sha256),
        ),
        Err(error) => refused(error, lang),
    }
}

/// `GET /files/attachments/{id}/view`: the same file, to be shown in a frame of the site's own pages.
/// Only PDF, JPEG and PNG files are ever stored (checked by their contents, and sent with `nosniff`),
/// so a file cannot run as a page of the site.
pub async fn view(state: State<AppState>, signed_in: SignedIn, attachment: Path<i32>) -> Response {
    let mut response = download(state, signed_in, attachment).await;
    if response.status().is_success() {
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("inline"),
        );
        headers.insert(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("SAMEORIGIN"),
        );
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors 'self'"),
        );
    }
    response
}

#[derive(serde::Deserialize)]
pub struct PrintQuery {
    lang: Option<String>,
}

/// The form as it stands, printed as a PDF (an application for the mayor to sign), for the city's
/// people and the Commission. English by default, the language the form goes to UIL in; `?lang=`
/// prints the labels in another of the site's languages.
pub async fn printed(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    FormPath(form): FormPath,
    Query(query): Query<PrintQuery>,
) -> Response {
    let print_lang = query.lang.as_deref().and_then(Lang::parse);
    match state.services.print(&user, form, print_lang).await {
        Ok((file_name, bytes)) => file_response(bytes, "application/pdf", &file_name, None),
        Err(error) => refused(error, lang),
    }
}

/// The Commission's endorsement, for the city (to send it to UIL itself) and the Commission.
pub async fn endorsement(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    Path(id): Path<i32>,
) -> Response {
    match state.backend.endorsement_file(&user, id).await {
        Ok((file_name, bytes)) => file_response(bytes, "application/pdf", &file_name, None),
        Err(error) => refused(error, lang),
    }
}

/// A download's query as pairs, and the language its headings are written in: `?lang=` (the page's)
/// or else the reader's.
fn download_query(pairs: &[(String, String)], lang: Lang) -> (Vec<(&str, &str)>, Lang) {
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    let lang = pairs
        .iter()
        .filter(|(key, _)| *key == "lang")
        .find_map(|(_, value)| Lang::parse(value))
        .unwrap_or(lang);
    (pairs, lang)
}

/// `GET /files/audit.csv?…`: the audit log's lines that the page's filters keep, for the secretary.
pub async fn audit_csv(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let (pairs, lang) = download_query(&pairs, lang);
    let query = AuditQuery::from_pairs(pairs);
    match state.services.audit_csv(&user, &query, lang).await {
        Ok((file_name, bytes)) => file_response(bytes, CSV, &file_name, None),
        Err(error) => refused(error, lang),
    }
}

const CSV: &str = "text/csv; charset=utf-8";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async fn board_export(
    state: AppState,
    SignedIn { lang, user }: SignedIn,
    pairs: Vec<(String, String)>,
    format: ExportFormat,
) -> Response {
    let (pairs, lang) = download_query(&pairs, lang);
    let query = BoardQuery::from_pairs(pairs);
    match state
        .services
        .board_export(&user, &query, format, lang)
        .await
    {
        Ok((file_name, bytes)) => {
            let content_type = match format {
                ExportFormat::Csv => CSV,
                ExportFormat::Xlsx => XLSX,
            };
            file_response(bytes, content_type, &file_name, None)
        }
        Err(error) => refused(error, lang),
    }
}

/// `GET /files/board.csv?…`: the board's applications that its filters keep, for the Commission,
/// each member seeing what the board shows them.
pub async fn board_csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    board_export(state, signed_in, pairs, ExportFormat::Csv).await
}

/// `GET /files/board.xlsx?…`: the same as an Excel workbook.
pub async fn board_xlsx(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    board_export(state, signed_in, pairs, ExportFormat::Xlsx).await
}

/// `GET /files/meeting-sheet.pdf?year=…`: the sheet for the Commission's meeting on a cycle.
pub async fn meeting_sheet(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let (pairs, lang) = download_query(&pairs, lang);
    let year = BoardQuery::from_pairs(pairs).year;
    match state.services.meeting_sheet(&user, year, lang).await {
        Ok((file_name, bytes)) => file_response(bytes, "application/pdf", &file_name, None),
        Err(error) => refused(error, lang),
    }
}

/// `GET /files/my-data.zip`: the signed-in person's copy of everything stored about them.
pub async fn own_data(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
) -> Response {
    match state.services.personal_data(&user).await {
        Ok((file_name, bytes)) => file_response(bytes, "application/zip", &file_name, None),
        Err(error) => refused(error, lang),
    }
}

/// A file to save, named in ASCII for old clients and in UTF-8 for the rest, never cached by proxies.
pub(crate) fn file_response(
    bytes: Vec<u8>,
    content_type: &str,
    file_name: &str,
    sha256: Option<&str>,
) -> Response {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let disposition = format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        utf8_percent_encode(file_name, NON_ALPHANUMERIC)
    );
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Some(value) = sha256.and_then(|sha256| HeaderValue::from_str(sha256).ok()) {
        headers.insert("x-checksum-sha256", value);
    }
    response
}

pub async fn remove(
    State(state): State<AppState>,
    SignedIn { lang, user }: SignedIn,
    Path(attachment): Path<i32>,
) -> Response {
    match state.services.remove_attachment(&user, attachment).await {
        Ok(form) => Redirect::to(&paths::attachments(lang, form)).into_response(),
        Err(AppError::NotEditable) => {
            (StatusCode::CONFLICT, translate(lang, "error-not-editable")).into_response()
        }
        Err(error) => refused(error, lang),
    }
}
