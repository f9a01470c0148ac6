use crate::api::accounts::{ChangePassword, UpdateProfile};
use crate::components::{
    field_error, hydrated, role_label, DeadlineList, ErrorPanel, ErrorSummary, FormPost, PostForm,
    SelectField, TextField,
};
use crate::error::AppError;
use crate::i18n::{translate, translate_with, use_i18n, Arg, Lang};
use crate::paths;
use crate::session_context::use_session;
use leptos::prelude::*;
use leptos_meta::Title;

/// The signed-in person's own page: who they are to the system, their deadlines, and their name,
/// mail language and password to change.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <Title text=move || i18n.t("account-title")/>
        <h1>{i18n.tr("account-title")}</h1>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || session.user.get().map(|result| match result.and_then(|u| u.ok_or(AppError::Unauthenticated)) {
                Ok(user) => {
                    let name = user.full_name.clone();
                    let (full_name, language) = (user.full_name.clone(), user.language);
                    view! {
                        <p class="lead" data-testid="welcome">
                            {move || translate_with(i18n.lang(), "account-welcome", &[("name", Arg::Text(name.clone()))])}
                        </p>
                        <dl class="summary-list">
                            <div>
                                <dt>{i18n.tr("account-role")}</dt>
                                <dd data-testid="role">{role_label(user.role)}</dd>
                            </div>
                            {user.city.map(|city| view! {
                                <div><dt>{i18n.tr("account-city")}</dt><dd>{city.name}</dd></div>
                            })}
                            <div>
                                <dt>{i18n.tr("account-email")}</dt>
                                <dd>{user.email}</dd>
                            </div>
                        </dl>
                        <DeadlineList/>
                        <OwnAccountForms full_name language/>
                        <section class="narrow">
                            <h2>{i18n.tr("account-data-heading")}</h2>
                            <p>{i18n.tr("account-data-hint")}</p>
                            <p><a class="button button--secondary" href=paths::OWN_DATA download="" data-testid="own-data">{i18n.tr("account-data-download")}</a></p>
                        </section>
                    }
                    .into_any()
                }
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

/// The person's name and mail language, and a new password. Changing the password ends every other
/// session of the account.
#[island]
fn OwnAccountForms(full_name: String, language: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let scripted = hydrated();
    let profile = FormPost::new::<UpdateProfile>();
    let password = FormPost::new::<ChangePassword>();
    let profile_error = Signal::derive(move || profile.value().get().and_then(Result::err));
    let password_error = Signal::derive(move || password.value().get().and_then(Result::err));
    let done = |key: &'static str, ok: Signal<bool>| {
        move || {
            ok.get().then(|| view! { <div class="panel panel--success" role="status"><p>{i18n.tr(key)}</p></div> })
        }
    };
    let profile_saved = done(
        "account-profile-saved",
        Signal::derive(move || matches!(profile.value().get(), Some(Ok(())))),
    );
    let password_changed = done(
        "account-password-changed",
        Signal::derive(move || matches!(password.value().get(), Some(Ok(())))),
    );
    let languages = Lang::ALL
        .into_iter()
        .map(|option| view! { <option value=option.code() selected=option == language>{translate(option, "language-name")}</option> })
        .collect_view();
    view! {
        <section class="narrow">
            <h2>{i18n.tr("account-profile-heading")}</h2>
            {profile_saved}
            <ErrorSummary error=profile_error/>
            <PostForm post=profile attr:class="form" attr:novalidate=true>
                <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                <TextField name="full_name" input_name="form[full_name]" label_key="account-full-name" autocomplete="name" value=full_name error=Signal::derive(move || field_error(profile_error.get(), "full_name"))/>
                <SelectField name="language" label_key="account-mail-language" hint_key="account-mail-language-hint" error=Signal::derive(move || field_error(profile_error.get(), "language"))>
                    {languages}
                </SelectField>
                <button type="submit" class="button" disabled=move || profile.pending().get()>{i18n.tr("account-profile-save")}</button>
            </PostForm>
        </section>
        <section class="narrow">
            <h2>{i18n.tr("account-password-heading")}</h2>
            <p class="muted">{i18n.tr("account-password-hint")}</p>
            {password_changed}
            <ErrorSummary error=password_error/>
            <PostForm post=password attr:class="form" attr:novalidate=true>
                <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                <TextField name="current" label_key="account-current-password" input_type="password" autocomplete="current-password" error=Signal::derive(move || field_error(password_error.get(), "current"))/>
                <TextField name="password" label_key="password-new" hint_key="password-hint" input_type="password" autocomplete="new-password" error=Signal::derive(move || field_error(password_error.get(), "password"))/>
                <TextField name="confirmation" label_key="password-confirm" input_type="password" autocomplete="new-password"/>
                <button type="submit" class="button" disabled=move || password.pending().get()>{i18n.tr("account-password-save")}</button>
            </PostForm>
        </section>
    }
}
