use super::PostForm;
use crate::api::auth::Logout;
use crate::i18n::{translate, use_i18n, Lang};
use crate::model::Role;
use crate::session_context::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use server_fn::ServerFn;

/// The top of every page: the product's name, the main menu and the language switcher.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let menu = move || {
        session.user.get().map(|user| match user.ok().flatten() {
            Some(user) => {
                let admin = user.role.can_administer().then(|| {
                    view! {
                        <li><a href=i18n.href("/admin/users")>{i18n.tr("nav-admin-users")}</a></li>
                        <li><a href=i18n.href("/admin/cities")>{i18n.tr("nav-cities")}</a></li>
                        <li><a href=i18n.href("/admin/outbox")>{i18n.tr("nav-outbox")}</a></li>
                        <li><a href=i18n.href("/admin/cycles")>{i18n.tr("nav-cycles")}</a></li>
                        <li><a href=i18n.href("/admin/members")>{i18n.tr("nav-members")}</a></li>
                        <li><a href=i18n.href("/admin/reminders")>{i18n.tr("nav-reminders")}</a></li>
                        <li><a href=i18n.href("/admin/audit")>{i18n.tr("nav-audit")}</a></li>
                    }
                });
                let apply = (user.role == Role::CityApplicant).then(|| {
                    view! {
                        <li><a href=i18n.href("/apply")>{i18n.tr("nav-apply")}</a></li>
                        <li><a href=i18n.href("/report")>{i18n.tr("nav-report")}</a></li>
                    }
                });
                let board = user.role.is_commission().then(|| {
                    view! { <li><a href=i18n.href("/board")>{i18n.tr("nav-board")}</a></li> }
                });
                view! {
                    {apply}
                    {board}
                    <li><a href=i18n.href("/account")>{i18n.tr("nav-account")}</a></li>
                    {admin}
                    <li>
                        <PostForm action=Logout::PATH attr:class="inline-form">
                            <button type="submit" class="link-button">{i18n.tr("nav-logout")}</button>
                        </PostForm>
                    </li>
                }
                .into_any()
            }
            None => view! { <li><a href=i18n.href("/login")>{i18n.tr("nav-login")}</a></li> }.into_any(),
        })
    };
    view! {
        <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=move || i18n.href("")>
                    <span class="brand__name">{i18n.tr("app-name")}</span>
                    <span class="brand__org">{i18n.tr("app-commission")}</span>
                </a>
                // A phone folds the menu under one button; a wide screen shows it open, through the
                // stylesheet. A `<details>` needs no script, so the menu works before the WASM arrives.
                <details class="site-menu phone-fold">
                    <summary class="phone-fold__toggle">{i18n.tr("nav-menu")}</summary>
                    <nav class="site-nav" aria-label=move || i18n.t("nav-main")>
                        <ul>
                            <Transition fallback=|| ()>{menu}</Transition>
                        </ul>
                    </nav>
                </details>
                <LanguageSwitcher/>
            </div>
        </header>
    }
}

/// Links to the same page in each language, each named in its own language.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    view! {
        <nav class="language-switcher" aria-label=move || i18n.t("language-switcher-label")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        let href = move || {
                            format!(
                                "{}{}",
                                lang.switch_path(&location.pathname.get()),
                                location.search.get().trim().strip_prefix('?').map(|q| format!("?{q}")).unwrap_or_default(),
                            )
                        };
                        view! {
                            <li>
                                <a
                                    href=href
                                    hreflang=lang.code()
                                    lang=lang.code()
                                    aria-current=move || (i18n.lang() == lang).then_some("true")
                                >
                                    {translate(lang, "language-name")}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__org">{i18n.tr("app-commission")}</p>
                <nav aria-label=move || i18n.t("footer-nav")>
                    <ul class="site-footer__links">
                        <li><a href=move || i18n.href("/network")>{i18n.tr("footer-network")}</a></li>
                        <li><a href=move || i18n.href("/members")>{i18n.tr("footer-members")}</a></li>
                        <li><a href=move || i18n.href("/privacy")>{i18n.tr("footer-privacy")}</a></li>
                    </ul>
                </nav>
                <p>{i18n.tr("footer-address")}</p>
                <p>{i18n.tr("footer-contact")}</p>
            </div>
        </footer>
    }
}

/// The name of a role in the current language.
pub fn role_label(role: Role) -> impl Fn() -> String {
    let i18n = use_i18n();
    move || i18n.t(role.label_key())
}
