//! Tells a page that a form post went through. A form posted as a page posts it (by the browser
//! without JavaScript, or by the page's own script asking for the same answer) is sent back to the
//! page it came from when its server function names no page of its own: with `__path` and `__err`
//! when the function refused it, and so far with nothing when it did not. This adds
//! `__done={function's path}` then, so the page can say the post was taken, and drops the `__done` of
//! an earlier post that the page's address still carried. A function that names the page to go to
//! marks that address itself (`app::paths::with_done`) when the page should say so.

use app::paths::DONE;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use url::Url;

const REFUSED: &str = "__err";

pub async fn mark_done(request: Request, next: Next) -> Response {
    let posted_as_page = request.method() == Method::POST
        && super::is_server_function(request.uri().path())
        && request
            .headers()
            .get(header::ACCEPT)
            .and_then(|accept| accept.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"));
    if !posted_as_page {
        return next.run(request).await;
    }
    let function = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if !response.status().is_redirection() {
        return response;
    }
    // The way back to the page a post came from is its `Referer`, a whole address; a page a function
    // names is a path.
    let back = response
        .headers()
        .get(header::LOCATION)
        .and_then(|location| location.to_str().ok())
        .and_then(|location| Url::parse(location).ok());
    if let Some(marked) = back.and_then(|back| marked(back, &function)) {
        response.headers_mut().insert(header::LOCATION, marked);
    }
    response
}

/// The way `back` to a page, without an earlier post's `__done`, and with `__done={function}` when
/// this post went through.
fn marked(mut back: Url, function: &str) -> Option<HeaderValue> {
    let kept: Vec<(String, String)> = back
        .query_pairs()
        .filter(|(key, _)| key != DONE)
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    let refused = kept.iter().any(|(key, _)| key == REFUSED);
    {
        let mut query = back.query_pairs_mut();
        query.clear();
        query.extend_pairs(&kept);
        if !refused {
            query.append_pair(DONE, function);
        }
    }
    if back.query() == Some("") {
        back.set_query(None);
    }
    HeaderValue::from_str(back.as_str()).ok()
}

#[cfg(test)]
mod tests {
    use super::marked;
    use url::Url;

    fn mark(back: &str, function: &str) -> String {
        marked(Url::parse(back).unwrap(), function)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn a_post_that_went_through_is_named_on_the_way_back() {
        assert_eq!(
            mark("http://site/lv/set-password/abc", "/api/set_password"),
            "http://site/lv/set-password/abc?__done=%2Fapi%2Fset_password"
        );
    }

    #[test]
    fn only_the_last_post_is_named() {
        assert_eq!(
            mark("http://site/lv/account?__done=%2Fapi%2Fx&tab=1", "/api/y"),
            "http://site/lv/account?tab=1&__done=%2Fapi%2Fy"
        );
    }

    #[test]
    fn a_refused_post_keeps_its_reason_and_loses_an_earlier_done() {
        assert_eq!(
            mark(
                "http://site/lv/admin/cities?__done=%2Fapi%2Fx&__path=%2Fapi%2Fy&__err=abc",
                "/api/y"
            ),
            "http://site/lv/admin/cities?__path=%2Fapi%2Fy&__err=abc"
        );
    }
}
