//! Accounts: signing in, the secretary's list and invitations, and setting a password from a link.

use super::auth::{hash_password, verify_password, LoginLimiter};
use super::errors::{db_error, refused};
use crate::mail::{self, MailPurpose, OutgoingMail};
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use crate::storage::entities::{cities, enums, password_tokens, users};
use app::error::AppError;
use app::i18n::Arg;
use app::model::AuditKind;
use app::model::{AccountSummary, CityRef, CurrentUser, EmailAddress, Invitation, NewPassword};
use chrono::{DateTime, TimeDelta, Utc};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::IpAddr;

/// How long an invitation link stays valid.
pub const INVITATION_HOURS: i64 = 72;

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

/// The SHA-256 of a link token: what is stored, so that a leaked database holds no usable links.
fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub async fn authenticate(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limiter: &LoginLimiter,
    email: &str,
    password: &str,
    client: IpAddr,
) -> Result<CurrentUser, AppError> {
    if !limiter.allow(email, client) {
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
    to_current_user(db, user).await.map_err(db_error)
}

/// The active account `id`, if there is one.
pub async fn user(db: &DatabaseConnection, id: i32) -> Result<Option<CurrentUser>, AppError> {
    let user = users::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|user| user.active);
    match user {
        Some(user) => Ok(Some(to_current_user(db, user).await.map_err(db_error)?)),
        None => Ok(None),
    }
}

pub async fn cities(db: &DatabaseConnection) -> Result<Vec<CityRef>, AppError> {
    let cities = storage::cities::by_name(db).await.map_err(db_error)?;
    Ok(cities.into_iter().map(city_ref).collect())
}

pub async fn accounts(db: &DatabaseConnection) -> Result<Vec<AccountSummary>, AppError> {
    let names: HashMap<i32, String> = cities(db)
        .await?
        .into_iter()
        .map(|city| (city.id, city.name))
        .collect();
    let accounts = storage::users::by_name(db).await.map_err(db_error)?;
    Ok(accounts
        .into_iter()
        .map(|user| AccountSummary {
            id: user.id,
            city: user.city_id.and_then(|id| names.get(&id).cloned()),
            email: user.email,
            full_name: user.full_name,
            role: user.role.into(),
            active: user.active,
        })
        .collect())
}

/// Creates the invited account, inactive until its password is set, and queues the link to set it.
pub async fn invite(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
    by: &CurrentUser,
    invitation: Invitation,
) -> Result<(), AppError> {
    let txn = begin_write(db).await.map_err(db_error)?;
    let taken = storage::users::by_email(&*txn, invitation.email.as_str())
        .await
        .map_err(db_error)?
        .is_some();
    if taken {
        return Err(refused("email", "error-email-taken"));
    }
    if let Some(city_id) = invitation.city_id {
        let exists = cities::Entity::find_by_id(city_id)
            .one(&*txn)
            .await
            .map_err(db_error)?;
        if exists.is_none() {
            return Err(refused("city_id", "error-city-required"));
        }
    }
    let user = users::ActiveModel {
        email: Set(invitation.email.as_str().to_owned()),
        full_name: Set(invitation.full_name.as_str().to_owned()),
        role: Set(invitation.role.into()),
        city_id: Set(invitation.city_id),
        language: Set(invitation.language.into()),
        password_hash: Set(None),
        active: Set(false),
        created_at: Set(now),
        last_login_at: Set(None),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;

    let mut secret = [0_u8; 32];
    rand::rng().fill_bytes(&mut secret);
    let token = hex::encode(secret);
    password_tokens::ActiveModel {
        user_id: Set(user.id),
        token_hash: Set(token_hash(&token)),
        purpose: Set(enums::TokenPurpose::Invitation),
        expires_at: Set(now + TimeDelta::hours(INVITATION_HOURS)),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;

    let lang = invitation.language;
    let link = format!("{public_url}/{}/set-password/{token}", lang.code());
    let purpose = MailPurpose::AccountInvitation;
    let mail = OutgoingMail::compose(
        purpose,
        format!("{}:{}", purpose.as_str(), user.id),
        vec![user.email.clone()],
        lang,
        &[
            ("name", Arg::Text(user.full_name.clone())),
            ("link", Arg::Text(link)),
            ("hours", Arg::Number(INVITATION_HOURS)),
        ],
    );
    mail::queue(&*txn, now, mail).await.map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(by.id),
        ("user", user.id),
        AuditKind::AccountInvited,
        serde_json::json!({ "role": invitation.role.as_str(), "city_id": invitation.city_id }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}

/// Sets the password of the account a link was sent for, once: the link is used up.
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
    let hash = hash_password(password.expose().to_owned())
        .await
        .map_err(|error| AppError::internal("password-hash", &error))?;
    let txn = begin_write(db).await.map_err(db_error)?;
    if !storage::users::claim_token(&*txn, record.id, now)
        .await
        .map_err(db_error)?
    {
        return Err(AppError::LinkExpired);
    }
    users::ActiveModel {
        id: Set(record.user_id),
        password_hash: Set(Some(hash)),
        active: Set(true),
        ..Default::default()
    }
    .update(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(record.user_id),
        ("user", record.user_id),
        AuditKind::PasswordSet,
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_hashes_are_hex_sha256() {
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
