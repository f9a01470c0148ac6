//! The Commission's endorsement of an application: printed when the Commission endorses, kept beside
//! the uploads, and downloaded by the city (to send it to UIL itself) and the Commission. Once it is
//! signed and stamped on paper, the secretary uploads the scan, which then goes to UIL in its place.

use super::access::secretary_only;
use super::attachments::{accepted, save, NewFile, UploadRefused};
use super::errors::db_error;
use super::forms::draft;
use crate::pdf::{endorsement_pdf, Endorsement};
use crate::storage::decisions::{scans_of, standing_endorsement};
use crate::storage::entities::applications;
use app::error::AppError;
use app::i18n::Lang;
use app::model::application::{clean_file_name, AttachmentKind, FormRef};
use app::model::{ApplicationStatus, CurrentUser, LiveEvent};
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};
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

/// The secretary uploads the signed and stamped endorsement, checked as the city's files are; it
/// replaces an earlier scan of the same endorsement (one of an endorsement since reopened is kept). Possible once the application is endorsed, also after it went to UIL,
/// so that the record is complete.
pub async fn upload_signed(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    folder: &Path,
    secretary: &CurrentUser,
    application: i32,
    file_name: &str,
    bytes: &[u8],
) -> Result<LiveEvent, UploadRefused> {
    secretary_only(secretary)?;
    let stored = applications::Entity::find_by_id(application)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let status = ApplicationStatus::from(stored.status);
    let endorsement = standing_endorsement(db, application)
        .await
        .map_err(db_error)?
        .filter(|_| status.counts_against_quota())
        .ok_or(AppError::NotNow)?;
    let media_type = accepted(bytes)?;
    let form = FormRef::application(application);
    let replacing = scans_of(db, &endorsement).await.map_err(db_error)?;
    let file = NewFile {
        form,
        kind: AttachmentKind::SignedEndorsement,
        file_name,
        bytes,
        media_type,
    };
    save(db, now, folder, secretary, file, replacing).await?;
    Ok(LiveEvent::ApplicationChanged {
        id: application,
        city_id: stored.city_id,
        status,
    })
}
