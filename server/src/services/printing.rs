//! The city's forms printed as PDF: on demand, in the reader's choice of the site's languages, and in
//! English for the mails to the Commission and UIL, kept beside the uploads for as long as they wait.

use super::forms::draft;
use crate::mail::MailAttachment;
use app::error::AppError;
use app::i18n::Lang;
use app::model::application::{FormDraft, FormRef};
use app::model::CurrentUser;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

/// The form as it stands, printed in `lang`, and the name to save it under.
pub async fn print(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    user: &CurrentUser,
    form: FormRef,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    let draft = draft(db, now, user, form).await?;
    let file_name = crate::pdf::file_name(&draft);
    Ok((file_name, crate::pdf::print(draft, lang).await?))
}

/// Prints the submitted answers in English, the language UIL reads, and keeps the file for the mails.
pub async fn printed_form(
    draft: &FormDraft,
    files: &std::path::Path,
    version: i32,
) -> Result<MailAttachment, AppError> {
    let printed = crate::pdf::print(draft.clone(), Lang::En).await?;
    let storage_key = format!("{}-{}-v{version}.pdf", draft.kind.as_str(), draft.id);
    crate::files::write(files, &storage_key, &printed)
        .await
        .map_err(|error| AppError::internal("pdf-write", &error))?;
    Ok(MailAttachment {
        storage_key,
        file_name: crate::pdf::file_name(draft),
        content_type: "application/pdf".to_owned(),
    })
}
