//! The audit log's writer: one line per change, appended inside the transaction that makes the change.

use super::entities::events;
use app::model::AuditKind;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};

/// Appends one line to the audit log inside the caller's transaction.
pub async fn record_event(
    db: &impl ConnectionTrait,
    at: DateTime<Utc>,
    actor: Option<i32>,
    subject: (&str, i32),
    kind: AuditKind,
    data: serde_json::Value,
) -> Result<(), DbErr> {
    events::ActiveModel {
        occurred_at: Set(at),
        actor_id: Set(actor),
        subject_type: Set(subject.0.to_owned()),
        subject_id: Set(subject.1),
        kind: Set(kind.as_str()),
        data: Set(data),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
