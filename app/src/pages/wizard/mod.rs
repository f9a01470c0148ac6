//! The wizard of the city's forms (the application, and a member's progress report): the city's list
//! of each, a form's task list, one page per section, check your answers, and the confirmation. Every
//! page takes the form it shows (its kind and id), so both forms are the same pages.

mod attachments;
mod check;
mod section;
mod task_list;

pub use attachments::AttachmentsPage;
pub(crate) use attachments::{FileList, UploadForm, UploadOutcome};
pub(crate) use check::AnswerSections;
pub use check::{CheckAnswersPage, SubmittedPage};
pub use section::SectionPage;
pub(crate) use task_list::RequestedChanges;
pub use task_list::TaskListPage;

use crate::api::applications::{
    load_draft, my_applications, my_reports, StartApplication, StartReport,
};
use crate::api::cycles::current_cycle;
use crate::components::{
    refusal_of, CountdownLabel, ErrorPanel, ErrorSummary, LiveCountdown, LiveRegion, PostButton,
    WindowNotice,
};
use crate::error::AppError;
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{Edit, FormDraft, FormKind, FormRef, Timing};
use crate::model::{ApplicationStatus, LiveTopic, WindowPhase};
use crate::paths;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use server_fn::ServerFn;

/// The `:id` in the address. Pages hand it to their island, which runs in the browser without the
/// router.
pub(crate) fn id_in_address() -> Option<i32> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
}

/// The form of `kind` whose `:id` is in the address.
fn form_in_address(kind: FormKind) -> Option<FormRef> {
    id_in_address().map(|id| FormRef { kind, id })
}

/// A wizard page that shows a form: the route's component, which reads the id (an application's
/// unless told `kind`), loads the form and draws `$body` with it on the server.
macro_rules! draft_page {
    ($(#[$doc:meta])* $page:ident, $body:ident) => {
        $(#[$doc])*
        #[component]
        pub fn $page(#[prop(optional)] kind: $crate::model::application::FormKind) -> impl IntoView {
            use $crate::pages::wizard::WithDraft;
            let form = $crate::pages::wizard::form_in_address(kind);
            view! { <WithDraft form page=|draft| view! { <$body draft/> }/> }
        }
    };
}
use draft_page;

/// Loads the form named by the address and shows `page` with it, or the reason it cannot be shown
/// (not signed in; not found, which is also the answer for another city's id).
#[component]
fn WithDraft<F, V>(form: Option<FormRef>, page: F) -> impl IntoView
where
    F: Fn(FormDraft) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let draft = Resource::new(
        || (),
        move |_| async move {
            let form = form.ok_or(AppError::NotFound)?;
            load_draft(form.kind, form.id).await
        },
    );
    view! {
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || {
                let page = page.clone();
                draft.get().map(move |result| match result {
                    Ok(draft) => page(draft).into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                })
            }}
        </Suspense>
    }
}

/// When the form may be sent: an application's window, or a report's due date, each counting down.
#[component]
fn DraftNotice(timing: Timing, now: DateTime<Utc>) -> impl IntoView {
    match timing {
        Timing::Window(cycle) => view! { <WindowNotice cycle server_now=now/> }.into_any(),
        Timing::Due(due) => view! {
            <aside class="window-notice">
                <LiveCountdown deadline=due server_now=now label=CountdownLabel::ReportDueIn/>
            </aside>
        }
        .into_any(),
    }
}

/// A status as a coloured tag.
#[component]
pub(crate) fn StatusTag(status: ApplicationStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <strong class=format!("tag tag--{}", status.as_str()) data-testid="status">
            {i18n.tr(status.label_key())}
        </strong>
    }
}

/// "Last edited by … at …", when anyone has saved anything yet.
#[component]
fn LastEdit(edit: Option<Edit>) -> impl IntoView {
    let i18n = use_i18n();
    edit.map(|edit| {
        view! {
            <p class="muted" data-testid="last-edit">
                {move || translate_with(
                    i18n.lang(),
                    "wizard-last-edit",
                    &[
                        ("name", Arg::Text(edit.by.clone())),
                        ("datetime", Arg::Text(crate::model::format_wall_clock(i18n.lang(), edit.at.riga))),
                    ],
                )}
            </p>
        }
    })
}

