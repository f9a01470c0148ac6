use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::application::field_id;
use leptos::prelude::*;

/// The GOV.UK error summary: shown above a form after a failed submit, focused so that screen readers
/// announce it, with a link to each field that needs attention (which a [`super::FormRegion`] makes
/// move the focus to the field).
#[component]
pub fn ErrorSummary(
    #[prop(into)] error: Signal<Option<AppError>>,
    /// Names the field behind a field path, so that a short message like "This is required." says
    /// which question it is about.
    #[prop(optional)]
    label_of: Option<Callback<String, Option<String>>>,
    /// Where each field's link points, when the fields are on another page.
    #[prop(optional)]
    link_of: Option<Callback<String, String>>,
    /// A standing list shown on arrival rather than the answer to an action: not focused, not an alert.
    #[prop(optional)]
    standing: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|error| {
            let items = if error.field_errors().is_empty() {
                vec![view! { <li>{error.message(i18n.lang())}</li> }.into_any()]
            } else {
                error
                    .field_errors()
                    .iter()
                    .map(|field| {
                        let message = i18n.t(&field.key);
                        let text = match label_of.and_then(|label| label.run(field.field.clone())) {
                            Some(label) => format!("{label}: {message}"),
                            None => message,
                        };
                        let href = match link_of {
                            Some(link) => link.run(field.field.clone()),
                            None => format!("#{}", field_id(&field.field)),
                        };
                        view! {
                            <li>
                                <a href=href>{text}</a>
                            </li>
                        }
                        .into_any()
                    })
                    .collect()
            };
            view! {
                <div
                    class="error-summary"
                    role=(!standing).then_some("alert")
                    tabindex="-1"
                    autofocus=!standing
                >
                    <h2 class="error-summary__title">{i18n.tr("error-summary-title")}</h2>
                    <ul class="error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}

/// Moves the focus to the field itself, as a screen-reader or keyboard user needs: following the link
/// alone would only scroll to it.
#[cfg(feature = "hydrate")]
pub(crate) fn focus_by_id(id: &str, event: &leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let field = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        event.prevent_default();
        field.scroll_into_view();
        let _ = field.focus();
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
