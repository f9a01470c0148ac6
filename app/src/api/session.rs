//! Who is calling: the session cookie resolved to an account, and the role checks built on it.

use crate::backend::backend;
use crate::error::AppError;
use crate::model::{CurrentUser, Role};
use tower_sessions::Session;

/// The session key holding the signed-in account's id.
pub const USER_ID: &str = "user_id";

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>()
        .await
        .map_err(|error| AppError::internal("session", &error))
}

/// The signed-in account, or `None` for a visitor or an account that has since been removed.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    let session = session().await?;
    let id = session
        .get::<i32>(USER_ID)
        .await
        .map_err(|error| session_error("session-read", error))?;
    match id {
        Some(id) => backend()?.user(id).await,
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

/// Where a form posted without JavaScript goes next: it carries its page's language, and the browser is
/// sent to the page `to` names in that language. A script's call carries none and gets the answer.
pub fn return_to(lang: Option<&str>, to: impl FnOnce(crate::i18n::Lang) -> String) {
    if let Some(lang) = lang.and_then(crate::i18n::Lang::parse) {
        leptos_axum::redirect(&to(lang));
    }
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
