use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A whole-page problem (not signed in, not allowed, not found, …): a translated message, and on the
/// server the matching HTTP status so that crawlers and tests see it too.
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status());
    }
    let sign_in = matches!(error, AppError::Unauthenticated).then(|| {
        view! { <p><a class="button" href=i18n.href("/login")>{i18n.tr("nav-login")}</a></p> }
    });
    view! {
        <div class="panel panel--problem" role="alert">
            <p>{error.message(i18n.lang())}</p>
            {sign_in}
        </div>
    }
}

/// The translated "page not found" page, answered with HTTP 404.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <leptos_meta::Title text=move || i18n.t("not-found-title")/>
        <h1>{i18n.tr("not-found-title")}</h1>
        <p>{i18n.tr("not-found-text")}</p>
        <p><a href=move || i18n.href("")>{i18n.tr("not-found-home")}</a></p>
    }
}
