//! What the board's rows and an application's review desk are computed from: the applications' reviews,
//! their mean scores, the reviewers and their conflicts, read once for all the applications shown.

use crate::services::errors::db_error;
use crate::storage;
use crate::storage::entities::{applications, enums, reviews};
use app::error::AppError;
use app::model::{BoardRow, CurrentUser, Deadline, MyReview, Recommendation, Role, ScoreSummary};
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Everything the board's rows are computed from, read once for all the applications shown.
pub(super) struct Ledger {
    pub(super) cities: HashMap<i32, String>,
    pub(super) reviewers: Vec<i32>,
    /// (reviewer, city) pairs with a declared conflict.
    pub(super) conflicts: HashSet<(i32, i32)>,
    /// Each application's reviews, oldest version first.
    pub(super) reviews: HashMap<i32, Vec<reviews::Model>>,
    /// Each submitted review's mean score in tenths.
    pub(super) means: HashMap<i32, u32>,
    pub(super) last_event: HashMap<i32, DateTime<Utc>>,
    pub(super) scores_open: bool,
}

impl Ledger {
    pub(super) async fn read(
        db: &DatabaseConnection,
        ids: &[i32],
        scores_open: bool,
    ) -> Result<Ledger, AppError> {
        let reviewers = storage::users::commission(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .filter(|user| user.role == enums::Role::CommissionReviewer)
            .map(|user| user.id)
            .collect();
        let mut by_application: HashMap<i32, Vec<reviews::Model>> = HashMap::new();
        let mut submitted = Vec::new();
        for review in storage::reviews::of_applications(db, ids)
            .await
            .map_err(db_error)?
        {
            if review.submitted_at.is_some() {
                submitted.push(review.id);
            }
            by_application
                .entry(review.application_id)
                .or_default()
                .push(review);
        }
        let cities = storage::cities::names(db).await.map_err(db_error)?;
        let conflicts = storage::conflicts::pairs(db).await.map_err(db_error)?;
        let means = storage::reviews::means(db, &submitted)
            .await
            .map_err(db_error)?;
        let last_event = storage::audit::latest(db, "application", ids)
            .await
            .map_err(db_error)?;
        Ok(Ledger {
            cities,
            reviewers,
            conflicts,
            reviews: by_application,
            means,
            last_event,
            scores_open,
        })
    }

    /// Each reviewer's latest submitted review of the application, from reviewers without a conflict.
    pub(super) fn submitted(&self, application: &applications::Model) -> Vec<&reviews::Model> {
        let mut latest: BTreeMap<i32, &reviews::Model> = BTreeMap::new();
        for review in self.reviews.get(&application.id).into_iter().flatten() {
            if review.submitted_at.is_some()
                && !self
                    .conflicts
                    .contains(&(review.reviewer_id, application.city_id))
            {
                latest.insert(review.reviewer_id, review);
            }
        }
        latest.into_values().collect()
    }

    pub(super) fn mine(&self, reader: &CurrentUser, application: &applications::Model) -> MyReview {
        if reader.role != Role::CommissionReviewer {
            return MyReview::NotAReviewer;
        }
        if self.conflicts.contains(&(reader.id, application.city_id)) {
            return MyReview::Recused;
        }
        let own: Vec<&reviews::Model> = self
            .reviews
            .get(&application.id)
            .into_iter()
            .flatten()
            .filter(|review| review.reviewer_id == reader.id)
            .collect();
        if own.iter().any(|review| review.submitted_at.is_some()) {
            MyReview::Submitted
        } else if own.is_empty() {
            MyReview::NotStarted
        } else {
            MyReview::Draft
        }
    }

    /// The application's row as the secretary sees it: every score, no review of their own.
    pub(super) fn row(&self, application: &applications::Model) -> BoardRow {
        let submitted = self.submitted(application);
        let reviews: Vec<(u32, Recommendation)> = submitted
            .iter()
            .filter_map(|review| {
                Some((*self.means.get(&review.id)?, review.recommendation?.into()))
            })
            .collect();
        let last = self
            .last_event
            .get(&application.id)
            .copied()
            .unwrap_or(application.updated_at)
            .max(application.updated_at);
        BoardRow {
            id: application.id,
            city: self
                .cities
                .get(&application.city_id)
                .cloned()
                .unwrap_or_default(),
            status: application.status.into(),
            submitted_at: application.submitted_at.map(Deadline::at),
            version: application.version,
            reviews_done: submitted.len() as u32,
            reviews_needed: self
                .reviewers
                .iter()
                .filter(|r| !self.conflicts.contains(&(**r, application.city_id)))
                .count() as u32,
            scores: ScoreSummary::of(&reviews),
            mine: MyReview::NotAReviewer,
            last_activity: Deadline::at(last),
        }
    }

    /// `row` as `reader` may see it: with their own review's state, and the scores only once they
    /// may see them.
    pub(super) fn seen_by(
        &self,
        reader: &CurrentUser,
        application: &applications::Model,
        row: &BoardRow,
    ) -> BoardRow {
        let mine = self.mine(reader, application);
        let see_scores = match mine {
            MyReview::NotAReviewer | MyReview::Submitted => true,
            MyReview::Recused => false,
            MyReview::NotStarted | MyReview::Draft => self.scores_open,
        };
        BoardRow {
            mine,
            scores: row.scores.filter(|_| see_scores),
            ..row.clone()
        }
    }
}
