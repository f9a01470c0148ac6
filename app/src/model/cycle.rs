use super::{clock_time, Deadline};
use crate::error::FieldError;
use chrono::{DateTime, NaiveDateTime, Timelike, Utc};
use serde::{Deserialize, Serialize};

/// The most applications the Commission may endorse in a year: UIL admits at most three new member
/// cities per country per year.
pub const MAX_QUOTA: u32 = 3;

/// A cycle as the secretary manages it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleSettings {
    pub summary: CycleSummary,
    /// Whether reviewers see each other's scores before their own review is in.
    pub scores_open: bool,
    pub submitted: u32,
    pub endorsed: u32,
}

/// Every cycle, newest first, and a new cycle's form filled with the next year's defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CyclesOverview {
    pub cycles: Vec<CycleSettings>,
    pub next: CycleForm,
}

/// The cycle form as posted. Times are Riga wall-clock readings, as a `datetime-local` field gives them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleForm {
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub opens: String,
    #[serde(default)]
    pub closes: String,
    #[serde(default)]
    pub decision_due: String,
    #[serde(default)]
    pub quota: String,
    /// A checkbox: present when ticked.
    #[serde(default)]
    pub scores_open: Option<String>,
}

/// What a `datetime-local` field shows for a Riga wall-clock time, to the second. A date's own
/// `Display` is the ISO form; the time is written out as in [`clock_time`].
pub fn local_input(riga: NaiveDateTime) -> String {
    format!("{}T{}:{:02}", riga.date(), clock_time(riga), riga.second())
}

impl CycleForm {
    pub fn of(settings: &CycleSettings) -> CycleForm {
        let cycle = &settings.summary;
        CycleForm {
            year: cycle.year.to_string(),
            opens: local_input(cycle.opens.riga),
            closes: local_input(cycle.closes.riga),
            decision_due: local_input(cycle.decision_due.riga),
            quota: cycle.quota.to_string(),
            scores_open: settings.scores_open.then(|| "on".to_owned()),
        }
    }
}

/// A wall-clock reading typed into a `datetime-local` field, with or without seconds.
pub(crate) fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
        .ok()
}

/// A cycle's form once every field reads right on its own and together. What depends on other
/// cycles, on the applications and on the time now is checked where those are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedCycle {
    pub year: i32,
    pub opens: NaiveDateTime,
    pub closes: NaiveDateTime,
    pub decision_due: NaiveDateTime,
    pub quota: u32,
    pub scores_open: bool,
}

impl CycleForm {
    /// Every problem at once: a year, three readable times in order (the window opens in its own
    /// year, closes after it opens, and the decision is due no earlier than the close), and a quota
    /// from 1 to [`MAX_QUOTA`].
    pub fn check(&self) -> Result<CheckedCycle, Vec<FieldError>> {
        let mut errors = Vec::new();
        let year = self
            .year
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|year| (2000..=2100).contains(year));
        if year.is_none() {
            errors.push(FieldError::new("year", "cycles-error-year"));
        }
        let mut time = |field: &str, text: &str| {
            let parsed = parse_local(text);
            if parsed.is_none() {
                errors.push(FieldError::new(field, "cycles-error-time"));
            }
            parsed
        };
        let opens = time("opens", &self.opens);
        let closes = time("closes", &self.closes);
        let decision_due = time("decision_due", &self.decision_due);
        if let (Some(year), Some(opens)) = (year, opens) {
            if chrono::Datelike::year(&opens) != year {
                errors.push(FieldError::new("opens", "cycles-error-opens-year"));
            }
        }
        if let (Some(opens), Some(closes)) = (opens, closes) {
            if closes <= opens {
                errors.push(FieldError::new(
                    "closes",
                    "cycles-error-closes-before-opens",
                ));
            }
        }
        if let (Some(closes), Some(due)) = (closes, decision_due) {
            if due < closes {
                errors.push(FieldError::new(
                    "decision_due",
                    "cycles-error-decision-before-close",
                ));
            }
        }
        let quota = self
            .quota
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|quota| (1..=MAX_QUOTA).contains(quota));
        if quota.is_none() {
            errors.push(FieldError::new("quota", "cycles-error-quota"));
        }
        match (year, opens, closes, decision_due, quota) {
            (Some(year), Some(opens), Some(closes), Some(decision_due), Some(quota))
                if errors.is_empty() =>
            {
                Ok(CheckedCycle {
                    year,
                    opens,
                    closes,
                    decision_due,
                    quota,
                    scores_open: self.scores_open.as_deref().is_some_and(|v| !v.is_empty()),
                })
            }
            _ => Err(errors),
        }
    }
}

