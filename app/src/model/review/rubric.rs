//! The rubric each reviewer fills: a score and a comment on every criterion, and a recommendation.

use crate::error::{FieldError, FieldProblems};
use crate::model::application::{Rating, RATED_AREAS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The rubric: the Key Features' six building blocks and three fundamental conditions (the areas the
/// city rated itself on), plus the quality of the city's commitment and plan.
pub fn criteria() -> impl Iterator<Item = &'static str> {
    RATED_AREAS.into_iter().chain(["commitment-and-plan"])
}

/// The longest comment a reviewer may leave on one criterion or overall, in characters.
pub const COMMENT_CHARS: usize = 4_000;

/// What a reviewer advises the secretary to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Recommendation {
    Endorse,
    RequestChanges,
    Reject,
}

impl Recommendation {
    pub const ALL: [Recommendation; 3] = [
        Recommendation::Endorse,
        Recommendation::RequestChanges,
        Recommendation::Reject,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::Endorse => "endorse",
            Recommendation::RequestChanges => "request_changes",
            Recommendation::Reject => "reject",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        match raw.trim() {
            "" => Err("error-required"),
            text => Self::ALL
                .into_iter()
                .find(|r| r.as_str() == text)
                .ok_or("error-choice-invalid"),
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Recommendation::Endorse => "recommendation-endorse",
            Recommendation::RequestChanges => "recommendation-request-changes",
            Recommendation::Reject => "recommendation-reject",
        }
    }
}

/// A review exactly as typed, which is what a draft keeps: scores by criterion, comments by criterion,
/// the recommendation and the overall comment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    pub scores: BTreeMap<String, String>,
    #[serde(default)]
    pub comments: BTreeMap<String, String>,
    #[serde(default)]
    pub recommendation: String,
    #[serde(default)]
    pub overall_comment: String,
}

/// A complete, checked review: a score from 1 to 5 on every criterion and a recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedReview {
    pub scores: BTreeMap<&'static str, (u8, String)>,
    pub recommendation: Recommendation,
    pub overall_comment: String,
}

fn comment(problems: &mut FieldProblems, field: &str, text: Option<&String>) -> String {
    let text = text.map(|t| t.trim()).unwrap_or_default();
    if text.chars().count() > COMMENT_CHARS {
        problems.add(field, "error-too-long");
    }
    text.to_owned()
}

impl ReviewForm {
    /// Problems a draft may be saved with are only those that would make it unreadable: a score that
    /// is not 1–5, an unknown criterion, a recommendation that is not one of the three, a comment too long.
    pub fn draft_problems(&self) -> Vec<FieldError> {
        let mut problems = FieldProblems::default();
        for (criterion, score) in &self.scores {
            let field = format!("score-{criterion}");
            if !criteria().any(|c| c == criterion) {
                problems.add(&field, "error-choice-invalid");
            } else if !score.trim().is_empty() {
                problems.check(&field, Rating::parse(score));
            }
        }
        for (criterion, text) in &self.comments {
            if !criteria().any(|c| c == criterion) {
                problems.add(&format!("comment-{criterion}"), "error-choice-invalid");
            } else {
                comment(&mut problems, &format!("comment-{criterion}"), Some(text));
            }
        }
        if !self.recommendation.trim().is_empty() {
            problems.check(
                "recommendation",
                Recommendation::parse(&self.recommendation),
            );
        }
        comment(
            &mut problems,
            "overall_comment",
            Some(&self.overall_comment),
        );
        problems.finish(|| Some(())).err().unwrap_or_default()
    }

    /// The review ready to submit, or every problem at once.
    pub fn check(&self) -> Result<CheckedReview, Vec<FieldError>> {
        let mut problems = FieldProblems::default();
        for extra in self.draft_problems() {
            problems.add(&extra.field, &extra.key);
        }
        let mut scores = BTreeMap::new();
        for criterion in criteria() {
            let field = format!("score-{criterion}");
            let raw = self.scores.get(criterion).map(String::as_str).unwrap_or("");
            // Already reported by `draft_problems` when it is filled in but wrong.
            let rating = match Rating::parse(raw) {
                Err("error-required") => problems.check(&field, Err("error-required")),
                other => other.ok(),
            };
            let text = self
                .comments
                .get(criterion)
                .map(|t| t.trim().to_owned())
                .unwrap_or_default();
            if let Some(rating) = rating {
                scores.insert(criterion, (rating.value(), text));
            }
        }
        let recommendation = match Recommendation::parse(&self.recommendation) {
            Err("error-required") => problems.check("recommendation", Err("error-required")),
            other => other.ok(),
        };
        let overall_comment = self.overall_comment.trim().to_owned();
        problems.finish(|| {
            Some(CheckedReview {
                scores,
                recommendation: recommendation?,
                overall_comment,
            })
        })
    }

    /// The form of a stored review, to show it again.
    pub fn from_checked(review: &CheckedReview) -> Self {
        ReviewForm {
            scores: review
                .scores
                .iter()
                .map(|(c, (s, _))| (c.to_string(), s.to_string()))
                .collect(),
            comments: review
                .scores
                .iter()
                .filter(|(_, (_, t))| !t.is_empty())
                .map(|(c, (_, t))| (c.to_string(), t.clone()))
                .collect(),
            recommendation: review.recommendation.as_str().to_owned(),
            overall_comment: review.overall_comment.clone(),
        }
    }
}

/// The mean of `count` scores that add up to `sum`, in tenths (4.3 is 43), the unit the board compares
/// in, rounded to the nearest tenth; 0 without scores.
pub fn mean_tenths(sum: u64, count: u64) -> u32 {
    u32::try_from((sum * 10 + count / 2) / count.max(1)).unwrap_or(u32::MAX)
}

impl CheckedReview {
    /// The mean of the criteria's scores, in tenths.
    pub fn mean_tenths(&self) -> u32 {
        let sum: u64 = self.scores.values().map(|(s, _)| u64::from(*s)).sum();
        mean_tenths(sum, self.scores.len() as u64)
    }
}

/// What the reviewer does with the review form: keep it as a draft, or submit it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewStep {
    SaveDraft,
    Submit,
}

impl ReviewStep {
    /// The step the form's button named (`then=submit` or `then=draft`); a draft unless it says submit.
    pub fn from_button(then: Option<&str>) -> Self {
        match then {
            Some("submit") => ReviewStep::Submit,
            _ => ReviewStep::SaveDraft,
        }
    }
}
