//! Deadlines: stored and compared in UTC, shown as Riga wall-clock time.

use crate::i18n::{translate, translate_with, Arg, DocLang};
use chrono::{DateTime, Datelike, NaiveDateTime, Timelike, Utc};
use serde::{Deserialize, Serialize};

/// A Riga wall-clock time written out in `lang`, e.g. "30 April 2027, 23:59".
pub fn format_wall_clock(lang: impl Into<DocLang> + Copy, at: NaiveDateTime) -> String {
    translate_with(
        lang,
        "time-datetime",
        &[
            ("day", Arg::Number(at.day().into())),
            (
                "month",
                Arg::Text(translate(lang, &format!("month-{}", at.month()))),
            ),
            ("year", Arg::Number(at.year().into())),
            ("time", Arg::Text(clock_time(at))),
        ],
    )
}

/// The hour and minute of a wall-clock time, "09:05". Written out by hand because chrono's
/// `format` would bring its whole pattern interpreter into the browser's bundle for it.
pub fn clock_time(at: NaiveDateTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// A moment that matters to someone, with its Riga wall-clock reading fixed on the server so that the
/// browser needs no time-zone database and renders exactly what the server rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub at: DateTime<Utc>,
    pub riga: NaiveDateTime,
}

/// Time left until a deadline, split the way people read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Remaining {
    pub days: i64,
    pub hours: u32,
    pub minutes: u32,
    pub seconds: u32,
}

impl Deadline {
    /// Whole time left at `now`, or `None` once the deadline has passed. Computed on UTC instants, so a
    /// daylight-saving change in between shortens or lengthens the wall-clock span as it really does.
    pub fn remaining(&self, now: DateTime<Utc>) -> Option<Remaining> {
        let left = (self.at - now).num_seconds();
        if left <= 0 {
            return None;
        }
        // The casts are exact: each value is reduced below 24 or 60 first.
        Some(Remaining {
            days: left / 86_400,
            hours: ((left % 86_400) / 3_600) as u32,
            minutes: ((left % 3_600) / 60) as u32,
            seconds: (left % 60) as u32,
        })
    }
}

/// What a deadline on someone's page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeadlineKind {
    WindowOpens,
    WindowCloses,
    DecisionDue,
    ReportDue,
}

impl DeadlineKind {
    pub fn label_key(self) -> &'static str {
        match self {
            DeadlineKind::WindowOpens => "deadlines-window-opens",
            DeadlineKind::WindowCloses => "deadlines-window-closes",
            DeadlineKind::DecisionDue => "deadlines-decision-due",
            DeadlineKind::ReportDue => "deadlines-report-due",
        }
    }

    /// How it is named in a calendar file's address.
    pub fn slug(self) -> &'static str {
        match self {
            DeadlineKind::WindowOpens => "window_opens",
            DeadlineKind::WindowCloses => "window_closes",
            DeadlineKind::DecisionDue => "decision_due",
            DeadlineKind::ReportDue => "report_due",
        }
    }
}

/// A deadline that concerns the reader, still to come.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpcomingDeadline {
    pub kind: DeadlineKind,
    /// The cycle's year, or the report's period.
    pub year: i32,
    /// The member city a report is owed by, on the secretary's list.
    pub city: Option<crate::model::CityRef>,
    pub deadline: Deadline,
}

impl UpcomingDeadline {
    /// Its name in `lang`, as the account page and its calendar file show it.
    pub fn title(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{translate_with, Arg};
        let city = self
            .city
            .as_ref()
            .map(|city| city.name.clone())
            .unwrap_or_default();
        translate_with(
            lang,
            self.kind.label_key(),
            &[
                ("year", Arg::Number(self.year.into())),
                ("city", Arg::Text(city)),
            ],
        )
    }

    /// The calendar file's name, which is also how the server finds the deadline again.
    pub fn calendar_key(&self) -> String {
        match &self.city {
            Some(city) => format!("{}-{}-{}", self.kind.slug(), self.year, city.id),
            None => format!("{}-{}", self.kind.slug(), self.year),
        }
    }
}

/// The reader's next deadlines, soonest first, with the server's time for the countdowns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpcomingDeadlines {
    pub deadlines: Vec<UpcomingDeadline>,
    pub now: DateTime<Utc>,
}

#[cfg(feature = "ssr")]
pub use riga::*;

