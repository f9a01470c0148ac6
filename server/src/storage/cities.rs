//! Cities, whether or not they have applied or joined.

use super::entities::{applications, cities, users};
use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;

/// A city's name folded for comparison: without regard to case or to the spaces around and between
/// its words, so "cēsis" and "Cēsis  " are the same city. Rust folds every letter; SQL's lower() on
/// SQLite folds only ASCII ones.
pub fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Every city's name by its id.
pub async fn names(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, DbErr> {
    Ok(cities::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|city| (city.id, city.name))
        .collect())
}

/// Every city, by name; with `open_only`, those the Commission has not retired.
pub async fn by_name(
    db: &impl ConnectionTrait,
    open_only: bool,
) -> Result<Vec<cities::Model>, DbErr> {
    let mut query = cities::Entity::find().order_by_asc(cities::Column::Name);
    if open_only {
        query = query.filter(cities::Column::RetiredAt.is_null());
    }
    query.all(db).await
}

/// The city named `name`, compared by `key`, if there is one.
pub async fn named(db: &impl ConnectionTrait, name: &str) -> Result<Option<cities::Model>, DbErr> {
    cities::Entity::find()
        .filter(cities::Column::NameKey.eq(key(name)))
        .one(db)
        .await
}

/// What a new city or a changed one says of itself.
pub struct CityRecord<'a> {
    pub name: &'a str,
    pub official_name: Option<&'a str>,
    pub website: Option<&'a str>,
}

/// Adds a Latvian city.
pub async fn insert(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    record: CityRecord<'_>,
) -> Result<cities::Model, DbErr> {
    cities::ActiveModel {
        name: Set(record.name.to_owned()),
        name_key: Set(key(record.name)),
        official_name: Set(record.official_name.map(str::to_owned)),
        website: Set(record.website.map(str::to_owned)),
        country: Set("LV".to_owned()),
        created_at: Set(now),
        retired_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// Writes `record` over the city's name, official name and website.
pub async fn rewrite(
    db: &impl ConnectionTrait,
    city: cities::Model,
    record: CityRecord<'_>,
) -> Result<cities::Model, DbErr> {
    let mut changed = cities::ActiveModel::from(city);
    changed.name = Set(record.name.to_owned());
    changed.name_key = Set(key(record.name));
    changed.official_name = Set(record.official_name.map(str::to_owned));
    changed.website = Set(record.website.map(str::to_owned));
    changed.update(db).await
}

/// How many accounts and applications each city has, by city id (cities with none are absent).
pub async fn references(
    db: &impl ConnectionTrait,
) -> Result<(HashMap<i32, usize>, HashMap<i32, usize>), DbErr> {
    let people: Vec<(Option<i32>, i64)> = users::Entity::find()
        .select_only()
        .column(users::Column::CityId)
        .column_as(users::Column::Id.count(), "n")
        .group_by(users::Column::CityId)
        .into_tuple()
        .all(db)
        .await?;
    let applications: Vec<(i32, i64)> = applications::Entity::find()
        .select_only()
        .column(applications::Column::CityId)
        .column_as(applications::Column::Id.count(), "n")
        .group_by(applications::Column::CityId)
        .into_tuple()
        .all(db)
        .await?;
    let count = |n: i64| usize::try_from(n).unwrap_or_default();
    Ok((
        people
            .into_iter()
            .filter_map(|(city, n)| Some((city?, count(n))))
            .collect(),
        applications
            .into_iter()
            .map(|(city, n)| (city, count(n)))
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_regard_to_case_or_spacing() {
        assert_eq!(key("Cēsis"), key("cēsis"));
        assert_eq!(key("ĒDOLE"), "ēdole");
        assert_eq!(key("  Rēzeknes   novads "), "rēzeknes novads");
        assert_ne!(key("Cēsis"), key("Cesis"));
    }
}
