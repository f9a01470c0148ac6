//! Comments on a form (an application or a progress report): the Commission's internal discussion, and
//! the comments sent to the city with a request for changes, which its wizard shows beside the sections
//! they concern.

use super::errors::db_error;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use crate::storage::entities::{comments, enums};
use crate::storage::forms::{owner_ids, Stored};
use app::error::{AppError, FieldError};
use app::model::application::{FormKind, FormRef, Section};
use app::model::AuditKind;
use app::model::{ApplicationStatus, CommentView, CurrentUser, Deadline, LiveEvent, COMMENT_CHARS};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection};
use std::collections::BTreeMap;

/// Comments on the form the reader may see: the Commission sees all, the city those sent to it.
pub async fn comments_of(
    db: &DatabaseConnection,
    form: FormRef,
    city_only: bool,
    since: Option<DateTime<Utc>>,
) -> Result<Vec<CommentView>, AppError> {
    let rows = crate::storage::comments::of_form(db, form, city_only, since)
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

/// The comments sent with the standing request for changes, for the city's wizard: those written
/// since the Commission asked (an application's request is a recorded decision), or since the report
/// was last sent (nothing but the request is sent to the city in between).
pub async fn requested_changes(
    db: &DatabaseConnection,
    stored: &Stored,
) -> Result<Vec<CommentView>, AppError> {
    if stored.status() != ApplicationStatus::ChangesRequested {
        return Ok(Vec::new());
    }
    let since = match stored {
        Stored::Application(application) => {
            crate::storage::decisions::of_application(db, application.id)
                .await
                .map_err(db_error)?
                .into_iter()
                .rfind(|decision| decision.kind == enums::DecisionKind::RequestChanges)
                .map(|request| request.decided_at)
        }
        Stored::Report(report, _) => report.submitted_at,
    };
    match since {
        Some(since) => comments_of(db, stored.form(), true, Some(since)).await,
        None => Ok(Vec::new()),
    }
}

/// Checks a request's comments to the city before anything is read: each short enough and on one of
/// the form's own sections.
pub fn check_section_comments(
    kind: FormKind,
    comments: &BTreeMap<String, String>,
    problems: &mut Vec<FieldError>,
) {
    for (section, text) in comments {
        let field = format!("comment-{section}");
        let known = Section::from_slug(section).is_some_and(|s| kind.sections().contains(&s));
        if !known {
            problems.push(FieldError::new(&field, "error-choice-invalid"));
        } else if text.trim().chars().count() > COMMENT_CHARS {
            problems.push(FieldError::new(&field, "error-too-long"));
        }
    }
}

/// Writes what a request for changes tells the city: the reason, then a comment per section given.
pub async fn insert_request(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    author: &CurrentUser,
    form: FormRef,
    reason: &str,
    section_comments: &BTreeMap<String, String>,
) -> Result<(), AppError> {
    let general = (None, reason.to_owned());
    let sections = section_comments
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(section, text)| (Some(section.clone()), text.trim().to_owned()));
    for (section, body) in std::iter::once(general).chain(sections) {
        let to_city = (enums::CommentVisibility::ToCity, section);
        new_comment(now, author, form, to_city, body)
            .insert(txn)
            .await
            .map_err(db_error)?;
    }
    Ok(())
}

/// A comment's row on `form`, seen by whom `visibility` says and about one section or none.
fn new_comment(
    now: DateTime<Utc>,
    author: &CurrentUser,
    form: FormRef,
    (visibility, section): (enums::CommentVisibility, Option<String>),
    body: String,
) -> comments::ActiveModel {
    let (application_id, progress_report_id) = owner_ids(form);
    comments::ActiveModel {
        application_id: Set(application_id),
        progress_report_id: Set(progress_report_id),
        author_id: Set(author.id),
        visibility: Set(visibility),
        section: Set(section),
        body: Set(body),
        created_at: Set(now),
        ..Default::default()
    }
}

/// A comment inside the Commission's discussion of the form.
pub async fn add_internal_comment(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    author: &CurrentUser,
    form: FormRef,
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
    let internal = (enums::CommentVisibility::Internal, None);
    new_comment(now, author, form, internal, body.to_owned())
        .insert(&*txn)
        .await
        .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(author.id),
        (form.kind.as_str(), form.id),
        AuditKind::CommentAdded,
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(match form.kind {
        FormKind::Application => LiveEvent::ReviewChanged {
            application_id: form.id,
        },
        FormKind::Report => LiveEvent::ReportCommented { id: form.id },
    })
}