#[cfg(feature = "ssr")]
mod riga {
    use super::Deadline;
    use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc};
    use chrono_tz::Europe::Riga;

    impl Deadline {
        /// The deadline at instant `at`, with its Riga wall-clock reading.
        pub fn at(at: DateTime<Utc>) -> Self {
            Deadline {
                at,
                riga: at.with_timezone(&Riga).naive_local(),
            }
        }
    }

    /// The UTC instant of a Riga wall-clock time. In the autumn hour that happens twice the later one is
    /// taken (a deadline never comes early); in the spring hour that never happens, the first moment after.
    pub fn riga_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
        match Riga.from_local_datetime(&local) {
            LocalResult::Single(at) => at.with_timezone(&Utc),
            LocalResult::Ambiguous(_, later) => later.with_timezone(&Utc),
            LocalResult::None => riga_to_utc(local + TimeDelta::hours(1)),
        }
    }

    /// The default application window of `year`: 1 March 00:00:00 to 30 April 23:59:59, Riga time.
    pub fn default_window(year: i32) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let opens = NaiveDate::from_ymd_opt(year, 3, 1)?.and_hms_opt(0, 0, 0)?;
        let closes = NaiveDate::from_ymd_opt(year, 4, 30)?.and_hms_opt(23, 59, 59)?;
        Some((riga_to_utc(opens), riga_to_utc(closes)))
    }

    /// The default decision due date of `year`: a month after the window closes, 31 May 23:59:59 Riga.
    pub fn default_decision_due(year: i32) -> Option<DateTime<Utc>> {
        let due = NaiveDate::from_ymd_opt(year, 5, 31)?.and_hms_opt(23, 59, 59)?;
        Some(riga_to_utc(due))
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, s).unwrap()
    }

    fn riga(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, s)
            .unwrap()
    }

    #[test]
    fn the_default_window_opens_and_closes_in_riga_time() {
        let (opens, closes) = default_window(2027).unwrap();
        // Winter time (UTC+2) on 1 March, summer time (UTC+3) on 30 April.
        assert_eq!(opens, utc(2027, 2, 28, 22, 0, 0));
        assert_eq!(closes, utc(2027, 4, 30, 20, 59, 59));
        assert_eq!(Deadline::at(closes).riga, riga(2027, 4, 30, 23, 59, 59));
        assert_eq!(
            default_decision_due(2027).unwrap(),
            utc(2027, 5, 31, 20, 59, 59)
        );
    }

    #[test]
    fn a_leap_year_window_is_unaffected_by_29_february() {
        let (opens, _) = default_window(2028).unwrap();
        assert_eq!(opens, utc(2028, 2, 29, 22, 0, 0));
        assert_eq!(Deadline::at(opens).riga, riga(2028, 3, 1, 0, 0, 0));
    }

    #[test]
    fn the_spring_change_makes_a_riga_day_23_hours_long() {
        // Clocks go from 03:00 to 04:00 on Sunday 28 March 2027.
        let deadline = Deadline::at(riga_to_utc(riga(2027, 3, 28, 12, 0, 0)));
        let now = riga_to_utc(riga(2027, 3, 27, 12, 0, 0));
        let left = deadline.remaining(now).unwrap();
        assert_eq!(
            (left.days, left.hours, left.minutes, left.seconds),
            (0, 23, 0, 0)
        );
        assert_eq!(deadline.riga, riga(2027, 3, 28, 12, 0, 0));
    }

    #[test]
    fn the_autumn_change_makes_a_riga_day_25_hours_long() {
        // Clocks go from 04:00 back to 03:00 on Sunday 31 October 2027.
        let deadline = Deadline::at(riga_to_utc(riga(2027, 10, 31, 12, 0, 0)));
        let now = riga_to_utc(riga(2027, 10, 30, 12, 0, 0));
        let left = deadline.remaining(now).unwrap();
        assert_eq!(
            (left.days, left.hours, left.minutes, left.seconds),
            (1, 1, 0, 0)
        );
    }

    #[test]
    fn wall_clock_times_that_do_not_exist_or_happen_twice_resolve_generously() {
        // 03:30 does not exist on 29 March 2026: the first moment after the gap is 04:30 EEST.
        assert_eq!(
            riga_to_utc(riga(2026, 3, 29, 3, 30, 0)),
            utc(2026, 3, 29, 1, 30, 0)
        );
        // 03:30 happens twice on 25 October 2026: the later one, in EET, is taken.
        assert_eq!(
            riga_to_utc(riga(2026, 10, 25, 3, 30, 0)),
            utc(2026, 10, 25, 1, 30, 0)
        );
    }

    #[test]
    fn remaining_time_splits_into_days_hours_minutes_and_seconds_and_ends_at_the_deadline() {
        let deadline = Deadline::at(utc(2027, 4, 30, 20, 59, 59));
        let left = deadline.remaining(utc(2027, 4, 28, 18, 58, 0)).unwrap();
        assert_eq!(
            (left.days, left.hours, left.minutes, left.seconds),
            (2, 2, 1, 59)
        );
        let last = deadline.remaining(utc(2027, 4, 30, 20, 59, 58)).unwrap();
        assert_eq!(
            (last.days, last.hours, last.minutes, last.seconds),
            (0, 0, 0, 1)
        );
        assert_eq!(deadline.remaining(utc(2027, 4, 30, 20, 59, 59)), None);
        assert_eq!(deadline.remaining(utc(2027, 5, 1, 0, 0, 0)), None);
    }
}
