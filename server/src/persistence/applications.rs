//! Applications: the city's list and starting one. Reading, saving and submitting are shared with the
//! progress report (`forms`).

use super::entities::{applications, cities, cycles, enums};
use super::forms::Stored;
use super::store::{current_cycle_model, db_error, record_event};
use app::error::AppError;
use app::model::application::{ApplicationSummary, FormRef};
use app::model::{CurrentUser, Role};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};
use std::collections::BTreeMap;

/// The applicant's city, which every applicant account has.
pub(super) fn city_of(applicant: &CurrentUser) -> Result<i32, AppError> {
    match (&applicant.role, &applicant.city) {
        (Role::CityApplicant, Some(city)) => Ok(city.id),
        _ => Err(AppError::Forbidden),
    }
}

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
    let years: BTreeMap<i32, i32> = cycles::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|cycle| (cycle.id, cycle.year))
        .collect();
    let rows = applications::Entity::find()
        .filter(applications::Column::CityId.eq(city_id))
        .order_by_desc(applications::Column::CreatedAt)
        .all(db)
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
    let cycle = current_cycle_model(db, now)
        .await?
        .filter(|cycle| cycle.window_closes_at > now)
        .ok_or(AppError::NoOpenCycle)?;
    let txn = super::begin_write(db).await.map_err(db_error)?;
    let existing = applications::Entity::find()
        .filter(applications::Column::CityId.eq(city_id))
        .filter(applications::Column::CycleId.eq(cycle.id))
        .filter(applications::Column::Status.ne(enums::ApplicationStatus::Withdrawn))
        .one(&*txn)
        .await
        .map_err(db_error)?;
    if let Some(application) = existing {
        return Ok(application.id);
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
        "application_started",
        serde_json::json!({ "cycle": cycle.year }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(application.id)
}

/// The application if `user` may see it: applicants their own city's, the Commission every one.
pub(super) async fn visible(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i32,
) -> Result<applications::Model, AppError> {
    match super::forms::visible(db, user, FormRef::application(id)).await? {
        Stored::Application(application) => Ok(application),
        Stored::Report(..) => Err(AppError::NotFound),
    }
}
