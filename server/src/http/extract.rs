//! The account behind a plain HTTP route (file transfers, live events), for handlers outside the
//! server functions.

use super::language::preferred;
use super::AppState;
use app::api::session::account_of;
use app::i18n::Lang;
use app::model::CurrentUser;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// The reader of a route that anyone may use, signed in or not, and the language to answer in.
pub struct Reader {
    pub lang: Lang,
    pub user: Option<CurrentUser>,
}

impl FromRequestParts<AppState> for Reader {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let lang = preferred(&parts.headers);
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let user = match account_of(&session).await.ok().flatten() {
            Some(account) => state.backend.user(account).await.ok().flatten(),
            None => None,
        };
        Ok(Reader { lang, user })
    }
}

/// The signed-in account and the language to answer in; without a session, the answer is the way to
/// the login page.
pub struct SignedIn {
    pub lang: Lang,
    pub user: CurrentUser,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Reader { lang, user } = Reader::from_request_parts(parts, state).await?;
        match user {
            Some(user) => Ok(SignedIn { lang, user }),
            None => Err(Redirect::to(&format!("/{}/login", lang.code())).into_response()),
        }
    }
}
