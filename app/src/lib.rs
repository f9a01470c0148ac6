//! Pieteikums: the application shared by the server (`ssr`) and the browser (`hydrate`).
//!
//! Pages are rendered on the server, and a link or a form post loads the next page from it. Only the
//! parts that react in the browser (countdowns, live status, the forms that save by themselves) are
//! islands (`#[island]`), and only they are compiled into the browser's WASM. They are one module,
//! cached after the first page: split into chunks loaded on demand, they arrived on a slow phone as a
//! waterfall of small files that took longer than the whole (README, Performance).

// Leptos views are deeply nested types; the release WASM build needs more room to lay them out.
#![recursion_limit = "256"]

pub mod api;
#[cfg(feature = "ssr")]
pub mod backend;
pub mod components;
pub mod error;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod paths;
pub mod session_context;

use components::{NotFoundPage, SiteFooter, SiteHeader};
use i18n::{provide_i18n, Lang};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Html, MetaTags};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::{path, SsrMode};
use model::application::FormKind;
use pages::{
    AccountPage, AdminAuditPage, AdminCitiesPage, AdminCyclesPage, AdminMembersPage,
    AdminRemindersPage, AdminUsersPage, ApplicationsPage, AttachmentsPage, BoardPage,
    BoardReportsPage, CheckAnswersPage, ConflictsPage, ForgotPasswordPage, LandingPage, LoginPage,
    MembersPage, NetworkPage, OutboxPage, PrivacyPage, ReportDeskPage, ReportsPage, ReviewDeskPage,
    SectionPage, SetPasswordPage, SubmittedPage, TaskListPage,
};

/// The HTML document around the app, rendered only on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Page/>
        </Router>
    }
}

/// Everything inside the router: the language comes from the URL, so it is known here. Pages render
/// whole before the first byte (`SsrMode::Async`): their HTTP status can depend on what they load, and
/// they are complete for a browser that has not run the WASM yet.
#[component]
fn Page() -> impl IntoView {
    let i18n = provide_i18n();
    session_context::provide_session();
    // The islands' words, fetched from the page's head at once, beside the WASM (`translations.js`).
    #[cfg(feature = "ssr")]
    let translations = view! {
        <leptos_meta::Link
            rel="preload"
            href=i18n::translations_path(i18n.lang())
            as_="fetch"
            crossorigin="anonymous"
        />
    };
    #[cfg(not(feature = "ssr"))]
    let translations = ();
    view! {
        <Html {..} lang=move || i18n.lang().code()/>
        {translations}
        <SiteHeader/>
        <main id="main" class="page" tabindex="-1">
            <Routes fallback=NotFoundPage>
                <ParentRoute path=path!("/:lang") view=LanguageScope>
                    <Route path=path!("") view=LandingPage ssr=SsrMode::Async/>
                    <Route path=path!("login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/users") view=AdminUsersPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/cities") view=AdminCitiesPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/audit") view=AdminAuditPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/outbox") view=OutboxPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/cycles") view=AdminCyclesPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/members") view=AdminMembersPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/reminders") view=AdminRemindersPage ssr=SsrMode::Async/>
                    <Route path=path!("network") view=NetworkPage ssr=SsrMode::Async/>
                    <Route path=path!("members") view=MembersPage ssr=SsrMode::Async/>
                    <Route path=path!("privacy") view=PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("set-password/:token") view=SetPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("board") view=BoardPage ssr=SsrMode::Async/>
                    <Route path=path!("board/reports") view=BoardReportsPage ssr=SsrMode::Async/>
                    <Route path=path!("board/conflicts") view=ConflictsPage ssr=SsrMode::Async/>
                    <Route path=path!("board/reports/:id") view=ReportDeskPage ssr=SsrMode::Async/>
                    <Route path=path!("board/:id") view=ReviewDeskPage ssr=SsrMode::Async/>
                    <Route path=path!("apply") view=ApplicationsPage ssr=SsrMode::Async/>
                    <Route path=path!("apply/:id") view=|| view! { <TaskListPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("apply/:id/check") view=|| view! { <CheckAnswersPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("apply/:id/submitted") view=|| view! { <SubmittedPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("apply/:id/attachments") view=|| view! { <AttachmentsPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("apply/:id/:section") view=|| view! { <SectionPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("report") view=ReportsPage ssr=SsrMode::Async/>
                    <Route path=path!("report/:id") view=|| view! { <TaskListPage kind=FormKind::Report/> } ssr=SsrMode::Async/>
                    <Route path=path!("report/:id/check") view=|| view! { <CheckAnswersPage kind=FormKind::Report/> } ssr=SsrMode::Async/>
                    <Route path=path!("report/:id/submitted") view=|| view! { <SubmittedPage kind=FormKind::Report/> } ssr=SsrMode::Async/>
                    <Route path=path!("report/:id/attachments") view=|| view! { <AttachmentsPage kind=FormKind::Report/> } ssr=SsrMode::Async/>
                    <Route path=path!("report/:id/:section") view=|| view! { <SectionPage kind=FormKind::Report/> } ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </main>
        <SiteFooter/>
        <HydrationMark/>
    }
}

/// Leptos hydrates islands one after another in document order, so this one, last on the page, marks
/// the moment every island reacts to input (end-to-end tests wait for it).
#[island]
fn HydrationMark() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if let Some(body) = document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}

/// Pages exist only under a language we speak; any other first segment is a 404.
#[component]
fn LanguageScope() -> impl IntoView {
    let params = use_params_map();
    let known = move || {
        params
            .read()
            .get("lang")
            .and_then(|code| Lang::parse(&code))
            .is_some()
    };
    view! {
        <Show when=known fallback=NotFoundPage>
            <Outlet/>
        </Show>
    }
}
