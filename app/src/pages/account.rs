use crate::components::{role_label, DeadlineList, ErrorPanel};
use crate::error::AppError;
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::session_context::use_session;
use leptos::prelude::*;
use leptos_meta::Title;

/// The signed-in person's own page: who they are to the system.
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
                    }
                    .into_any()
                }
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}
