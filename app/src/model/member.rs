//! Member cities of the network, and the progress report each owes every second year.

use super::application::{Line, WebAddress};
use super::cycle::parse_local;
use super::{CityRef, Deadline};
use crate::error::{FieldError, FieldProblems};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

/// Members report every this many years, counted from the year they joined.
pub const REPORT_INTERVAL_YEARS: i32 = 2;

/// The year the network was founded: no city joined before it.
pub const FIRST_MEMBER_YEAR: i32 = 2013;

/// How a city became a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JoinedVia {
    /// UIL accepted an application made in this system.
    ThisSystem,
    /// The secretary entered a membership that began before this system.
    Registered,
}

impl JoinedVia {
    pub const ALL: [JoinedVia; 2] = [JoinedVia::ThisSystem, JoinedVia::Registered];

    /// Stable identifier used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            JoinedVia::ThisSystem => "this_system",
            JoinedVia::Registered => "registered",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MemberStatus {
    Active,
    /// No longer a member, e.g. after missing progress reports; owes nothing.
    Lapsed,
}

impl MemberStatus {
    pub const ALL: [MemberStatus; 2] = [MemberStatus::Active, MemberStatus::Lapsed];

    /// The value a form posts for it.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Active => "active",
            MemberStatus::Lapsed => "lapsed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == value.trim())
    }

    pub fn label_key(self) -> &'static str {
        match self {
            MemberStatus::Active => "members-status-active",
            MemberStatus::Lapsed => "members-status-lapsed",
        }
    }
}

/// A member as anyone may read it, on the public list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicMember {
    pub name: String,
    pub joined_year: i32,
    pub website: Option<String>,
}

/// A progress report a member owes: the period it covers and when it is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDue {
    pub period_year: i32,
    pub due: Deadline,
    /// The secretary moved the due date away from 31 March.
    pub moved: bool,
}

impl ReportDue {
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        self.due.at <= now
    }
}

/// One report on the Commission's view of progress reports: the one a member owes next (begun or not),
/// or one it has sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportLine {
    pub city: String,
    pub period_year: i32,
    pub due: Deadline,
    /// `None` until the city begins the report.
    pub status: Option<super::ApplicationStatus>,
    /// The report, once begun: the Commission reads it on its check-answers page.
    pub report: Option<i32>,
    pub submitted: Option<Deadline>,
}

impl ReportLine {
    /// Due, and not sent by then.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        self.submitted.is_none() && self.due.at <= now
    }

    /// Sent, and waiting for the secretary to forward it to UIL.
    pub fn awaits_forwarding(&self) -> bool {
        matches!(
            self.status,
            Some(super::ApplicationStatus::Submitted | super::ApplicationStatus::Resubmitted)
        )
    }
}

/// The Commission's view of progress reports: those waiting to be forwarded first, then those owed by
/// their due date, then those already with UIL, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportsBoard {
    pub lines: Vec<ReportLine>,
    pub now: DateTime<Utc>,
    /// Whether the reader may forward a report to UIL: the secretary.
    pub can_forward: bool,
}

impl ReportsBoard {
    /// Orders `lines` as the board shows them.
    pub fn sort(lines: &mut [ReportLine]) {
        lines.sort_by_key(|line| {
            let rank = if line.awaits_forwarding() {
                0
            } else if line.submitted.is_none() {
                1
            } else {
                2
            };
            let newest_first = if rank == 2 {
                -line.due.at.timestamp()
            } else {
                line.due.at.timestamp()
            };
            (rank, newest_first, line.city.clone())
        });
    }
}

/// Someone who speaks for a member city: a person with an account of the city.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberContact {
    pub name: String,
    pub email: String,
}

/// A member as the secretary manages it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberSummary {
    pub city: CityRef,
    pub website: Option<String>,
    pub joined_year: i32,
    pub joined_via: JoinedVia,
    pub status: MemberStatus,
    pub contacts: Vec<MemberContact>,
    /// `None` for a lapsed member.
    pub next_report: Option<ReportDue>,
}

/// The registry, the cities that could be entered as members, and the server's time for countdowns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MembersOverview {
    pub members: Vec<MemberSummary>,
    pub now: DateTime<Utc>,
}

/// The form that enters a membership that began before this system, or changes a member's record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MemberForm {
    pub city: String,
    pub website: String,
    pub joined_year: String,
    pub status: String,
}

