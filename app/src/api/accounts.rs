use crate::error::AppError;
use crate::model::{AccountSummary, CityRef, InvitationForm};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Everything the secretary's accounts page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountsOverview {
    pub accounts: Vec<AccountSummary>,
    pub cities: Vec<CityRef>,
}

/// Secretary only.
#[server(prefix = "/api", endpoint = "accounts", input = server_fn::codec::GetUrl)]
pub async fn load_accounts() -> Result<AccountsOverview, AppError> {
    use crate::model::Role;
    super::session::require_role(&[Role::CommissionSecretary]).await?;
    let backend = crate::backend::backend()?;
    Ok(AccountsOverview {
        accounts: backend.accounts().await?,
        cities: backend.cities().await?,
    })
}

/// Secretary only: opens an account and mails its set-password link. Returns the invited address.
#[server(prefix = "/api", endpoint = "invite")]
pub async fn invite_account(form: InvitationForm) -> Result<String, AppError> {
    use crate::model::{Invitation, Role};
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let invitation = Invitation::try_from(&form).map_err(AppError::Validation)?;
    let email = invitation.email.as_str().to_owned();
    crate::backend::backend()?
        .invite(&secretary, invitation)
        .await?;
    Ok(email)
}

/// Public, guarded by the token: chooses the password of an invited account.
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
