//! The Commission's decisions on applications, the reopening of one, and the signed scan of an
//! endorsement.

use super::entities::{attachments, decisions, enums};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// The application's standing endorsement (not reopened), if any.
pub async fn standing_endorsement(
    db: &impl ConnectionTrait,
    application: i32,
) -> Result<Option<decisions::Model>, DbErr> {
    decisions::Entity::find()
        .filter(decisions::Column::ApplicationId.eq(application))
        .filter(decisions::Column::Kind.eq(enums::DecisionKind::Endorse))
        .filter(decisions::Column::ReopenedAt.is_null())
        .order_by_desc(decisions::Column::Id)
        .one(db)
        .await
}

/// The standing Commission decision (an endorsement, a request for changes or a rejection not
/// reopened) of each of the applications among `ids` that has one.
pub async fn standing(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<Vec<decisions::Model>, DbErr> {
    let mut found = Vec::new();
    for chunk in ids.chunks(super::MAX_BOUND) {
        found.extend(
            decisions::Entity::find()
                .filter(decisions::Column::ApplicationId.is_in(chunk.iter().copied()))
                .filter(decisions::Column::ReopenedAt.is_null())
                .filter(decisions::Column::Kind.is_in(COMMISSION_DECISIONS))
                .order_by_asc(decisions::Column::Id)
                .all(db)
                .await?,
        );
    }
    Ok(found)
}

/// The decisions the Commission takes (the others record UIL's outcome).
const COMMISSION_DECISIONS: [enums::DecisionKind; 3] = [
    enums::DecisionKind::Endorse,
    enums::DecisionKind::RequestChanges,
    enums::DecisionKind::Reject,
];

/// The application's decisions, the first first.
pub async fn of_application(
    db: &impl ConnectionTrait,
    application: i32,
) -> Result<Vec<decisions::Model>, DbErr> {
    decisions::Entity::find()
        .filter(decisions::Column::ApplicationId.eq(application))
        .order_by_asc(decisions::Column::Id)
        .all(db)
        .await
}

/// Marks the application's standing endorsement, request or rejection reopened.
pub async fn reopen(
    db: &impl ConnectionTrait,
    application: i32,
    by: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    decisions::Entity::update_many()
        .col_expr(decisions::Column::ReopenedBy, Expr::value(by))
        .col_expr(decisions::Column::ReopenedAt, Expr::value(now))
        .filter(decisions::Column::ApplicationId.eq(application))
        .filter(decisions::Column::ReopenedAt.is_null())
        .filter(decisions::Column::Kind.is_in(COMMISSION_DECISIONS))
        .exec(db)
        .await?;
    Ok(())
}

/// Records who takes the application's standing endorsement to UIL.
pub async fn set_route(
    db: &impl ConnectionTrait,
    application: i32,
    route: enums::EndorsementRoute,
) -> Result<(), DbErr> {
    decisions::Entity::update_many()
        .col_expr(decisions::Column::Route, Expr::value(route))
        .filter(decisions::Column::ApplicationId.eq(application))
        .filter(decisions::Column::Kind.eq(enums::DecisionKind::Endorse))
        .filter(decisions::Column::ReopenedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The signed scan of the application's standing endorsement, if the secretary has uploaded one.
pub async fn signed_scan(
    db: &impl ConnectionTrait,
    application: i32,
) -> Result<Option<attachments::Model>, DbErr> {
    let Some(endorsement) = standing_endorsement(db, application).await? else {
        return Ok(None);
    };
    Ok(scans_of(db, &endorsement)
        .await?
        .into_iter()
        .max_by_key(|file| (file.uploaded_at, file.id)))
}

/// The scans uploaded since `endorsement` was decided: one of an endorsement since reopened is not
/// this one's.
pub async fn scans_of(
    db: &impl ConnectionTrait,
    endorsement: &decisions::Model,
) -> Result<Vec<attachments::Model>, DbErr> {
    attachments::Entity::find()
        .filter(attachments::Column::ApplicationId.eq(endorsement.application_id))
        .filter(attachments::Column::Kind.eq(enums::AttachmentKind::SignedEndorsement))
        .filter(attachments::Column::UploadedAt.gte(endorsement.decided_at))
        .order_by_asc(attachments::Column::Id)
        .all(db)
        .await
}
