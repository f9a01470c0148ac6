//! The only writers of a form's status, one per kind of form. The caller checks the transition with
//! the lifecycle's table in `app` first (each answers a refused one in its own words); the writer then
//! moves the row only from the status it was read in, so that of two simultaneous changes one wins and
//! the other is told so, records the change in the audit log, and answers the live event to publish
//! once the caller's transaction has committed. The mails go in the same transaction, by the caller.

use super::errors::db_error;
use crate::storage::audit::record_event;
use crate::storage::entities::{applications, enums, progress_reports};
use app::error::AppError;
use app::model::{ApplicationStatus, AuditKind, CurrentUser, LiveEvent, ReportStatus};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// What the audit log says of a change: its kind and the details kept with it.
pub type Audit = (AuditKind, serde_json::Value);

/// Moves `application` from its status as read to `to`, by `actor`; `None` if someone else moved it
/// first. A submission also sets when it was submitted and by whom the form was last changed.
pub async fn move_application(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application: &applications::Model,
    to: ApplicationStatus,
    (kind, data): Audit,
) -> Result<Option<LiveEvent>, AppError> {
    let mut update = applications::Entity::update_many()
        .col_expr(
            applications::Column::Status,
            Expr::value(enums::ApplicationStatus::from(to)),
        )
        .col_expr(applications::Column::UpdatedAt, Expr::value(now));
    if matches!(
        to,
        ApplicationStatus::Submitted | ApplicationStatus::Resubmitted
    ) {
        update = update
            .col_expr(applications::Column::SubmittedAt, Expr::value(now))
            .col_expr(applications::Column::UpdatedBy, Expr::value(actor.id));
    }
    let moved = update
        .filter(applications::Column::Id.eq(application.id))
        .filter(applications::Column::Status.eq(application.status))
        .exec(txn)
        .await
        .map_err(db_error)?;
    if moved.rows_affected != 1 {
        return Ok(None);
    }
    record_event(
        txn,
        now,
        Some(actor.id),
        ("application", application.id),
        kind,
        data,
    )
    .await
    .map_err(db_error)?;
    Ok(Some(LiveEvent::ApplicationChanged {
        id: application.id,
        city_id: application.city_id,
        status: to,
    }))
}

/// Moves `report` of the member city `city_id` from its status as read to `to`, by `actor`; `None` if
/// someone else moved it first. Sending it also sets when it was sent.
pub async fn move_report(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    (report, city_id): (&progress_reports::Model, i32),
    to: ReportStatus,
    (kind, data): Audit,
) -> Result<Option<LiveEvent>, AppError> {
    let mut update = progress_reports::Entity::update_many()
        .col_expr(
            progress_reports::Column::Status,
            Expr::value(enums::ReportStatus::from(to)),
        )
        .col_expr(progress_reports::Column::UpdatedAt, Expr::value(now))
        .col_expr(progress_reports::Column::UpdatedBy, Expr::value(actor.id));
    if to == ReportStatus::Submitted {
        update = update.col_expr(progress_reports::Column::SubmittedAt, Expr::value(now));
    }
    let moved = update
        .filter(progress_reports::Column::Id.eq(report.id))
        .filter(progress_reports::Column::Status.eq(report.status))
        .exec(txn)
        .await
        .map_err(db_error)?;
    if moved.rows_affected != 1 {
        return Ok(None);
    }
    record_event(txn, now, Some(actor.id), ("report", report.id), kind, data)
        .await
        .map_err(db_error)?;
    Ok(Some(LiveEvent::ReportChanged {
        id: report.id,
        city_id,
        status: to.shown(),
    }))
}
