//! Reminders the calendar sends by itself. The schedule is computed from what the database holds
//! (cycles, applications, reviews, the reports members owe), so that it follows every change; a
//! reminder that has gone is a row under a unique key, and its mails carry keys of their own, so that
//! a restart or a second instance sends nothing twice. A pass sends what is due on the injected clock.

mod planner;

use super::access::secretary_only;
use super::errors::db_error;
use super::members::next_report;
use crate::mail::{mail_people, MailPurpose, Mailing};
use crate::storage::audit::record_event;
use crate::storage::entities::{
    applications, cities, conflicts_of_interest, cycles, enums, member_cities, reminder_switches,
    reminders, reviews, users,
};
use crate::storage::users::city_people;
use app::error::AppError;
use app::i18n::{Arg, Lang};
use app::model::format_wall_clock;
use app::model::AuditKind;
use app::model::{CurrentUser, Deadline, ReminderKind, ReminderView, RemindersOverview};
use chrono::{DateTime, Datelike, Utc};
use planner::{due_now, plan, ApplicationFact, Audience, Facts, Planned, ReportFact};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The most sent reminders the secretary's page lists.
const SENT_SHOWN: u64 = 200;

async fn facts(db: &impl ConnectionTrait) -> Result<Facts, AppError> {
    let cycles = cycles::Entity::find()
        .order_by_asc(cycles::Column::Year)
        .all(db)
        .await
        .map_err(db_error)?;
    let city_names: HashMap<i32, String> = cities::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|city| (city.id, city.name))
        .collect();
    let name_of = |id: i32| city_names.get(&id).cloned().unwrap_or_default();
    let applications = applications::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|application| ApplicationFact {
            id: application.id,
            city_id: application.city_id,
            city: name_of(application.city_id),
            cycle_id: application.cycle_id,
            status: application.status.into(),
            version: application.version,
            submitted_at: application.submitted_at,
        })
        .collect();
    let mut reports = Vec::new();
    let members = member_cities::Entity::find()
        .filter(member_cities::Column::Status.eq(enums::MemberStatus::Active))
        .all(db)
        .await
        .map_err(db_error)?;
    for member in members {
        if let Some(report) = next_report(db, &member).await? {
            reports.push(ReportFact {
                member_id: member.id,
                city_id: member.city_id,
                city: name_of(member.city_id),
                period: report.period_year,
                due: report.due.at,
            });
        }
    }
    let staff = users::Entity::find()
        .filter(users::Column::Active.eq(true))
        .filter(users::Column::Role.ne(enums::Role::CityApplicant))
        .order_by_asc(users::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    let reviewers = staff
        .iter()
        .filter(|user| user.role == enums::Role::CommissionReviewer)
        .map(|user| (user.id, user.full_name.clone()))
        .collect();
    let reviewed = reviews::Entity::find()
        .filter(reviews::Column::SubmittedAt.is_not_null())
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|review| (review.application_id, review.version, review.reviewer_id))
        .collect();
    let conflicts = conflicts_of_interest::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|conflict| (conflict.reviewer_id, conflict.city_id))
        .collect();
    Ok(Facts {
        cycles,
        applications,
        reports,
        reviewers,
        commission: staff.iter().map(|user| user.id).collect(),
        reviewed,
        conflicts,
    })
}

async fn switched_off(db: &impl ConnectionTrait) -> Result<HashSet<(i32, ReminderKind)>, AppError> {
    Ok(reminder_switches::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|switch| (switch.year, switch.kind.into()))
        .collect())
}

async fn audience(
    db: &impl ConnectionTrait,
    audience: &Audience,
) -> Result<Vec<users::Model>, AppError> {
    match audience {
        Audience::City(city) => city_people(db, *city).await.map_err(db_error),
        Audience::AllCities => users::Entity::find()
            .filter(users::Column::Active.eq(true))
            .filter(users::Column::Role.eq(enums::Role::CityApplicant))
            .filter(users::Column::CityId.is_not_null())
            .all(db)
            .await
            .map_err(db_error),
        Audience::People(ids) => users::Entity::find()
            .filter(users::Column::Active.eq(true))
            .filter(users::Column::Id.is_in(ids.iter().copied()))
            .all(db)
            .await
            .map_err(db_error),
    }
}