/// One yearly application round as the public and the cities see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleSummary {
    pub year: i32,
    pub opens: Deadline,
    pub closes: Deadline,
    pub decision_due: Deadline,
    /// How many applications the Commission may endorse in this cycle.
    pub quota: u32,
}

/// Where the application window stands at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowPhase {
    NotYetOpen,
    Open,
    Closed,
}

impl CycleSummary {
    /// The window includes its opening instant and ends at its closing instant.
    pub fn phase(&self, now: DateTime<Utc>) -> WindowPhase {
        if now < self.opens.at {
            WindowPhase::NotYetOpen
        } else if now < self.closes.at {
            WindowPhase::Open
        } else {
            WindowPhase::Closed
        }
    }
}

#[cfg(test)]
mod form_tests {
    use super::*;

    fn form() -> CycleForm {
        CycleForm {
            year: "2028".into(),
            opens: "2028-03-01T00:00".into(),
            closes: "2028-04-30T23:59:59".into(),
            decision_due: "2028-05-31T23:59:59".into(),
            quota: "3".into(),
            scores_open: None,
        }
    }

    fn problems(form: CycleForm) -> Vec<(String, String)> {
        form.check()
            .unwrap_err()
            .into_iter()
            .map(|error| (error.field, error.key))
            .collect()
    }

    #[test]
    fn a_complete_cycle_reads_its_times_with_or_without_seconds() {
        let checked = form().check().unwrap();
        assert_eq!(checked.year, 2028);
        assert_eq!(local_input(checked.opens), "2028-03-01T00:00:00");
        assert_eq!(local_input(checked.closes), "2028-04-30T23:59:59");
        assert_eq!(checked.quota, 3);
        assert!(!checked.scores_open);
        let ticked = CycleForm {
            scores_open: Some("on".into()),
            ..form()
        };
        assert!(ticked.check().unwrap().scores_open);
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let broken = CycleForm {
            year: "twenty".into(),
            opens: "1 March".into(),
            closes: String::new(),
            decision_due: "2028-05-31T23:59".into(),
            quota: "4".into(),
            scores_open: None,
        };
        assert_eq!(
            problems(broken),
            [
                ("year".into(), "cycles-error-year".into()),
                ("opens".into(), "cycles-error-time".into()),
                ("closes".into(), "cycles-error-time".into()),
                ("quota".into(), "cycles-error-quota".into()),
            ]
        );
    }

    #[test]
    fn the_times_must_come_in_order_and_the_window_open_in_its_year() {
        let inverted = CycleForm {
            closes: "2028-02-28T23:59".into(),
            ..form()
        };
        assert_eq!(
            problems(inverted),
            [("closes".into(), "cycles-error-closes-before-opens".into())]
        );
        let early_decision = CycleForm {
            decision_due: "2028-04-30T12:00".into(),
            ..form()
        };
        assert_eq!(
            problems(early_decision),
            [(
                "decision_due".into(),
                "cycles-error-decision-before-close".into()
            )]
        );
        let other_year = CycleForm {
            year: "2029".into(),
            ..form()
        };
        assert_eq!(
            problems(other_year),
            [("opens".into(), "cycles-error-opens-year".into())]
        );
        let no_quota = CycleForm {
            quota: "0".into(),
            ..form()
        };
        assert_eq!(
            problems(no_quota),
            [("quota".into(), "cycles-error-quota".into())]
        );
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::model::default_window;
    use chrono::TimeDelta;

    #[test]
    fn the_phase_follows_the_window_edges() {
        let (opens, closes) = default_window(2027).unwrap();
        let cycle = CycleSummary {
            year: 2027,
            opens: Deadline::at(opens),
            closes: Deadline::at(closes),
            decision_due: Deadline::at(closes + TimeDelta::days(31)),
            quota: 3,
        };
        let second = TimeDelta::seconds(1);
        assert_eq!(cycle.phase(opens - second), WindowPhase::NotYetOpen);
        assert_eq!(cycle.phase(opens), WindowPhase::Open);
        assert_eq!(cycle.phase(closes - second), WindowPhase::Open);
        assert_eq!(cycle.phase(closes), WindowPhase::Closed);
    }
}
