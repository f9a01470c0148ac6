//! Applications to join the network, one per city and cycle.

use super::entities::{applications, cities};
use app::model::ApplicationStatus;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Select,
};

/// The cities whose applications of the cycle already use a place of the national quota, by name.
pub async fn endorsed_in_cycle(
    db: &impl ConnectionTrait,
    cycle: i32,
) -> Result<Vec<String>, DbErr> {
    let rows = applications::Entity::find()
        .filter(applications::Column::CycleId.eq(cycle))
        .all(db)
        .await?;
    let mut names = Vec::new();
    for row in rows {
        if ApplicationStatus::from(row.status).counts_against_quota() {
            let city = cities::Entity::find_by_id(row.city_id).one(db).await?;
            names.extend(city.map(|c| c.name));
        }
    }
    names.sort();
    Ok(names)
}

/// The city's applications, the latest first.
pub async fn of_city(
    db: &impl ConnectionTrait,
    city: i32,
) -> Result<Vec<applications::Model>, DbErr> {
    applications::Entity::find()
        .filter(applications::Column::CityId.eq(city))
        .order_by_desc(applications::Column::CreatedAt)
        .all(db)
        .await
}

/// The cycle's applications, drafts and submitted.
pub async fn of_cycle(
    db: &impl ConnectionTrait,
    cycle: i32,
) -> Result<Vec<applications::Model>, DbErr> {
    applications::Entity::find()
        .filter(applications::Column::CycleId.eq(cycle))
        .all(db)
        .await
}

fn submitted_query(cycle: i32) -> Select<applications::Entity> {
    applications::Entity::find()
        .filter(applications::Column::CycleId.eq(cycle))
        .filter(applications::Column::SubmittedAt.is_not_null())
}

/// The cycle's applications that have been submitted, whatever became of them since.
pub async fn submitted_in(
    db: &impl ConnectionTrait,
    cycle: i32,
) -> Result<Vec<applications::Model>, DbErr> {
    submitted_query(cycle).all(db).await
}

/// How many of the cycle's applications have been submitted.
pub async fn count_submitted_in(db: &impl ConnectionTrait, cycle: i32) -> Result<u64, DbErr> {
    submitted_query(cycle).count(db).await
}
