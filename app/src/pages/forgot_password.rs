//! `/{lang}/forgot-password`: a person who forgot their password asks for a link by e-mail. The
//! page answers the same whether or not the address has an account.

use crate::api::accounts::ForgotPassword;
use crate::components::{
    field_error, refusal_of, ErrorSummary, FormRegion, PostForm, SignInEmailField, SuccessPanel,
};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// `?sent=1` is where the form leads without JavaScript.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let query = use_query_map();
    let sent = query.with_untracked(|map| map.get_str("sent").is_some());
    view! { <ForgotPasswordForm sent/> }
}

#[component]
fn ForgotPasswordForm(sent: bool) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<ForgotPassword>());
    let body = if sent {
        view! { <SuccessPanel key="password-forgot-sent" testid="reset-sent"/> }.into_any()
    } else {
        view! {
            <p>{i18n.tr("password-forgot-lead")}</p>
            <ErrorSummary error/>
            <PostForm action=ForgotPassword::PATH attr:class="form" attr:novalidate=true>
                <SignInEmailField error=Signal::derive(move || field_error(error.get(), "email"))/>
                <button type="submit" class="button">{i18n.tr("password-forgot-submit")}</button>
            </PostForm>
        }
        .into_any()
    };
    view! {
        <Title text=move || i18n.t("password-forgot-title")/>
        <div class="narrow">
            <FormRegion id="forgot-password">
                <h1>{i18n.tr("password-forgot-title")}</h1>
                {body}
            </FormRegion>
            <p><a href=i18n.href("/login")>{i18n.tr("password-forgot-back")}</a></p>
        </div>
    }
}
