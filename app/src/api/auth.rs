use crate::error::AppError;
use crate::model::CurrentUser;
use leptos::prelude::*;

/// Signs in with e-mail and password. The session id is replaced on success so that an id planted
/// before sign-in is worthless afterwards; failures say nothing about whether the account exists.
#[server(prefix = "/api", endpoint = "login")]
pub async fn login(email: String, password: String, lang: String) -> Result<(), AppError> {
    use super::session::{session, session_error, USER_ID};
    use crate::i18n::Lang;
    use axum::extract::ConnectInfo;
    use std::net::SocketAddr;

    let client = leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map_err(|error| AppError::internal("client-address", &error))?
        .0
        .ip();
    let user = crate::backend::backend()?
        .authenticate(&email, &password, client)
        .await?;
    let session = session().await?;
    session
        .cycle_id()
        .await
        .map_err(|error| session_error("session-cycle", error))?;
    session
        .insert(USER_ID, user.id)
        .await
        .map_err(|error| session_error("session-write", error))?;
    let lang = Lang::parse(&lang).unwrap_or(user.language);
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
