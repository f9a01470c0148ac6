//! The Commission's endorsement of an application: printed when the Commission endorses, kept beside
//! the uploads, and downloaded by the city (to send it to UIL itself) and the Commission.

use super::errors::db_error;
use super::forms::draft;
use crate::pdf::{endorsement_pdf, Endorsement};
use crate::storage::decisions::standing_endorsement;
use app::error::AppError;
use app::i18n::Lang;
use app::model::application::{clean_file_name, FormRef};
use app::model::CurrentUser;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::path::Path;

/// The file the endorsement of `decision` is kept under, beside the uploads.
pub fn key(application: i32, decision: i32) -> String {
    format!("endorsement-{application}-{decision}.pdf")
}

/// The name the endorsement is saved and sent under.
pub fn file_name(city: &str, year: i32) -> String {
    clean_file_name(&format!("GNLC-endorsement-{city}-{year}.pdf"))
}

/// Prints the endorsement of `decision` in English, the language UIL reads, and keeps it.
pub async fn write(
    files: &Path,
    application: i32,
    decision: i32,
    endorsement: &Endorsement,
) -> Result<(), AppError> {
    let pdf = endorsement_pdf(endorsement, Lang::En);
    crate::files::write(files, &key(application, decision), &pdf)
        .await
        .map_err(|error| AppError::internal("endorsement-write", &error))
}

/// The standing endorsement's file and the name to save it under, for whoever may see the application.
pub async fn file(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    files: &Path,
    user: &CurrentUser,
    application: i32,
) -> Result<(String, Vec<u8>), AppError> {
    let draft = draft(db, now, user, FormRef::application(application)).await?;
    let endorsement = standing_endorsement(db, application)
        .await
        .map_err(db_error)?
        .filter(|_| draft.endorsed)
        .ok_or(AppError::NotFound)?;
    let bytes = tokio::fs::read(files.join(key(application, endorsement.id)))
        .await
        .map_err(|error| AppError::internal("endorsement-read", &error))?;
    Ok((file_name(&draft.city, draft.year), bytes))
}
