//! Attachments of the city's forms: the files stored on disk under the upload folder, described in
//! the database.

use super::access::{editable, visible};
use super::errors::db_error;
use crate::mail::MailAttachment;
use crate::storage::audit::record_event;
use crate::storage::entities::{attachments, enums};
use crate::storage::forms::{attachments_of, owner_ids, owner_of};
use app::error::AppError;
use app::model::application::{
    AttachmentKind, AttachmentSummary, FormKind, FormRef, UploadProblem, MAX_ATTACHMENTS,
};
use app::model::AuditKind;
use app::model::{CurrentUser, Deadline};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter,
};
use sha2::{Digest, Sha256};
use std::path::Path;

fn kind_of(stored: enums::AttachmentKind) -> AttachmentKind {
    match stored {
        enums::AttachmentKind::SignedApplication => AttachmentKind::SignedApplication,
        enums::AttachmentKind::SignedEndorsement => AttachmentKind::SignedEndorsement,
        enums::AttachmentKind::Supporting => AttachmentKind::Supporting,
    }
}

fn stored_kind(kind: AttachmentKind) -> enums::AttachmentKind {
    match kind {
        AttachmentKind::SignedApplication => enums::AttachmentKind::SignedApplication,
        AttachmentKind::SignedEndorsement => enums::AttachmentKind::SignedEndorsement,
        AttachmentKind::Supporting => enums::AttachmentKind::Supporting,
    }
}

/// The form's files, oldest first.
pub async fn list(
    db: &DatabaseConnection,
    form: FormRef,
) -> Result<Vec<AttachmentSummary>, AppError> {
    let rows = attachments_of(db, form).await.map_err(db_error)?;
    let uploader_ids: Vec<i32> = rows.iter().map(|row| row.uploaded_by).collect();
    let names = crate::storage::users::names(db, Some(uploader_ids))
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|row| AttachmentSummary {
            id: row.id,
            kind: kind_of(row.kind),
            file_name: row.file_name,
            content_type: row.content_type,
            size_bytes: row.size_bytes,
            sha256: row.sha256,
            uploaded_by: names.get(&row.uploaded_by).cloned().unwrap_or_default(),
            uploaded_at: Deadline::at(row.uploaded_at),
        })
        .collect())
}

/// A stored file as a mail carries it.
pub(super) fn as_mail_file(row: attachments::Model) -> MailAttachment {
    MailAttachment {
        storage_key: row.storage_key,
        file_name: row.file_name,
        content_type: row.content_type,
    }
}

/// Every file of the form, to send with it.
pub(super) async fn mail_files(
    db: &impl ConnectionTrait,
    form: FormRef,
) -> Result<Vec<MailAttachment>, AppError> {
    Ok(attachments_of(db, form)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(as_mail_file)
        .collect())
}

/// What went wrong with an upload: a problem the person can fix, or an error of the request.
pub enum UploadRefused {
    Problem(UploadProblem),
    Error(AppError),
}

impl From<AppError> for UploadRefused {
    fn from(error: AppError) -> Self {
        match error {
            AppError::NotEditable => UploadRefused::Problem(UploadProblem::NotEditable),
            other => UploadRefused::Error(other),
        }
    }
}

/// Checks and stores one of the city's files: its type by content, then on disk under a random key,
/// then its row.
#[allow(clippy::too_many_arguments)]
pub async fn store(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    folder: &Path,
    applicant: &CurrentUser,
    form: FormRef,
    kind: AttachmentKind,
    file_name: &str,
    bytes: &[u8],
) -> Result<i32, UploadRefused> {
    editable(db, applicant, form).await?;
    // Only an application is signed, and only the Commission signs its endorsement.
    if !AttachmentKind::OF_CITY.contains(&kind)
        || (form.kind == FormKind::Report && kind == AttachmentKind::SignedApplication)
    {
        return Err(UploadRefused::Problem(UploadProblem::NoKind));
    }
    let media_type = accepted(bytes)?;
    let count = attachments_of(db, form)
        .await
        .map_err(|e| UploadRefused::Error(db_error(e)))?
        .len();
    if count >= MAX_ATTACHMENTS {
        return Err(UploadRefused::Problem(UploadProblem::TooMany));
    }
    let file = NewFile {
        form,
        kind,
        file_name,
        bytes,
        media_type,
    };
    save(db, now, folder, applicant, file, Vec::new()).await
}

/// The file's type by its content, if it is one the site keeps.
pub(super) fn accepted(bytes: &[u8]) -> Result<&'static str, UploadRefused> {
    if bytes.is_empty() {
        return Err(UploadRefused::Problem(UploadProblem::NoFile));
    }
    infer::get(bytes)
        .map(|found| found.mime_type())
        .filter(|media_type| app::model::application::accepted_type(media_type))
        .ok_or(UploadRefused::Problem(UploadProblem::WrongType))
}

/// A checked file about to be stored.
pub(super) struct NewFile<'a> {
    pub form: FormRef,
    pub kind: AttachmentKind,
    pub file_name: &'a str,
    pub bytes: &'a [u8],
    pub media_type: &'static str,
}

