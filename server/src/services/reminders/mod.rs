//! Reminders the calendar sends by itself. The schedule is computed from what the database holds
//! (cycles, applications, reviews, the reports members owe), so that it follows every change; a
//! reminder that has gone is a row under a unique key, and its mails carry keys of their own, so that
//! a restart or a second instance sends nothing twice. A pass sends what is due on the injected clock.

mod planner;

use super::access::secretary_only;
use super::errors::db_error;
use super::members::next_report;
use crate::mail::{mail_people, MailPurpose, Mailing};
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::entities::{applications, enums, reminders, users};
use app::error::AppError;
use app::i18n::{Arg, Lang};
use app::model::format_wall_clock;
use app::model::AuditKind;
use app::model::{CurrentUser, Deadline, ReminderKind, ReminderView, RemindersOverview};
use chrono::{DateTime, Datelike, Utc};
use planner::{due_now, plan, ApplicationFact, Audience, Facts, Planned, ReportFact};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait,
};
use std::collections::{BTreeSet, HashSet};

/// The most sent reminders the secretary's page lists.
const SENT_SHOWN: u64 = 200;

async fn facts(db: &impl ConnectionTrait) -> Result<Facts, AppError> {
    let cycles = storage::cycles::by_year(db).await.map_err(db_error)?;
    let city_names = storage::cities::names(db).await.map_err(db_error)?;
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
    for member in storage::members::active(db).await.map_err(db_error)? {
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
    let commission = storage::users::commission(db).await.map_err(db_error)?;
    let reviewers = commission
        .iter()
        .filter(|user| user.role == enums::Role::CommissionReviewer)
        .map(|user| (user.id, user.full_name.clone()))
        .collect();
    Ok(Facts {
        cycles,
        applications,
        reports,
        reviewers,
        commission: commission.iter().map(|user| user.id).collect(),
        reviewed: storage::reviews::submitted(db).await.map_err(db_error)?,
        conflicts: storage::conflicts::pairs(db).await.map_err(db_error)?,
    })
}

async fn switched_off(db: &impl ConnectionTrait) -> Result<HashSet<(i32, ReminderKind)>, AppError> {
    Ok(storage::reminders::switched_off(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|(year, kind)| (year, kind.into()))
        .collect())
}

async fn audience(
    db: &impl ConnectionTrait,
    audience: &Audience,
) -> Result<Vec<users::Model>, AppError> {
    match audience {
        Audience::City(city) => storage::users::city_people(db, *city).await,
        Audience::AllCities => storage::users::all_city_people(db).await,
        Audience::People(ids) => storage::users::active_among(db, ids.iter().copied()).await,
    }
    .map_err(db_error)
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
    if storage::reminders::is_sent(&*txn, &reminder.key)
        .await
        .map_err(db_error)?
    {
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
    let sent = storage::reminders::sent_keys(db).await.map_err(db_error)?;
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
    let sent_rows = storage::reminders::sent_in(db, year, SENT_SHOWN)
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
    let changed = storage::reminders::switch(&*txn, now, secretary.id, (year, kind.into()), on)
        .await
        .map_err(db_error)?;
    if !changed {
        // Already as asked: nothing to record.
        return Ok(());
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
