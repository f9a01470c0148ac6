//! The Commission's side: the board, each reviewer's versioned review, and conflicts of interest.

use super::entities::{
    applications, cities, conflicts_of_interest, cycles, enums, events, form_snapshots,
    review_scores, reviews, users,
};
use super::store::{current_cycle_model, cycle_of, db_error, record_event, summary};
use app::error::AppError;
use app::model::{
    ApplicationEvent, ApplicationStatus, Board, BoardRow, CheckedReview, CurrentUser, Deadline,
    HistoryEntry, LiveEvent, MyReview, Recommendation, ReviewDesk, ReviewForm, ReviewView, Role,
    ScoreSummary,
};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A draft's criterion that has a comment but no score yet; submitted reviews never hold it.
const UNSCORED: i32 = 0;

/// Whether `reviewer` declared a conflict with `city`.
pub async fn recused(
    db: &impl ConnectionTrait,
    reviewer: i32,
    city: i32,
) -> Result<bool, AppError> {
    let found = conflicts_of_interest::Entity::find()
        .filter(conflicts_of_interest::Column::ReviewerId.eq(reviewer))
        .filter(conflicts_of_interest::Column::CityId.eq(city))
        .one(db)
        .await
        .map_err(db_error)?;
    Ok(found.is_some())
}

/// Everything the board's rows are computed from, read once for all the applications shown.
struct Ledger {
    cities: HashMap<i32, String>,
    reviewers: Vec<i32>,
    /// (reviewer, city) pairs with a declared conflict.
    conflicts: HashSet<(i32, i32)>,
    /// Each application's reviews, oldest version first.
    reviews: HashMap<i32, Vec<reviews::Model>>,
    /// Each submitted review's mean score in tenths.
    means: HashMap<i32, u32>,
    last_event: HashMap<i32, DateTime<Utc>>,
    scores_open: bool,
}

