//! The Commission's review: the rubric each reviewer fills, the board that lists every application of
//! a cycle with its reviews, and the board's filters, which the browser and the server apply alike.

use super::application::{FormAnswers, Section};
use super::application::{Rating, RATED_AREAS};
use super::{ApplicationEvent, ApplicationStatus, CycleSummary, Deadline};
use crate::error::{FieldError, FieldProblems};
use chrono::{DateTime, Utc};
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

/// Where the reader's own review of an application stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MyReview {
    /// The secretary, who decides rather than reviews.
    NotAReviewer,
    NotStarted,
    Draft,
    Submitted,
    /// A declared conflict of interest with the city: the reviewer takes no part.
    Recused,
}

/// The submitted reviews' agreement: their mean score and how far apart the reviewers are, in tenths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreSummary {
    pub mean_tenths: u32,
    /// The highest reviewer's mean minus the lowest's.
    pub spread_tenths: u32,
}

impl ScoreSummary {
    /// From each submitted review's mean; `None` without any.
    pub fn of(means: &[u32]) -> Option<Self> {
        let (min, max) = (means.iter().min()?, means.iter().max()?);
        let sum: u32 = means.iter().sum();
        let count = means.len() as u32;
        Some(ScoreSummary {
            mean_tenths: (sum + count / 2) / count,
            spread_tenths: max - min,
        })
    }
}

/// Tenths written as a decimal number, e.g. 43 as "4.3" (or "4,3" where the comma is the separator).
pub fn tenths(value: u32, decimal_comma: bool) -> String {
    let separator = if decimal_comma { ',' } else { '.' };
    format!("{}{separator}{}", value / 10, value % 10)
}

/// One application as the board lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardRow {
    pub id: i32,
    pub city: String,
    pub status: ApplicationStatus,
    pub submitted_at: Option<Deadline>,
    /// The version of the answers the reviewers see: it moves on with each resubmission.
    pub version: i32,
    pub reviews_done: u32,
    /// Every reviewer without a conflict with the city reviews every application.
    pub reviews_needed: u32,
    /// `None` until the reader may see scores: the secretary always, a reviewer once their own review
    /// is in (or at once, where the cycle allows it).
    pub scores: Option<ScoreSummary>,
    pub mine: MyReview,
    pub last_activity: Deadline,
}

/// The board: every submitted application of a cycle, and the national quota's use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub cycle: Option<CycleSummary>,
    /// Every cycle's year, newest first, to choose another cycle's board.
    pub years: Vec<i32>,
    pub now: DateTime<Utc>,
    /// The rows to show: every row as the server reads them, one page of the matching ones once
    /// [`Board::narrow`] has applied a query.
    pub rows: Vec<BoardRow>,
    /// The cities endorsed in this cycle so far, which count against its quota.
    pub endorsed: Vec<String>,
    /// How many applications the cycle has on the board, and how many match the query.
    pub total: u32,
    pub matching: u32,
    /// The page shown, from 1, of `pages`.
    pub page: u32,
    pub pages: u32,
}

/// Rows on one page of the board: a phone stays light with a thousand applications.
pub const BOARD_PAGE: usize = 50;

impl Board {
    /// Filters, sorts and cuts the rows to the query's page (the last page if it asks for more).
    pub fn narrow(mut self, query: &BoardQuery) -> Board {
        let all = std::mem::take(&mut self.rows);
        let matching: Vec<BoardRow> = query.apply(&all).into_iter().cloned().collect();
        let pages = matching.len().div_ceil(BOARD_PAGE).max(1);
        let page = (query.page.max(1) as usize).min(pages);
        Board {
            total: all.len() as u32,
            matching: matching.len() as u32,
            page: page as u32,
            pages: pages as u32,
            rows: matching
                .into_iter()
                .skip((page - 1) * BOARD_PAGE)
                .take(BOARD_PAGE)
                .collect(),
            ..self
        }
    }
}

