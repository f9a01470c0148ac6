use crate::error::AppError;
use crate::model::CurrentUser;
use leptos::prelude::*;

/// Signs in with e-mail and password. The session id is replaced on success so that an id planted
/// before sign-in is worthless afterwards; failures say nothing about whether the account exists.
#[server(prefix = "/api", endpoint = "login")]
pub async fn login(email: String, password: String, lang: String) -> Result<(), AppError> {
    use super::session::{client_address, session, sign_in};
    use crate::i18n::Lang;

    let client = client_address().await?;
    let (account, language) = crate::backend::backend()?
        .authenticate(&email, &password, client)
        .await?;
    sign_in(&session().await?, account).await?;
    let lang = Lang::parse(&lang).unwrap_or(language);
    leptos_axum::redirect(&format!("/{}/account", lang.code()));
    Ok(())
}

/// Ends the session everywhere it is stored.
#[server(prefix = "/api", endpoint = "logout")]
pub async fn logout(lang: String) -> Result<(), AppError> {
    use super::session::{session, session_error};
    use crate::i18n::Lang;
    session()
        .await?
        .flush()
        .await
        .map_err(|error| session_error("session-flush", error))?;
    let lang = Lang::parse(&lang).unwrap_or_default();
    leptos_axum::redirect(&format!("/{}", lang.code()));
    Ok(())
}

/// The signed-in account, or `None`. A GET so that pages can read it during server rendering.
#[server(prefix = "/api", endpoint = "me", input = server_fn::codec::GetUrl)]
pub async fn me() -> Result<Option<CurrentUser>, AppError> {
    super::session::current_user().await
}