impl MemberForm {
    pub fn of(member: &MemberSummary) -> Self {
        MemberForm {
            city: member.city.name.clone(),
            website: member.website.clone().unwrap_or_default(),
            joined_year: member.joined_year.to_string(),
            status: member.status.as_str().to_owned(),
        }
    }

    /// Every problem at once: a city name, an optional website, a year from the network's founding
    /// to `this_year`, and a status.
    pub fn check(&self, this_year: i32) -> Result<CheckedMember, Vec<FieldError>> {
        let mut p = FieldProblems::default();
        let city = p.check("city", Line::parse(&self.city));
        let website = if self.website.trim().is_empty() {
            Some(None)
        } else {
            p.check("website", WebAddress::parse(&self.website))
                .map(Some)
        };
        let joined_year = self
            .joined_year
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|year| (FIRST_MEMBER_YEAR..=this_year).contains(year));
        if joined_year.is_none() {
            p.add("joined_year", "members-error-joined-year");
        }
        let status = MemberStatus::parse(&self.status);
        if status.is_none() {
            p.add("status", "members-error-status");
        }
        p.finish(|| {
            Some(CheckedMember {
                city: city?,
                website: website?,
                joined_year: joined_year?,
                status: status?,
            })
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedMember {
    pub city: Line,
    pub website: Option<WebAddress>,
    pub joined_year: i32,
    pub status: MemberStatus,
}

/// The secretary's new due date for one report, a Riga wall-clock reading.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportDueForm {
    pub period_year: String,
    pub due: String,
}

impl ReportDueForm {
    pub fn check(&self) -> Result<(i32, NaiveDateTime), Vec<FieldError>> {
        let mut p = FieldProblems::default();
        let period = p.check(
            "period_year",
            self.period_year
                .trim()
                .parse::<i32>()
                .map_err(|_| "members-error-period"),
        );
        let due = p.check(
            "due",
            parse_local(&self.due).ok_or("members-error-due-time"),
        );
        p.finish(|| Some((period?, due?)))
    }
}

/// Whether a member who joined in `joined_year` reports for the period `year`: every second year
/// after joining.
pub fn reports_in(joined_year: i32, year: i32) -> bool {
    year > joined_year && (year - joined_year) % REPORT_INTERVAL_YEARS == 0
}

#[cfg(feature = "ssr")]
pub use schedule::*;

#[cfg(feature = "ssr")]
mod schedule {
    use super::{reports_in, REPORT_INTERVAL_YEARS};
    use crate::model::riga_to_utc;
    use chrono::{DateTime, NaiveDate, Utc};

    /// When the report of period `year` is due unless the secretary moved it: 31 March 23:59:59, Riga.
    pub fn default_report_due(year: i32) -> Option<DateTime<Utc>> {
        let due = NaiveDate::from_ymd_opt(year, 3, 31)?.and_hms_opt(23, 59, 59)?;
        Some(riga_to_utc(due))
    }

    /// The first period a member owes to this system: the first of its schedule whose default due
    /// date comes after the member was entered here. Earlier ones were between the city and UIL.
    pub fn first_owed_period(joined_year: i32, entered: DateTime<Utc>) -> Option<i32> {
        let mut year = joined_year + REPORT_INTERVAL_YEARS;
        debug_assert!(reports_in(joined_year, year));
        loop {
            if default_report_due(year)? > entered {
                return Some(year);
            }
            year += REPORT_INTERVAL_YEARS;
        }
    }

    /// The period owed next: the first owed one that is not yet submitted.
    pub fn next_owed_period(
        joined_year: i32,
        entered: DateTime<Utc>,
        submitted: &[i32],
    ) -> Option<i32> {
        let mut year = first_owed_period(joined_year, entered)?;
        while submitted.contains(&year) {
            year += REPORT_INTERVAL_YEARS;
        }
        Some(year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(city: &str, website: &str, year: &str, status: &str) -> MemberForm {
        MemberForm {
            city: city.to_owned(),
            website: website.to_owned(),
            joined_year: year.to_owned(),
            status: status.to_owned(),
        }
    }

    #[test]
    fn a_member_form_lists_every_problem_at_once() {
        let errors = form("", "not a site", "2012", "gone")
            .check(2026)
            .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["city", "website", "joined_year", "status"]);
        let errors = form("Valmiera", "", "2027", "active")
            .check(2026)
            .unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new("joined_year", "members-error-joined-year")]
        );
    }

    #[test]
    fn a_member_form_without_a_website_is_complete() {
        let member = form(" Valmiera ", "", "2016", "active")
            .check(2026)
            .unwrap();
        assert_eq!(member.city.as_str(), "Valmiera");
        assert_eq!(member.website, None);
        assert_eq!(member.joined_year, 2016);
        assert_eq!(member.status, MemberStatus::Active);
    }

    #[test]
    fn members_report_every_second_year_after_joining() {
        assert!(!reports_in(2016, 2016));
        assert!(!reports_in(2016, 2017));
        assert!(reports_in(2016, 2018));
        assert!(!reports_in(2016, 2019));
        assert!(reports_in(2016, 2028));
        assert!(!reports_in(2016, 2014));
    }

    #[test]
    fn a_due_date_form_needs_a_period_and_a_time() {
        let bad = ReportDueForm {
            period_year: "soon".to_owned(),
            due: "31.03.2028".to_owned(),
        };
        assert_eq!(bad.check().unwrap_err().len(), 2);
        let good = ReportDueForm {
            period_year: "2028".to_owned(),
            due: "2028-04-30T23:59".to_owned(),
        };
        assert_eq!(good.check().unwrap().0, 2028);
    }

    #[cfg(feature = "ssr")]
    mod schedule {
        use super::super::*;
        use chrono::{NaiveDate, TimeZone, Timelike};

        fn utc(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
            Utc.with_ymd_and_hms(y, m, d, h, min, s).unwrap()
        }

        #[test]
        fn a_report_is_due_at_the_end_of_31_march_in_riga() {
            // Summer time (UTC+3) has begun by 31 March in every year.
            assert_eq!(
                default_report_due(2028).unwrap(),
                utc(2028, 3, 31, 20, 59, 59)
            );
            assert_eq!(
                Deadline::at(default_report_due(2028).unwrap()).riga,
                NaiveDate::from_ymd_opt(2028, 3, 31)
                    .unwrap()
                    .and_hms_opt(23, 59, 59)
                    .unwrap()
            );
        }

        #[test]
        fn a_report_due_on_the_day_the_clocks_change_keeps_its_wall_clock_time() {
            // 31 March 2030 is the last Sunday of March: the clocks go forward at 03:00 that night.
            assert_eq!(
                default_report_due(2030).unwrap(),
                utc(2030, 3, 31, 20, 59, 59)
            );
            assert_eq!(Deadline::at(utc(2030, 3, 31, 0, 59, 59)).riga.hour(), 2);
            assert_eq!(Deadline::at(utc(2030, 3, 31, 1, 0, 0)).riga.hour(), 4);
        }

        #[test]
        fn the_first_owed_report_is_the_first_due_after_the_member_was_entered() {
            // Valmiera joined in 2016 and was entered in November 2026: 2018 to 2026 were UIL's.
            assert_eq!(
                first_owed_period(2016, utc(2026, 11, 27, 9, 0, 0)),
                Some(2028)
            );
            // Entered in February: that year's report is still to come.
            assert_eq!(
                first_owed_period(2022, utc(2026, 2, 28, 9, 0, 0)),
                Some(2026)
            );
            // Entered a second after the due time: the next one.
            assert_eq!(
                first_owed_period(2022, utc(2026, 3, 31, 21, 0, 0)),
                Some(2028)
            );
            // A member accepted in 2027 reports first in 2029.
            assert_eq!(
                first_owed_period(2027, utc(2027, 9, 1, 0, 0, 0)),
                Some(2029)
            );
        }

        #[test]
        fn a_submitted_report_moves_the_next_one_two_years_on() {
            let entered = utc(2024, 1, 10, 0, 0, 0);
            assert_eq!(next_owed_period(2022, entered, &[]), Some(2024));
            assert_eq!(next_owed_period(2022, entered, &[2024]), Some(2026));
            assert_eq!(next_owed_period(2022, entered, &[2024, 2026]), Some(2028));
        }

        #[test]
        fn a_leap_day_entry_counts_like_any_other_day() {
            assert_eq!(
                first_owed_period(2026, utc(2028, 2, 29, 12, 0, 0)),
                Some(2028)
            );
        }
    }
}
