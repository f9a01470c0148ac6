use crate::api::accounts::SetPassword;
use crate::components::{field_error, ErrorSummary, FormPost, PostForm, TextField};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// Where an invited person chooses their password through the one-time link in their e-mail.
#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = params.read_untracked().get("token").unwrap_or_default();
    view! { <SetPasswordForm token/> }
}

#[island]
fn SetPasswordForm(token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = FormPost::new::<SetPassword>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=move || i18n.t("password-title")/>
        <div class="narrow">
            <h1>{i18n.tr("password-title")}</h1>
            <Show
                when=done
                fallback=move || {
                    let token = token.clone();
                    view! {
                    <ErrorSummary error/>
                    <PostForm post=action attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="token" value=token/>
                        <TextField
                            name="password"
                            label_key="password-new"
                            hint_key="password-hint"
                            input_type="password"
                            autocomplete="new-password"
                            error=Signal::derive(move || field_error(error.get(), "password"))
                        />
                        <TextField
                            name="confirmation"
                            label_key="password-confirm"
                            input_type="password"
                            autocomplete="new-password"
                        />
                        <button type="submit" class="button" disabled=move || action.pending().get()>
                            {i18n.tr("password-submit")}
                        </button>
                    </PostForm>
                    }
                }
            >
                <div class="panel panel--success" role="status">
                    <p>{i18n.tr("password-done")}</p>
                    <p><a class="button" href=move || i18n.href("/login")>{i18n.tr("nav-login")}</a></p>
                </div>
            </Show>
        </div>
    }
}
