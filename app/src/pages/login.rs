use crate::api::auth::Login;
use crate::components::{ErrorSummary, FormPost, PostForm, TextField};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// E-mail and password sign-in. A failed attempt says only that the pair is not right. The action lives
/// in the page so that, without JavaScript, the error the server put in the address reaches it.
#[island]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let login = FormPost::new::<Login>();
    let error = Signal::derive(move || login.value().get().and_then(Result::err));
    view! {
        <Title text=move || i18n.t("login-title")/>
        <div class="narrow">
            <h1>{i18n.tr("login-title")}</h1>
            <ErrorSummary error/>
            <PostForm post=login attr:class="form" attr:novalidate=true>
                <input type="hidden" name="lang" value=move || i18n.lang().code()/>
                <TextField
                    name="email"
                    label_key="login-email"
                    input_type="email"
                    autocomplete="username"
                    inputmode="email"
                />
                <TextField
                    name="password"
                    label_key="login-password"
                    input_type="password"
                    autocomplete="current-password"
                />
                <button type="submit" class="button" disabled=move || login.pending().get()>
                    {i18n.tr("login-submit")}
                </button>
            </PostForm>
            <p><a href=move || i18n.href("/forgot-password")>{i18n.tr("login-forgot")}</a></p>
            <p class="muted">{i18n.tr("login-help")}</p>
        </div>
    }
}
