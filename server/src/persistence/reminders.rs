//! Reminders the calendar sends by itself. The schedule is computed from what the database holds
//! (cycles, applications, reviews, the reports members owe), so that it follows every change; a
//! reminder that has gone is a row under a unique key, and its mails carry keys of their own, so that
//! a restart or a second instance sends nothing twice. A pass sends what is due on the injected clock.

use super::decisions::{city_people, mail_people, Mailing};
use super::entities::{
    applications, cities, conflicts_of_interest, cycles, enums, member_cities, reminder_switches,
    reminders, reviews, users,
};
use super::members::next_report;
use super::store::{db_error, record_event, secretary_only};
use crate::clock::SharedClock;
use app::components::format_wall_clock;
use app::error::AppError;
use app::i18n::{Arg, Lang};
use app::model::{
    riga_to_utc, ApplicationStatus, CurrentUser, Deadline, ReminderKind, ReminderView,
    RemindersOverview,
};
use chrono::{DateTime, Datelike, TimeDelta, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// An application waits this long for a reviewer before they are reminded.
const REVIEW_WAIT_DAYS: i64 = 7;

/// An overdue report is announced only this long after its due date: a pass that comes later (the
/// site was down for weeks) no longer sends it.
const OVERDUE_NOTICE_DAYS: i64 = 30;

/// The most sent reminders the secretary's page lists.
const SENT_SHOWN: u64 = 200;

/// Who a reminder goes to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Audience {
    /// Every city person with an account.
    AllCities,
    /// The people of one city.
    City(i32),
    /// These users.
    People(Vec<i32>),
}

/// A reminder the schedule holds: when it goes, until when it is still worth sending, and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Planned {
    kind: ReminderKind,
    lead_days: Option<i64>,
    /// Unique per reminder; its lead left out, the same for the reminders of one deadline.
    key: String,
    group: String,
    /// The cycle's year, or the period of a progress report.
    year: i32,
    about: String,
    at: DateTime<Utc>,
    until: DateTime<Utc>,
    audience: Audience,
    /// The deadline the mail names.
    deadline: DateTime<Utc>,
    /// A path on the site without its language, e.g. `/board/7`.
    link: String,
}

/// An application as the schedule needs it.
struct ApplicationFact {
    id: i32,
    city_id: i32,
    city: String,
    cycle_id: i32,
    status: ApplicationStatus,
    version: i32,
    submitted_at: Option<DateTime<Utc>>,
}

/// A report a member owes.
struct ReportFact {
    member_id: i32,
    city_id: i32,
    city: String,
    period: i32,
    due: DateTime<Utc>,
}

/// Everything the schedule is computed from.
#[derive(Default)]
struct Facts {
    cycles: Vec<cycles::Model>,
    applications: Vec<ApplicationFact>,
    reports: Vec<ReportFact>,
    /// Active reviewers with their names.
    reviewers: Vec<(i32, String)>,
    /// The secretary and the reviewers.
    commission: Vec<i32>,
    /// (application, version, reviewer) of every submitted review.
    reviewed: HashSet<(i32, i32, i32)>,
    /// (reviewer, city) pairs with a declared conflict.
    conflicts: HashSet<(i32, i32)>,
}

fn days(n: i64) -> TimeDelta {
    TimeDelta::days(n)
}

/// `lead` calendar days before `deadline` at the same Riga wall-clock time, whatever the clocks did
/// in between.
fn before(deadline: DateTime<Utc>, lead: i64) -> DateTime<Utc> {
    riga_to_utc(Deadline::at(deadline).riga - days(lead))
}

/// The reminders of `base`'s deadline, one for each of its kind's leads.
fn ahead(group: String, base: Planned, planned: &mut Vec<Planned>) {
    for &lead in base.kind.leads() {
        planned.push(Planned {
            lead_days: Some(lead),
            key: format!("{group}:lead-{lead}"),
            group: group.clone(),
            at: before(base.deadline, lead),
            ..base.clone()
        });
    }
}

