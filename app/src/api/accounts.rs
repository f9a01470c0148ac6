//! Accounts: the secretary's people and cities, a person's own profile and password, and the links
//! that set a password (an invitation, or a reset of a forgotten one).

use crate::error::AppError;
use crate::model::{AccountSummary, CityRef, CitySummary, InvitationForm};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Everything the secretary's accounts page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountsOverview {
    pub accounts: Vec<AccountSummary>,
    /// The cities a person may be placed in: those not retired.
    pub cities: Vec<CityRef>,
}

/// The id a form names, or not found: a made-up one must learn nothing.
#[cfg(feature = "ssr")]
fn record_id(text: Option<&str>) -> Result<Option<i32>, AppError> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(id) => id.parse().map(Some).map_err(|_| AppError::NotFound),
    }
}

/// Secretary only.
#[server(prefix = "/api", endpoint = "accounts", input = server_fn::codec::GetUrl)]
pub async fn load_accounts() -> Result<AccountsOverview, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let backend = crate::backend::backend()?;
    Ok(AccountsOverview {
        accounts: backend.accounts(&secretary).await?,
        cities: backend.cities().await?,
    })
}

/// Secretary only: opens an account and mails its set-password link. Returns the invited address.
#[server(prefix = "/api", endpoint = "invite")]
pub async fn invite_account(
    form: InvitationForm,
    #[server(default)] lang: Option<String>,
) -> Result<String, AppError> {
    use crate::model::{Invitation, Role};
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let invitation = Invitation::try_from(&form).map_err(AppError::Validation)?;
    let email = invitation.email.as_str().to_owned();
    crate::backend::backend()?
        .invite(&secretary, invitation)
        .await?;
    super::session::return_done::<InviteAccount>(lang.as_deref(), crate::paths::admin_users);
    Ok(email)
}

/// Secretary only: changes account `id`'s role and city.
#[server(prefix = "/api", endpoint = "change_account")]
pub async fn change_account(
    #[server(default)] id: Option<String>,
    #[server(default)] form: crate::model::AccountForm,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let id = record_id(id.as_deref())?.ok_or(AppError::NotFound)?;
    let placement = form.check().map_err(AppError::Validation)?;
    crate::backend::backend()?
        .change_account(&secretary, id, placement)
        .await?;
    super::session::return_done::<ChangeAccount>(lang.as_deref(), |lang| {
        crate::paths::admin_account(lang, id)
    });
    Ok(())
}

/// Secretary only: deactivates or reactivates account `id`, or sends it a new invitation. Answers
/// with the account after it: its state decides the actions offered next.
#[server(prefix = "/api", endpoint = "account_action")]
pub async fn act_on_account(
    #[server(default)] id: Option<String>,
    #[server(default)] action: String,
    #[server(default)] lang: Option<String>,
) -> Result<AccountSummary, AppError> {
    use crate::model::{AccountAction, Role};
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let id = record_id(id.as_deref())?.ok_or(AppError::NotFound)?;
    let action = AccountAction::parse(&action).ok_or(AppError::NotFound)?;
    let backend = crate::backend::backend()?;
    backend.account_action(&secretary, id, action).await?;
    super::session::return_done::<ActOnAccount>(lang.as_deref(), |lang| {
        crate::paths::admin_account(lang, id)
    });
    account_now(backend.as_ref(), &secretary, id).await
}

/// Account `id` as it is now, after a change: what the secretary's page shows of it next.
#[cfg(feature = "ssr")]
async fn account_now(
    backend: &dyn crate::backend::Backend,
    secretary: &crate::model::CurrentUser,
    id: i32,
) -> Result<AccountSummary, AppError> {
    backend
        .accounts(secretary)
        .await?
        .into_iter()
        .find(|account| account.id == id)
        .ok_or(AppError::NotFound)
}

/// Secretary only: erases the person behind account `id`, once `confirm` says the secretary means it.
/// Answers with the account as erasure left it: a number in place of the name.
#[server(prefix = "/api", endpoint = "erase_account")]
pub async fn erase_account(
    #[server(default)] id: Option<String>,
    #[server(default)] confirm: Option<String>,
    #[server(default)] lang: Option<String>,
) -> Result<AccountSummary, AppError> {
    use crate::error::FieldError;
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let id = record_id(id.as_deref())?.ok_or(AppError::NotFound)?;
    if confirm.as_deref() != Some("yes") {
        return Err(AppError::Validation(vec![FieldError::new(
            "confirm",
            "admin-users-error-erase-confirm",
        )]));
    }
    let backend = crate::backend::backend()?;
    backend.erase_account(&secretary, id).await?;
    super::session::return_done::<EraseAccount>(lang.as_deref(), |lang| {
        crate::paths::admin_account(lang, id)
    });
    account_now(backend.as_ref(), &secretary, id).await
}

