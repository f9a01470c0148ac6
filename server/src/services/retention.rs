//! What the privacy notice promises about time: an application or report never submitted is deleted
//! with its files once its retention period has passed, and a sent mail's text once its own has. A
//! daily pass; each pass is in the audit log with what it deleted.

use crate::files;
use crate::mail;
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use app::model::{AuditKind, PrivacyFacts};
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{DatabaseConnection, DbErr};
use std::path::Path;

/// What one pass deleted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Deleted {
    pub forms: usize,
    pub files: usize,
    pub mail_texts: u64,
}

/// Deletes what has outlived its period at `now`, and records the pass.
pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    uploads: &Path,
    periods: &PrivacyFacts,
) -> Result<Deleted, DbErr> {
    let drafts_before = now - TimeDelta::days(periods.draft_days.into());
    let mail_before = now - TimeDelta::days(periods.mail_days.into());
    let mut deleted = Deleted::default();
    let txn = begin_write(db).await?;
    // A write first: on SQLite it takes the write lock before anything is read, so that a writer
    // outside the turns (a session, the mail worker) cannot leave this transaction's reads stale.
    deleted.mail_texts = mail::forget_texts(&*txn, mail_before).await?;
    storage::rate_limits::forget_spent(&*txn, now).await?;
    let mut stored_files = Vec::new();
    for form in storage::forms::never_submitted_before(&*txn, drafts_before).await? {
        let attached = storage::forms::attachments_of(&*txn, form).await?;
        stored_files.extend(attached.into_iter().map(|file| file.storage_key));
        storage::forms::delete(&*txn, form).await?;
        deleted.forms += 1;
    }
    deleted.files = stored_files.len();
    record_event(
        &*txn,
        now,
        None,
        ("retention", 0),
        AuditKind::RetentionRun,
        serde_json::json!({
            "forms": deleted.forms,
            "files": deleted.files,
            "mail_texts": deleted.mail_texts,
        }),
    )
    .await?;
    txn.commit().await?;
    // The rows are gone for good; a file that cannot be removed now is only disk space, and says so.
    for key in stored_files {
        if let Err(error) = files::remove(uploads, &key).await {
            tracing::warn!(%error, key, "a deleted draft's file stays on disk");
        }
    }
    Ok(deleted)
}
