//! Who is calling: the session cookie resolved to an account, and the role checks built on it.

use crate::backend::backend;
use crate::error::AppError;
use crate::model::{CurrentUser, Role, SessionAccount};
use tower_sessions::Session;

/// The session key holding the signed-in account.
const ACCOUNT: &str = "account";

/// The account `session` is signed in as. A session that holds something else (written by an older
/// release) is a visitor's.
pub async fn account_of(session: &Session) -> Result<Option<SessionAccount>, AppError> {
    match session.get::<SessionAccount>(ACCOUNT).await {
        Ok(account) => Ok(account),
        Err(tower_sessions::session::Error::SerdeJson(_)) => Ok(None),
        Err(error) => Err(session_error("session-read", error)),
    }
}

/// Signs `session` in as `account`, under a new session id so that an id planted before is worthless.
pub async fn sign_in(session: &Session, account: SessionAccount) -> Result<(), AppError> {
    session
        .cycle_id()
        .await
        .map_err(|error| session_error("session-cycle", error))?;
    session
        .insert(ACCOUNT, account)
        .await
        .map_err(|error| session_error("session-write", error))
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>()
        .await
        .map_err(|error| AppError::internal("session", &error))
}

/// The signed-in account, or `None` for a visitor or an account that has since been removed.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    match account_of(&session().await?).await? {
        Some(account) => backend()?.user(account).await,
        None => Ok(None),
    }
}

/// The signed-in account if its role is one of `roles`.
pub async fn require_role(roles: &[Role]) -> Result<CurrentUser, AppError> {
    let user = current_user().await?.ok_or(AppError::Unauthenticated)?;
    if roles.contains(&user.role) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The address of the client that sent the request: what rate limits count by.
pub async fn client_address() -> Result<std::net::IpAddr, AppError> {
    use axum::extract::ConnectInfo;
    use std::net::SocketAddr;
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map(|info| info.0.ip())
        .map_err(|error| AppError::internal("client-address", &error))
}

/// Where a form posted without JavaScript goes next: it carries its page's language, and the browser is
/// sent to the page `to` names in that language. A script's call carries none and gets the answer.
pub fn return_to(lang: Option<&str>, to: impl FnOnce(crate::i18n::Lang) -> String) {
    if let Some(lang) = lang.and_then(crate::i18n::Lang::parse) {
        leptos_axum::redirect(&to(lang));
    }
}

/// The same, with the page told that server function `S` took the post (see `paths::with_done`), so
/// that it says so.
pub fn return_done<S: server_fn::ServerFn>(
    lang: Option<&str>,
    to: impl FnOnce(crate::i18n::Lang) -> String,
) {
    return_to(lang, |lang| crate::paths::with_done(to(lang), S::PATH));
}

/// A failure of the session store, which is the database: a backend that cannot answer makes the
/// request worth repeating in a moment; anything else is a fault to look into.
pub fn session_error(context: &str, error: tower_sessions::session::Error) -> AppError {
    use tower_sessions::{session, session_store};
    match error {
        session::Error::Store(session_store::Error::Backend(cause)) => {
            tracing::warn!(context, %cause, "session store out of reach");
            AppError::Unavailable
        }
        other => AppError::internal(context, &other),
    }
}