/// `/{lang}/apply`: the city's applications, and the way to start this cycle's. Drawn by the server;
/// the list follows the city's applications live. Starting is a plain form post, which the server
/// answers by sending the browser to the new application's task list (or back, with the reason).
#[component]
pub fn ApplicationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(
        || (),
        |_| async { Ok::<_, AppError>((my_applications().await?, current_cycle().await?)) },
    );
    let error = Signal::stored(refusal_of::<StartApplication>());
    view! {
        <Title text=i18n.t("apply-title")/>
        <h1>{i18n.tr("apply-title")}</h1>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || data.get().map(|result| match result {
                Ok((applications, cycle_now)) => {
                    let cycle = cycle_now.cycle.clone();
                    let can_start = cycle.as_ref().is_some_and(|cycle| {
                        cycle.phase(cycle_now.now) != WindowPhase::Closed
                            && !applications.iter().any(|a| {
                                a.cycle_year == cycle.year && a.status != ApplicationStatus::Withdrawn
                            })
                    });
                    let items = applications
                        .into_iter()
                        .map(|application| FormItem {
                            href: paths::task_list(i18n.lang(), FormRef::application(application.id)),
                            name: translate_with(
                                i18n.lang(),
                                "apply-application-of",
                                &[
                                    ("city", Arg::Text(application.city)),
                                    ("year", Arg::Text(application.cycle_year.to_string())),
                                ],
                            ),
                            status: application.status,
                        })
                        .collect();
                    view! {
                        {cycle.map(|cycle| view! { <WindowNotice cycle server_now=cycle_now.now/> })}
                        <ErrorSummary error/>
                        <FormList kind=FormKind::Application items/>
                        {can_start.then(|| view! {
                            <p>{i18n.tr("apply-start-hint")}</p>
                            <PostButton action=StartApplication::PATH label_key="apply-start"/>
                        })}
                    }
                    .into_any()
                }
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

/// One of the city's forms in its list.
struct FormItem {
    href: String,
    name: String,
    status: ApplicationStatus,
}

/// The city's forms of one kind, each with its status; redrawn when one of them changes.
#[component]
fn FormList(kind: FormKind, items: Vec<FormItem>) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|item| {
            view! {
                <li class="application-list__item">
                    <a href=item.href>{item.name}</a>
                    " "
                    <StatusTag status=item.status/>
                </li>
            }
        })
        .collect_view();
    view! {
        <LiveRegion id=format!("{}s", kind.as_str()) topic=LiveTopic::Forms(kind)>
            <ul class="application-list">{rows}</ul>
        </LiveRegion>
    }
}

/// `/{lang}/report`: a member city's progress reports, and the one it owes next with its countdown and
/// the way to start it. A city that is not a member is told so. Drawn by the server as the
/// applications' list is.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| my_reports());
    let error = Signal::stored(refusal_of::<StartReport>());
    view! {
        <Title text=i18n.t("report-title")/>
        <h1>{i18n.tr("report-title")}</h1>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || data.get().map(|result| match result {
                Ok(mine) if !mine.member => view! {
                    <p class="panel" data-testid="membership-missing">{i18n.tr("report-not-member")}</p>
                }
                .into_any(),
                Ok(mine) => {
                    let begun_owed = mine.owed.is_some_and(|owed| {
                        mine.reports.iter().any(|report| report.period_year == owed.period_year)
                    });
                    let items = mine
                        .reports
                        .into_iter()
                        .map(|report| FormItem {
                            href: paths::task_list(i18n.lang(), FormRef::report(report.id)),
                            name: translate_with(
                                i18n.lang(),
                                "report-of",
                                &[
                                    ("city", Arg::Text(report.city)),
                                    ("year", Arg::Text(report.period_year.to_string())),
                                ],
                            ),
                            status: report.status,
                        })
                        .collect();
                    let owed = mine.owed.map(|owed| {
                        let heading = translate_with(
                            i18n.lang(),
                            "report-owed",
                            &[("year", Arg::Text(owed.period_year.to_string()))],
                        );
                        view! {
                            <section class="panel" data-testid="owed-report">
                                <h2>{heading}</h2>
                                <LiveCountdown deadline=owed.due server_now=mine.now label=CountdownLabel::ReportDueIn/>
                                {(!begun_owed).then(|| view! {
                                    <p>{i18n.tr("report-start-hint")}</p>
                                    <PostButton action=StartReport::PATH label_key="report-start"/>
                                })}
                            </section>
                        }
                    });
                    view! {
                        <ErrorSummary error/>
                        {owed}
                        <FormList kind=FormKind::Report items/>
                    }
                    .into_any()
                }
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}
