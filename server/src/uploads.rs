//! Uploading, downloading and removing an application's files. Plain form posts (multipart), so that
//! they work with or without JavaScript; each answers with a redirect back to the attachments page,
//! naming the problem if there was one.

use crate::language::preferred;
use crate::persistence::attachments::{self, UploadRefused};
use crate::startup::AppState;
use app::api::session::USER_ID;
use app::error::AppError;
use app::i18n::{translate, Lang};
use app::model::application::{AttachmentKind, UploadProblem, MAX_UPLOAD_BYTES};
use app::model::{CurrentUser, Role};
use app::paths;
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use tower_sessions::Session;

/// The request body may carry the file and the form's few other fields.
pub const MAX_UPLOAD_REQUEST_BYTES: usize = MAX_UPLOAD_BYTES + 64 * 1024;

/// The signed-in account, or the answer to give instead.
async fn signed_in(
    state: &AppState,
    session: &Session,
    lang: Lang,
) -> Result<CurrentUser, Response> {
    let id = session.get::<i32>(USER_ID).await.ok().flatten();
    let user = match id {
        Some(id) => state.backend.user(id).await.ok().flatten(),
        None => None,
    };
    user.ok_or_else(|| Redirect::to(&format!("/{}/login", lang.code())).into_response())
}

fn refused(error: AppError, lang: Lang) -> Response {
    (error.status(), translate(lang, error.message_key())).into_response()
}

fn back(lang: Lang, id: i32, outcome: Result<(), UploadProblem>) -> Response {
    let page = paths::attachments(lang, id);
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
    session: Session,
    headers: HeaderMap,
    Path(id): Path<i32>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let lang = preferred(&headers);
    let user = match signed_in(&state, &session, lang).await {
        Ok(user) => user,
        Err(response) => return response,
    };
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
    let now = state.backend.now();
    match attachments::store(
        &state.db,
        now,
        &state.uploads,
        &user,
        id,
        kind,
        &name,
        &bytes,
    )
    .await
    {
        Ok(_) => back(lang, id, Ok(())),
        Err(UploadRefused::Problem(problem)) => back(lang, id, Err(problem)),
        Err(UploadRefused::Error(error)) => refused(error, lang),
    }
}

pub async fn download(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path(attachment): Path<i32>,
) -> Response {
    let lang = preferred(&headers);
    let user = match signed_in(&state, &session, lang).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    let row = match attachments::visible_attachment(&state.db, &user, attachment).await {
        Ok(row) => row,
        Err(error) => return refused(error, lang),
    };
    let bytes = match tokio::fs::read(state.uploads.join(&row.storage_key)).await {
        Ok(bytes) => bytes,
        Err(error) => {
            return refused(app::api::session::internal("attachment-read", &error), lang);
        }
    };
    let ascii: String = row
        .file_name
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
        utf8_percent_encode(&row.file_name, NON_ALPHANUMERIC)
    );
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&row.content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(value) = HeaderValue::from_str(&row.sha256) {
        headers.insert("x-checksum-sha256", value);
    }
    response
}

pub async fn remove(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path(attachment): Path<i32>,
) -> Response {
    let lang = preferred(&headers);
    let user = match signed_in(&state, &session, lang).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    let now = state.backend.now();
    match attachments::remove(&state.db, now, &state.uploads, &user, attachment).await {
        Ok(id) => Redirect::to(&paths::attachments(lang, id)).into_response(),
        Err(AppError::NotEditable) => {
            (StatusCode::CONFLICT, translate(lang, "error-not-editable")).into_response()
        }
        Err(error) => refused(error, lang),
    }
}
