//! Conflicts of interest. A reviewer declares one on an application's desk; the secretary records or
//! removes one for any reviewer; a reviewer removes their own declaration made by mistake. Each change
//! is audited under the city, and every page that shows the city's applications hears of it: the
//! board, the desk and the files read the conflicts afresh on each request.

use crate::services::access::{commission_only, reviewable, secretary_only};
use crate::services::errors::{db_error, refused};
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::entities::{cities, conflicts_of_interest, enums, users};
use app::error::AppError;
use app::model::{
    AuditKind, CityRef, ConflictChange, ConflictLine, ConflictsOverview, CurrentUser, Deadline,
    LiveEvent, PersonRef, Role,
};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, SqlErr};

/// A reviewer declares a conflict with the application's city and takes no further part in its
/// review.
pub async fn declare_conflict(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reviewer: &CurrentUser,
    id: i32,
    note: String,
) -> Result<Vec<LiveEvent>, AppError> {
    if reviewer.role != Role::CommissionReviewer {
        return Err(AppError::Forbidden);
    }
    let application = reviewable(db, reviewer, id).await?;
    let note = note.trim().to_owned();
    if note.chars().count() > app::model::COMMENT_CHARS {
        return Err(refused("note", "error-too-long"));
    }
    let txn = storage::begin_write(db).await.map_err(db_error)?;
    let note = Some(note).filter(|n| !n.is_empty());
    storage::conflicts::insert(&*txn, reviewer.id, application.city_id, note, now, None)
        .await
        .map_err(already_there)?;
    record_event(
        &*txn,
        now,
        Some(reviewer.id),
        ("application", id),
        AuditKind::ConflictDeclared,
        serde_json::json!({ "city": application.city_id }),
    )
    .await
    .map_err(db_error)?;
    let changes = told_of(&*txn, application.city_id).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(changes)
}

/// The conflicts the reader may see: the secretary every one, with whom and where one can be
/// recorded; a reviewer their own.
pub async fn overview(
    db: &DatabaseConnection,
    reader: &CurrentUser,
) -> Result<ConflictsOverview, AppError> {
    commission_only(reader)?;
    let secretary = reader.role == Role::CommissionSecretary;
    let conflicts = storage::conflicts::all(db, (!secretary).then_some(reader.id))
        .await
        .map_err(db_error)?;
    let names = storage::users::names(db, None).await.map_err(db_error)?;
    let city_names = storage::cities::names(db).await.map_err(db_error)?;
    let mut lines = Vec::with_capacity(conflicts.len());
    for conflict in conflicts {
        let removable = secretary || removable_by_reviewer(db, &conflict).await?;
        lines.push(ConflictLine {
            reviewer_id: conflict.reviewer_id,
            reviewer: names
                .get(&conflict.reviewer_id)
                .cloned()
                .unwrap_or_default(),
            city_id: conflict.city_id,
            city: city_names
                .get(&conflict.city_id)
                .cloned()
                .unwrap_or_default(),
            note: conflict.note.unwrap_or_default(),
            since: Deadline::at(conflict.declared_at),
            recorded_by: conflict
                .recorded_by
                .map(|by| names.get(&by).cloned().unwrap_or_default()),
            removable,
        });
    }
    let (mut reviewers, mut cities) = (Vec::new(), Vec::new());
    if secretary {
        reviewers = storage::users::commission(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .filter(|user| user.role == enums::Role::CommissionReviewer)
            .map(|user| PersonRef {
                id: user.id,
                name: user.full_name,
            })
            .collect();
        reviewers.sort_by(|a, b| a.name.cmp(&b.name));
        cities = city_names
            .into_iter()
            .map(|(id, name)| CityRef { id, name })
            .collect();
        cities.sort_by(|a, b| a.name.cmp(&b.name));
    }
    Ok(ConflictsOverview {
        lines,
        reviewers,
        cities,
    })
}

/// The secretary records a reviewer's conflict with a city. Reviews the reviewer already submitted
/// stop counting at once, as with a declaration.
pub async fn record(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    change: ConflictChange,
) -> Result<Vec<LiveEvent>, AppError> {
    secretary_only(secretary)?;
    let txn = storage::begin_write(db).await.map_err(db_error)?;
    let reviewer = users::Entity::find_by_id(change.reviewer)
        .one(&*txn)
        .await
        .map_err(db_error)?
        .filter(|user| user.active && user.role == enums::Role::CommissionReviewer)
        .ok_or_else(|| refused("reviewer", "error-choice-invalid"))?;
    let city = cities::Entity::find_by_id(change.city)
        .one(&*txn)
        .await
        .map_err(db_error)?
        .ok_or_else(|| refused("city", "error-choice-invalid"))?;
    let note = Some(change.reason.clone());
    storage::conflicts::insert(&*txn, reviewer.id, city.id, note, now, Some(secretary.id))
        .await
        .map_err(already_there)?;
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("city", city.id),
        AuditKind::ConflictRecorded,
        serde_json::json!({
            "reviewer": reviewer.id,
            "reason": change.reason,
            "before": null,
            "after": { "reviewer": reviewer.id, "note": change.reason },
        }),
    )
    .await
    .map_err(db_error)?;
    let changes = told_of(&*txn, city.id).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(changes)
}