/// The whole schedule, sent or not.
fn plan(facts: &Facts) -> Vec<Planned> {
    let mut planned = Vec::new();
    for cycle in &facts.cycles {
        let year = cycle.year;
        let opens = Planned {
            kind: ReminderKind::WindowOpens,
            lead_days: None,
            key: format!("window-opens:{}", cycle.id),
            group: format!("window-opens:{}", cycle.id),
            year,
            about: year.to_string(),
            at: cycle.window_opens_at,
            until: cycle.window_closes_at,
            audience: Audience::AllCities,
            deadline: cycle.window_closes_at,
            link: "/apply".to_owned(),
        };
        planned.push(opens.clone());
        let in_cycle = || {
            facts
                .applications
                .iter()
                .filter(move |application| application.cycle_id == cycle.id)
        };
        for application in in_cycle().filter(|a| a.submitted_at.is_none()) {
            let group = format!(
                "window-closing:{}:{}",
                application.id,
                cycle.window_closes_at.timestamp()
            );
            let base = Planned {
                kind: ReminderKind::WindowClosing,
                about: application.city.clone(),
                audience: Audience::City(application.city_id),
                link: format!("/apply/{}", application.id),
                ..opens.clone()
            };
            ahead(group, base, &mut planned);
        }
        if in_cycle().any(|a| a.status.is_under_review()) {
            let base = Planned {
                kind: ReminderKind::DecisionDue,
                until: cycle.decision_due_at,
                deadline: cycle.decision_due_at,
                audience: Audience::People(facts.commission.clone()),
                link: "/board".to_owned(),
                ..opens.clone()
            };
            let group = format!(
                "decision-due:{}:{}",
                cycle.id,
                cycle.decision_due_at.timestamp()
            );
            ahead(group, base, &mut planned);
        }
        for application in in_cycle().filter(|a| a.status.is_under_review()) {
            let Some(submitted) = application.submitted_at else {
                continue;
            };
            for (reviewer, name) in &facts.reviewers {
                let reviewed =
                    facts
                        .reviewed
                        .contains(&(application.id, application.version, *reviewer));
                let recused = facts.conflicts.contains(&(*reviewer, application.city_id));
                if reviewed || recused {
                    continue;
                }
                let key = format!(
                    "review-waiting:{}:{}:{reviewer}",
                    application.id, application.version
                );
                planned.push(Planned {
                    kind: ReminderKind::ReviewWaiting,
                    lead_days: None,
                    group: key.clone(),
                    key,
                    year,
                    about: format!("{} · {name}", application.city),
                    at: submitted + days(REVIEW_WAIT_DAYS),
                    until: cycle.decision_due_at,
                    audience: Audience::People(vec![*reviewer]),
                    deadline: cycle.decision_due_at,
                    link: format!("/board/{}", application.id),
                });
            }
        }
    }
    for report in &facts.reports {
        let group = format!(
            "report-due:{}:{}:{}",
            report.member_id,
            report.period,
            report.due.timestamp()
        );
        let base = Planned {
            kind: ReminderKind::ReportDue,
            lead_days: None,
            key: group.clone(),
            group: group.clone(),
            year: report.period,
            about: report.city.clone(),
            at: report.due,
            until: report.due,
            audience: Audience::City(report.city_id),
            deadline: report.due,
            link: "/report".to_owned(),
        };
        ahead(group, base.clone(), &mut planned);
        let overdue = format!(
            "report-overdue:{}:{}:{}",
            report.member_id,
            report.period,
            report.due.timestamp()
        );
        planned.push(Planned {
            kind: ReminderKind::ReportOverdue,
            group: overdue.clone(),
            key: overdue,
            until: report.due + days(OVERDUE_NOTICE_DAYS),
            ..base
        });
    }
    planned
}

/// What a pass sends at `now`: due, still worth sending, its kind not switched off, not sent before,
/// and of the reminders of one deadline only the latest due (a draft begun two days before the close
/// gets the one-day reminder, not three at once).
fn due_now<'a>(
    planned: &'a [Planned],
    now: DateTime<Utc>,
    off: &HashSet<(i32, ReminderKind)>,
    sent: &HashSet<String>,
) -> Vec<&'a Planned> {
    let mut latest: HashMap<&str, &Planned> = HashMap::new();
    for reminder in planned
        .iter()
        .filter(|r| r.at <= now && now < r.until && !off.contains(&(r.year, r.kind)))
    {
        let entry = latest.entry(&reminder.group).or_insert(reminder);
        if reminder.at > entry.at {
            *entry = reminder;
        }
    }
    let mut due: Vec<&Planned> = latest
        .into_values()
        .filter(|reminder| !sent.contains(&reminder.key))
        .collect();
    due.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
    due
}

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

