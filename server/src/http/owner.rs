//! Every poll of a request starts with no current reactive owner on its thread.
//!
//! Leptos keeps "the current owner" in a thread-local. Rendering a page makes the page's root owner
//! current and leaves it set on the worker thread when that poll ends; a request polled next on the
//! same thread then created its own owner (a server function's, a static file's) as a child of the
//! page's. The request could read the page's context (its nonce, its request parts), and, worse, when
//! the page's last holder let go on another thread while this request walked up to the page looking
//! for a context, dropping the page's owner cleaned up the request's owner under the read lock the walk
//! held: that worker thread deadlocked for good on its own lock, and the request running on it was
//! never answered. This was the mixed load's unanswered request (about one in 40,000, seen in a thread
//! dump of the hung server).

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use leptos::prelude::Owner;
use std::future::Future;

/// Clears the thread's current owner before each poll of the rest of the request, so that the owners
/// Leptos creates for it have no parent but its own, and after it, so that what the thread polls next
/// outside any request's middleware (response bodies, the jobs) does not start under it either.
pub async fn without_stray_owner(request: Request, next: Next) -> Response {
    let mut answer = std::pin::pin!(next.run(request));
    std::future::poll_fn(|context| {
        forget_current_owner();
        let poll = answer.as_mut().poll(context);
        forget_current_owner();
        poll
    })
    .await
}

fn forget_current_owner() {
    if let Some(owner) = Owner::current() {
        owner.unset();
    }
}
