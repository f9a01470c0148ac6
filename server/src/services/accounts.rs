//! A person's own account: signing in, the session it opens, their name, mail language and password,
//! and the one-time links that set a password (an invitation or a reset of a forgotten one).

use super::auth::{hash_password, verify_password, LoginLimiter};
use super::errors::{db_error, refused};
use super::links::{self, token_hash, LinkPurpose};
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use crate::storage::entities::{cities, users};
use app::error::AppError;
use app::i18n::Lang;
use app::model::{
    AuditKind, CityRef, CurrentUser, EmailAddress, NewPassword, Profile, SessionAccount,
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait};
use std::net::IpAddr;

pub fn city_ref(city: cities::Model) -> CityRef {
    CityRef {
        id: city.id,
        name: city.name,
    }
}

async fn to_current_user(
    db: &DatabaseConnection,
    user: users::Model,
) -> Result<CurrentUser, DbErr> {
    let city = match user.city_id {
        Some(id) => cities::Entity::find_by_id(id).one(db).await?.map(city_ref),
        None => None,
    };
    Ok(CurrentUser {
        id: user.id,
        email: user.email,
        full_name: user.full_name,
        role: user.role.into(),
        city,
        language: user.language.into(),
    })
}

/// Checks an e-mail and password and answers what the session is to hold, with the person's language.
pub async fn authenticate(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limiter: &LoginLimiter,
    email: &str,
    password: &str,
    client: IpAddr,
) -> Result<(SessionAccount, Lang), AppError> {
    if !limiter
        .allow(db, now, email, client)
        .await
        .map_err(db_error)?
    {
        tracing::warn!(%client, "sign-in attempts limited");
        return Err(AppError::RateLimited);
    }
    let user = match EmailAddress::parse(email) {
        Ok(email) => storage::users::by_email(db, email.as_str())
            .await
            .map_err(db_error)?
            .filter(|user| user.active),
        Err(_) => None,
    };
    let hash = user.as_ref().and_then(|user| user.password_hash.clone());
    let verified = verify_password(password.to_owned(), hash)
        .await
        .map_err(|error| AppError::internal("password", &error))?;
    let Some(user) = user.filter(|_| verified) else {
        return Err(AppError::InvalidCredentials);
    };
    let id = user.id;
    users::ActiveModel {
        id: Set(id),
        last_login_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await
    .map_err(db_error)?;
    record_event(
        db,
        now,
        Some(id),
        ("user", id),
        AuditKind::SignedIn,
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    let account = SessionAccount {
        id,
        epoch: user.session_epoch,
    };
    Ok((account, user.language.into()))
}

/// The active account a session holds, unless its sessions have been ended since it signed in.
pub async fn user(
    db: &DatabaseConnection,
    account: SessionAccount,
) -> Result<Option<CurrentUser>, AppError> {
    let user = users::Entity::find_by_id(account.id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|user| user.active && user.session_epoch == account.epoch);
    match user {
        Some(user) => Ok(Some(to_current_user(db, user).await.map_err(db_error)?)),
        None => Ok(None),
    }
}

/// The person's own name and mail language.
pub async fn update_profile(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    person: &CurrentUser,
    profile: Profile,
) -> Result<(), AppError> {
    let txn = begin_write(db).await.map_err(db_error)?;
    users::ActiveModel {
        id: Set(person.id),
        full_name: Set(profile.full_name.as_str().to_owned()),
        language: Set(profile.language.into()),
        ..Default::default()
    }
    .update(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(person.id),
        ("user", person.id),
        AuditKind::ProfileChanged,
        serde_json::json!({
            "before": { "full_name": person.full_name, "language": person.language.code() },
            "after": { "full_name": profile.full_name.as_str(), "language": profile.language.code() },
        }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}

/// Changes the person's password after checking the current one (counted like a sign-in), ends
/// every session of the account, and answers what this session is to hold so that it stays.
pub async fn change_password(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limiter: &LoginLimiter,
    person: &CurrentUser,
    current: &str,
    password: NewPassword,
    client: IpAddr,
) -> Result<SessionAccount, AppError> {
    // Counted apart from sign-ins, so that someone at an open session who tries passwords slows
    // only this, not the person signing in.
    if !limiter
        .named("current-password")
        .allow(db, now, &person.email, client)
        .await
        .map_err(db_error)?
    {
        return Err(AppError::RateLimited);
    }
    let user = users::Entity::find_by_id(person.id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Unauthenticated)?;
    let verified = verify_password(current.to_owned(), user.password_hash.clone())
        .await
        .map_err(|error| AppError::internal("password", &error))?;
    if !verified {
        return Err(refused("current", "account-error-current-password"));
    }
    let epoch = store_password(db, now, &user, password, None).await?;
    Ok(SessionAccount { id: user.id, epoch })
}

/// Writes a new password for `user`, through the link `link` or (without one) by the person
/// signed in: the account becomes active (unless the Commission deactivated it), every link it had
/// is used up and every session it had ends. Answers the new session epoch.
async fn store_password(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    user: &users::Model,
    password: NewPassword,
    link: Option<i32>,
) -> Result<i32, AppError> {
    let hash = hash_password(password.expose().to_owned())
        .await
        .map_err(|error| AppError::internal("password-hash", &error))?;
    let txn = begin_write(db).await.map_err(db_error)?;
    // Claimed in the same transaction as the password, so that two uses at once count once and a
    // failed write leaves the link usable.
    if let Some(link) = link {
        if !storage::users::claim_token(&*txn, link, now)
            .await
            .map_err(db_error)?
        {
            return Err(AppError::LinkExpired);
        }
    }
    users::ActiveModel {
        id: Set(user.id),
        password_hash: Set(Some(hash)),
        active: Set(user.deactivated_at.is_none()),
        ..Default::default()
    }
    .update(&*txn)
    .await
    .map_err(db_error)?;
    storage::users::revoke_links(&*txn, user.id, now)
        .await
        .map_err(db_error)?;
    let epoch = storage::users::end_sessions(&*txn, user.id)
        .await
        .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(user.id),
        ("user", user.id),
        if link.is_some() {
            AuditKind::PasswordSet
        } else {
            AuditKind::PasswordChanged
        },
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(epoch)
}

/// Sets the password of the account a link was sent for, once: the link is used up, and so is
/// every other link of the account.
pub async fn set_password(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    token: &str,
    password: NewPassword,
) -> Result<(), AppError> {
    let record = storage::users::live_token(db, &token_hash(token.trim()), now)
        .await
        .map_err(db_error)?
        .ok_or(AppError::LinkExpired)?;
    let user = users::Entity::find_by_id(record.user_id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|user| user.deactivated_at.is_none())
        .ok_or(AppError::LinkExpired)?;
    store_password(db, now, &user, password, Some(record.id)).await?;
    Ok(())
}

/// Mails a link to choose a new password to the account at `email`, if there is one the Commission
/// has not deactivated (an invited person whose link ran out gets a fresh one this way). Anyone else
/// gets nothing, and the caller answers the same either way.
pub async fn request_reset(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
    email: &EmailAddress,
) -> Result<bool, AppError> {
    let Some(user) = storage::users::by_email(db, email.as_str())
        .await
        .map_err(db_error)?
        .filter(|user| user.deactivated_at.is_none())
    else {
        return Ok(false);
    };
    let txn = begin_write(db).await.map_err(db_error)?;
    links::send(&*txn, now, public_url, &user, LinkPurpose::Reset)
        .await
        .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(user.id),
        ("user", user.id),
        AuditKind::PasswordResetRequested,
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(true)
}
