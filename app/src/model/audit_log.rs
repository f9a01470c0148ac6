//! The audit log as the secretary reads it: every recorded event, newest first, filtered and paged, and
//! downloaded as CSV with the same filters.

use super::{AuditKind, CityRef, Deadline, PersonRef};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Lines on one page of the log.
pub const AUDIT_PAGE: u64 = 50;

/// The log's filters, carried in the address so that a filtered view is a link, works without
/// JavaScript, and downloads as the same CSV.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    pub kind: Option<AuditKind>,
    /// Someone who acted, or whose account was acted on.
    pub person: Option<i32>,
    pub city: Option<i32>,
    /// A cycle, by its year.
    pub year: Option<i32>,
    /// The first and last day shown, in Riga.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// From 1; 0 reads as 1.
    pub page: u32,
}

impl AuditQuery {
    /// The address's parameters, in the order the server function takes them.
    pub const KEYS: [&'static str; 7] = ["kind", "person", "city", "year", "from", "to", "page"];

    /// Reads the address's pairs; a value that does not parse is left out rather than refused, as a
    /// filter a person cleared would be.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = AuditQuery::default();
        let date = |value: &str| NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
        for (key, value) in pairs {
            match key {
                "kind" => query.kind = AuditKind::parse(value.trim()),
                "person" => query.person = value.trim().parse().ok(),
                "city" => query.city = value.trim().parse().ok(),
                "year" => query.year = value.trim().parse().ok(),
                "from" => query.from = date(value),
                "to" => query.to = date(value),
                "page" => query.page = value.trim().parse().unwrap_or(1),
                _ => {}
            }
        }
        query
    }

    /// From the parameters' values in the order of [`AuditQuery::KEYS`].
    pub fn from_values(values: &[Option<String>]) -> Self {
        Self::from_pairs(
            Self::KEYS
                .into_iter()
                .zip(values)
                .filter_map(|(key, value)| Some((key, value.as_deref()?))),
        )
    }

    /// The pairs of the address that shows this query at `page` (0: without a page, as the CSV
    /// link wants it).
    pub fn pairs(&self, page: u32) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(kind) = self.kind {
            pairs.push(("kind", kind.as_str()));
        }
        for (key, value) in [
            ("person", self.person),
            ("city", self.city),
            ("year", self.year),
        ] {
            if let Some(value) = value {
                pairs.push((key, value.to_string()));
            }
        }
        for (key, value) in [("from", self.from), ("to", self.to)] {
            if let Some(value) = value {
                pairs.push((key, value.format("%Y-%m-%d").to_string()));
            }
        }
        if page > 0 {
            pairs.push(("page", page.to_string()));
        }
        pairs
    }
}

/// One recorded event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i32,
    pub at: Deadline,
    /// Empty for what the system did by itself (a retention pass).
    pub actor: String,
    pub kind: AuditKind,
    /// What it was about, e.g. "Cēsis 2027" or a person's name.
    pub subject: String,
    /// The values before and after the change, as recorded, where the event has them.
    pub before: Option<String>,
    pub after: Option<String>,
    /// Everything else recorded with the event.
    pub details: String,
}

/// One page of the log, with what its filters can choose from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLog {
    pub entries: Vec<AuditEntry>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub people: Vec<PersonRef>,
    pub cities: Vec<CityRef>,
    pub years: Vec<i32>,
}

/// A cell a spreadsheet will not run: one beginning with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is read as a formula by Excel and LibreOffice, so it is written after an apostrophe, which
/// they show as text.
pub fn spreadsheet_safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filters_travel_in_the_address_and_back() {
        let query = AuditQuery::from_pairs([
            ("kind", "conflict_recorded"),
            ("person", "7"),
            ("city", "x"),
            ("year", "2027"),
            ("from", "2027-03-01"),
            ("to", "2027-02-30"),
            ("page", "3"),
        ]);
        assert_eq!(query.kind, Some(AuditKind::ConflictRecorded));
        assert_eq!(
            (query.person, query.city, query.year),
            (Some(7), None, Some(2027))
        );
        assert_eq!(query.from, NaiveDate::from_ymd_opt(2027, 3, 1));
        assert_eq!(query.to, None, "no such day");
        let pairs = query.pairs(3);
        let again = AuditQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(again, query);
        let values = AuditQuery::KEYS.map(|key| {
            pairs
                .iter()
                .find(|(name, _)| *name == key)
                .map(|(_, value)| value.clone())
        });
        assert_eq!(AuditQuery::from_values(&values), query);
        assert!(!query.pairs(0).iter().any(|(key, _)| *key == "page"));
    }

    #[test]
    fn a_cell_that_a_spreadsheet_would_run_is_written_as_text() {
        for formula in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"));
        }
        assert_eq!(spreadsheet_safe("Cēsis"), "Cēsis");
        assert_eq!(spreadsheet_safe(""), "");
        assert_eq!(spreadsheet_safe("4.2"), "4.2");
    }
}
