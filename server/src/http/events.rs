//! `GET /events`: the live events of `live`, streamed to an open page as server-sent events.

use super::extract::SignedIn;
use super::AppState;
use app::model::application::{FormKind, FormRef};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use tokio_stream::StreamExt;

/// How often an idle stream sends a comment. A closed page is noticed only when writing to it fails
/// (the second write after it went), so this also bounds how long a page that was closed still
/// counts as open: at most two intervals.
const KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(5);

/// `GET /events`: the signed-in person's live events. Browsers reconnect by themselves; a page that
/// reconnects, or fell behind and got `Resync`, reads what it shows again. `?viewing={id}&kind={kind}`
/// comes from the review page of an application (the kind said or not) or a progress report: while
/// the stream lasts, the others there see who has it open.
pub async fn stream(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    signed_in: Result<SignedIn, Response>,
) -> Response {
    let Ok(SignedIn { user, .. }) = signed_in else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let kind = match query.get("kind") {
        Some(kind) => FormKind::parse(kind),
        None => Some(FormKind::Application),
    };
    let viewed = query
        .get("viewing")
        .and_then(|id| id.parse::<i32>().ok())
        .zip(kind)
        .map(|(id, kind)| FormRef { kind, id });
    // Heard from before the reader is counted there, so that the page hears its own arrival and asks
    // who is there once its stream is open: whoever came while it was still loading is then shown.
    let events = state.events.heard_by(user.clone());
    let mut viewing = None;
    if let Some(form) = viewed {
        // The same check as for asking who is there: the Commission, never a recused reviewer.
        if state.backend.viewers(&user, form).await.is_ok() {
            viewing = Some(state.events.viewing(form, &user));
        }
    }
    let open = OpenStream::counted();
    let events = events.map(move |event| {
        // Owned by the stream, so that the page counts as open exactly as long as its stream.
        let _viewing = &viewing;
        let _open = &open;
        Event::default().json_data(&event)
    });
    Sse::new(futures_util::StreamExt::take_until(
        events,
        state.events.closed(),
    ))
    .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
    .into_response()
}

/// One open stream in the metrics, for as long as it lives.
struct OpenStream;

impl OpenStream {
    fn counted() -> Self {
        metrics::gauge!(crate::telemetry::LIVE_STREAMS).increment(1.0);
        OpenStream
    }
}

impl Drop for OpenStream {
    fn drop(&mut self) {
        metrics::gauge!(crate::telemetry::LIVE_STREAMS).decrement(1.0);
    }
}
