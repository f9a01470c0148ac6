//! Comments on applications, for the Commission only or shown to the city.

use super::entities::{comments, enums};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// The application's comments, the first first: only those shown to the city when `city_only`, and
/// only those written since `since` when given.
pub async fn of_application(
    db: &impl ConnectionTrait,
    application: i32,
    city_only: bool,
    since: Option<DateTime<Utc>>,
) -> Result<Vec<comments::Model>, DbErr> {
    let mut query = comments::Entity::find()
        .filter(comments::Column::ApplicationId.eq(application))
        .order_by_asc(comments::Column::Id);
    if city_only {
        query = query.filter(comments::Column::Visibility.eq(enums::CommentVisibility::ToCity));
    }
    if let Some(since) = since {
        query = query.filter(comments::Column::CreatedAt.gte(since));
    }
    query.all(db).await
}
