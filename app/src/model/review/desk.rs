//! An application's review desk: what the Commission reviews it by, and the decisions taken on it.

use super::*;
use crate::model::application::{FormAnswers, Section};
use crate::model::{ApplicationEvent, Deadline};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// Forwarding without the signed scan: the person ticked that the unsigned print goes instead.
    pub unsigned: bool,
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
    pub draft: crate::model::application::FormDraft,
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
    /// Whether the reader may upload the signed endorsement: the secretary, once it is endorsed.
    pub can_sign: bool,
}

/// What the Commission sees of one sent progress report on its own page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDesk {
    /// The report as the Commission's list of reports shows it: city, period, due date, status, sent.
    pub line: crate::model::ReportLine,
    pub draft: crate::model::application::FormDraft,
    pub history: Vec<HistoryEntry>,
    pub comments: Vec<CommentView>,
    /// After the city sent it again: the answers as sent the time before, to show what changed.
    pub previous: Option<FormAnswers>,
    /// The secretary's decisions allowed from the present status, in an application's words.
    pub can_decide: Vec<ApplicationEvent>,
}
