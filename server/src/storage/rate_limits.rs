//! Attempts counted in the database: the generic cell rate algorithm, one row per key holding the
//! moment the key's allowance is full again. One statement takes an attempt or refuses it, atomically
//! on SQLite and PostgreSQL alike, so that instances sharing a database share the limits.

use super::entities::rate_limits;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter, QueryOrder, Statement,
};
use std::time::Duration;

/// `burst` attempts at once, then one more every `every`.
#[derive(Clone, Copy, Debug)]
pub struct Rate {
    pub burst: u32,
    pub every: Duration,
}

/// Takes one attempt for `key` at `now`; false, and nothing counted, when the allowance is used up.
pub async fn take(
    db: &impl ConnectionTrait,
    key: &str,
    now: DateTime<Utc>,
    rate: Rate,
) -> Result<bool, DbErr> {
    let backend = db.get_database_backend();
    // The row's moment moves one interval later per attempt, starting from now when it lies in the
    // past; an attempt is refused when that would put it more than `burst` intervals ahead.
    let greatest = match backend {
        DbBackend::Postgres => "GREATEST",
        _ => "MAX",
    };
    let (key_at, now_at, every_at, window_at) = match backend {
        DbBackend::Postgres => ("$1", "$2", "$3", "$4"),
        _ => ("?1", "?2", "?3", "?4"),
    };
    let sql = format!(
        "INSERT INTO rate_limits (key, free_at_ms) VALUES ({key_at}, {now_at} + {every_at}) \
         ON CONFLICT (key) DO UPDATE SET free_at_ms = {greatest}(rate_limits.free_at_ms, {now_at}) + {every_at} \
         WHERE {greatest}(rate_limits.free_at_ms, {now_at}) + {every_at} - {now_at} <= {window_at} \
         RETURNING free_at_ms"
    );
    let every = i64::try_from(rate.every.as_millis()).unwrap_or(i64::MAX / 4);
    let window = every.saturating_mul(i64::from(rate.burst.max(1)));
    let taken = db
        .query_one(Statement::from_sql_and_values(
            backend,
            sql,
            [
                key.into(),
                now.timestamp_millis().into(),
                every.into(),
                window.into(),
            ],
        ))
        .await?;
    Ok(taken.is_some())
}

/// Deletes the rows whose allowance is full again at `now`: they count nothing any more.
pub async fn forget_spent(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let deleted = rate_limits::Entity::delete_many()
        .filter(rate_limits::Column::FreeAtMs.lt(now.timestamp_millis()))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

/// The counters under `keys` with the moment each is full again: a person's part in their data copy.
pub async fn read(
    db: &impl ConnectionTrait,
    keys: &[String],
) -> Result<Vec<(String, DateTime<Utc>)>, DbErr> {
    let found = rate_limits::Entity::find()
        .filter(rate_limits::Column::Key.is_in(keys))
        .order_by_asc(rate_limits::Column::Key)
        .all(db)
        .await?;
    Ok(found
        .into_iter()
        .filter_map(|row| Some((row.key, DateTime::from_timestamp_millis(row.free_at_ms)?)))
        .collect())
}

/// Deletes the counters under `keys` (a person erased).
pub async fn delete(db: &impl ConnectionTrait, keys: &[String]) -> Result<(), DbErr> {
    rate_limits::Entity::delete_many()
        .filter(rate_limits::Column::Key.is_in(keys))
        .exec(db)
        .await?;
    Ok(())
}
