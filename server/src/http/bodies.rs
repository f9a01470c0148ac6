//! A request whose body the handler never read (a refusal made before the form was parsed: a path
//! that names no file, a missing session) leaves hyper no choice but to close the connection once
//! the response is out, and by then the response's head has promised to keep it open. A client that
//! sends its next request on that connection in the moment gets no answer at all (the fuzz test met
//! it once). Such a response now says `Connection: close`, so that the client opens a new one.

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use http_body::{Frame, SizeHint};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

/// A request body that notes when it has been read to its end.
struct Tracked {
    inner: Body,
    ended: Arc<AtomicBool>,
}

impl HttpBody for Tracked {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        if matches!(polled, Poll::Ready(None)) || self.inner.is_end_stream() {
            self.ended.store(true, Ordering::Relaxed);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

pub async fn close_if_unread(request: Request, next: Next) -> Response {
    if request.body().is_end_stream() {
        return next.run(request).await;
    }
    let ended = Arc::new(AtomicBool::new(false));
    let request = request.map(|inner| {
        Body::new(Tracked {
            inner,
            ended: Arc::clone(&ended),
        })
    });
    let mut response = next.run(request).await;
    if !ended.load(Ordering::Relaxed) {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::post;
    use axum::Router;
    use tower::ServiceExt;

    async fn connection_header(router: Router, body: &'static str) -> Option<HeaderValue> {
        let router = router.layer(axum::middleware::from_fn(close_if_unread));
        let request = Request::post("/").body(Body::from(body)).unwrap();
        let response = router.oneshot(request).await.unwrap();
        response.headers().get(header::CONNECTION).cloned()
    }

    #[tokio::test]
    async fn a_body_left_unread_closes_the_connection_and_a_read_one_keeps_it() {
        let refused = Router::new().route("/", post(|| async { "refused unread" }));
        assert_eq!(
            connection_header(refused, "x=1").await,
            Some(HeaderValue::from_static("close"))
        );
        let read = Router::new().route("/", post(|body: String| async move { body }));
        assert_eq!(connection_header(read, "x=1").await, None);
        let empty = Router::new().route("/", post(|| async { "nothing to read" }));
        assert_eq!(connection_header(empty, "").await, None);
    }
}
