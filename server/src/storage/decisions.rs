//! The Commission's decisions on applications, and the reopening of one.

use super::entities::{decisions, enums};
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
