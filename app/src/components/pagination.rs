//! Links to the previous and next pages of a long list, as plain links that keep the list's filters,
//! so that paging works without JavaScript and every page is an address.

use crate::i18n::{translate_with, use_i18n, Arg};
use leptos::prelude::*;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a query value escapes: everything but letters, digits and the marks a URL leaves as they are.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// `base` with `pairs` as its query string.
pub fn with_query(base: &str, pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return base.to_owned();
    }
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(key, value)| format!("{key}={}", utf8_percent_encode(value, VALUE)))
        .collect();
    format!("{base}?{}", encoded.join("&"))
}

/// Nothing when everything fits on one page; else "Page 2 of 5" between the links. `link` makes the
/// address of a page; `label_key` names the list for assistive technology.
#[component]
pub fn Pagination(
    page: u32,
    pages: u32,
    link: impl Fn(u32) -> String + Send + Sync + 'static,
    label_key: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    if pages <= 1 {
        return ().into_any();
    }
    let previous = (page > 1).then(|| {
        view! { <a class="pagination__link" rel="prev" href=link(page - 1)>{i18n.tr("board-page-previous")}</a> }
    });
    let next = (page < pages).then(|| {
        view! { <a class="pagination__link" rel="next" href=link(page + 1)>{i18n.tr("board-page-next")}</a> }
    });
    view! {
        <nav class="pagination" aria-label=move || i18n.t(label_key)>
            {previous}
            <span data-testid="page">
                {move || translate_with(
                    i18n.lang(),
                    "board-page",
                    &[("page", Arg::Number(page.into())), ("pages", Arg::Number(pages.into()))],
                )}
            </span>
            {next}
        </nav>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_string_is_encoded_and_left_out_when_empty() {
        assert_eq!(with_query("/lv/board", &[]), "/lv/board");
        assert_eq!(
            with_query(
                "/lv/board",
                &[("q", "Cēsis 2".into()), ("sort", "last_activity".into())]
            ),
            "/lv/board?q=C%C4%93sis%202&sort=last_activity"
        );
    }
}