/// Removes a conflict: the secretary any; a reviewer their own declaration, until they have submitted
/// a review of one of the city's applications (what they reviewed while in conflict cannot be
/// unseen) and unless the secretary recorded it.
pub async fn remove(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    user: &CurrentUser,
    change: ConflictChange,
) -> Result<Vec<LiveEvent>, AppError> {
    commission_only(user)?;
    let txn = storage::begin_write(db).await.map_err(db_error)?;
    let conflict = storage::conflicts::find(&*txn, change.reviewer, change.city)
        .await
        .map_err(db_error)?;
    let conflict = match conflict {
        Some(conflict) if user.role == Role::CommissionSecretary => conflict,
        Some(conflict) if conflict.reviewer_id == user.id => {
            if !removable_by_reviewer(&*txn, &conflict).await? {
                return Err(AppError::NotNow);
            }
            conflict
        }
        _ => return Err(AppError::NotFound),
    };
    let city = conflict.city_id;
    let before = serde_json::json!({
        "reviewer": conflict.reviewer_id,
        "note": conflict.note,
        "recorded_by": conflict.recorded_by,
    });
    storage::conflicts::remove(&*txn, conflict)
        .await
        .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(user.id),
        ("city", city),
        AuditKind::ConflictRemoved,
        serde_json::json!({
            "reviewer": change.reviewer,
            "reason": change.reason,
            "before": before,
            "after": null,
        }),
    )
    .await
    .map_err(db_error)?;
    let changes = told_of(&*txn, city).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(changes)
}

/// Whether the reviewer may take back their conflict: one they declared themselves, while they have
/// not submitted a review of the city.
async fn removable_by_reviewer(
    db: &impl ConnectionTrait,
    conflict: &conflicts_of_interest::Model,
) -> Result<bool, AppError> {
    if conflict.recorded_by.is_some() {
        return Ok(false);
    }
    let reviewed = storage::conflicts::reviewed_city(db, conflict.reviewer_id, conflict.city_id)
        .await
        .map_err(db_error)?;
    Ok(!reviewed)
}

/// The events a conflict with `city` publishes: the conflicts changed, and so did who reviews each of
/// the city's submitted applications.
async fn told_of(db: &impl ConnectionTrait, city: i32) -> Result<Vec<LiveEvent>, AppError> {
    let applications = storage::applications::of_city(db, city)
        .await
        .map_err(db_error)?;
    Ok(std::iter::once(LiveEvent::ConflictsChanged)
        .chain(
            applications
                .into_iter()
                .filter(|application| application.submitted_at.is_some())
                .map(|application| LiveEvent::ReviewChanged {
                    application_id: application.id,
                }),
        )
        .collect())
}

/// A conflict that is already there, recorded or declared by someone else a moment before.
fn already_there(error: DbErr) -> AppError {
    match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => refused("reviewer", "error-conflict-exists"),
        _ => db_error(error),
    }
}
