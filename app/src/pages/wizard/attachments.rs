//! `/{lang}/apply/{id}/attachments`: the mayor's signed scan and supporting documents; for a report,
//! `/{lang}/report/{id}/attachments`: its illustrations, case studies and statistics.

use super::WithDraft;
use crate::components::{ErrorSummary, LiveRegion};
use crate::error::{AppError, FieldError};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{
    AttachmentKind, AttachmentSummary, FormDraft, FormKind, Preview, UploadProblem,
};
use crate::model::{format_wall_clock, LiveTopic};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The file input, which the error summary links to.
const UPLOAD_FIELD: &str = "upload-file";

/// `?problem=` and `?uploaded=1` follow an upload posted without JavaScript.
#[component]
pub fn AttachmentsPage(#[prop(optional)] kind: FormKind) -> impl IntoView {
    let query = use_query_map();
    let problem = query
        .read_untracked()
        .get("problem")
        .as_deref()
        .and_then(UploadProblem::parse);
    let uploaded = query.read_untracked().get("uploaded").is_some();
    view! {
        <WithDraft form=super::form_in_address(kind) page=move |draft| view! { <Attachments draft problem uploaded/> }/>
    }
}

/// "1.2 MB", "310 KB": sizes as people read them.
fn size_text(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

#[component]
fn Attachments(draft: FormDraft, problem: Option<UploadProblem>, uploaded: bool) -> impl IntoView {
    let i18n = use_i18n();
    let form = draft.reference();
    // Only an application carries the mayor's signed scan.
    let kinds: Vec<AttachmentKind> = AttachmentKind::OF_CITY
        .into_iter()
        .filter(|kind| {
            form.kind == FormKind::Application || *kind != AttachmentKind::SignedApplication
        })
        .collect();
    let first_kind = kinds.first().copied();
    let intro_key = match form.kind {
        FormKind::Application => "attachments-intro",
        FormKind::Report => "attachments-report-intro",
    };
    let editable = draft.editable;
    let none_yet = draft.attachments.is_empty();
    view! {
        <Title text=move || i18n.t(form.kind.attachments_key())/>
        <p class="caption">
            <a href=paths::task_list(i18n.lang(), form)>{i18n.tr("wizard-back-to-tasks")}</a>
        </p>
        <h1>{i18n.tr(form.kind.attachments_key())}</h1>
        <p>{i18n.tr(intro_key)}</p>
        <p>
            <a class="button button--secondary" href=paths::printed(form) download="">
                {i18n.tr("attachments-print")}
            </a>
        </p>
        <UploadOutcome problem uploaded/>
        <LiveRegion id="attachments".to_owned() topic=LiveTopic::Form(form)>
            <FileList files=draft.attachments editable/>
            {none_yet.then(|| view! { <p class="muted">{i18n.tr("attachments-none")}</p> })}
        </LiveRegion>
        {editable.then(|| view! {
            <h2>{i18n.tr("attachments-add-heading")}</h2>
            <UploadForm action=paths::upload(form) problem=problem.is_some() button_key="attachments-upload".to_owned()>
                <div class="field">
                    <fieldset class="fieldset">
                        <legend class="fieldset__legend">{i18n.tr("attachments-kind")}</legend>
                        <div class="choice">
                            {kinds
                                .iter()
                                .map(|&kind| {
                                    let radio_id = format!("field-kind-{}", kind.as_str());
                                    view! {
                                        <div class="choice__item">
                                            <input
                                                class="choice__input"
                                                type="radio"
                                                id=radio_id.clone()
                                                name="kind"
                                                value=kind.as_str()
                                                checked=Some(kind) == first_kind
                                            />
                                            <label class="choice__label" for=radio_id>{i18n.tr(kind.label_key())}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                </div>
            </UploadForm>
        })}
    }
}

/// What the last upload came to, from the address it returned to: the problem in an error summary
/// linked to the file field, or that it went through.
#[component]
pub(crate) fn UploadOutcome(problem: Option<UploadProblem>, uploaded: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ErrorSummary
            error=Signal::stored(problem.map(|problem| {
                AppError::Validation(vec![FieldError::new(UPLOAD_FIELD, problem.message_key())])
            }))
            link_of=Callback::new(|_| format!("#{UPLOAD_FIELD}"))
        />
        {uploaded.then(|| view! {
            <div class="panel panel--success" role="status"><p>{i18n.tr("attachments-uploaded")}</p></div>
        })}
    }
}

/// A plain multipart form posting one file to `action` (with `children` as its other fields), which
/// works without JavaScript and says it is uploading while it does.
#[island]
pub(crate) fn UploadForm(
    action: String,
    problem: bool,
    button_key: String,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let uploading = RwSignal::new(false);
    view! {
        <form
            class="form"
            method="post"
            action=action
            enctype="multipart/form-data"
            on:submit=move |_| uploading.set(true)
        >
            {children()}
            <div class="field" class:field--error=problem>
                <label class="field__label" for=UPLOAD_FIELD>{i18n.tr("attachments-file")}</label>
                <p class="field__hint" id="upload-file-hint">{i18n.tr("attachments-file-hint")}</p>
                <input
                    class="field__input field__input--file"
                    type="file"
                    id=UPLOAD_FIELD
                    name="file"
                    accept="application/pdf,image/jpeg,image/png"
                    aria-describedby="upload-file-hint"
                />
            </div>
            <button type="submit" class="button" disabled=move || uploading.get()>
                {move || if uploading.get() { i18n.t("attachments-uploading") } else { i18n.t(&button_key) }}
            </button>
        </form>
    }
}

/// The application's files, each with its download link, kind, size, uploader and checksum; the city
/// may remove one while it can still edit.
#[component]
pub(crate) fn FileList(files: Vec<AttachmentSummary>, editable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let rows = files
        .into_iter()
        .map(|file| {
            let uploaded_line = {
                let by = file.uploaded_by.clone();
                move || {
                    translate_with(
                        i18n.lang(),
                        "attachments-uploaded-by",
                        &[
                            ("name", Arg::Text(by.clone())),
                            ("datetime", Arg::Text(format_wall_clock(i18n.lang(), file.uploaded_at.riga))),
                        ],
                    )
                }
            };
            let remove = editable.then(|| {
                view! {
                    <form method="post" action=paths::remove_attachment(file.id) class="inline-form">
                        <button type="submit" class="link-button link-button--danger">
                            {i18n.tr("attachments-remove")}
                            <span class="visually-hidden">" " {file.file_name.clone()}</span>
                        </button>
                    </form>
                }
            });
            let preview = file.preview().map(|preview| {
                view! { <FilePreview id=file.id name=file.file_name.clone() preview/> }
            });
            view! {
                <li class="file-list__item" data-testid="attachment">
                    <div>
                        <a href=paths::download(file.id) download=file.file_name.clone()>{file.file_name.clone()}</a>
                        " "
                        <strong class="tag">{i18n.tr(file.kind.label_key())}</strong>
                    </div>
                    <p class="muted file-list__meta">
                        {size_text(file.size_bytes)} " · " {uploaded_line} " · SHA-256 "
                        <code title=file.sha256.clone()>{file.sha256[..12].to_owned()}</code>
                    </p>
                    {preview}
                    {remove}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="file-list">{rows}</ul> }
}

/// A file shown in the page once its reader opens it. Nothing is fetched before (a frame inside a
/// closed `<details>` would load at once), and once opened it stays loaded when closed again. Before
/// the page's script runs, the link opens the file in a tab of its own.
#[island]
fn FilePreview(id: i32, name: String, preview: Preview) -> impl IntoView {
    let i18n = use_i18n();
    let opened = RwSignal::new(false);
    let source = paths::view_attachment(id);
    let title = translate_with(
        i18n.lang(),
        "attachments-preview-of",
        &[("name", Arg::Text(name.clone()))],
    );
    let shown = {
        let (source, title) = (source.clone(), title.clone());
        move || {
            opened.get().then(|| match preview {
                Preview::Document => view! {
                    <iframe class="file-list__frame" src=source.clone() title=title.clone()></iframe>
                }
                .into_any(),
                Preview::Image => view! {
                    <img class="file-list__image" src=source.clone() alt=title.clone()/>
                }
                .into_any(),
            })
        }
    };
    view! {
        <details class="file-list__preview" data-testid="preview" on:toggle=move |_| opened.set(true)>
            <summary>
                {i18n.tr("attachments-preview")}
                <span class="visually-hidden">" " {name}</span>
            </summary>
            {shown}
            <p class="file-list__meta">
                <a href=source target="_blank" rel="noopener">{i18n.tr("attachments-open-tab")}</a>
            </p>
        </details>
    }
}
