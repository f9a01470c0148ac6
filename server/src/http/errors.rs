//! Gives server-function errors their real HTTP status. The server-function layer answers every error
//! with 500, including a person's mistakes and arguments that do not even decode; the body is always an
//! encoded `AppError`, which knows its status (401, 403, 422, 429, …). And the session layer's own
//! answer when it cannot save a session becomes the site's translated 503.

use super::language::preferred;
use app::error::AppError;
use app::i18n::translate;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Server-function error bodies are small; anything larger is left as it is.
const MAX_ERROR_BODY: usize = 64 * 1024;

pub async fn error_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response
            .headers()
            .contains_key(server_fn::error::SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = error.status();
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Marks a response as the site's own, made inside the session layer.
#[derive(Clone, Copy)]
struct Answered;

/// Inside the session layer: every response that reaches it is marked as the site's.
pub async fn mark_answered(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response.extensions_mut().insert(Answered);
    response
}

/// Outside the session layer: a 500 without the mark is the session layer's, made when it could not
/// save a session (the database is away, e.g. in the moment a sign-in succeeded). The person reads
/// the same translated 503 as for every other request then, not an empty page.
pub async fn session_unavailable(request: Request, next: Next) -> Response {
    let lang = preferred(request.headers());
    let response = next.run(request).await;
    if response.status() == StatusCode::INTERNAL_SERVER_ERROR
        && response.extensions().get::<Answered>().is_none()
    {
        let error = AppError::Unavailable;
        return (error.status(), translate(lang, error.message_key())).into_response();
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use axum::Router;
    use tower::ServiceExt;

    /// What the session layer does when the store fails: drops the site's answer for a bare 500.
    async fn store_failed(request: Request, next: Next) -> Response {
        let _ = next.run(request).await;
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    }

    async fn status_and_text(router: Router) -> (StatusCode, String) {
        let request = Request::get("/")
            .header("accept-language", "en")
            .body(Body::empty())
            .unwrap();
        let response = router.oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = to_bytes(response.into_body(), MAX_ERROR_BODY)
            .await
            .unwrap();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn a_session_that_cannot_be_saved_is_the_translated_503() {
        let router = Router::new()
            .route("/", get(|| async { "signed in" }))
            .layer(axum::middleware::from_fn(mark_answered))
            .layer(axum::middleware::from_fn(store_failed))
            .layer(axum::middleware::from_fn(session_unavailable));
        let (status, text) = status_and_text(router).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(text.contains("unavailable for a moment"), "{text}");
    }

    #[tokio::test]
    async fn the_sites_own_500_passes_unchanged() {
        let router = Router::new()
            .route(
                "/",
                get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "reference 7") }),
            )
            .layer(axum::middleware::from_fn(mark_answered))
            .layer(axum::middleware::from_fn(session_unavailable));
        assert_eq!(
            status_and_text(router).await,
            (StatusCode::INTERNAL_SERVER_ERROR, "reference 7".to_owned())
        );
    }
}