impl Ledger {
    async fn read(
        db: &DatabaseConnection,
        ids: &[i32],
        scores_open: bool,
    ) -> Result<Ledger, AppError> {
        let cities = cities::Entity::find()
            .all(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|city| (city.id, city.name))
            .collect();
        let reviewers = users::Entity::find()
            .filter(users::Column::Role.eq(enums::Role::CommissionReviewer))
            .filter(users::Column::Active.eq(true))
            .all(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|user| user.id)
            .collect();
        let conflicts = conflicts_of_interest::Entity::find()
            .all(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|c| (c.reviewer_id, c.city_id))
            .collect();
        let mut by_application: HashMap<i32, Vec<reviews::Model>> = HashMap::new();
        let mut submitted = Vec::new();
        // In chunks, because a database limits how many values one query may bind.
        for chunk in ids.chunks(500) {
            let rows = reviews::Entity::find()
                .filter(reviews::Column::ApplicationId.is_in(chunk.iter().copied()))
                .order_by_asc(reviews::Column::Version)
                .all(db)
                .await
                .map_err(db_error)?;
            for review in rows {
                if review.submitted_at.is_some() {
                    submitted.push(review.id);
                }
                by_application
                    .entry(review.application_id)
                    .or_default()
                    .push(review);
            }
        }
        // Summed by the database: a review has a row per criterion, ten times the rows to carry.
        let mut means = HashMap::new();
        for chunk in submitted.chunks(500) {
            let sums: Vec<(i32, i64, i64)> = review_scores::Entity::find()
                .select_only()
                .column(review_scores::Column::ReviewId)
                .column_as(review_scores::Column::Score.sum(), "total")
                .column_as(review_scores::Column::Score.count(), "scored")
                .filter(review_scores::Column::ReviewId.is_in(chunk.iter().copied()))
                .group_by(review_scores::Column::ReviewId)
                .into_tuple()
                .all(db)
                .await
                .map_err(db_error)?;
            means.extend(sums.into_iter().map(|(id, total, scored)| {
                let (total, scored) = (total.max(0) as u64, scored.max(0) as u64);
                (id, app::model::mean_tenths(total, scored))
            }));
        }
        let mut last_event = HashMap::new();
        for chunk in ids.chunks(500) {
            let latest: Vec<(i32, DateTime<Utc>)> = events::Entity::find()
                .select_only()
                .column(events::Column::SubjectId)
                .column_as(events::Column::OccurredAt.max(), "latest")
                .filter(events::Column::SubjectType.eq("application"))
                .filter(events::Column::SubjectId.is_in(chunk.iter().copied()))
                .group_by(events::Column::SubjectId)
                .into_tuple()
                .all(db)
                .await
                .map_err(db_error)?;
            last_event.extend(latest);
        }
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
    fn submitted(&self, application: &applications::Model) -> Vec<&reviews::Model> {
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

    fn mine(&self, reader: &CurrentUser, application: &applications::Model) -> MyReview {
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
    fn row(&self, application: &applications::Model) -> BoardRow {
        let submitted = self.submitted(application);
        let means: Vec<u32> = submitted
            .iter()
            .filter_map(|review| self.means.get(&review.id).copied())
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
            scores: ScoreSummary::of(&means),
            mine: MyReview::NotAReviewer,
            last_activity: Deadline::at(last),
        }
    }

    /// `row` as `reader` may see it: with their own review's state, and the scores only once they
    /// may see them.
    fn seen_by(
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

/// How long a cycle's board data is reused when no live event said that anything changed. It bounds
/// how late a change that publishes no event (a city's edit of a reopened application moving its
/// last activity) reaches the board.
const BOARD_FRESH_FOR: Duration = Duration::from_secs(2);

/// One cycle's board as the database holds it, before it is seen through a reader's eyes.
struct CycleBoard {
    applications: Vec<applications::Model>,
    /// Each application's row as the secretary sees it, in the order of `applications`.
    rows: Vec<BoardRow>,
    ledger: Ledger,
}

/// The last reading of each cycle's board, shared by every reader: the board is read far more often
/// than it changes, and reading it means carrying thousands of rows out of the database.
#[derive(Default)]
pub struct BoardCache {
    cycles: Mutex<HashMap<i32, Cached>>,
    /// Held while the board is read from the database: requests that find the copy stale wait for one
    /// reading instead of each making their own (ten at once took 200 ms on two cores).
    reading: tokio::sync::Mutex<()>,
}

struct Cached {
    generation: u64,
    read_at: Instant,
    board: Arc<CycleBoard>,
}

impl BoardCache {
    fn fresh(&self, cycle: i32, generation: u64) -> Option<Arc<CycleBoard>> {
        let cycles = self.cycles.lock().unwrap_or_else(PoisonError::into_inner);
        cycles
            .get(&cycle)
            .filter(|cached| {
                cached.generation == generation && cached.read_at.elapsed() < BOARD_FRESH_FOR
            })
            .map(|cached| Arc::clone(&cached.board))
    }

    fn keep(&self, cycle: i32, generation: u64, board: Arc<CycleBoard>) {
        let mut cycles = self.cycles.lock().unwrap_or_else(PoisonError::into_inner);
        cycles.insert(
            cycle,
            Cached {
                generation,
                read_at: Instant::now(),
                board,
            },
        );
    }

    /// The board of `cycle`, from the cache while no event has been published since it was read
    /// (`generation`, taken before any read) and it is younger than `BOARD_FRESH_FOR`.
    async fn board_of(
        &self,
        db: &DatabaseConnection,
        cycle: &cycles::Model,
        generation: u64,
    ) -> Result<Arc<CycleBoard>, AppError> {
        if let Some(board) = self.fresh(cycle.id, generation) {
            return Ok(board);
        }
        let _reading = self.reading.lock().await;
        if let Some(board) = self.fresh(cycle.id, generation) {
            return Ok(board);
        }
        let applications = applications::Entity::find()
            .filter(applications::Column::CycleId.eq(cycle.id))
            .filter(applications::Column::SubmittedAt.is_not_null())
            .all(db)
            .await
            .map_err(db_error)?;
        let ids: Vec<i32> = applications.iter().map(|a| a.id).collect();
        let ledger = Ledger::read(db, &ids, cycle.scores_visible_before_review).await?;
        let rows = applications
            .iter()
            .map(|application| ledger.row(application))
            .collect();
        let board = Arc::new(CycleBoard {
            applications,
            rows,
            ledger,
        });
        self.keep(cycle.id, generation, Arc::clone(&board));
        Ok(board)
    }
}

fn commission_only(reader: &CurrentUser) -> Result<(), AppError> {
    if reader.role.is_commission() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The board of the cycle of `year`, or of the current cycle.
pub async fn board(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
    year: Option<i32>,
    cache: &BoardCache,
    generation: u64,
) -> Result<Board, AppError> {
    commission_only(reader)?;
    let cycle = match year {
        Some(year) => cycles::Entity::find()
            .filter(cycles::Column::Year.eq(year))
            .one(db)
            .await
            .map_err(db_error)?,
        None => current_cycle_model(db, now).await?,
    };
    let years = cycles::Entity::find()
        .order_by_desc(cycles::Column::Year)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|cycle| cycle.year)
        .collect();
    let Some(cycle) = cycle else {
        return Ok(Board {
            cycle: None,
            years,
            now,
            rows: Vec::new(),
            endorsed: Vec::new(),
            total: 0,
            matching: 0,
            page: 1,
            pages: 1,
        });
    };
    let read = cache.board_of(db, &cycle, generation).await?;
    let rows: Vec<BoardRow> = read
        .applications
        .iter()
        .zip(&read.rows)
        .map(|(application, row)| read.ledger.seen_by(reader, application, row))
        .collect();
    let mut endorsed: Vec<String> = rows
        .iter()
        .filter(|row| row.status.counts_against_quota())
        .map(|row| row.city.clone())
        .collect();
    endorsed.sort();
    let total = rows.len() as u32;
    Ok(Board {
        cycle: Some(summary(cycle)),
        years,
        now,
        rows,
        endorsed,
        total,
        matching: total,
        page: 1,
        pages: 1,
    })
}

/// A submitted application the reader may review: the Commission only, never a recused reviewer,
/// never an application that has not been submitted. Anything else is `NotFound`.
pub(super) async fn reviewable(
    db: &DatabaseConnection,
    reader: &CurrentUser,
    id: i32,
) -> Result<applications::Model, AppError> {
    commission_only(reader)?;
    let application = applications::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|application| application.submitted_at.is_some())
        .ok_or(AppError::NotFound)?;
    if reader.role == Role::CommissionReviewer
        && recused(db, reader.id, application.city_id).await?
    {
        return Err(AppError::NotFound);
    }
    Ok(application)
}

async fn scores_of(
    db: &impl ConnectionTrait,
    review: i32,
) -> Result<Vec<review_scores::Model>, AppError> {
    review_scores::Entity::find()
        .filter(review_scores::Column::ReviewId.eq(review))
        .all(db)
        .await
        .map_err(db_error)
}

/// A stored review as its form, to show or to edit again.
async fn form_of(
    db: &impl ConnectionTrait,
    review: &reviews::Model,
) -> Result<ReviewForm, AppError> {
    let mut form = ReviewForm {
        recommendation: review
            .recommendation
            .map(|r| Recommendation::from(r).as_str().to_owned())
            .unwrap_or_default(),
        overall_comment: review.overall_comment.clone().unwrap_or_default(),
        ..Default::default()
    };
    for score in scores_of(db, review.id).await? {
        if score.score != UNSCORED {
            form.scores
                .insert(score.criterion.clone(), score.score.to_string());
        }
        if let Some(comment) = score.comment.filter(|c| !c.is_empty()) {
            form.comments.insert(score.criterion, comment);
        }
    }
    Ok(form)
}

async fn names(db: &DatabaseConnection) -> Result<HashMap<i32, String>, AppError> {
    Ok(users::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|user| (user.id, user.full_name))
        .collect())
}

/// One application with everything the Commission reviews it by.
pub async fn desk(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
    id: i32,
) -> Result<ReviewDesk, AppError> {
    let application = reviewable(db, reader, id).await?;
    let cycle = cycle_of(db, &application).await?;
    let ledger = Ledger::read(db, &[id], cycle.scores_visible_before_review).await?;
    let row = ledger.seen_by(reader, &application, &ledger.row(&application));
    let names = names(db).await?;
    let own = ledger
        .reviews
        .get(&id)
        .into_iter()
        .flatten()
        .rfind(|review| review.reviewer_id == reader.id);
    let my_review = match own {
        Some(review) => form_of(db, review).await?,
        None => ReviewForm::default(),
    };
    let mut shown = Vec::new();
    if row.scores.is_some() {
        for review in ledger.submitted(&application) {
            shown.push(ReviewView {
                reviewer: names.get(&review.reviewer_id).cloned().unwrap_or_default(),
                version: review.version,
                submitted_at: Deadline::at(review.submitted_at.unwrap_or(review.created_at)),
                form: form_of(db, review).await?,
                mean_tenths: ledger.means.get(&review.id).copied().unwrap_or_default(),
            });
        }
    }
    let history = events::Entity::find()
        .filter(events::Column::SubjectType.eq("application"))
        .filter(events::Column::SubjectId.eq(id))
        .order_by_asc(events::Column::OccurredAt)
        .order_by_asc(events::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|event| HistoryEntry {
            at: Deadline::at(event.occurred_at),
            actor: event
                .actor_id
                .and_then(|actor| names.get(&actor).cloned())
                .unwrap_or_default(),
            what_key: format!("history-{}", event.kind.replace('_', "-")),
        })
        .collect();
    let recused = if reader.role == Role::CommissionSecretary {
        let mut recused: Vec<String> = ledger
            .conflicts
            .iter()
            .filter(|(_, city)| *city == application.city_id)
            .filter_map(|(reviewer, _)| names.get(reviewer).cloned())
            .collect();
        recused.sort();
        recused
    } else {
        Vec::new()
    };
    let snapshots = form_snapshots::Entity::find()
        .filter(form_snapshots::Column::ApplicationId.eq(id))
        .order_by_desc(form_snapshots::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    // The answers the reviewers saw before the latest submission, if there was one before it.
    let previous = snapshots
        .get(1)
        .and_then(|snapshot| serde_json::from_value(snapshot.data.clone()).ok());
    let can_decide = if reader.role == Role::CommissionSecretary {
        let status = ApplicationStatus::from(application.status).for_decision();
        ApplicationEvent::DECISIONS
            .into_iter()
            .filter(|event| status.apply(*event, reader.role).is_ok())
            .collect()
    } else {
        Vec::new()
    };
    let draft = super::forms::draft(
        db,
        now,
        reader,
        app::model::application::FormRef::application(id),
    )
    .await?;
    Ok(ReviewDesk {
        row,
        endorsed: draft.endorsed,
        draft,
        my_review,
        reviews: shown,
        history,
        recused,
        decisions: super::decisions::history(db, id, &names).await?,
        comments: super::decisions::comments_of(db, id, false, None).await?,
        previous,
        can_decide,
    })
}

/// Saves the reviewer's own review as a draft, or submits it. A submitted review is never changed:
/// revising it starts the reviewer's next version, and no one else's review is ever touched.
/// Returns the changes for open pages.
pub async fn save_review(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reviewer: &CurrentUser,
    id: i32,
    form: ReviewForm,
    submit: bool,
) -> Result<Vec<LiveEvent>, AppError> {
    if reviewer.role != Role::CommissionReviewer {
        return Err(AppError::Forbidden);
    }
    let application = reviewable(db, reviewer, id).await?;
    let status = ApplicationStatus::from(application.status);
    if !status.is_under_review() {
        return Err(AppError::NotEditable);
    }
    let checked: Option<CheckedReview> = if submit {
        Some(form.check().map_err(AppError::Validation)?)
    } else {
        let problems = form.draft_problems();
        if !problems.is_empty() {
            return Err(AppError::Validation(problems));
        }
        None
    };

    let txn = super::begin_write(db).await.map_err(db_error)?;
    let latest = reviews::Entity::find()
        .filter(reviews::Column::ApplicationId.eq(id))
        .filter(reviews::Column::ReviewerId.eq(reviewer.id))
        .order_by_desc(reviews::Column::Version)
        .one(&*txn)
        .await
        .map_err(db_error)?;
    let recommendation = Recommendation::parse(&form.recommendation)
        .ok()
        .map(enums::Recommendation::from);
    let overall = Some(form.overall_comment.trim().to_owned()).filter(|c| !c.is_empty());
    let submitted_at = submit.then_some(now);
    let review = match latest {
        Some(draft) if draft.submitted_at.is_none() => {
            let mut draft: reviews::ActiveModel = draft.into();
            draft.recommendation = Set(recommendation);
            draft.overall_comment = Set(overall);
            draft.submitted_at = Set(submitted_at);
            draft.update(&*txn).await.map_err(db_error)?
        }
        previous => reviews::ActiveModel {
            application_id: Set(id),
            reviewer_id: Set(reviewer.id),
            version: Set(previous.map_or(1, |p| p.version + 1)),
            recommendation: Set(recommendation),
            overall_comment: Set(overall),
            created_at: Set(now),
            submitted_at: Set(submitted_at),
            ..Default::default()
        }
        .insert(&*txn)
        .await
        .map_err(db_error)?,
    };
    review_scores::Entity::delete_many()
        .filter(review_scores::Column::ReviewId.eq(review.id))
        .exec(&*txn)
        .await
        .map_err(db_error)?;
    for criterion in app::model::criteria() {
        let score = form
            .scores
            .get(criterion)
            .and_then(|s| s.trim().parse::<i32>().ok())
            .unwrap_or(UNSCORED);
        let comment = form
            .comments
            .get(criterion)
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty());
        if score == UNSCORED && comment.is_none() {
            continue;
        }
        review_scores::ActiveModel {
            review_id: Set(review.id),
            criterion: Set(criterion.to_owned()),
            score: Set(score),
            comment: Set(comment),
            ..Default::default()
        }
        .insert(&*txn)
        .await
        .map_err(db_error)?;
    }
    let mut changes = vec![LiveEvent::ReviewChanged { application_id: id }];
    // The first reviewer to start moves a new submission into review.
    if let Ok(next) = status.apply(ApplicationEvent::StartReview, reviewer.role) {
        applications::Entity::update_many()
            .col_expr(
                applications::Column::Status,
                Expr::value(enums::ApplicationStatus::from(next)),
            )
            .col_expr(applications::Column::UpdatedAt, Expr::value(now))
            .filter(applications::Column::Id.eq(id))
            .filter(applications::Column::Status.eq(application.status))
            .exec(&*txn)
            .await
            .map_err(db_error)?;
        record_event(
            &*txn,
            now,
            Some(reviewer.id),
            ("application", id),
            "review_started",
            serde_json::json!({}),
        )
        .await
        .map_err(db_error)?;
        changes.push(LiveEvent::ApplicationChanged {
            id,
            city_id: application.city_id,
            status: next,
        });
    }
    if let Some(checked) = checked {
        record_event(
            &*txn,
            now,
            Some(reviewer.id),
            ("application", id),
            "review_submitted",
            serde_json::json!({
                "version": review.version,
                "answers_version": application.version,
                "recommendation": checked.recommendation.as_str(),
            }),
        )
        .await
        .map_err(db_error)?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(changes)
}

/// A reviewer declares a conflict with the application's city and takes no further part in its
/// review. The declaration cannot be taken back by the reviewer.
pub async fn declare_conflict(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reviewer: &CurrentUser,
    id: i32,
    note: String,
) -> Result<LiveEvent, AppError> {
    if reviewer.role != Role::CommissionReviewer {
        return Err(AppError::Forbidden);
    }
    let application = reviewable(db, reviewer, id).await?;
    let note = note.trim().to_owned();
    if note.chars().count() > app::model::COMMENT_CHARS {
        return Err(AppError::Validation(vec![app::error::FieldError::new(
            "note",
            "error-too-long",
        )]));
    }
    let txn = super::begin_write(db).await.map_err(db_error)?;
    conflicts_of_interest::ActiveModel {
        reviewer_id: Set(reviewer.id),
        city_id: Set(application.city_id),
        note: Set(Some(note).filter(|n| !n.is_empty())),
        declared_at: Set(now),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(reviewer.id),
        ("application", id),
        "conflict_declared",
        serde_json::json!({ "city": application.city_id }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(LiveEvent::ReviewChanged { application_id: id })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_board() -> Arc<CycleBoard> {
        Arc::new(CycleBoard {
            applications: Vec::new(),
            rows: Vec::new(),
            ledger: Ledger {
                cities: HashMap::new(),
                reviewers: Vec::new(),
                conflicts: HashSet::new(),
                reviews: HashMap::new(),
                means: HashMap::new(),
                last_event: HashMap::new(),
                scores_open: false,
            },
        })
    }

    #[test]
    fn a_cached_board_serves_only_its_cycle_until_the_next_event() {
        let cache = BoardCache::default();
        assert!(cache.fresh(1, 7).is_none());
        cache.keep(1, 7, empty_board());
        assert!(cache.fresh(1, 7).is_some());
        assert!(cache.fresh(1, 8).is_none(), "an event was published since");
        assert!(cache.fresh(2, 7).is_none(), "another cycle");
    }
}
