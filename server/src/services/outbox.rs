//! The outbox as the secretary sees it: reading every mail, editing and sending a decision's drafts,
//! and sending a failed mail again.

use super::access::secretary_only;
use super::errors::db_error;
use crate::mail::MailAttachment;
use crate::mail::OutboxFilter;
use crate::storage::entities::outbox_messages;
use app::error::{AppError, FieldError};
use app::model::{
    CurrentUser, Deadline, Outbox, OutboxItem, OutboxQuery, BODY_CHARS, OUTBOX_PAGE, SEARCH_CHARS,
    SUBJECT_CHARS,
};
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};

fn addresses(json: serde_json::Value) -> Vec<String> {
    serde_json::from_value(json).unwrap_or_default()
}

/// The page of the outbox `query` asks for (the last one if it asks past it).
pub async fn list(
    db: &DatabaseConnection,
    reader: &CurrentUser,
    query: &OutboxQuery,
) -> Result<Outbox, AppError> {
    secretary_only(reader)?;
    let filter = OutboxFilter {
        state: query.state.map(Into::into),
        purpose: query.purpose.clone(),
        text: query.text.trim().chars().take(SEARCH_CHARS).collect(),
    };
    let per_page = OUTBOX_PAGE as u64;
    let (rows, matching, page) = crate::mail::search(db, &filter, u64::from(query.page), per_page)
        .await
        .map_err(db_error)?;
    let drafts = crate::mail::drafts(db).await.map_err(db_error)?;
    let mails = rows
        .into_iter()
        .map(|row| OutboxItem {
            id: row.id,
            purpose: row.purpose,
            to: addresses(row.to_addresses),
            cc: addresses(row.cc_addresses),
            subject: row.subject,
            body: row.body,
            attachments: serde_json::from_value::<Vec<MailAttachment>>(row.attachments)
                .unwrap_or_default()
                .into_iter()
                .map(|file| file.file_name)
                .collect(),
            state: row.state.into(),
            attempts: row.attempts,
            last_error: row.last_error,
            created_at: Deadline::at(row.created_at),
            sent_at: row.sent_at.map(Deadline::at),
        })
        .collect();
    Ok(Outbox {
        mails,
        matching: matching as u32,
        drafts: drafts as u32,
        page: page as u32,
        pages: matching.div_ceil(per_page).max(1) as u32,
        purposes: crate::mail::MailPurpose::IDENTIFIERS
            .map(str::to_owned)
            .to_vec(),
    })
}

/// Sends a draft with its subject and body as edited, or a failed mail again.
pub async fn send(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    sender: &CurrentUser,
    id: i32,
    edited: Option<(String, String)>,
) -> Result<(), AppError> {
    secretary_only(sender)?;
    let edited = match edited {
        Some((subject, body)) => {
            let (subject, body) = (subject.trim().to_owned(), body.trim().to_owned());
            let mut problems = Vec::new();
            for (field, text, limit) in [
                ("subject", &subject, SUBJECT_CHARS),
                ("body", &body, BODY_CHARS),
            ] {
                if text.is_empty() {
                    problems.push(FieldError::new(field, "error-required"));
                } else if text.chars().count() > limit {
                    problems.push(FieldError::new(field, "error-too-long"));
                }
            }
            if !problems.is_empty() {
                return Err(AppError::Validation(problems));
            }
            Some((subject, body))
        }
        None => None,
    };
    outbox_messages::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    if crate::mail::release(db, now, id, edited)
        .await
        .map_err(db_error)?
    {
        Ok(())
    } else {
        Err(AppError::NotNow)
    }
}
