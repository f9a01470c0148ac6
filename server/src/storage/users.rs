//! People's accounts.

use super::entities::users;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// Everyone who speaks for the city: its active applicant accounts.
pub async fn city_people(db: &impl ConnectionTrait, city: i32) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::CityId.eq(city))
        .filter(users::Column::Active.eq(true))
        .all(db)
        .await
}
