//! Conflicts of interest: a reviewer who has one with a city takes no part in its review. A reviewer
//! declares their own; the secretary records or removes one for any reviewer.

use super::COMMENT_CHARS;
use crate::error::{FieldError, FieldProblems};
use crate::model::{CityRef, Deadline, PersonRef};
use serde::{Deserialize, Serialize};

/// One declared or recorded conflict as the conflicts page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictLine {
    pub reviewer_id: i32,
    pub reviewer: String,
    pub city_id: i32,
    pub city: String,
    pub note: String,
    pub since: Deadline,
    /// The secretary who recorded it, when the reviewer did not declare it themselves.
    pub recorded_by: Option<String>,
    /// Whether the reader may remove it: the secretary always; the reviewer their own declaration,
    /// until they have submitted a review of one of the city's applications.
    pub removable: bool,
}

/// The conflicts page: the secretary sees every conflict and may record new ones; a reviewer sees
/// their own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictsOverview {
    pub lines: Vec<ConflictLine>,
    /// Empty unless the reader may record conflicts.
    pub reviewers: Vec<PersonRef>,
    pub cities: Vec<CityRef>,
}

/// Recording or removing a conflict, exactly as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictForm {
    #[serde(default)]
    pub reviewer: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub reason: String,
}

/// A checked [`ConflictForm`]: who, with which city, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictChange {
    pub reviewer: i32,
    pub city: i32,
    pub reason: String,
}

impl ConflictForm {
    /// Both people's ids and a reason are needed: the change is recorded with it.
    pub fn check(&self) -> Result<ConflictChange, Vec<FieldError>> {
        let mut p = FieldProblems::default();
        let id = |raw: &str| match raw.trim() {
            "" => Err("error-required"),
            text => text
                .parse::<i32>()
                .ok()
                .filter(|id| *id > 0)
                .ok_or("error-choice-invalid"),
        };
        let reviewer = p.check("reviewer", id(&self.reviewer));
        let city = p.check("city", id(&self.city));
        let reason = self.reason.trim();
        if reason.is_empty() {
            p.add("reason", "error-required");
        } else if reason.chars().count() > COMMENT_CHARS {
            p.add("reason", "error-too-long");
        }
        p.finish(|| {
            Some(ConflictChange {
                reviewer: reviewer?,
                city: city?,
                reason: reason.to_owned(),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conflict_change_needs_a_reviewer_a_city_and_a_reason() {
        let form = ConflictForm {
            reviewer: " 7 ".into(),
            city: "3".into(),
            reason: " Former adviser to the mayor. ".into(),
        };
        assert_eq!(
            form.check(),
            Ok(ConflictChange {
                reviewer: 7,
                city: 3,
                reason: "Former adviser to the mayor.".into()
            })
        );
        let empty = ConflictForm::default().check().unwrap_err();
        let fields: Vec<(&str, &str)> = empty
            .iter()
            .map(|e| (e.field.as_str(), e.key.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                ("reviewer", "error-required"),
                ("city", "error-required"),
                ("reason", "error-required")
            ]
        );
        let wrong = ConflictForm {
            reviewer: "-1".into(),
            city: "x".into(),
            reason: "é".repeat(COMMENT_CHARS + 1),
        };
        let keys: Vec<String> = wrong
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.key)
            .collect();
        assert_eq!(
            keys,
            [
                "error-choice-invalid",
                "error-choice-invalid",
                "error-too-long"
            ]
        );
    }
}
