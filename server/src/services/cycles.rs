//! The secretary's cycles: each year's window, decision date, quota and score setting, checked
//! against the other cycles, the applications already in and the time now.

use super::access::secretary_only;
use super::errors::{db_error, refused};
use crate::mail::{mail_city_people, MailPurpose, Mailing};
use crate::storage;
use crate::storage::applications::endorsed_in_cycle;
use crate::storage::audit::record_event;
use crate::storage::cycles::summary;
use crate::storage::entities::{applications, cycles};
use app::error::AppError;
use app::i18n::Arg;
use app::model::AuditKind;
use app::model::{
    default_decision_due, default_window, local_input, riga_to_utc, CheckedCycle, CurrentUser,
    CycleForm, CycleSettings, CyclesOverview, Deadline, LiveEvent,
};
use chrono::{DateTime, Datelike, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait,
    TryIntoModel,
};

/// The cycle `application` belongs to.
pub async fn cycle_of(
    db: &impl ConnectionTrait,
    application: &applications::Model,
) -> Result<cycles::Model, AppError> {
    cycles::Entity::find_by_id(application.cycle_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

async fn settings(
    db: &impl ConnectionTrait,
    cycle: cycles::Model,
) -> Result<CycleSettings, AppError> {
    let submitted = storage::applications::count_submitted_in(db, cycle.id)
        .await
        .map_err(db_error)? as u32;
    let endorsed = endorsed_in_cycle(db, cycle.id)
        .await
        .map_err(db_error)?
        .len() as u32;
    Ok(CycleSettings {
        scores_open: cycle.scores_visible_before_review,
        summary: summary(cycle),
        submitted,
        endorsed,
    })
}

/// Every cycle, newest first, and the form of the year after the newest, with the default dates.
pub async fn overview(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
) -> Result<CyclesOverview, AppError> {
    secretary_only(reader)?;
    let mut rows = storage::cycles::by_year(db).await.map_err(db_error)?;
    rows.reverse();
    let year = rows
        .first()
        .map_or(now.year(), |newest| newest.year + 1)
        .min(2100);
    let mut cycles = Vec::with_capacity(rows.len());
    for row in rows {
        cycles.push(settings(db, row).await?);
    }
    let next = match (default_window(year), default_decision_due(year)) {
        (Some((opens, closes)), Some(due)) => CycleForm {
            year: year.to_string(),
            opens: local_input(Deadline::at(opens).riga),
            closes: local_input(Deadline::at(closes).riga),
            decision_due: local_input(Deadline::at(due).riga),
            quota: app::model::MAX_QUOTA.to_string(),
            scores_open: None,
        },
        _ => CycleForm::default(),
    };
    Ok(CyclesOverview { cycles, next })
}

/// Creates the cycle (`original` is `None`) or changes the cycle of year `original`. Refuses a year
/// that another cycle has, a window that overlaps another's, and, for a cycle under way, anything
/// that would rewrite what has happened: moving an opening that has passed, a close or decision date
/// set in the past, a window that would leave out an application submitted in the old one, a quota below the
/// endorsements already given. Extending an open window tells every city with an unsubmitted
/// application, in each person's language.
pub async fn save(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    original: Option<i32>,
    cycle: CheckedCycle,
) -> Result<LiveEvent, AppError> {
    secretary_only(secretary)?;
    let (opens, closes, due) = (
        riga_to_utc(cycle.opens),
        riga_to_utc(cycle.closes),
        riga_to_utc(cycle.decision_due),
    );
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let existing = match original {
        Some(year) => Some(
            storage::cycles::of_year(&*txn, year)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let own_id = existing.as_ref().map(|row| row.id);
    let others: Vec<cycles::Model> = storage::cycles::by_year(&*txn)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(|row| Some(row.id) != own_id)
        .collect();
    if others.iter().any(|row| row.year == cycle.year) {
        return Err(refused("year", "cycles-error-year-taken"));
    }
    if others
        .iter()
        .any(|row| row.window_opens_at < closes && opens < row.window_closes_at)
    {
        return Err(refused("opens", "cycles-error-overlap"));
    }
    match &existing {
        Some(row) => {
            if opens != row.window_opens_at && row.window_opens_at <= now {
                return Err(refused("opens", "cycles-error-already-open"));
            }
            if closes != row.window_closes_at && closes <= now {
                return Err(refused("closes", "cycles-error-past"));
            }
            if due != row.decision_due_at && due <= now {
                return Err(refused("decision_due", "cycles-error-past"));
            }
            let submitted = storage::applications::of_cycle(&*txn, row.id)
                .await
                .map_err(db_error)?;
            // Only what the old window let in counts: an application it did not cover (seeded, or
            // moved in) is not this edit's doing.
            let inside =
                |at: DateTime<Utc>, from: DateTime<Utc>, to: DateTime<Utc>| from <= at && at < to;
            let left_out = submitted
                .iter()
                .filter_map(|application| application.submitted_at)
                .any(|at| {
                    inside(at, row.window_opens_at, row.window_closes_at)
                        && !inside(at, opens, closes)
                });
            if left_out {
                return Err(refused("closes", "cycles-error-leaves-out"));
            }
            if cycle.quota
                < endorsed_in_cycle(&*txn, row.id)
                    .await
                    .map_err(db_error)?
                    .len() as u32
            {
                return Err(refused("quota", "cycles-error-quota-below"));
            }
        }
        None => {
            if closes <= now {
                return Err(refused("closes", "cycles-error-past"));
            }
        }
    }
    let mut model = match &existing {
        Some(row) => cycles::ActiveModel::from(row.clone()),
        None => cycles::ActiveModel {
            created_at: Set(now),
            ..Default::default()
        },
    };
    model.year = Set(cycle.year);
    model.window_opens_at = Set(opens);
    model.window_closes_at = Set(closes);
    model.decision_due_at = Set(due);
    model.quota = Set(cycle.quota as i32);
    model.scores_visible_before_review = Set(cycle.scores_open);
    model.updated_at = Set(now);
    let id = model
        .save(&*txn)
        .await
        .and_then(|saved| saved.try_into_model())
        .map_err(db_error)?
        .id;
    let before = existing.as_ref().map(|row| {
        serde_json::json!({
            "year": row.year,
            "opens": row.window_opens_at,
            "closes": row.window_closes_at,
            "decision_due": row.decision_due_at,
            "quota": row.quota,
            "scores_open": row.scores_visible_before_review,
        })
    });
    let after = serde_json::json!({
        "year": cycle.year,
        "opens": opens,
        "closes": closes,
        "decision_due": due,
        "quota": cycle.quota,
        "scores_open": cycle.scores_open,
    });
    let extended = existing
        .as_ref()
        .filter(|row| row.window_opens_at <= now && closes > row.window_closes_at);
    let kind = match (&existing, extended) {
        (None, _) => AuditKind::CycleCreated,
        (Some(_), Some(_)) => AuditKind::CycleExtended,
        (Some(_), None) => AuditKind::CycleChanged,
    };
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("cycle", id),
        kind,
        serde_json::json!({ "before": before, "after": after }),
    )
    .await
    .map_err(db_error)?;
    if extended.is_some() {
        announce_extension(&*txn, now, id, cycle.year, closes).await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(LiveEvent::CycleChanged { year: cycle.year })
}

/// One mail per person of each city whose application of the cycle is not submitted yet.
async fn announce_extension(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    cycle: i32,
    year: i32,
    closes: DateTime<Utc>,
) -> Result<(), AppError> {
    let drafts: Vec<_> = storage::applications::of_cycle(db, cycle)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(|application| application.submitted_at.is_none())
        .collect();
    let closes_riga = Deadline::at(closes).riga;
    let key = format!("cycle-extended:{cycle}:{}", closes.timestamp());
    for application in drafts {
        let mail = Mailing {
            purpose: MailPurpose::CycleExtended,
            idempotency_key: &key,
        };
        mail_city_people(db, now, application.city_id, mail, |lang| {
            vec![
                ("year", Arg::Number(year.into())),
                (
                    "closes",
                    Arg::Text(app::model::format_wall_clock(lang, closes_riga)),
                ),
            ]
        })
        .await
        .map_err(db_error)?;
    }
    Ok(())
}
