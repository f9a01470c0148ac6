//! The people with accounts, as the secretary keeps them: the list, invitations and their links,
//! changes of role and city, deactivation; and the first secretary of an empty installation.

use super::access::secretary_only;
use super::errors::{db_error, refused};
use super::links::{self, LinkPurpose};
use crate::mail;
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use crate::storage::entities::{cities, enums, users};
use app::error::AppError;
use app::i18n::Lang;
use app::model::{
    AccountAction, AccountState, AccountSummary, AuditKind, CurrentUser, Deadline, EmailAddress,
    Invitation, PersonName, Placement, Role,
};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait,
};

fn state(
    user: &users::Model,
    link_expires: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> AccountState {
    if user.erased_at.is_some() {
        AccountState::Erased
    } else if user.deactivated_at.is_some() {
        AccountState::Deactivated
    } else if user.active {
        AccountState::Active
    } else if link_expires.is_some_and(|expires| expires > now) {
        AccountState::Invited
    } else {
        AccountState::InvitationExpired
    }
}

/// Every account, by name, as the secretary's list shows it.
pub async fn accounts(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
) -> Result<Vec<AccountSummary>, AppError> {
    secretary_only(reader)?;
    let cities = storage::cities::names(db).await.map_err(db_error)?;
    let links = storage::users::unused_links(db, None)
        .await
        .map_err(db_error)?;
    let accounts = storage::users::by_name(db).await.map_err(db_error)?;
    Ok(accounts
        .into_iter()
        .map(|user| {
            let link = links.get(&user.id).copied();
            let state = state(&user, link, now);
            AccountSummary {
                id: user.id,
                city: user.city_id.and_then(|id| {
                    let name = cities.get(&id)?.clone();
                    Some(app::model::CityRef { id, name })
                }),
                // An erased account's address is a placeholder, not an address to show.
                email: match state {
                    AccountState::Erased => String::new(),
                    _ => user.email,
                },
                full_name: user.full_name,
                role: user.role.into(),
                language: user.language.into(),
                state,
                last_sign_in: user.last_login_at.map(Deadline::at),
                invitation_expires: link.filter(|_| state.awaits_password()).map(Deadline::at),
            }
        })
        .collect())
}

/// A city an account may be placed in: one that exists and has not been retired.
async fn open_city(db: &impl ConnectionTrait, id: i32) -> Result<(), AppError> {
    let open = cities::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .is_some_and(|city| city.retired_at.is_none());
    if open {
        Ok(())
    } else {
        Err(refused("city_id", "error-city-required"))
    }
}

/// Creates an inactive account and mails its link to choose a password: an invitation by the
/// secretary `by`, or the first secretary of an installation (`by` is `None`), whose link is answered
/// instead of mailed.
async fn open_account(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
    by: Option<&CurrentUser>,
    invitation: Invitation,
) -> Result<String, AppError> {
    let txn = begin_write(db).await.map_err(db_error)?;
    let taken = storage::users::by_email(&*txn, invitation.email.as_str())
        .await
        .map_err(db_error)?
        .is_some();
    if taken {
        return Err(refused("email", "error-email-taken"));
    }
    let Placement { role, city_id } = invitation.placement;
    if let Some(city_id) = city_id {
        open_city(&*txn, city_id).await?;
    }
    let user = users::ActiveModel {
        email: Set(invitation.email.as_str().to_owned()),
        full_name: Set(invitation.full_name.as_str().to_owned()),
        role: Set(role.into()),
        city_id: Set(city_id),
        language: Set(invitation.language.into()),
        password_hash: Set(None),
        active: Set(false),
        created_at: Set(now),
        last_login_at: Set(None),
        deactivated_at: Set(None),
        erased_at: Set(None),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    let (answer, kind) = match by {
        Some(_) => {
            links::send(&*txn, now, public_url, &user, LinkPurpose::Invitation)
                .await
                .map_err(db_error)?;
            (user.email.clone(), AuditKind::AccountInvited)
        }
        None => {
            let link = links::issue(&*txn, now, public_url, &user, LinkPurpose::Invitation)
                .await
                .map_err(db_error)?;
            (link, AuditKind::SecretaryAdded)
        }
    };
    record_event(
        &*txn,
        now,
        by.map(|by| by.id),
        ("user", user.id),
        kind,
        serde_json::json!({ "role": role.as_str(), "city_id": city_id }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(answer)
}

/// Creates the invited account, inactive until its password is set, and queues the link to set it.
pub async fn invite(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
    by: &CurrentUser,
    invitation: Invitation,
) -> Result<(), AppError> {
    secretary_only(by)?;
    open_account(db, now, public_url, Some(by), invitation)
        .await
        .map(|_| ())
}

/// The first secretary of an installation, from the command line: answers the link to choose a
/// password, valid for 72 hours. Refuses an address that has an account.
pub async fn add_secretary(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
    email: EmailAddress,
    full_name: PersonName,
    language: Lang,
) -> Result<String, AppError> {
    let invitation = Invitation {
        email,
        full_name,
        placement: Placement {
            role: Role::CommissionSecretary,
            city_id: None,
        },
        language,
    };
    open_account(db, now, public_url, None, invitation).await
}

/// The account `id`, read inside the change's transaction.
async fn account(db: &impl ConnectionTrait, id: i32) -> Result<users::Model, AppError> {
    users::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

/// Refuses a change that would leave the Commission without an active secretary.
async fn keep_a_secretary(db: &impl ConnectionTrait, user: &users::Model) -> Result<(), AppError> {
    let is_secretary = user.active && user.role == enums::Role::CommissionSecretary;
    if is_secretary
        && storage::users::active_secretaries(db, Some(user.id))
            .await
            .map_err(db_error)?
            == 0
    {
        return Err(refused("role", "admin-users-error-last-secretary"));
    }
    Ok(())
}

/// Changes an account's role and city.
pub async fn change(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    id: i32,
    placement: Placement,
) -> Result<(), AppError> {
    secretary_only(secretary)?;
    let txn = begin_write(db).await.map_err(db_error)?;
    let user = account(&*txn, id).await?;
    let role: enums::Role = placement.role.into();
    if role != enums::Role::CommissionSecretary {
        keep_a_secretary(&*txn, &user).await?;
    }
    if let Some(city) = placement.city_id.filter(|city| Some(*city) != user.city_id) {
        open_city(&*txn, city).await?;
    }
    let before =
        serde_json::json!({ "role": Role::from(user.role).as_str(), "city_id": user.city_id });
    users::ActiveModel {
        id: Set(user.id),
        role: Set(role),
        city_id: Set(placement.city_id),
        ..Default::default()
    }
    .update(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("user", user.id),
        AuditKind::AccountChanged,
        serde_json::json!({
            "before": before,
            "after": { "role": placement.role.as_str(), "city_id": placement.city_id },
        }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}

/// Deactivates or reactivates an account, or sends a new invitation link.
pub async fn act(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
    secretary: &CurrentUser,
    id: i32,
    action: AccountAction,
) -> Result<(), AppError> {
    secretary_only(secretary)?;
    let txn = begin_write(db).await.map_err(db_error)?;
    let user = account(&*txn, id).await?;
    let links = storage::users::unused_links(&*txn, Some(user.id))
        .await
        .map_err(db_error)?;
    let current = state(&user, links.get(&user.id).copied(), now);
    if !AccountAction::offered(current).contains(&action) {
        return Err(AppError::NotNow);
    }
    let kind = match action {
        AccountAction::Deactivate => {
            keep_a_secretary(&*txn, &user).await?;
            users::ActiveModel {
                id: Set(user.id),
                active: Set(false),
                deactivated_at: Set(Some(now)),
                ..Default::default()
            }
            .update(&*txn)
            .await
            .map_err(db_error)?;
            storage::users::revoke_links(&*txn, user.id, now)
                .await
                .map_err(db_error)?;
            storage::users::end_sessions(&*txn, user.id)
                .await
                .map_err(db_error)?;
            AuditKind::AccountDeactivated
        }
        AccountAction::Reactivate => {
            users::ActiveModel {
                id: Set(user.id),
                active: Set(user.password_hash.is_some()),
                deactivated_at: Set(None),
                ..Default::default()
            }
            .update(&*txn)
            .await
            .map_err(db_error)?;
            AuditKind::AccountReactivated
        }
        AccountAction::ResendInvitation => {
            links::send(&*txn, now, public_url, &user, LinkPurpose::Invitation)
                .await
                .map_err(db_error)?;
            AuditKind::InvitationResent
        }
    };
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("user", user.id),
        kind,
        serde_json::json!({}),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}

/// The label an erased person's name becomes, in the Commission's working language.
fn erased_label(id: i32) -> String {
    app::i18n::translate_with(
        Lang::default(),
        "admin-users-erased-name",
        &[("id", app::i18n::Arg::Number(id.into()))],
    )
}

/// Erases the person behind account `id`: their name becomes a label, their address a placeholder
/// that cannot sign in; every trace of their name, address and telephone number in forms, history,
/// comments and mails is replaced by the label; their sessions end and their links are deleted; a
/// mail not yet sent to them is not sent. Their reviews, decisions and history stay, under the label.
pub async fn erase(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    id: i32,
) -> Result<(), AppError> {
    secretary_only(secretary)?;
    let txn = begin_write(db).await.map_err(db_error)?;
    let user = account(&*txn, id).await?;
    if user.erased_at.is_some() {
        return Err(AppError::NotNow);
    }
    keep_a_secretary(&*txn, &user).await?;
    let label = erased_label(user.id);
    let mut known_as = vec![user.full_name.clone()];
    for data in storage::personal::events_about(&*txn, user.id)
        .await
        .map_err(db_error)?
    {
        storage::personal::earlier_names(&data, &mut known_as);
    }
    known_as.extend(
        storage::personal::known_in_forms(&*txn, &user.email)
            .await
            .map_err(db_error)?,
    );
    let traces = storage::personal::Traces::new(label.clone(), &user.email, known_as)
        .map_err(|error| AppError::internal("erasure-pattern", &error))?;
    let unsent = mail::forget_recipient(&*txn, &user.email)
        .await
        .map_err(db_error)?;
    let rewritten = storage::personal::erase_traces(&*txn, &traces)
        .await
        .map_err(db_error)?;
    users::ActiveModel {
        id: Set(user.id),
        email: Set(format!("erased-{}", user.id)),
        full_name: Set(label),
        password_hash: Set(None),
        active: Set(false),
        last_login_at: Set(None),
        deactivated_at: Set(Some(user.deactivated_at.unwrap_or(now))),
        erased_at: Set(Some(now)),
        ..Default::default()
    }
    .update(&*txn)
    .await
    .map_err(db_error)?;
    storage::personal::delete_links(&*txn, user.id)
        .await
        .map_err(db_error)?;
    storage::rate_limits::delete(&*txn, &super::auth::account_keys(&user.email))
        .await
        .map_err(db_error)?;
    storage::users::end_sessions(&*txn, user.id)
        .await
        .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("user", user.id),
        AuditKind::AccountErased,
        serde_json::json!({ "texts_rewritten": rewritten, "unsent_mails_dropped": unsent }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}
