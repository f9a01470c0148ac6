//! Comments on an application: the Commission's internal discussion, and the comments sent to the city
//! with a request for changes, which its wizard shows beside the sections they concern.

use super::errors::db_error;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use crate::storage::entities::{applications, comments, enums};
use app::error::{AppError, FieldError};
use app::model::application::Section;
use app::model::AuditKind;
use app::model::{ApplicationStatus, CommentView, CurrentUser, Deadline, LiveEvent, COMMENT_CHARS};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

/// Comments on the application the reader may see: the Commission sees all, the city those sent to it.
pub async fn comments_of(
    db: &DatabaseConnection,
    application: i32,
    city_only: bool,
    since: Option<DateTime<Utc>>,
) -> Result<Vec<CommentView>, AppError> {
    let rows = crate::storage::comments::of_application(db, application, city_only, since)
        .await
        .map_err(db_error)?;
    let authors =
        crate::storage::users::names(db, Some(rows.iter().map(|r| r.author_id).collect()))
            .await
            .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|row| CommentView {
            author: authors.get(&row.author_id).cloned().unwrap_or_default(),
            at: Deadline::at(row.created_at),
            to_city: row.visibility == enums::CommentVisibility::ToCity,
            section: row.section.as_deref().and_then(Section::from_slug),
            body: row.body,
        })
        .collect())
}

/// The comments sent with the standing request for changes, for the city's wizard.
pub async fn requested_changes(
    db: &DatabaseConnection,
    application: &applications::Model,
) -> Result<Vec<CommentView>, AppError> {
    if ApplicationStatus::from(application.status) != ApplicationStatus::ChangesRequested {
        return Ok(Vec::new());
    }
    let request = crate::storage::decisions::of_application(db, application.id)
        .await
        .map_err(db_error)?
        .into_iter()
        .rfind(|decision| decision.kind == enums::DecisionKind::RequestChanges);
    match request {
        Some(request) => comments_of(db, application.id, true, Some(request.decided_at)).await,
        None => Ok(Vec::new()),
    }
}

/// A comment inside the Commission's discussion of the application.
pub async fn add_internal_comment(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    author: &CurrentUser,
    application: &applications::Model,
    body: &str,
) -> Result<LiveEvent, AppError> {
    let body = body.trim();
    let problem = if body.is_empty() {
        Some("error-required")
    } else if body.chars().count() > COMMENT_CHARS {
        Some("error-too-long")
    } else {
        None
    };
    if let Some(key) = problem {
        return Err(AppError::Validation(vec![FieldError::new("body", key)]));
    }
    let txn = begin_write(db).await.map_err(db_error)?;
    comments::ActiveModel {
        application_id: Set(application.id),
        author_id: Set(author.id),
        visibility: Set(enums::CommentVisibility::Internal),
        section: Set(None),
        body: Set(body.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(author.id),
        ("application", application.id),
        AuditKind::CommentAdded,
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(LiveEvent::ReviewChanged {
        application_id: application.id,
    })
}
