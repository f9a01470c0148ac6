//! Member cities of the network and the progress reports they owe.

use super::entities::{cities, enums, member_cities, progress_reports};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The city's membership, if it is a member or was one.
pub async fn of_city(
    db: &impl ConnectionTrait,
    city: i32,
) -> Result<Option<member_cities::Model>, DbErr> {
    member_cities::Entity::find()
        .filter(member_cities::Column::CityId.eq(city))
        .one(db)
        .await
}

/// The members whose membership is active.
pub async fn active(db: &impl ConnectionTrait) -> Result<Vec<member_cities::Model>, DbErr> {
    member_cities::Entity::find()
        .filter(member_cities::Column::Status.eq(enums::MemberStatus::Active))
        .all(db)
        .await
}

/// Every member with its city, in no particular order.
pub async fn with_cities(
    db: &impl ConnectionTrait,
) -> Result<Vec<(member_cities::Model, cities::Model)>, DbErr> {
    let members = member_cities::Entity::find().all(db).await?;
    let mut cities: HashMap<i32, cities::Model> = cities::Entity::find()
        .filter(cities::Column::Id.is_in(members.iter().map(|member| member.city_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|city| (city.id, city))
        .collect();
    Ok(members
        .into_iter()
        .filter_map(|member| {
            let city = cities.remove(&member.city_id)?;
            Some((member, city))
        })
        .collect())
}

/// The member's progress reports, the latest period first.
pub async fn reports(
    db: &impl ConnectionTrait,
    member: i32,
) -> Result<Vec<progress_reports::Model>, DbErr> {
    progress_reports::Entity::find()
        .filter(progress_reports::Column::MemberCityId.eq(member))
        .order_by_desc(progress_reports::Column::PeriodYear)
        .all(db)
        .await
}
