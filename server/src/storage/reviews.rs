//! Reviewers' reviews of applications and their scores per criterion.

use super::entities::{review_scores, reviews};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::{HashMap, HashSet};

/// The reviews of the applications among `ids`, oldest version first.
pub async fn of_applications(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<Vec<reviews::Model>, DbErr> {
    let mut found = Vec::new();
    for chunk in ids.chunks(super::MAX_BOUND) {
        found.extend(
            reviews::Entity::find()
                .filter(reviews::Column::ApplicationId.is_in(chunk.iter().copied()))
                .order_by_asc(reviews::Column::Version)
                .all(db)
                .await?,
        );
    }
    Ok(found)
}

/// Each of the reviews among `ids`' mean score in tenths, summed by the database: a review has a row
/// per criterion, ten times the rows to carry.
pub async fn means(db: &impl ConnectionTrait, ids: &[i32]) -> Result<HashMap<i32, u32>, DbErr> {
    let mut means = HashMap::new();
    for chunk in ids.chunks(super::MAX_BOUND) {
        let sums: Vec<(i32, i64, i64)> = review_scores::Entity::find()
            .select_only()
            .column(review_scores::Column::ReviewId)
            .column_as(review_scores::Column::Score.sum(), "total")
            .column_as(review_scores::Column::Score.count(), "scored")
            .filter(review_scores::Column::ReviewId.is_in(chunk.iter().copied()))
            .group_by(review_scores::Column::ReviewId)
            .into_tuple()
            .all(db)
            .await?;
        means.extend(sums.into_iter().map(|(id, total, scored)| {
            let (total, scored) = (total.max(0) as u64, scored.max(0) as u64);
            (id, app::model::mean_tenths(total, scored))
        }));
    }
    Ok(means)
}

/// Every submitted review as (application, version, reviewer).
pub async fn submitted(db: &impl ConnectionTrait) -> Result<HashSet<(i32, i32, i32)>, DbErr> {
    Ok(reviews::Entity::find()
        .filter(reviews::Column::SubmittedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|review| (review.application_id, review.version, review.reviewer_id))
        .collect())
}

/// The review's scores, one row per criterion scored or commented.
pub async fn scores(
    db: &impl ConnectionTrait,
    review: i32,
) -> Result<Vec<review_scores::Model>, DbErr> {
    review_scores::Entity::find()
        .filter(review_scores::Column::ReviewId.eq(review))
        .all(db)
        .await
}

/// The reviewer's latest review of the application, submitted or not.
pub async fn latest_of(
    db: &impl ConnectionTrait,
    application: i32,
    reviewer: i32,
) -> Result<Option<reviews::Model>, DbErr> {
    reviews::Entity::find()
        .filter(reviews::Column::ApplicationId.eq(application))
        .filter(reviews::Column::ReviewerId.eq(reviewer))
        .order_by_desc(reviews::Column::Version)
        .one(db)
        .await
}

/// The scores of the reviews among `ids`, one row per criterion scored or commented.
pub async fn scores_of(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<Vec<review_scores::Model>, DbErr> {
    let mut found = Vec::new();
    for chunk in ids.chunks(super::MAX_BOUND) {
        found.extend(
            review_scores::Entity::find()
                .filter(review_scores::Column::ReviewId.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    Ok(found)
}

/// Removes the review's scores before they are written again.
pub async fn clear_scores(db: &impl ConnectionTrait, review: i32) -> Result<(), DbErr> {
    review_scores::Entity::delete_many()
        .filter(review_scores::Column::ReviewId.eq(review))
        .exec(db)
        .await?;
    Ok(())
}
