//! Reminders: mails the calendar sends by itself, and what the secretary sees of them.

use super::Deadline;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a reminder is about. The secretary switches each kind on or off per cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReminderKind {
    /// The application window has opened: to every city with an account.
    WindowOpens,
    /// The window closes in 14, 3 or 1 days: to cities whose application is not submitted.
    WindowClosing,
    /// A progress report is due in 60, 14 or 1 days: to the member city.
    ReportDue,
    /// A progress report's due date has passed without it: to the member city.
    ReportOverdue,
    /// An application has waited more than a week for a reviewer's review: to that reviewer.
    ReviewWaiting,
    /// The Commission's decision is due in 3 days and applications are undecided: to the Commission.
    DecisionDue,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 6] = [
        ReminderKind::WindowOpens,
        ReminderKind::WindowClosing,
        ReminderKind::ReportDue,
        ReminderKind::ReportOverdue,
        ReminderKind::ReviewWaiting,
        ReminderKind::DecisionDue,
    ];

    /// How it is stored and posted.
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::WindowOpens => "window_opens",
            ReminderKind::WindowClosing => "window_closing",
            ReminderKind::ReportDue => "report_due",
            ReminderKind::ReportOverdue => "report_overdue",
            ReminderKind::ReviewWaiting => "review_waiting",
            ReminderKind::DecisionDue => "decision_due",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            ReminderKind::WindowOpens => "reminders-kind-window-opens",
            ReminderKind::WindowClosing => "reminders-kind-window-closing",
            ReminderKind::ReportDue => "reminders-kind-report-due",
            ReminderKind::ReportOverdue => "reminders-kind-report-overdue",
            ReminderKind::ReviewWaiting => "reminders-kind-review-waiting",
            ReminderKind::DecisionDue => "reminders-kind-decision-due",
        }
    }

    /// How many days before its deadline each reminder of the kind goes; none for those sent at a
    /// moment rather than ahead of one.
    pub fn leads(self) -> &'static [i64] {
        match self {
            ReminderKind::WindowClosing => &[14, 3, 1],
            ReminderKind::ReportDue => &[60, 14, 1],
            ReminderKind::DecisionDue => &[3],
            ReminderKind::WindowOpens
            | ReminderKind::ReportOverdue
            | ReminderKind::ReviewWaiting => &[],
        }
    }
}

/// One reminder as the secretary's list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderView {
    pub kind: ReminderKind,
    /// Days before the deadline, for kinds sent ahead of one.
    pub lead_days: Option<i64>,
    /// Whom or what it concerns: a city, a reviewer, or the cycle's year.
    pub about: String,
    pub at: Deadline,
    /// When the mails were queued, for one that has gone; how many.
    pub sent: Option<(Deadline, i32)>,
    /// The secretary switched its kind off for its cycle: it will not go.
    pub off: bool,
}

/// A cycle's reminders: whether each kind is on, what is coming and what has gone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemindersOverview {
    pub year: i32,
    pub years: Vec<i32>,
    pub kinds: Vec<(ReminderKind, bool)>,
    pub upcoming: Vec<ReminderView>,
    pub sent: Vec<ReminderView>,
    pub now: DateTime<Utc>,
}
