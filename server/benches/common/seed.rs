//! Submitted applications with submitted reviews, written straight into a server's database in large
//! batches: the board's data at a national Commission's scale.

use anyhow::Context;
use chrono::Utc;
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait};
use server::storage::entities::{
    applications, cities, cycles, enums, review_scores, reviews, users,
};

/// The reviewer the seed adds beside the demo's two.
pub const THIRD_REVIEWER: &str = "reviewer3@bench.pieteikums.lv";

/// Writes `count` cities (a multiple of 100), each with an application in review and `reviews_each`
/// (at most three) submitted reviews, into the demo's cycle; adds a third reviewer, whose password is
/// `password`.
pub async fn applications_in_review(
    db: &DatabaseConnection,
    count: usize,
    reviews_each: usize,
    password: &str,
) -> anyhow::Result<()> {
    let db = db.clone();
    let now = Utc::now();
    let cycle = cycles::Entity::find()
        .one(&db)
        .await?
        .context("the demo cycle")?;
    let hash = server::services::auth::hash_password(password.to_owned()).await?;
    users::Entity::insert(users::ActiveModel {
        email: Set(THIRD_REVIEWER.to_owned()),
        full_name: Set("Third Reviewer".to_owned()),
        role: Set(enums::Role::CommissionReviewer),
        city_id: Set(None),
        language: Set(enums::Language::En),
        password_hash: Set(Some(hash)),
        active: Set(true),
        created_at: Set(now),
        last_login_at: Set(None),
        ..Default::default()
    })
    .exec(&db)
    .await?;
    let reviewers: Vec<i32> = users::Entity::find()
        .all(&db)
        .await?
        .into_iter()
        .filter(|user| user.role == enums::Role::CommissionReviewer)
        .map(|user| user.id)
        .take(reviews_each)
        .collect();
    let author = reviewers[0];
    for chunk in 0..count / 100 {
        let first_city = cities::Entity::insert_many((0..100).map(|n| cities::ActiveModel {
            name: Set(format!("Bench city {}", chunk * 100 + n)),
            name_key: Set(server::storage::cities::key(&format!(
                "Bench city {}",
                chunk * 100 + n
            ))),
            country: Set("LV".to_owned()),
            website: Set(None),
            created_at: Set(now),
            ..Default::default()
        }))
        .exec(&db)
        .await?
        .last_insert_id
            - 99;
        let first_application =
            applications::Entity::insert_many((0..100).map(|n| applications::ActiveModel {
                city_id: Set(first_city + n),
                cycle_id: Set(cycle.id),
                status: Set(enums::ApplicationStatus::InReview),
                version: Set(7),
                answer_language: Set(enums::AnswerLanguage::English),
                created_by: Set(author),
                created_at: Set(now),
                updated_at: Set(now),
                updated_by: Set(Some(author)),
                submitted_at: Set(Some(now)),
                ..Default::default()
            }))
            .exec(&db)
            .await?
            .last_insert_id
                - 99;
        let first_review = reviews::Entity::insert_many((0..100).flat_map(|n| {
            reviewers.iter().map(move |reviewer| reviews::ActiveModel {
                application_id: Set(first_application + n),
                reviewer_id: Set(*reviewer),
                version: Set(1),
                recommendation: Set(Some(enums::Recommendation::Endorse)),
                overall_comment: Set(None),
                created_at: Set(now),
                submitted_at: Set(Some(now)),
                ..Default::default()
            })
        }))
        .exec(&db)
        .await?
        .last_insert_id
            - (100 * reviews_each as i32 - 1);
        let scores = (0..100 * reviews_each as i32).flat_map(|r| {
            app::model::criteria()
                .enumerate()
                .map(move |(c, criterion)| review_scores::ActiveModel {
                    review_id: Set(first_review + r),
                    criterion: Set(criterion.to_owned()),
                    score: Set(1 + (r + c as i32) % 5),
                    comment: Set(None),
                    ..Default::default()
                })
        });
        review_scores::Entity::insert_many(scores).exec(&db).await?;
    }
    Ok(())
}