/// Writes the file under a random key, then its row and the audit line; the rows of `replacing` go in
/// the same transaction and their files once it is committed.
pub(super) async fn save(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    folder: &Path,
    uploader: &CurrentUser,
    file: NewFile<'_>,
    replacing: Vec<attachments::Model>,
) -> Result<i32, UploadRefused> {
    let NewFile {
        form,
        kind,
        file_name,
        bytes,
        media_type,
    } = file;
    let sha256 = hex::encode(Sha256::digest(bytes));
    let mut key_bytes = [0_u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut key_bytes);
    let storage_key = hex::encode(key_bytes);
    let internal = |what: &str, error: &dyn std::fmt::Display| {
        UploadRefused::Error(AppError::internal(what, error))
    };
    crate::files::write(folder, &storage_key, bytes)
        .await
        .map_err(|e| internal("upload-write", &e))?;
    let path = folder.join(&storage_key);

    let txn = crate::storage::begin_write(db)
        .await
        .map_err(|e| UploadRefused::Error(db_error(e)))?;
    let replaced: Vec<i32> = replacing.iter().map(|row| row.id).collect();
    let saved = async {
        let (application_id, progress_report_id) = owner_ids(form);
        let row = attachments::ActiveModel {
            application_id: Set(application_id),
            progress_report_id: Set(progress_report_id),
            kind: Set(stored_kind(kind)),
            file_name: Set(app::model::application::clean_file_name(file_name)),
            content_type: Set(media_type.to_owned()),
            size_bytes: Set(bytes.len() as i64),
            sha256: Set(sha256.clone()),
            storage_key: Set(storage_key.clone()),
            uploaded_by: Set(uploader.id),
            uploaded_at: Set(now),
            ..Default::default()
        }
        .insert(&*txn)
        .await?;
        if !replaced.is_empty() {
            attachments::Entity::delete_many()
                .filter(attachments::Column::Id.is_in(replaced.clone()))
                .exec(&*txn)
                .await?;
        }
        record_event(
            &*txn,
            now,
            Some(uploader.id),
            (form.kind.as_str(), form.id),
            AuditKind::AttachmentAdded,
            serde_json::json!({
                "attachment": row.id,
                "sha256": sha256,
                "kind": kind.as_str(),
                "replaces": replaced,
            }),
        )
        .await?;
        Ok::<_, sea_orm::DbErr>(row.id)
    }
    .await;
    match saved {
        Ok(attachment) => {
            txn.commit()
                .await
                .map_err(|e| UploadRefused::Error(db_error(e)))?;
            for old in replacing {
                if let Err(error) = tokio::fs::remove_file(folder.join(&old.storage_key)).await {
                    tracing::warn!(attachment = old.id, %error, "a replaced file could not be deleted");
                }
            }
            Ok(attachment)
        }
        Err(error) => {
            let _ = tokio::fs::remove_file(&path).await;
            Err(UploadRefused::Error(db_error(error)))
        }
    }
}

/// A stored file as it is downloaded.
pub struct Download {
    pub bytes: Vec<u8>,
    pub content_type: String,
    pub file_name: String,
    pub sha256: String,
}

/// The file, if `user` may download it.
pub async fn download(
    db: &DatabaseConnection,
    folder: &Path,
    user: &CurrentUser,
    attachment: i32,
) -> Result<Download, AppError> {
    let row = visible_attachment(db, user, attachment).await?;
    let bytes = tokio::fs::read(folder.join(&row.storage_key))
        .await
        .map_err(|error| AppError::internal("attachment-read", &error))?;
    Ok(Download {
        bytes,
        content_type: row.content_type,
        file_name: row.file_name,
        sha256: row.sha256,
    })
}

/// The attachment if `user` may download it: the city's own people and the Commission.
async fn visible_attachment(
    db: &DatabaseConnection,
    user: &CurrentUser,
    attachment: i32,
) -> Result<attachments::Model, AppError> {
    let row = attachments::Entity::find_by_id(attachment)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let form = owner_of(row.application_id, row.progress_report_id).ok_or(AppError::NotFound)?;
    visible(db, user, form).await?;
    Ok(row)
}

/// Removes a file while its form is still editable; returns the form.
pub async fn remove(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    folder: &Path,
    applicant: &CurrentUser,
    attachment: i32,
) -> Result<FormRef, AppError> {
    let row = visible_attachment(db, applicant, attachment).await?;
    let form = owner_of(row.application_id, row.progress_report_id).ok_or(AppError::NotFound)?;
    editable(db, applicant, form).await?;
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    attachments::Entity::delete_by_id(row.id)
        .exec(&*txn)
        .await
        .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(applicant.id),
        (form.kind.as_str(), form.id),
        AuditKind::AttachmentRemoved,
        serde_json::json!({ "attachment": row.id, "sha256": row.sha256 }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    if let Err(error) = tokio::fs::remove_file(folder.join(&row.storage_key)).await {
        tracing::warn!(attachment, %error, "a removed attachment's file could not be deleted");
    }
    Ok(form)
}