/// Secretary only: every city with what refers to it.
#[server(prefix = "/api", endpoint = "cities", input = server_fn::codec::GetUrl)]
pub async fn load_cities() -> Result<Vec<CitySummary>, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    crate::backend::backend()?.city_registry(&secretary).await
}

/// Secretary only: adds a city (`original` empty) or changes city `original`.
#[server(prefix = "/api", endpoint = "save_city")]
pub async fn save_city(
    #[server(default)] original: Option<String>,
    #[server(default)] form: crate::model::CityForm,
    #[server(default)] lang: Option<String>,
) -> Result<i32, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let original = record_id(original.as_deref())?;
    let city = form.check().map_err(AppError::Validation)?;
    let id = crate::backend::backend()?
        .save_city(&secretary, original, city)
        .await?;
    // A changed city's form stays open; a new one leaves the form empty for the next.
    super::session::return_done::<SaveCity>(lang.as_deref(), |lang| match original {
        Some(_) => crate::paths::admin_city(lang, id),
        None => crate::paths::admin_cities(lang),
    });
    Ok(id)
}

/// Secretary only: retires city `id` (`retire` is `true`) or reinstates it.
#[server(prefix = "/api", endpoint = "retire_city")]
pub async fn retire_city(
    #[server(default)] id: Option<String>,
    #[server(default)] retire: String,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let id = record_id(id.as_deref())?.ok_or(AppError::NotFound)?;
    let retired = match retire.as_str() {
        "true" => true,
        "false" => false,
        _ => return Err(AppError::NotFound),
    };
    crate::backend::backend()?
        .retire_city(&secretary, id, retired)
        .await?;
    super::session::return_done::<RetireCity>(lang.as_deref(), |lang| {
        crate::paths::admin_city(lang, id)
    });
    Ok(())
}

/// The signed-in person's own name and mail language.
#[server(prefix = "/api", endpoint = "update_profile")]
pub async fn update_profile(
    #[server(default)] form: crate::model::ProfileForm,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    let person = super::session::current_user()
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let profile = form.check().map_err(AppError::Validation)?;
    crate::backend::backend()?
        .update_profile(&person, profile)
        .await?;
    super::session::return_done::<UpdateProfile>(lang.as_deref(), crate::paths::account);
    Ok(())
}

/// The signed-in person's new password, after the current one; every other session of the account
/// ends, this one stays.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(
    #[server(default)] current: String,
    #[server(default)] password: String,
    #[server(default)] confirmation: String,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use super::session::{client_address, session, sign_in};
    use crate::error::FieldError;
    use crate::model::NewPassword;
    let person = super::session::current_user()
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let password = NewPassword::parse(&password, &confirmation)
        .map_err(|key| AppError::Validation(vec![FieldError::new("password", key)]))?;
    let client = client_address().await?;
    let account = crate::backend::backend()?
        .change_password(&person, &current, password, client)
        .await?;
    sign_in(&session().await?, account).await?;
    super::session::return_done::<ChangePassword>(lang.as_deref(), crate::paths::account);
    Ok(())
}

/// Public: mails a link to choose a new password when the address has an account. The answer is
/// the same whether or not it has.
#[server(prefix = "/api", endpoint = "forgot_password")]
pub async fn forgot_password(
    #[server(default)] email: String,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    let client = super::session::client_address().await?;
    crate::backend::backend()?
        .request_password_reset(&email, client)
        .await?;
    super::session::return_to(lang.as_deref(), crate::paths::forgot_password_sent);
    Ok(())
}

/// Public, guarded by the token: chooses the password of an invited account, or a new one.
#[server(prefix = "/api", endpoint = "set_password")]
pub async fn set_password(
    token: String,
    password: String,
    confirmation: String,
) -> Result<(), AppError> {
    use crate::error::FieldError;
    use crate::model::NewPassword;
    let password = NewPassword::parse(&password, &confirmation)
        .map_err(|key| AppError::Validation(vec![FieldError::new("password", key)]))?;
    crate::backend::backend()?
        .set_password(&token, password)
        .await
}

/// Public: what the privacy notice names for this installation.
#[server(prefix = "/api", endpoint = "privacy", input = server_fn::codec::GetUrl)]
pub async fn privacy_facts() -> Result<crate::model::PrivacyFacts, AppError> {
    Ok(crate::backend::backend()?.privacy())
}
