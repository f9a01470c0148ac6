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
use app::model::application::{FormAnswers, FormRef};
use app::model::{
    ApplicationEvent, ApplicationStatus, AuditKind, CurrentUser, Deadline, HistoryEntry,
    Recommendation, ReviewDesk, ReviewForm, ReviewView, Role,
};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::HashMap;

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

/// What was done to the form, by whom and when, the first first.
pub async fn history(
    db: &impl ConnectionTrait,
    form: FormRef,
    names: &HashMap<i32, String>,
) -> Result<Vec<HistoryEntry>, AppError> {
    Ok(storage::audit::history(db, (form.kind.as_str(), form.id))
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
        .collect())
}

/// The answers the Commission saw before the form's latest submission, if there was one before it.
pub async fn previous_answers(
    db: &impl ConnectionTrait,
    form: FormRef,
) -> Result<Option<FormAnswers>, AppError> {
    Ok(storage::forms::previous_submission(db, form)
        .await
        .map_err(db_error)?
        .and_then(|data| serde_json::from_value(data).ok()))
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
    let form = FormRef::application(id);
    let history = history(db, form, &names).await?;
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
    let previous = previous_answers(db, form).await?;
    let can_decide = if reader.role == Role::CommissionSecretary {
        let status = ApplicationStatus::from(application.status).for_decision();
        ApplicationEvent::DECISIONS
            .into_iter()
            .filter(|event| status.apply(*event, reader.role).is_ok())
            .collect()
    } else {
        Vec::new()
    };
    let draft = crate::services::forms::draft(db, now, reader, form).await?;
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
        comments: crate::services::comments::comments_of(db, form, false, None).await?,
        previous,
        can_decide,
    })
}
