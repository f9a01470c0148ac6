use crate::api::accounts::SetPassword;
use crate::components::{
    done_of, field_error, refusal_of, ErrorSummary, FormRegion, NewPasswordFields, PostForm,
};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use server_fn::ServerFn;

/// Where an invited person chooses their password through the one-time link in their e-mail.
#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = params.read_untracked().get("token").unwrap_or_default();
    view! { <SetPasswordForm token/> }
}

#[component]
fn SetPasswordForm(token: String) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<SetPassword>());
    let body = if done_of::<SetPassword>() {
        view! {
            <div class="panel panel--success" role="status" tabindex="-1" autofocus>
                <p>{i18n.tr("password-done")}</p>
                <p><a class="button" href=i18n.href("/login")>{i18n.tr("nav-login")}</a></p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <ErrorSummary error/>
            <PostForm action=SetPassword::PATH attr:class="form" attr:novalidate=true>
                <input type="hidden" name="token" value=token/>
                <NewPasswordFields error=Signal::derive(move || field_error(error.get(), "password"))/>
                <button type="submit" class="button">{i18n.tr("password-submit")}</button>
            </PostForm>
        }
        .into_any()
    };
    view! {
        <Title text=move || i18n.t("password-title")/>
        <div class="narrow">
            <FormRegion id="set-password">
                <h1>{i18n.tr("password-title")}</h1>
                {body}
            </FormRegion>
        </div>
    }
}
