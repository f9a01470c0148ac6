//! Conflicts of interest reviewers declared with cities.

use super::entities::conflicts_of_interest;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashSet;

/// Whether `reviewer` declared a conflict with `city`.
pub async fn declared(db: &impl ConnectionTrait, reviewer: i32, city: i32) -> Result<bool, DbErr> {
    let found = conflicts_of_interest::Entity::find()
        .filter(conflicts_of_interest::Column::ReviewerId.eq(reviewer))
        .filter(conflicts_of_interest::Column::CityId.eq(city))
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// Every declared conflict as a (reviewer, city) pair.
pub async fn pairs(db: &impl ConnectionTrait) -> Result<HashSet<(i32, i32)>, DbErr> {
    Ok(conflicts_of_interest::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|conflict| (conflict.reviewer_id, conflict.city_id))
        .collect())
}
