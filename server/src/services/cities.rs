//! The cities and municipalities that may apply, as the secretary keeps them: added, renamed, retired
//! (a city that something refers to is never deleted) and reinstated. Names are unique without regard
//! to case.

use super::access::secretary_only;
use super::accounts::city_ref;
use super::errors::{db_error, refused};
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use crate::storage::cities::CityRecord;
use crate::storage::entities::cities;
use app::error::AppError;
use app::model::{AuditKind, CheckedCity, CitySummary, CurrentUser};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait};
use std::collections::HashSet;

/// Every city, by name, with what refers to it.
pub async fn registry(
    db: &DatabaseConnection,
    reader: &CurrentUser,
) -> Result<Vec<CitySummary>, AppError> {
    secretary_only(reader)?;
    let cities = storage::cities::by_name(db, false)
        .await
        .map_err(db_error)?;
    let (people, applications) = storage::cities::references(db).await.map_err(db_error)?;
    let members: HashSet<i32> = storage::members::with_cities(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|(member, _)| member.city_id)
        .collect();
    Ok(cities
        .into_iter()
        .map(|city| CitySummary {
            people: people.get(&city.id).copied().unwrap_or_default(),
            applications: applications.get(&city.id).copied().unwrap_or_default(),
            member: members.contains(&city.id),
            retired: city.retired_at.is_some(),
            official_name: city.official_name.clone(),
            website: city.website.clone(),
            city: city_ref(city),
        })
        .collect())
}

fn record(city: &cities::Model) -> serde_json::Value {
    serde_json::json!({
        "name": city.name,
        "official_name": city.official_name,
        "website": city.website,
    })
}

/// Adds a city (`original` is `None`) or changes city `original`; answers its id. A name another city
/// has, in any case, is refused.
pub async fn save(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    original: Option<i32>,
    form: CheckedCity,
) -> Result<i32, AppError> {
    secretary_only(secretary)?;
    let txn = begin_write(db).await.map_err(db_error)?;
    let named = storage::cities::named(&*txn, form.name.as_str())
        .await
        .map_err(db_error)?;
    if named.is_some_and(|other| Some(other.id) != original) {
        return Err(refused("name", "cities-error-name-taken"));
    }
    let record_of_form = CityRecord {
        name: form.name.as_str(),
        official_name: form.official_name.as_ref().map(|name| name.as_str()),
        website: form.website.as_ref().map(|site| site.as_str()),
    };
    let (city, before, kind) = match original {
        Some(id) => {
            let city = cities::Entity::find_by_id(id)
                .one(&*txn)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?;
            let before = record(&city);
            let city = storage::cities::rewrite(&*txn, city, record_of_form)
                .await
                .map_err(db_error)?;
            (city, Some(before), AuditKind::CityChanged)
        }
        None => {
            let city = storage::cities::insert(&*txn, now, record_of_form)
                .await
                .map_err(db_error)?;
            (city, None, AuditKind::CityAdded)
        }
    };
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("city", city.id),
        kind,
        serde_json::json!({ "before": before, "after": record(&city) }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(city.id)
}

/// Retires the city (it keeps its history, accounts and applications but may no longer start an
/// application or be given to a new account), or reinstates it.
pub async fn retire(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    id: i32,
    retired: bool,
) -> Result<(), AppError> {
    secretary_only(secretary)?;
    let txn = begin_write(db).await.map_err(db_error)?;
    let city = cities::Entity::find_by_id(id)
        .one(&*txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    if city.retired_at.is_some() == retired {
        return Err(AppError::NotNow);
    }
    cities::ActiveModel {
        id: Set(city.id),
        retired_at: Set(retired.then_some(now)),
        ..Default::default()
    }
    .update(&*txn)
    .await
    .map_err(db_error)?;
    let kind = if retired {
        AuditKind::CityRetired
    } else {
        AuditKind::CityReinstated
    };
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("city", city.id),
        kind,
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}
