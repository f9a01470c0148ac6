//! Conflicts of interest between reviewers and cities: declared by the reviewer or recorded by the
//! secretary.

use super::entities::{applications, conflicts_of_interest, reviews};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    ModelTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashSet;

/// `reviewer`'s conflict with `city`, if there is one.
pub async fn find(
    db: &impl ConnectionTrait,
    reviewer: i32,
    city: i32,
) -> Result<Option<conflicts_of_interest::Model>, DbErr> {
    conflicts_of_interest::Entity::find()
        .filter(conflicts_of_interest::Column::ReviewerId.eq(reviewer))
        .filter(conflicts_of_interest::Column::CityId.eq(city))
        .one(db)
        .await
}

/// Whether `reviewer` declared a conflict with `city`.
pub async fn declared(db: &impl ConnectionTrait, reviewer: i32, city: i32) -> Result<bool, DbErr> {
    Ok(find(db, reviewer, city).await?.is_some())
}

/// Every conflict as a (reviewer, city) pair.
pub async fn pairs(db: &impl ConnectionTrait) -> Result<HashSet<(i32, i32)>, DbErr> {
    Ok(all(db, None)
        .await?
        .into_iter()
        .map(|conflict| (conflict.reviewer_id, conflict.city_id))
        .collect())
}

/// Every conflict, or `reviewer`'s, the latest first.
pub async fn all(
    db: &impl ConnectionTrait,
    reviewer: Option<i32>,
) -> Result<Vec<conflicts_of_interest::Model>, DbErr> {
    let mut query = conflicts_of_interest::Entity::find();
    if let Some(reviewer) = reviewer {
        query = query.filter(conflicts_of_interest::Column::ReviewerId.eq(reviewer));
    }
    query
        .order_by_desc(conflicts_of_interest::Column::DeclaredAt)
        .order_by_desc(conflicts_of_interest::Column::Id)
        .all(db)
        .await
}

/// Records a conflict; `recorded_by` is the secretary who recorded it for the reviewer.
pub async fn insert(
    db: &impl ConnectionTrait,
    reviewer: i32,
    city: i32,
    note: Option<String>,
    at: chrono::DateTime<chrono::Utc>,
    recorded_by: Option<i32>,
) -> Result<(), DbErr> {
    conflicts_of_interest::ActiveModel {
        reviewer_id: Set(reviewer),
        city_id: Set(city),
        note: Set(note),
        declared_at: Set(at),
        recorded_by: Set(recorded_by),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn remove(
    db: &impl ConnectionTrait,
    conflict: conflicts_of_interest::Model,
) -> Result<(), DbErr> {
    conflict.delete(db).await?;
    Ok(())
}

/// Whether `reviewer` submitted a review of any of `city`'s applications.
pub async fn reviewed_city(
    db: &impl ConnectionTrait,
    reviewer: i32,
    city: i32,
) -> Result<bool, DbErr> {
    let of_city: Vec<i32> = applications::Entity::find()
        .select_only()
        .column(applications::Column::Id)
        .filter(applications::Column::CityId.eq(city))
        .into_tuple()
        .all(db)
        .await?;
    let count = reviews::Entity::find()
        .filter(reviews::Column::ReviewerId.eq(reviewer))
        .filter(reviews::Column::SubmittedAt.is_not_null())
        .filter(reviews::Column::ApplicationId.is_in(of_city))
        .count(db)
        .await?;
    Ok(count > 0)
}