/// The translation keys of a kind's mail.
fn mail_keys(kind: ReminderKind) -> (&'static str, &'static str) {
    match kind {
        ReminderKind::WindowOpens => (
            "mail-reminder-window-opens-subject",
            "mail-reminder-window-opens-body",
        ),
        ReminderKind::WindowClosing => (
            "mail-reminder-window-closing-subject",
            "mail-reminder-window-closing-body",
        ),
        ReminderKind::ReportDue => (
            "mail-reminder-report-due-subject",
            "mail-reminder-report-due-body",
        ),
        ReminderKind::ReportOverdue => (
            "mail-reminder-report-overdue-subject",
            "mail-reminder-report-overdue-body",
        ),
        ReminderKind::ReviewWaiting => (
            "mail-reminder-review-waiting-subject",
            "mail-reminder-review-waiting-body",
        ),
        ReminderKind::DecisionDue => (
            "mail-reminder-decision-due-subject",
            "mail-reminder-decision-due-body",
        ),
    }
}

async fn audience(
    db: &impl ConnectionTrait,
    audience: &Audience,
) -> Result<Vec<users::Model>, AppError> {
    match audience {
        Audience::City(city) => city_people(db, *city).await,
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
    let txn = super::begin_write(db).await.map_err(db_error)?;
    let already = reminders::Entity::find()
        .filter(reminders::Column::IdempotencyKey.eq(&reminder.key))
        .one(&*txn)
        .await
        .map_err(db_error)?;
    if already.is_some() {
        return Ok(false);
    }
    let people = audience(&*txn, &reminder.audience).await?;
    let (subject_key, body_key) = mail_keys(reminder.kind);
    let mailing = Mailing {
        purpose: "reminder",
        idempotency_key: &reminder.key,
        subject_key,
        body_key,
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
    .await?;
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
    let Some(turn) = super::Exclusive::Reminders
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

/// Runs a pass every `every` on the injected clock's time until `shutdown`; wakes the mail worker
/// when a pass queued mails.
pub async fn run_job(
    db: DatabaseConnection,
    clock: SharedClock,
    public_url: String,
    every: Duration,
    mail_queued: Arc<Notify>,
    shutdown: Arc<Notify>,
) {
    loop {
        match run_due(&db, clock.now(), &public_url).await {
            Ok(0) => {}
            Ok(_) => mail_queued.notify_one(),
            Err(error) => tracing::error!(%error, "reminder pass failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.notified() => return,
        }
    }
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
    let txn = super::begin_write(db).await.map_err(db_error)?;
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
        if on { "reminders_on" } else { "reminders_off" },
        serde_json::json!({ "kind": kind.as_str() }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    fn cycle() -> cycles::Model {
        let (opens, closes) = app::model::default_window(2027).unwrap();
        cycles::Model {
            id: 1,
            year: 2027,
            window_opens_at: opens,
            window_closes_at: closes,
            decision_due_at: app::model::default_decision_due(2027).unwrap(),
            quota: 3,
            scores_visible_before_review: false,
            created_at: utc(2026, 11, 1, 0),
            updated_at: utc(2026, 11, 1, 0),
        }
    }

    fn application(
        id: i32,
        status: ApplicationStatus,
        submitted: Option<DateTime<Utc>>,
    ) -> ApplicationFact {
        ApplicationFact {
            id,
            city_id: id * 10,
            city: format!("City {id}"),
            cycle_id: 1,
            status,
            version: 1,
            submitted_at: submitted,
        }
    }

    fn facts() -> Facts {
        Facts {
            cycles: vec![cycle()],
            applications: vec![
                application(1, ApplicationStatus::Draft, None),
                application(2, ApplicationStatus::Submitted, Some(utc(2027, 4, 1, 9))),
            ],
            reports: vec![ReportFact {
                member_id: 5,
                city_id: 50,
                city: "Valmiera".into(),
                period: 2028,
                due: app::model::default_report_due(2028).unwrap(),
            }],
            reviewers: vec![(7, "Reviewer A".into()), (8, "Reviewer B".into())],
            commission: vec![6, 7, 8],
            reviewed: HashSet::from([(2, 1, 8)]),
            conflicts: HashSet::new(),
        }
    }

    fn sent_at(now: DateTime<Utc>, facts: &Facts, sent: &HashSet<String>) -> Vec<String> {
        let planned = plan(facts);
        due_now(&planned, now, &HashSet::new(), sent)
            .into_iter()
            .map(|r| r.key.clone())
            .collect()
    }

    #[test]
    fn the_window_reminders_follow_its_dates_in_riga() {
        let planned = plan(&facts());
        let closing: Vec<_> = planned
            .iter()
            .filter(|r| r.kind == ReminderKind::WindowClosing)
            .map(|r| (r.lead_days, Deadline::at(r.at).riga.to_string()))
            .collect();
        assert_eq!(
            closing,
            [
                (Some(14), "2027-04-16 23:59:59".to_owned()),
                (Some(3), "2027-04-27 23:59:59".to_owned()),
                (Some(1), "2027-04-29 23:59:59".to_owned()),
            ],
            "only the draft, not the submitted application"
        );
        let opens = planned
            .iter()
            .find(|r| r.kind == ReminderKind::WindowOpens)
            .unwrap();
        assert_eq!(
            Deadline::at(opens.at).riga.to_string(),
            "2027-03-01 00:00:00"
        );
    }

    #[test]
    fn report_reminders_keep_their_riga_time_across_29_february_and_the_clock_change() {
        let riga_times = |facts: &Facts| -> Vec<(ReminderKind, Option<i64>, String)> {
            plan(facts)
                .into_iter()
                .filter(|r| {
                    matches!(
                        r.kind,
                        ReminderKind::ReportDue | ReminderKind::ReportOverdue
                    )
                })
                .map(|r| (r.kind, r.lead_days, Deadline::at(r.at).riga.to_string()))
                .collect()
        };
        // 2028 is a leap year; summer time begins on 26 March, between the 14-day and the 1-day one.
        let due = ReminderKind::ReportDue;
        assert_eq!(
            riga_times(&facts()),
            [
                (due, Some(60), "2028-01-31 23:59:59".to_owned()),
                (due, Some(14), "2028-03-17 23:59:59".to_owned()),
                (due, Some(1), "2028-03-30 23:59:59".to_owned()),
                (
                    ReminderKind::ReportOverdue,
                    None,
                    "2028-03-31 23:59:59".to_owned()
                ),
            ]
        );
        let sixty_days = plan(&facts())
            .into_iter()
            .find(|r| r.lead_days == Some(60))
            .unwrap();
        assert_eq!(
            sixty_days.at,
            Utc.with_ymd_and_hms(2028, 1, 31, 21, 59, 59).unwrap()
        );
        // Without a 29 February, sixty days before 31 March is 30 January.
        let mut facts = facts();
        facts.reports[0].period = 2030;
        facts.reports[0].due = app::model::default_report_due(2030).unwrap();
        assert_eq!(riga_times(&facts)[0].2, "2030-01-30 23:59:59");
    }

    #[test]
    fn a_pass_sends_what_is_due_once_and_only_the_latest_of_a_deadline() {
        let facts = facts();
        assert!(sent_at(utc(2027, 2, 28, 12), &facts, &HashSet::new()).is_empty());
        let opened = sent_at(utc(2027, 3, 1, 12), &facts, &HashSet::new());
        assert_eq!(opened, ["window-opens:1"]);
        // The site was down from before the 14-day reminder until after the 3-day one.
        let late = sent_at(
            utc(2027, 4, 28, 12),
            &facts,
            &HashSet::from(["window-opens:1".to_owned()]),
        );
        assert!(late.contains(&format!(
            "window-closing:1:{}:lead-3",
            cycle().window_closes_at.timestamp()
        )));
        assert!(!late.iter().any(|key| key.ends_with("lead-14")));
        // Reviewer A has not reviewed application 2 a week after it came; B has.
        assert!(late.contains(&"review-waiting:2:1:7".to_owned()));
        assert!(!late
            .iter()
            .any(|key| key.starts_with("review-waiting:2:1:8")));
        // After the close nothing about the window goes.
        let after = sent_at(utc(2027, 5, 2, 12), &facts, &HashSet::new());
        assert!(!after.iter().any(|key| key.starts_with("window")));
    }

    #[test]
    fn a_switched_off_kind_and_a_recused_reviewer_get_nothing() {
        let mut facts = facts();
        facts.conflicts.insert((7, 20));
        let planned = plan(&facts);
        assert!(!planned
            .iter()
            .any(|r| r.kind == ReminderKind::ReviewWaiting));
        let off = HashSet::from([(2027, ReminderKind::WindowOpens)]);
        assert!(due_now(&planned, utc(2027, 3, 1, 12), &off, &HashSet::new()).is_empty());
    }

    #[test]
    fn the_decision_reminder_goes_only_while_applications_are_undecided() {
        let mut facts = facts();
        let due = |facts: &Facts| {
            plan(facts)
                .into_iter()
                .filter(|r| r.kind == ReminderKind::DecisionDue)
                .count()
        };
        assert_eq!(due(&facts), 1);
        facts.applications[1].status = ApplicationStatus::Endorsed;
        assert_eq!(due(&facts), 0);
    }
}
