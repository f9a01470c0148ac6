//! A reviewer's own review, versioned.

use crate::services::access::reviewable;
use crate::services::errors::db_error;
use crate::services::lifecycle::move_application;
use crate::storage::audit::record_event;
use crate::storage::entities::{enums, review_scores, reviews};
use app::error::AppError;
use app::model::AuditKind;
use app::model::{
    ApplicationEvent, ApplicationStatus, CheckedReview, CurrentUser, LiveEvent, Recommendation,
    ReviewForm, ReviewStep, Role,
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

/// A draft's criterion that has a comment but no score yet; submitted reviews never hold it.
pub(super) const UNSCORED: i32 = 0;

/// Saves the reviewer's own review as a draft, or submits it. A submitted review is never changed:
/// revising it starts the reviewer's next version, and no one else's review is ever touched.
/// Returns the changes for open pages.
pub async fn save_review(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reviewer: &CurrentUser,
    id: i32,
    form: ReviewForm,
    step: ReviewStep,
) -> Result<Vec<LiveEvent>, AppError> {
    if reviewer.role != Role::CommissionReviewer {
        return Err(AppError::Forbidden);
    }
    let application = reviewable(db, reviewer, id).await?;
    let status = ApplicationStatus::from(application.status);
    if !status.is_under_review() {
        return Err(AppError::NotEditable);
    }
    let submit = step == ReviewStep::Submit;
    let checked: Option<CheckedReview> = if submit {
        Some(form.check().map_err(AppError::Validation)?)
    } else {
        let problems = form.draft_problems();
        if !problems.is_empty() {
            return Err(AppError::Validation(problems));
        }
        None
    };

    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let latest = crate::storage::reviews::latest_of(&*txn, id, reviewer.id)
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
    crate::storage::reviews::clear_scores(&*txn, review.id)
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
        let audit = (AuditKind::ReviewStarted, serde_json::json!({}));
        // Another reviewer's first save may have moved it a moment ago; it is in review all the same.
        changes.extend(move_application(&*txn, now, reviewer, &application, next, audit).await?);
    }
    if let Some(checked) = checked {
        record_event(
            &*txn,
            now,
            Some(reviewer.id),
            ("application", id),
            AuditKind::ReviewSubmitted,
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
