use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The GOV.UK error summary: shown above a form after a failed submit, focused so that screen readers
/// announce it, with a link to each field that needs attention.
#[component]
pub fn ErrorSummary(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if error.with(Option::is_some) {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        error.get().map(|error| {
            let items = if error.field_errors().is_empty() {
                vec![view! { <li>{i18n.t(error.message_key())}</li> }.into_any()]
            } else {
                error
                    .field_errors()
                    .iter()
                    .map(|field| {
                        view! {
                            <li>
                                <a href=format!("#field-{}", field.field)>{i18n.t(&field.key)}</a>
                            </li>
                        }
                        .into_any()
                    })
                    .collect()
            };
            view! {
                <div class="error-summary" role="alert" tabindex="-1" node_ref=node>
                    <h2 class="error-summary__title">{i18n.tr("error-summary-title")}</h2>
                    <ul class="error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}

/// The translation key of the error for `field` in the last result of a form, if any.
pub fn field_error(error: Option<AppError>, field: &str) -> Option<String> {
    error.and_then(|error| {
        error
            .field_errors()
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.key.clone())
    })
}