/// The board's filters and order, carried in the address so that a filtered board can be bookmarked
/// and works without JavaScript.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardQuery {
    pub status: Option<ApplicationStatus>,
    /// Only applications waiting for the reader's own review.
    pub mine: bool,
    /// Only applications without any submitted review.
    pub unscored: bool,
    pub text: String,
    pub sort: BoardSort,
    /// Another cycle than the current one.
    pub year: Option<i32>,
    /// The page of the matching rows, from 1; 0 reads as 1.
    pub page: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoardSort {
    /// Most recent activity first: what changed is what needs eyes.
    #[default]
    Activity,
    City,
    Submitted,
    /// Highest mean score first; rows without visible scores last.
    Score,
}

impl BoardSort {
    pub const ALL: [BoardSort; 4] = [
        BoardSort::Activity,
        BoardSort::City,
        BoardSort::Submitted,
        BoardSort::Score,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BoardSort::Activity => "activity",
            BoardSort::City => "city",
            BoardSort::Submitted => "submitted",
            BoardSort::Score => "score",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            BoardSort::Activity => "board-sort-activity",
            BoardSort::City => "board-sort-city",
            BoardSort::Submitted => "board-sort-submitted",
            BoardSort::Score => "board-sort-score",
        }
    }
}

impl BoardQuery {
    /// Reads the address's query; anything unknown is ignored rather than refused, like a search form.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = BoardQuery::default();
        for (key, value) in pairs {
            match key {
                "status" => query.status = ApplicationStatus::parse(value),
                "mine" => query.mine = !value.is_empty(),
                "unscored" => query.unscored = !value.is_empty(),
                "q" => query.text = value.trim().to_owned(),
                "sort" => query.sort = BoardSort::parse(value).unwrap_or_default(),
                "year" => query.year = value.parse().ok(),
                "page" => query.page = value.parse().unwrap_or(1),
                _ => {}
            }
        }
        query
    }

    fn keeps(&self, row: &BoardRow) -> bool {
        let text = self.text.to_lowercase();
        self.status.is_none_or(|status| row.status == status)
            && (!self.mine || matches!(row.mine, MyReview::NotStarted | MyReview::Draft))
            && (!self.unscored || row.reviews_done == 0)
            && (text.is_empty() || row.city.to_lowercase().contains(&text))
    }

    /// The rows to show, filtered and in order.
    pub fn apply<'a>(&self, rows: &'a [BoardRow]) -> Vec<&'a BoardRow> {
        let mut kept: Vec<&BoardRow> = rows.iter().filter(|row| self.keeps(row)).collect();
        match self.sort {
            BoardSort::Activity => kept.sort_by_key(|row| std::cmp::Reverse(row.last_activity.at)),
            BoardSort::City => kept.sort_by(|a, b| a.city.cmp(&b.city)),
            BoardSort::Submitted => kept.sort_by_key(|row| row.submitted_at.map(|d| d.at)),
            BoardSort::Score => kept.sort_by_key(|row| {
                std::cmp::Reverse(row.scores.map(|s| s.mean_tenths + 1).unwrap_or(0))
            }),
        }
        kept
    }
}

/// One reviewer's submitted review as others see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewView {
    pub reviewer: String,
    pub version: i32,
    pub submitted_at: Deadline,
    pub form: ReviewForm,
    pub mean_tenths: u32,
}

/// One line of an application's history: who did what, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: Deadline,
    pub actor: String,
    /// The translation key of what happened.
    pub what_key: String,
}

/// A decision as asked for on the desk (or, for "we sent it ourselves", by the city).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRequest {
    pub event: ApplicationEvent,
    /// Told to the city with a request for changes or a rejection; kept in the audit log for a reopen.
    pub reason: String,
    /// Comments to the city on single sections (by slug), with a request for changes.
    pub section_comments: BTreeMap<String, String>,
    /// The person ticked "I confirm"; nothing is decided without it.
    pub confirmed: bool,
}

/// A decision taken on the application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionView {
    pub event: ApplicationEvent,
    pub reason: String,
    pub by: String,
    pub at: Deadline,
}

