use crate::api::auth::Login;
use crate::components::{
    refusal_of, ErrorSummary, FormRegion, PostForm, SignInEmailField, TextField,
};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use server_fn::ServerFn;

/// E-mail and password sign-in. A failed attempt says only that the pair is not right. The action lives
/// in the page so that, without JavaScript, the error the server put in the address reaches it.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<Login>());
    view! {
        <Title text=move || i18n.t("login-title")/>
        <div class="narrow">
            <FormRegion id="sign-in">
                <h1>{i18n.tr("login-title")}</h1>
                <ErrorSummary error/>
                <PostForm action=Login::PATH attr:class="form" attr:novalidate=true>
                    <SignInEmailField/>
                    <TextField
                        name="password"
                        label_key="login-password"
                        input_type="password"
                        autocomplete="current-password"
                    />
                    <button type="submit" class="button">{i18n.tr("login-submit")}</button>
                </PostForm>
                <p><a href=i18n.href("/forgot-password")>{i18n.tr("login-forgot")}</a></p>
                <p class="muted">{i18n.tr("login-help")}</p>
            </FormRegion>
        </div>
    }
}
