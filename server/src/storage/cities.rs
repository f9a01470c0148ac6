//! Cities, whether or not they have applied or joined.

use super::entities::cities;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Every city's name by its id.
pub async fn names(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, DbErr> {
    Ok(cities::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|city| (city.id, city.name))
        .collect())
}

/// Every city, by name.
pub async fn by_name(db: &impl ConnectionTrait) -> Result<Vec<cities::Model>, DbErr> {
    cities::Entity::find()
        .order_by_asc(cities::Column::Name)
        .all(db)
        .await
}

/// The city named exactly `name`, if there is one.
pub async fn named(db: &impl ConnectionTrait, name: &str) -> Result<Option<cities::Model>, DbErr> {
    cities::Entity::find()
        .filter(cities::Column::Name.eq(name))
        .one(db)
        .await
}