/// A comment: internal to the Commission, or sent to the city with a request for changes, then
/// possibly about one section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub author: String,
    pub at: Deadline,
    pub to_city: bool,
    pub section: Option<Section>,
    pub body: String,
}

/// What the Commission sees of one application on its detail page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDesk {
    pub row: BoardRow,
    pub draft: super::application::FormDraft,
    /// The reader's own latest review, as typed; empty before they start.
    pub my_review: ReviewForm,
    /// The submitted reviews the reader may see (none before their own is in, unless the cycle allows).
    pub reviews: Vec<ReviewView>,
    pub history: Vec<HistoryEntry>,
    /// Reviewers who declared a conflict with the city; shown to the secretary only.
    pub recused: Vec<String>,
    pub decisions: Vec<DecisionView>,
    pub comments: Vec<CommentView>,
    /// After a resubmission: the answers as submitted the time before, to show what changed.
    pub previous: Option<FormAnswers>,
    /// The decisions the reader may take now (the secretary's, allowed from the present status).
    pub can_decide: Vec<ApplicationEvent>,
    /// Whether the Commission's endorsement has been generated and can be downloaded.
    pub endorsed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> ReviewForm {
        ReviewForm {
            scores: criteria().map(|c| (c.to_owned(), "4".to_owned())).collect(),
            comments: [(
                "political-will".to_owned(),
                " Strong council support. ".to_owned(),
            )]
            .into(),
            recommendation: "endorse".to_owned(),
            overall_comment: "Ready.".to_owned(),
        }
    }

    #[test]
    fn the_rubric_has_every_key_feature_and_the_commitment() {
        let all: Vec<_> = criteria().collect();
        assert_eq!(all.len(), 10);
        assert!(all.contains(&"inclusive-learning"));
        assert!(all.contains(&"mobilisation-of-resources"));
        assert_eq!(all.last(), Some(&"commitment-and-plan"));
    }

    #[test]
    fn a_complete_review_checks_and_round_trips() {
        let checked = complete().check().unwrap();
        assert_eq!(checked.recommendation, Recommendation::Endorse);
        assert_eq!(
            checked.scores["political-will"],
            (4, "Strong council support.".into())
        );
        assert_eq!(checked.mean_tenths(), 40);
        let again = ReviewForm::from_checked(&checked);
        assert_eq!(again.check().unwrap(), checked);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut form = complete();
        form.scores.insert("inclusive-learning".into(), "6".into());
        form.scores.remove("political-will");
        form.scores.insert("made-up".into(), "3".into());
        form.recommendation = String::new();
        form.overall_comment = "x".repeat(COMMENT_CHARS + 1);
        let problems = form.check().unwrap_err();
        let named: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.key.as_str()))
            .collect();
        assert!(named.contains(&("score-inclusive-learning", "error-rating-invalid")));
        assert!(named.contains(&("score-political-will", "error-required")));
        assert!(named.contains(&("score-made-up", "error-choice-invalid")));
        assert!(named.contains(&("recommendation", "error-required")));
        assert!(named.contains(&("overall_comment", "error-too-long")));
        assert_eq!(problems.len(), 5, "{named:?}");
    }

    #[test]
    fn a_draft_may_be_incomplete_but_not_wrong() {
        let partial = ReviewForm {
            scores: [("political-will".to_owned(), "3".to_owned())].into(),
            ..Default::default()
        };
        assert!(partial.draft_problems().is_empty());
        let wrong = ReviewForm {
            scores: [("political-will".to_owned(), "0".to_owned())].into(),
            recommendation: "maybe".into(),
            ..Default::default()
        };
        assert_eq!(wrong.draft_problems().len(), 2);
    }

    #[test]
    fn scores_summarise_as_mean_and_spread_in_tenths() {
        assert_eq!(ScoreSummary::of(&[]), None);
        assert_eq!(
            ScoreSummary::of(&[40, 25, 31]),
            Some(ScoreSummary {
                mean_tenths: 32,
                spread_tenths: 15
            })
        );
        assert_eq!(tenths(32, false), "3.2");
        assert_eq!(tenths(40, true), "4,0");
    }

    fn row(
        id: i32,
        city: &str,
        mine: MyReview,
        done: u32,
        mean: Option<u32>,
        minute: u32,
    ) -> BoardRow {
        use chrono::TimeZone;
        let at = Utc.with_ymd_and_hms(2027, 3, 10, 9, minute, 0).unwrap();
        let deadline = Deadline {
            at,
            riga: at.naive_utc(),
        };
        BoardRow {
            id,
            city: city.into(),
            status: ApplicationStatus::Submitted,
            submitted_at: Some(deadline),
            version: 1,
            reviews_done: done,
            reviews_needed: 2,
            scores: mean.map(|mean_tenths| ScoreSummary {
                mean_tenths,
                spread_tenths: 0,
            }),
            mine,
            last_activity: deadline,
        }
    }

    #[test]
    fn a_large_board_is_shown_a_page_at_a_time() {
        let rows: Vec<BoardRow> = (0..120)
            .map(|n| row(n, &format!("City {n:03}"), MyReview::NotStarted, 0, None, 0))
            .collect();
        let board = Board {
            cycle: None,
            years: vec![],
            now: rows[0].last_activity.at,
            rows,
            endorsed: vec![],
            total: 0,
            matching: 0,
            page: 0,
            pages: 0,
        };
        let query =
            |pairs: &[(&'static str, &'static str)]| BoardQuery::from_pairs(pairs.iter().copied());
        let first = board.clone().narrow(&query(&[("sort", "city")]));
        assert_eq!(
            (first.total, first.matching, first.page, first.pages),
            (120, 120, 1, 3)
        );
        assert_eq!(first.rows.len(), BOARD_PAGE);
        assert_eq!(first.rows[0].city, "City 000");
        let last = board
            .clone()
            .narrow(&query(&[("sort", "city"), ("page", "3")]));
        assert_eq!(last.rows.len(), 20);
        assert_eq!(last.rows[0].city, "City 100");
        let beyond = board.clone().narrow(&query(&[("page", "99")]));
        assert_eq!(beyond.page, 3, "past the end is the last page");
        let none = board.narrow(&query(&[("q", "nowhere")]));
        assert_eq!(
            (none.matching, none.page, none.pages, none.rows.len()),
            (0, 1, 1, 0)
        );
    }

    #[test]
    fn the_board_filters_and_sorts_as_asked() {
        let rows = vec![
            row(1, "Valmiera", MyReview::Submitted, 1, Some(35), 5),
            row(2, "Cēsis", MyReview::NotStarted, 0, None, 9),
            row(3, "Jelgava", MyReview::Draft, 1, Some(42), 1),
        ];
        let ids =
            |query: &BoardQuery| -> Vec<i32> { query.apply(&rows).iter().map(|r| r.id).collect() };
        assert_eq!(ids(&BoardQuery::default()), vec![2, 1, 3]);
        let query = BoardQuery::from_pairs([("mine", "1"), ("sort", "city")]);
        assert_eq!(ids(&query), vec![2, 3]);
        assert_eq!(ids(&BoardQuery::from_pairs([("unscored", "on")])), vec![2]);
        assert_eq!(ids(&BoardQuery::from_pairs([("q", " cĒs ")])), vec![2]);
        assert_eq!(
            ids(&BoardQuery::from_pairs([("sort", "score")])),
            vec![3, 1, 2]
        );
        assert_eq!(
            ids(&BoardQuery::from_pairs([("sort", "submitted")])),
            vec![3, 1, 2]
        );
        assert_eq!(
            ids(&BoardQuery::from_pairs([
                ("status", "rejected"),
                ("sort", "nonsense")
            ])),
            Vec::<i32>::new()
        );
        assert_eq!(
            BoardQuery::from_pairs([("sort", "nonsense")]).sort,
            BoardSort::Activity
        );
    }
}
