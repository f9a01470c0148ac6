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
/// someone else moved it first. Sending it, and sending it again, sets when it was (last) sent.
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
    if matches!(to, ReportStatus::Submitted | ReportStatus::Resubmitted) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::fixtures::{at, cesis, member_report};
    use crate::storage::entities::events;
    use app::model::Role;
    use sea_orm::DatabaseConnection;

    async fn kinds(db: &DatabaseConnection) -> Vec<String> {
        events::Entity::find()
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|event| event.kind)
            .collect()
    }

    #[tokio::test]
    async fn a_submission_moves_the_row_once_and_is_recorded_and_announced() {
        let (_folder, db, applicant, read) = cesis().await;
        let audit = || {
            (
                AuditKind::ApplicationSubmitted,
                serde_json::json!({ "version": 3 }),
            )
        };
        let change = move_application(
            &db,
            at(10),
            &applicant,
            &read,
            ApplicationStatus::Submitted,
            audit(),
        )
        .await
        .unwrap();
        assert_eq!(
            change,
            Some(LiveEvent::ApplicationChanged {
                id: read.id,
                city_id: read.city_id,
                status: ApplicationStatus::Submitted,
            })
        );
        let stored = applications::Entity::find_by_id(read.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.status, enums::ApplicationStatus::Submitted);
        assert_eq!(stored.submitted_at, Some(at(10)));
        assert_eq!(stored.updated_by, Some(applicant.id));
        // The same change made from the row as it was read before: someone moved it first.
        let again = move_application(
            &db,
            at(11),
            &applicant,
            &read,
            ApplicationStatus::Submitted,
            audit(),
        )
        .await
        .unwrap();
        assert_eq!(again, None);
        assert_eq!(kinds(&db).await, vec!["application_submitted"]);
    }

    #[tokio::test]
    async fn the_commissions_changes_leave_the_citys_last_edit_and_submission_time_alone() {
        let (_folder, db, applicant, read) = cesis().await;
        let audit = (AuditKind::ApplicationSubmitted, serde_json::json!({}));
        move_application(
            &db,
            at(10),
            &applicant,
            &read,
            ApplicationStatus::Submitted,
            audit,
        )
        .await
        .unwrap();
        let submitted = applications::Entity::find_by_id(read.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        let reviewer = CurrentUser {
            role: Role::CommissionReviewer,
            city: None,
            ..applicant.clone()
        };
        let audit = (AuditKind::ReviewStarted, serde_json::json!({}));
        let change = move_application(
            &db,
            at(12),
            &reviewer,
            &submitted,
            ApplicationStatus::InReview,
            audit,
        )
        .await
        .unwrap();
        assert!(change.is_some());
        let stored = applications::Entity::find_by_id(read.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.status, enums::ApplicationStatus::InReview);
        assert_eq!(stored.updated_at, at(12));
        assert_eq!(stored.submitted_at, Some(at(10)));
        assert_eq!(stored.updated_by, Some(applicant.id));
    }

    #[tokio::test]
    async fn a_report_is_sent_once_and_forwarded_from_where_it_was_sent() {
        let (_folder, db, applicant, read) = cesis().await;
        let (member, draft) = member_report(&db, read.city_id, enums::ReportStatus::Draft).await;
        let sent = (AuditKind::ReportSubmitted, serde_json::json!({}));
        let change = move_report(
            &db,
            at(10),
            &applicant,
            (&draft, member.city_id),
            ReportStatus::Submitted,
            sent.clone(),
        )
        .await
        .unwrap();
        assert_eq!(
            change,
            Some(LiveEvent::ReportChanged {
                id: draft.id,
                city_id: member.city_id,
                status: ApplicationStatus::Submitted,
            })
        );
        let again = move_report(
            &db,
            at(11),
            &applicant,
            (&draft, member.city_id),
            ReportStatus::Submitted,
            sent,
        )
        .await
        .unwrap();
        assert_eq!(again, None, "sent twice from the same draft");
        let submitted = progress_reports::Entity::find_by_id(draft.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(submitted.submitted_at, Some(at(10)));
        let secretary = CurrentUser {
            id: applicant.id,
            role: Role::CommissionSecretary,
            city: None,
            ..applicant.clone()
        };
        let forwarded = (AuditKind::ReportForwarded, serde_json::json!({}));
        move_report(
            &db,
            at(12),
            &secretary,
            (&submitted, member.city_id),
            ReportStatus::ForwardedToUil,
            forwarded,
        )
        .await
        .unwrap()
        .unwrap();
        let stored = progress_reports::Entity::find_by_id(draft.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.status, enums::ReportStatus::ForwardedToUil);
        assert_eq!(stored.submitted_at, Some(at(10)));
        assert_eq!(
            kinds(&db).await,
            vec!["report_submitted", "report_forwarded"]
        );
    }
}
