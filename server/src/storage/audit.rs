//! The audit log: one line per change, appended inside the transaction that makes the change, and read
//! back as a subject's history.

use super::entities::events;
use app::model::AuditKind;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

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

/// A subject's lines, oldest first.
pub async fn history(
    db: &impl ConnectionTrait,
    subject: (&str, i32),
) -> Result<Vec<events::Model>, DbErr> {
    events::Entity::find()
        .filter(events::Column::SubjectType.eq(subject.0))
        .filter(events::Column::SubjectId.eq(subject.1))
        .order_by_asc(events::Column::OccurredAt)
        .order_by_asc(events::Column::Id)
        .all(db)
        .await
}

/// When each of the subjects of a type among `ids` last had a line.
pub async fn latest(
    db: &impl ConnectionTrait,
    subject_type: &str,
    ids: &[i32],
) -> Result<HashMap<i32, DateTime<Utc>>, DbErr> {
    let mut latest = HashMap::new();
    for chunk in ids.chunks(super::MAX_BOUND) {
        let rows: Vec<(i32, DateTime<Utc>)> = events::Entity::find()
            .select_only()
            .column(events::Column::SubjectId)
            .column_as(events::Column::OccurredAt.max(), "latest")
            .filter(events::Column::SubjectType.eq(subject_type))
            .filter(events::Column::SubjectId.is_in(chunk.iter().copied()))
            .group_by(events::Column::SubjectId)
            .into_tuple()
            .all(db)
            .await?;
        latest.extend(rows);
    }
    Ok(latest)
}
