//! People's accounts and the links that set their passwords.

use super::entities::{enums, password_tokens, users};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use std::collections::HashMap;

/// Everyone who speaks for the city: its active applicant accounts.
pub async fn city_people(db: &impl ConnectionTrait, city: i32) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::CityId.eq(city))
        .filter(users::Column::Active.eq(true))
        .all(db)
        .await
}

/// Everyone who speaks for any city.
pub async fn all_city_people(db: &impl ConnectionTrait) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::Active.eq(true))
        .filter(users::Column::Role.eq(enums::Role::CityApplicant))
        .filter(users::Column::CityId.is_not_null())
        .all(db)
        .await
}

/// The Commission's active accounts, secretaries and reviewers, oldest first.
pub async fn commission(db: &impl ConnectionTrait) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::Active.eq(true))
        .filter(users::Column::Role.ne(enums::Role::CityApplicant))
        .order_by_asc(users::Column::Id)
        .all(db)
        .await
}

/// The active accounts among `ids`.
pub async fn active_among(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::Active.eq(true))
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await
}

/// The full names of the accounts among `ids`, by id; every account's when `ids` is `None`.
pub async fn names(
    db: &impl ConnectionTrait,
    ids: Option<Vec<i32>>,
) -> Result<HashMap<i32, String>, DbErr> {
    let mut query = users::Entity::find();
    if let Some(ids) = ids {
        query = query.filter(users::Column::Id.is_in(ids));
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|user| (user.id, user.full_name))
        .collect())
}

/// The account signed up under `email`, active or not.
pub async fn by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::Email.eq(email))
        .one(db)
        .await
}

/// Every account, by full name.
pub async fn by_name(db: &impl ConnectionTrait) -> Result<Vec<users::Model>, DbErr> {
    users::Entity::find()
        .order_by_asc(users::Column::FullName)
        .all(db)
        .await
}

/// The unused, unexpired password link whose token hashes to `hash`.
pub async fn live_token(
    db: &impl ConnectionTrait,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<password_tokens::Model>, DbErr> {
    Ok(password_tokens::Entity::find()
        .filter(password_tokens::Column::TokenHash.eq(hash))
        .one(db)
        .await?
        .filter(|token| token.used_at.is_none() && token.expires_at > now))
}

/// Marks the password link used, only if it still is unused, so that two simultaneous uses count
/// once; answers whether this use was the one.
pub async fn claim_token(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let claimed = password_tokens::Entity::update_many()
        .col_expr(password_tokens::Column::UsedAt, Expr::value(now))
        .filter(password_tokens::Column::Id.eq(id))
        .filter(password_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Keeps a new link for `user`, of which only the token's hash is stored.
pub async fn insert_link(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user: i32,
    hash: String,
    purpose: enums::TokenPurpose,
    expires_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    password_tokens::ActiveModel {
        user_id: Set(user),
        token_hash: Set(hash),
        purpose: Set(purpose),
        expires_at: Set(expires_at),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// Uses up every link of `user` that is still unused, so that none of them works any more.
pub async fn revoke_links(
    db: &impl ConnectionTrait,
    user: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    password_tokens::Entity::update_many()
        .col_expr(password_tokens::Column::UsedAt, Expr::value(now))
        .filter(password_tokens::Column::UserId.eq(user))
        .filter(password_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await
        .map(|_| ())
}

/// When the newest unused link of each account (of `user` alone, if given) runs out (it may have
/// already), by account.
pub async fn unused_links(
    db: &impl ConnectionTrait,
    user: Option<i32>,
) -> Result<HashMap<i32, DateTime<Utc>>, DbErr> {
    let mut query =
        password_tokens::Entity::find().filter(password_tokens::Column::UsedAt.is_null());
    if let Some(user) = user {
        query = query.filter(password_tokens::Column::UserId.eq(user));
    }
    let mut newest = HashMap::new();
    for token in query.all(db).await? {
        let expires = newest.entry(token.user_id).or_insert(token.expires_at);
        *expires = (*expires).max(token.expires_at);
    }
    Ok(newest)
}

/// How many active secretaries there are (besides `except`, if given).
pub async fn active_secretaries(
    db: &impl ConnectionTrait,
    except: Option<i32>,
) -> Result<u64, DbErr> {
    let mut query = users::Entity::find()
        .filter(users::Column::Active.eq(true))
        .filter(users::Column::Role.eq(enums::Role::CommissionSecretary));
    if let Some(except) = except {
        query = query.filter(users::Column::Id.ne(except));
    }
    query.count(db).await
}

/// Moves the account's session epoch on, which ends every session signed in before, and answers the
/// new epoch.
pub async fn end_sessions(db: &impl ConnectionTrait, user: i32) -> Result<i32, DbErr> {
    users::Entity::update_many()
        .col_expr(
            users::Column::SessionEpoch,
            Expr::col(users::Column::SessionEpoch).add(1),
        )
        .filter(users::Column::Id.eq(user))
        .exec(db)
        .await?;
    let epoch = users::Entity::find_by_id(user)
        .one(db)
        .await?
        .map_or(0, |user| user.session_epoch);
    Ok(epoch)
}
