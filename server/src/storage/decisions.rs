//! The Commission's decisions on applications, and the reopening of one.

use super::entities::{decisions, enums};
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
        .filter(decisions::Column::Kind.is_in([
            enums::DecisionKind::Endorse,
            enums::DecisionKind::RequestChanges,
            enums::DecisionKind::Reject,
        ]))
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
