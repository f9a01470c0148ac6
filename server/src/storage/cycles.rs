//! Application cycles: the yearly window, the decision date and the national quota.

use super::entities::cycles;
use app::model::{CycleSummary, Deadline};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// A stored cycle as the pages show it.
pub fn summary(cycle: cycles::Model) -> CycleSummary {
    CycleSummary {
        year: cycle.year,
        opens: Deadline::at(cycle.window_opens_at),
        closes: Deadline::at(cycle.window_closes_at),
        decision_due: Deadline::at(cycle.decision_due_at),
        quota: u32::try_from(cycle.quota).unwrap_or_default(),
    }
}

/// The cycle whose window is open at `now`, else the next to open, else the last that closed.
pub async fn current(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Option<cycles::Model>, DbErr> {
    let open = cycles::Entity::find()
        .filter(cycles::Column::WindowOpensAt.lte(now))
        .filter(cycles::Column::WindowClosesAt.gt(now))
        .one(db);
    if let Some(cycle) = open.await? {
        return Ok(Some(cycle));
    }
    let next = cycles::Entity::find()
        .filter(cycles::Column::WindowOpensAt.gt(now))
        .order_by_asc(cycles::Column::WindowOpensAt)
        .one(db);
    if let Some(cycle) = next.await? {
        return Ok(Some(cycle));
    }
    cycles::Entity::find()
        .order_by_desc(cycles::Column::WindowClosesAt)
        .one(db)
        .await
}

/// Every cycle, the earliest year first.
pub async fn by_year(db: &impl ConnectionTrait) -> Result<Vec<cycles::Model>, DbErr> {
    cycles::Entity::find()
        .order_by_asc(cycles::Column::Year)
        .all(db)
        .await
}

/// The cycle of `year`, if there is one.
pub async fn of_year(db: &impl ConnectionTrait, year: i32) -> Result<Option<cycles::Model>, DbErr> {
    cycles::Entity::find()
        .filter(cycles::Column::Year.eq(year))
        .one(db)
        .await
}
