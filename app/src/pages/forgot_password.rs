//! `/{lang}/forgot-password`: a person who forgot their password asks for a link by e-mail. The
//! page answers the same whether or not the address has an account.

use crate::api::accounts::ForgotPassword;
use crate::components::{field_error, hydrated, ErrorSummary, FormPost, PostForm, TextField};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `?sent=1` is where the form leads without JavaScript.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let query = use_query_map();
    let sent = query.with_untracked(|map| map.get_str("sent").is_some());
    view! { <ForgotPasswordForm sent/> }
}

#[island]
fn ForgotPasswordForm(sent: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let scripted = hydrated();
    let action = FormPost::new::<ForgotPassword>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = move || sent || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=move || i18n.t("password-forgot-title")/>
        <div class="narrow">
            <h1>{i18n.tr("password-forgot-title")}</h1>
            <Show
                when=done
                fallback=move || view! {
                    <p>{i18n.tr("password-forgot-lead")}</p>
                    <ErrorSummary error/>
                    <PostForm post=action attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                        <TextField
                            name="email"
                            label_key="login-email"
                            input_type="email"
                            autocomplete="username"
                            inputmode="email"
                            error=Signal::derive(move || field_error(error.get(), "email"))
                        />
                        <button type="submit" class="button" disabled=move || action.pending().get()>
                            {i18n.tr("password-forgot-submit")}
                        </button>
                    </PostForm>
                }
            >
                <div class="panel panel--success" role="status" data-testid="reset-sent">
                    <p>{i18n.tr("password-forgot-sent")}</p>
                </div>
            </Show>
            <p><a href=move || i18n.href("/login")>{i18n.tr("password-forgot-back")}</a></p>
        </div>
    }
}
