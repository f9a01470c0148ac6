//! Reminders that have gone, and the kinds the secretary switched off for a year.

use super::entities::{enums, reminder_switches, reminders};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashSet;

/// The (year, kind) pairs switched off.
pub async fn switched_off(
    db: &impl ConnectionTrait,
) -> Result<Vec<(i32, enums::ReminderKind)>, DbErr> {
    Ok(reminder_switches::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|switch| (switch.year, switch.kind))
        .collect())
}

/// Switches a kind of reminder on or off for a year; answers whether that changed anything.
pub async fn switch(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    by: i32,
    (year, kind): (i32, enums::ReminderKind),
    on: bool,
) -> Result<bool, DbErr> {
    let existing = reminder_switches::Entity::find()
        .filter(reminder_switches::Column::Year.eq(year))
        .filter(reminder_switches::Column::Kind.eq(kind))
        .one(db)
        .await?;
    match (existing, on) {
        (Some(row), true) => {
            reminder_switches::Entity::delete_by_id(row.id)
                .exec(db)
                .await?;
        }
        (None, false) => {
            reminder_switches::ActiveModel {
                year: Set(year),
                kind: Set(kind),
                switched_by: Set(by),
                switched_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The keys of every reminder sent.
pub async fn sent_keys(db: &impl ConnectionTrait) -> Result<HashSet<String>, DbErr> {
    Ok(reminders::Entity::find()
        .select_only()
        .column(reminders::Column::IdempotencyKey)
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Whether the reminder under `key` has been sent.
pub async fn is_sent(db: &impl ConnectionTrait, key: &str) -> Result<bool, DbErr> {
    Ok(reminders::Entity::find()
        .filter(reminders::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
        .is_some())
}

/// The year's sent reminders, the latest first, at most `limit`.
pub async fn sent_in(
    db: &impl ConnectionTrait,
    year: i32,
    limit: u64,
) -> Result<Vec<reminders::Model>, DbErr> {
    reminders::Entity::find()
        .filter(reminders::Column::Year.eq(year))
        .order_by_desc(reminders::Column::SentAt)
        .limit(limit)
        .all(db)
        .await
}
