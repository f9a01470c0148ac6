//! The site's tables of records: a table on a wide screen, a card per row below 768 px.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A table whose headings are the translations of `columns`. Its rows name each cell's column in
/// `data-label`, which a phone shows in place of the headings.
#[component]
pub fn StackedTable(
    columns: &'static [&'static str],
    /// Classes added to the table's own.
    #[prop(optional)]
    class: &'static str,
    /// Read by screen readers only; the page's heading says it to everyone else.
    #[prop(optional)]
    caption: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let headings = columns
        .iter()
        .map(|key| view! { <th scope="col">{i18n.tr(key)}</th> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class=format!("table table--stacked {class}")>
                {caption.map(|key| view! { <caption class="visually-hidden">{i18n.tr(key)}</caption> })}
                <thead>
                    <tr>{headings}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
