//! The review board: every application of a cycle with its reviews, and the board's filters and order,
//! which the browser and the server apply alike.

use crate::i18n::{translate_with, Arg, DocLang};
use crate::model::{ApplicationStatus, CycleSummary, Deadline, Recommendation};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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

/// The submitted reviews' agreement: their mean score, how far apart the reviewers are (in tenths), and
/// what they recommend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreSummary {
    pub mean_tenths: u32,
    /// The highest reviewer's mean minus the lowest's.
    pub spread_tenths: u32,
    pub tally: Tally,
}

impl ScoreSummary {
    /// From each submitted review's mean and recommendation; `None` without any.
    pub fn of(reviews: &[(u32, Recommendation)]) -> Option<Self> {
        let (mean_tenths, spread_tenths) = agreement(reviews.iter().map(|(mean, _)| *mean))?;
        Some(ScoreSummary {
            mean_tenths,
            spread_tenths,
            tally: Tally::of(reviews.iter().map(|(_, recommendation)| *recommendation)),
        })
    }
}

impl ScoreSummary {
    /// The mean with its spread ("4.2 (spread 1.0)") and the recommendations' tally, as the board and
    /// the meeting sheet write them.
    pub fn words(&self, lang: impl Into<DocLang> + Copy) -> [String; 2] {
        let comma = lang.into().decimal_comma();
        let decimal = |value: u32| Arg::Text(tenths(value, comma));
        let count = |n: u32| Arg::Number(n.into());
        [
            translate_with(
                lang,
                "board-score",
                &[
                    ("mean", decimal(self.mean_tenths)),
                    ("spread", decimal(self.spread_tenths)),
                ],
            ),
            translate_with(
                lang,
                "board-tally",
                &[
                    ("endorse", count(self.tally.endorse)),
                    ("changes", count(self.tally.request_changes)),
                    ("reject", count(self.tally.reject)),
                ],
            ),
        ]
    }
}

/// The mean (rounded) and the spread (highest minus lowest) of `values`, in the values' own unit;
/// `None` without any.
pub fn agreement(values: impl Iterator<Item = u32> + Clone) -> Option<(u32, u32)> {
    let (min, max) = (values.clone().min()?, values.clone().max()?);
    let count = values.clone().count() as u32;
    Some(((values.sum::<u32>() + count / 2) / count, max - min))
}

/// How many submitted reviews recommend each outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub endorse: u32,
    pub request_changes: u32,
    pub reject: u32,
}

impl Tally {
    pub fn of(recommendations: impl IntoIterator<Item = Recommendation>) -> Self {
        let mut tally = Tally::default();
        for recommendation in recommendations {
            *match recommendation {
                Recommendation::Endorse => &mut tally.endorse,
                Recommendation::RequestChanges => &mut tally.request_changes,
                Recommendation::Reject => &mut tally.reject,
            } += 1;
        }
        tally
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

    /// The filters and order as an address's pairs, the page left out.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(status) = self.status {
            pairs.push(("status", status.as_str().to_owned()));
        }
        if self.mine {
            pairs.push(("mine", "1".to_owned()));
        }
        if self.unscored {
            pairs.push(("unscored", "1".to_owned()));
        }
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        pairs.push(("sort", self.sort.as_str().to_owned()));
        if let Some(year) = self.year {
            pairs.push(("year", year.to_string()));
        }
        pairs
    }

    /// Whether the reader chose anything other than the whole current cycle in the default order.
    pub fn is_chosen(&self) -> bool {
        *self
            != BoardQuery {
                page: self.page,
                ..BoardQuery::default()
            }
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
