use crate::api::accounts::{ChangePassword, UpdateProfile};
use crate::components::{
    done_of, field_error, refusal_of, role_label, DeadlineList, ErrorPanel, ErrorSummary,
    FormRegion, NewPasswordFields, PostForm, SelectField, SuccessPanel, TextField,
};
use crate::error::AppError;
use crate::i18n::{translate, translate_with, use_i18n, Arg, Lang};
use crate::paths;
use crate::session_context::use_session;
use leptos::prelude::*;
use leptos_meta::Title;
use server_fn::ServerFn;

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
#[component]
fn OwnAccountForms(full_name: String, language: Lang) -> impl IntoView {
    let profile_error = Signal::stored(refusal_of::<UpdateProfile>());
    let password_error = Signal::stored(refusal_of::<ChangePassword>());
    let problem = |error: Signal<Option<AppError>>, field: &'static str| {
        Signal::derive(move || field_error(error.get(), field))
    };
    let languages = Lang::ALL
        .into_iter()
        .map(|option| view! { <option value=option.code() selected=option == language>{translate(option, "language-name")}</option> })
        .collect_view();
    let i18n = use_i18n();
    view! {
        <FormRegion id="own-account">
            <section class="narrow">
                <h2>{i18n.tr("account-profile-heading")}</h2>
                {done_of::<UpdateProfile>().then(|| view! { <SuccessPanel key="account-profile-saved"/> })}
                <ErrorSummary error=profile_error/>
                <PostForm action=UpdateProfile::PATH attr:class="form" attr:novalidate=true>
                    <TextField name="full_name" input_name="form[full_name]" label_key="account-full-name" autocomplete="name" value=full_name error=problem(profile_error, "full_name")/>
                    <SelectField name="language" label_key="account-mail-language" hint_key="account-mail-language-hint" error=problem(profile_error, "language")>
                        {languages}
                    </SelectField>
                    <button type="submit" class="button">{i18n.tr("account-profile-save")}</button>
                </PostForm>
            </section>
            <section class="narrow">
                <h2>{i18n.tr("account-password-heading")}</h2>
                <p class="muted">{i18n.tr("account-password-hint")}</p>
                {done_of::<ChangePassword>().then(|| view! { <SuccessPanel key="account-password-changed"/> })}
                <ErrorSummary error=password_error/>
                <PostForm action=ChangePassword::PATH attr:class="form" attr:novalidate=true>
                    <TextField name="current" label_key="account-current-password" input_type="password" autocomplete="current-password" error=problem(password_error, "current")/>
                    <NewPasswordFields error=problem(password_error, "password")/>
                    <button type="submit" class="button">{i18n.tr("account-password-save")}</button>
                </PostForm>
            </section>
        </FormRegion>
    }
}
