//! The city's forms printed as PDF: on demand, in the reader's choice of the site's languages, and in
//! UIL's language (English or French) for UIL and the mails, kept beside the uploads while they wait.

use super::forms::draft;
use crate::mail::MailAttachment;
use app::error::AppError;
use app::i18n::{DocLang, Lang};
use app::model::application::{FormDraft, FormRef};
use app::model::CurrentUser;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

/// The form as it stands, printed in `lang`, or else as UIL reads it; and the name to save it under.
pub async fn print(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    user: &CurrentUser,
    form: FormRef,
    lang: Option<Lang>,
) -> Result<(String, Vec<u8>), AppError> {
    let draft = draft(db, now, user, form).await?;
    let file_name = crate::pdf::file_name(&draft);
    let lang = lang.map_or_else(|| draft.uil_language(), DocLang::from);
    Ok((file_name, crate::pdf::print(draft, lang).await?))
}

/// Prints the submitted answers in the language UIL reads them in (English, or French where the city
/// corresponds in French), and keeps the file for the mails.
pub async fn printed_form(
    draft: &FormDraft,
    files: &std::path::Path,
    version: i32,
) -> Result<MailAttachment, AppError> {
    let printed = crate::pdf::print(draft.clone(), draft.uil_language()).await?;
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
