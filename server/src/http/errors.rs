//! Gives server-function errors their real HTTP status. The server-function layer answers every error
//! with 500, including a person's mistakes and arguments that do not even decode; the body is always an
//! encoded `AppError`, which knows its status (401, 403, 422, 429, …). The session layer's own
//! answer when it cannot save a session becomes the site's translated 503, and so does a request that
//! runs past its time limit.

use super::language::preferred;
use app::error::AppError;
use app::i18n::{translate, Lang};
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

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

/// How long a request may take to be answered: `request` for most, `upload` for a file sent in a form.
/// A live stream answers at once and then streams, so its open connection is not bound by either.
#[derive(Clone, Copy, Debug)]
pub struct TimeLimits {
    pub request: Duration,
    pub upload: Duration,
}

/// Stops a request that runs past its limit (its work is dropped, so an open transaction rolls back)
/// and answers the translated 503: as an encoded error to a script, as text to a page.
pub async fn time_limit(
    State(limits): State<TimeLimits>,
    request: Request,
    next: Next,
) -> Response {
    let limit = if is_upload(request.method(), request.headers()) {
        limits.upload
    } else {
        limits.request
    };
    let lang =
        Lang::from_path(request.uri().path()).unwrap_or_else(|| preferred(request.headers()));
    let script = super::is_server_function(request.uri().path());
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(%method, %path, seconds = limit.as_secs(), "request stopped at its time limit");
            let error = AppError::TimedOut;
            if script {
                let body = serde_json::to_vec(&error).unwrap_or_default();
                (
                    error.status(),
                    [
                        (header::CONTENT_TYPE, "application/json"),
                        (
                            header::HeaderName::from_static(
                                server_fn::error::SERVER_FN_ERROR_HEADER,
                            ),
                            path.as_str(),
                        ),
                    ],
                    body,
                )
                    .into_response()
            } else {
                (error.status(), translate(lang, error.message_key())).into_response()
            }
        }
    }
}

fn is_upload(method: &Method, headers: &HeaderMap) -> bool {
    method == Method::POST
        && headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("multipart/form-data"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::{get, post};
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

    fn limited(router: Router) -> Router {
        router.layer(axum::middleware::from_fn_with_state(
            TimeLimits {
                request: Duration::from_millis(200),
                upload: Duration::from_secs(5),
            },
            time_limit,
        ))
    }

    #[tokio::test]
    async fn a_handler_that_would_hang_is_answered_in_the_pages_language() {
        let router = limited(
            Router::new().route("/{lang}/board", get(std::future::pending::<&'static str>)),
        );
        let request = Request::get("/ru/board").body(Body::empty()).unwrap();
        let started = std::time::Instant::now();
        let response = router.oneshot(request).await.unwrap();
        assert!(started.elapsed() < Duration::from_secs(2));
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let text = to_bytes(response.into_body(), MAX_ERROR_BODY)
            .await
            .unwrap();
        assert!(
            String::from_utf8_lossy(&text).contains("Сервер слишком долго"),
            "{text:?}"
        );
    }

    #[tokio::test]
    async fn a_script_reads_the_encoded_error_and_an_upload_has_longer() {
        let router = limited(
            Router::new()
                .route("/api/save", post(std::future::pending::<&'static str>))
                .route(
                    "/files/applications/{id}",
                    post(|| async {
                        tokio::time::sleep(Duration::from_millis(400)).await;
                        "stored"
                    }),
                ),
        );
        let response = router
            .clone()
            .oneshot(Request::post("/api/save").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(response
            .headers()
            .contains_key(server_fn::error::SERVER_FN_ERROR_HEADER));
        let body = to_bytes(response.into_body(), MAX_ERROR_BODY)
            .await
            .unwrap();
        assert_eq!(
            serde_json::from_slice::<AppError>(&body).unwrap(),
            AppError::TimedOut
        );
        let upload = Request::post("/files/applications/7")
            .header("content-type", "multipart/form-data; boundary=x")
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            router.oneshot(upload).await.unwrap().status(),
            StatusCode::OK
        );
    }
}
