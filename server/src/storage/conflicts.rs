//! Conflicts of interest reviewers declared with cities.

use super::entities::conflicts_of_interest;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// Whether `reviewer` declared a conflict with `city`.
pub async fn declared(db: &impl ConnectionTrait, reviewer: i32, city: i32) -> Result<bool, DbErr> {
    let found = conflicts_of_interest::Entity::find()
        .filter(conflicts_of_interest::Column::ReviewerId.eq(reviewer))
        .filter(conflicts_of_interest::Column::CityId.eq(city))
        .one(db)
        .await?;
    Ok(found.is_some())
}
