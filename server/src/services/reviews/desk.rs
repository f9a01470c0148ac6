//! An application's review desk: its answers, files, reviews, history, comments and decisions, and the
//! reader's own review form.

use super::ledger::Ledger;
use super::review::UNSCORED;
use crate::services::access::reviewable;
use crate::services::cycles::cycle_of;
use crate::services::errors::db_error;
use crate::storage;
use crate::storage::entities::reviews;
use app::error::AppError;
use app::model::{
    ApplicationEvent, ApplicationStatus, AuditKind, CurrentUser, Deadline, HistoryEntry,
    Recommendation, ReviewDesk, ReviewForm, ReviewView, Role,
};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};

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
    for score in storage::reviews::scores(db, review.id)
        .await
        .map_err(db_error)?
    {
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
    let names = storage::users::names(db, None).await.map_err(db_error)?;
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
    let history = storage::audit::history(db, ("application", id))
        .await
        .map_err(db_error)?
        .into_iter()
        .filter_map(|event| {
            Some(HistoryEntry {
                what_key: AuditKind::parse(&event.kind)?.history_key(),
                at: Deadline::at(event.occurred_at),
                actor: event
                    .actor_id
                    .and_then(|actor| names.get(&actor).cloned())
                    .unwrap_or_default(),
            })
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
    // The answers the reviewers saw before the latest submission, if there was one before it.
    let previous = storage::forms::previous_submission(db, id)
        .await
        .map_err(db_error)?
        .and_then(|data| serde_json::from_value(data).ok());
    let can_decide = if reader.role == Role::CommissionSecretary {
        let status = ApplicationStatus::from(application.status).for_decision();
        ApplicationEvent::DECISIONS
            .into_iter()
            .filter(|event| status.apply(*event, reader.role).is_ok())
            .collect()
    } else {
        Vec::new()
    };
    let draft = crate::services::forms::draft(
        db,
        now,
        reader,
        app::model::application::FormRef::application(id),
    )
    .await?;
    Ok(ReviewDesk {
        row,
        endorsed: draft.endorsed,
        can_sign: draft.endorsed && reader.role == Role::CommissionSecretary,
        draft,
        my_review,
        reviews: shown,
        history,
        recused,
        decisions: crate::services::decisions::history(db, id, &names).await?,
        comments: crate::services::comments::comments_of(db, id, false, None).await?,
        previous,
        can_decide,
    })
}