/// Sends one reminder inside a write transaction: its row first (a second instance that got there
/// first makes this a no-op), then one mail per person.
async fn send(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
    reminder: &Planned,
) -> Result<bool, AppError> {
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let already = reminders::Entity::find()
        .filter(reminders::Column::IdempotencyKey.eq(&reminder.key))
        .one(&*txn)
        .await
        .map_err(db_error)?;
    if already.is_some() {
        return Ok(false);
    }
    let people = audience(&*txn, &reminder.audience).await?;
    let mailing = Mailing {
        purpose: MailPurpose::Reminder(reminder.kind),
        idempotency_key: &reminder.key,
    };
    let deadline = Deadline::at(reminder.deadline).riga;
    // Whole days left, rounded up: the mail says what is true when it goes, even if it goes late.
    let days_left = ((reminder.deadline - now).num_seconds().max(0) + 86_399) / 86_400;
    let count = mail_people(&*txn, now, people, mailing, |lang: Lang| {
        vec![
            ("year", Arg::Number(reminder.year.into())),
            ("deadline", Arg::Text(format_wall_clock(lang, deadline))),
            ("days", Arg::Number(days_left)),
            ("about", Arg::Text(reminder.about.clone())),
            (
                "link",
                Arg::Text(format!(
                    "{}/{}{}",
                    public_url.trim_end_matches('/'),
                    lang.code(),
                    reminder.link
                )),
            ),
        ]
    })
    .await
    .map_err(db_error)?;
    reminders::ActiveModel {
        kind: Set(reminder.kind.into()),
        idempotency_key: Set(reminder.key.clone()),
        year: Set(reminder.year),
        lead_days: Set(reminder.lead_days.map(|days| days as i32)),
        about: Set(reminder.about.chars().take(200).collect()),
        due_at: Set(reminder.at),
        sent_at: Set(now),
        recipients: Set(count as i32),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(true)
}

/// One pass: sends every reminder due at `now`; answers how many went. While another instance is
/// making its pass, this one sends nothing: the reminders' unique keys would keep a second pass from
/// sending twice, but only by failing its transactions.
pub async fn run_due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<usize, AppError> {
    let Some(turn) = crate::storage::Exclusive::Reminders
        .try_take(db)
        .await
        .map_err(db_error)?
    else {
        return Ok(0);
    };
    let facts = facts(db).await?;
    let planned = plan(&facts);
    let off = switched_off(db).await?;
    let sent: HashSet<String> = reminders::Entity::find()
        .select_only()
        .column(reminders::Column::IdempotencyKey)
        .into_tuple::<String>()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .collect();
    let mut count = 0;
    for reminder in due_now(&planned, now, &off, &sent) {
        if send(db, now, public_url, reminder).await? {
            tracing::info!(kind = ?reminder.kind, key = %reminder.key, "reminder sent");
            count += 1;
        }
    }
    turn.end().await.map_err(db_error)?;
    Ok(count)
}

fn view(reminder: &Planned, off: bool) -> ReminderView {
    ReminderView {
        kind: reminder.kind,
        lead_days: reminder.lead_days,
        about: reminder.about.clone(),
        at: Deadline::at(reminder.at),
        sent: None,
        off,
    }
}

/// A year's reminders for the secretary: the kinds and whether each is on, what is still to come,
/// and what has gone.
pub async fn overview(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
    year: Option<i32>,
) -> Result<RemindersOverview, AppError> {
    secretary_only(reader)?;
    let facts = facts(db).await?;
    // By default the cycle under way (its window or decision still ahead), else the latest one.
    let year = year.unwrap_or_else(|| {
        facts
            .cycles
            .iter()
            .find(|cycle| cycle.decision_due_at > now)
            .or(facts.cycles.last())
            .map_or_else(|| Deadline::at(now).riga.year(), |cycle| cycle.year)
    });
    let planned = plan(&facts);
    let off = switched_off(db).await?;
    let sent_rows = reminders::Entity::find()
        .filter(reminders::Column::Year.eq(year))
        .order_by_desc(reminders::Column::SentAt)
        .limit(SENT_SHOWN)
        .all(db)
        .await
        .map_err(db_error)?;
    let sent_keys: HashSet<&str> = sent_rows
        .iter()
        .map(|row| row.idempotency_key.as_str())
        .collect();
    let mut upcoming: Vec<ReminderView> = planned
        .iter()
        .filter(|r| r.year == year && r.at > now && !sent_keys.contains(r.key.as_str()))
        .map(|r| view(r, off.contains(&(r.year, r.kind))))
        .collect();
    upcoming.sort_by(|a, b| (a.at.at, &a.about).cmp(&(b.at.at, &b.about)));
    let sent = sent_rows
        .into_iter()
        .map(|row| ReminderView {
            kind: row.kind.into(),
            lead_days: row.lead_days.map(i64::from),
            about: row.about,
            at: Deadline::at(row.due_at),
            sent: Some((Deadline::at(row.sent_at), row.recipients)),
            off: false,
        })
        .collect();
    let years: BTreeSet<i32> = facts
        .cycles
        .iter()
        .map(|cycle| cycle.year)
        .chain(planned.iter().map(|r| r.year))
        .chain([year])
        .collect();
    Ok(RemindersOverview {
        year,
        years: years.into_iter().rev().collect(),
        kinds: ReminderKind::ALL
            .into_iter()
            .map(|kind| (kind, !off.contains(&(year, kind))))
            .collect(),
        upcoming,
        sent,
        now,
    })
}

/// Switches a kind of reminder on or off for a year, audited.
pub async fn switch(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    year: i32,
    kind: ReminderKind,
    on: bool,
) -> Result<(), AppError> {
    secretary_only(secretary)?;
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let stored: enums::ReminderKind = kind.into();
    let existing = reminder_switches::Entity::find()
        .filter(reminder_switches::Column::Year.eq(year))
        .filter(reminder_switches::Column::Kind.eq(stored))
        .one(&*txn)
        .await
        .map_err(db_error)?;
    match (existing, on) {
        (Some(row), true) => {
            reminder_switches::Entity::delete_by_id(row.id)
                .exec(&*txn)
                .await
                .map_err(db_error)?;
        }
        (None, false) => {
            reminder_switches::ActiveModel {
                year: Set(year),
                kind: Set(stored),
                switched_by: Set(secretary.id),
                switched_at: Set(now),
                ..Default::default()
            }
            .insert(&*txn)
            .await
            .map_err(db_error)?;
        }
        // Already as asked: nothing to change or to record.
        _ => return Ok(()),
    }
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("reminders", year),
        if on {
            AuditKind::RemindersOn
        } else {
            AuditKind::RemindersOff
        },
        serde_json::json!({ "kind": kind.as_str() }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
