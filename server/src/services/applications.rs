//! Applications: the city's list and starting one. Reading, saving and submitting are shared with the
//! progress report (`forms`).

use super::access::city_of;
use super::errors::db_error;
use crate::storage::audit::record_event;
use crate::storage::entities::{applications, cities, enums};
use app::error::AppError;
use app::model::application::ApplicationSummary;
use app::model::AuditKind;
use app::model::CurrentUser;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait};
use std::collections::BTreeMap;

pub async fn applications_of(
    db: &DatabaseConnection,
    applicant: &CurrentUser,
) -> Result<Vec<ApplicationSummary>, AppError> {
    let city_id = city_of(applicant)?;
    let city = cities::Entity::find_by_id(city_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let years: BTreeMap<i32, i32> = crate::storage::cycles::by_year(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|cycle| (cycle.id, cycle.year))
        .collect();
    let rows = crate::storage::applications::of_city(db, city_id)
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|application| ApplicationSummary {
            id: application.id,
            city: city.name.clone(),
            cycle_year: years
                .get(&application.cycle_id)
                .copied()
                .unwrap_or_default(),
            status: application.status.into(),
            updated_at: application.updated_at,
        })
        .collect())
}

pub async fn start(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
) -> Result<i32, AppError> {
    let city_id = city_of(applicant)?;
    let cycle = crate::storage::cycles::current(db, now)
        .await
        .map_err(db_error)?
        .filter(|cycle| cycle.window_closes_at > now)
        .ok_or(AppError::NoOpenCycle)?;
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let existing = crate::storage::applications::of_city(&*txn, city_id)
        .await
        .map_err(db_error)?
        .into_iter()
        .find(|application| {
            application.cycle_id == cycle.id
                && application.status != enums::ApplicationStatus::Withdrawn
        });
    if let Some(application) = existing {
        return Ok(application.id);
    }
    let retired = cities::Entity::find_by_id(city_id)
        .one(&*txn)
        .await
        .map_err(db_error)?
        .is_none_or(|city| city.retired_at.is_some());
    if retired {
        return Err(super::errors::refused("city", "apply-error-city-retired"));
    }
    let application = applications::ActiveModel {
        city_id: Set(city_id),
        cycle_id: Set(cycle.id),
        status: Set(enums::ApplicationStatus::Draft),
        version: Set(0),
        answer_language: Set(enums::AnswerLanguage::English),
        created_by: Set(applicant.id),
        created_at: Set(now),
        updated_at: Set(now),
        updated_by: Set(Some(applicant.id)),
        submitted_at: Set(None),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(applicant.id),
        ("application", application.id),
        AuditKind::ApplicationStarted,
        serde_json::json!({ "cycle": cycle.year }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(application.id)
}
