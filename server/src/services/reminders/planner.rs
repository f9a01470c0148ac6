//! The reminders' schedule, computed from facts alone: which reminder goes when, to whom, and which of
//! them a pass sends now. No database and no clock here, so that every rule is tested on its own.

use crate::storage::entities::cycles;
use app::model::{riga_to_utc, ApplicationStatus, Deadline, ReminderKind};
use chrono::{DateTime, TimeDelta, Utc};
use std::collections::{HashMap, HashSet};

/// An application waits this long for a reviewer before they are reminded.
const REVIEW_WAIT_DAYS: i64 = 7;

/// An overdue report is announced only this long after its due date: a pass that comes later (the
/// site was down for weeks) no longer sends it.
const OVERDUE_NOTICE_DAYS: i64 = 30;

/// Who a reminder goes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Audience {
    /// Every city person with an account.
    AllCities,
    /// The people of one city.
    City(i32),
    /// These users.
    People(Vec<i32>),
}

/// A reminder the schedule holds: when it goes, until when it is still worth sending, and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Planned {
    pub(super) kind: ReminderKind,
    pub(super) lead_days: Option<i64>,
    /// Unique per reminder; its lead left out, the same for the reminders of one deadline.
    pub(super) key: String,
    pub(super) group: String,
    /// The cycle's year, or the period of a progress report.
    pub(super) year: i32,
    pub(super) about: String,
    pub(super) at: DateTime<Utc>,
    pub(super) until: DateTime<Utc>,
    pub(super) audience: Audience,
    /// The deadline the mail names.
    pub(super) deadline: DateTime<Utc>,
    /// A path on the site without its language, e.g. `/board/7`.
    pub(super) link: String,
}

/// An application as the schedule needs it.
pub(super) struct ApplicationFact {
    pub(super) id: i32,
    pub(super) city_id: i32,
    pub(super) city: String,
    pub(super) cycle_id: i32,
    pub(super) status: ApplicationStatus,
    pub(super) version: i32,
    pub(super) submitted_at: Option<DateTime<Utc>>,
}

/// A report a member owes.
pub(super) struct ReportFact {
    pub(super) member_id: i32,
    pub(super) city_id: i32,
    pub(super) city: String,
    pub(super) period: i32,
    pub(super) due: DateTime<Utc>,
}

/// Everything the schedule is computed from.
#[derive(Default)]
pub(super) struct Facts {
    pub(super) cycles: Vec<cycles::Model>,
    pub(super) applications: Vec<ApplicationFact>,
    pub(super) reports: Vec<ReportFact>,
    /// Active reviewers with their names.
    pub(super) reviewers: Vec<(i32, String)>,
    /// The secretary and the reviewers.
    pub(super) commission: Vec<i32>,
    /// (application, version, reviewer) of every submitted review.
    pub(super) reviewed: HashSet<(i32, i32, i32)>,
    /// (reviewer, city) pairs with a declared conflict.
    pub(super) conflicts: HashSet<(i32, i32)>,
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
pub(super) fn plan(facts: &Facts) -> Vec<Planned> {
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
pub(super) fn due_now<'a>(
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
