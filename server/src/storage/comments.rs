//! Comments on applications and progress reports, for the Commission only or shown to the city.

use super::entities::{comments, enums};
use app::model::application::{FormKind, FormRef};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// The column of `comments` naming the form a comment is on.
fn owner(kind: FormKind) -> comments::Column {
    match kind {
        FormKind::Application => comments::Column::ApplicationId,
        FormKind::Report => comments::Column::ProgressReportId,
    }
}

/// The form's comments, the first first: only those shown to the city when `city_only`, and only
/// those written since `since` when given.
pub async fn of_form(
    db: &impl ConnectionTrait,
    form: FormRef,
    city_only: bool,
    since: Option<DateTime<Utc>>,
) -> Result<Vec<comments::Model>, DbErr> {
    let mut query = comments::Entity::find()
        .filter(owner(form.kind).eq(form.id))
        .order_by_asc(comments::Column::Id);
    if city_only {
        query = query.filter(comments::Column::Visibility.eq(enums::CommentVisibility::ToCity));
    }
    if let Some(since) = since {
        query = query.filter(comments::Column::CreatedAt.gte(since));
    }
    query.all(db).await
}
