//! The application wizard: the city's applications, an application's task list, one page per section,
//! check your answers, and the confirmation.

mod attachments;
mod check;
mod section;

pub use attachments::AttachmentsPage;
pub(crate) use attachments::FileList;
pub(crate) use check::AnswerSections;
pub use check::{CheckAnswersPage, SubmittedPage};
pub use section::SectionPage;

use crate::api::applications::{load_application, my_applications, StartApplication};
use crate::api::cycles::current_cycle;
use crate::components::{live_revision, ErrorPanel, ErrorSummary, LiveIndicator, WindowNotice};
use crate::error::AppError;
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{field_id, ApplicationDraft, Edit, Section, SectionState};
use crate::model::{ApplicationStatus, LiveEvent, WindowPhase};
use crate::paths;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The application's `:id` in the address. Pages hand it to their island, which runs in the browser
/// without the router.
pub(crate) fn application_id() -> Option<i32> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
}

/// A wizard page whose whole body is an island that shows the application and follows its changes:
/// the route's component, which reads the id, and the island.
macro_rules! live_draft_page {
    ($(#[$doc:meta])* $page:ident, $island:ident, $body:ident) => {
        $(#[$doc])*
        #[component]
        pub fn $page() -> impl IntoView {
            let id = $crate::pages::wizard::application_id();
            view! { <$island id/> }
        }

        #[island(lazy)]
        fn $island(id: Option<i32>) -> impl IntoView {
            use $crate::pages::wizard::WithDraft;
            view! { <WithDraft id live=true page=|draft| view! { <$body draft/> }/> }
        }
    };
}
use live_draft_page;

/// Loads the application named by the address's `:id` and shows `page` with it, or the reason it
/// cannot be shown (not signed in; not found, which is also the answer for another city's id).
/// A `live` page loads it again whenever it changes on the server; a section page does not, because
/// it holds what the person is typing.
#[component]
fn WithDraft<F, V>(id: Option<i32>, page: F, #[prop(optional)] live: bool) -> impl IntoView
where
    F: Fn(ApplicationDraft) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let revision = live_revision(
        move |event| matches!(event, LiveEvent::ApplicationChanged { id: changed, .. } if Some(*changed) == id),
    );
    let draft = Resource::new(
        move || live.then(|| revision.get()),
        move |_| async move { load_application(id.ok_or(AppError::NotFound)?).await },
    );
    // A transition, so that a live reload swaps the page in place rather than blanking it.
    view! {
        <Transition fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || {
                let page = page.clone();
                draft.get().map(move |result| match result {
                    Ok(draft) => page(draft).into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                })
            }}
        </Transition>
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
                        ("datetime", Arg::Text(crate::components::format_wall_clock(i18n.lang(), edit.at.riga))),
                    ],
                )}
            </p>
        }
    })
}

/// `/{lang}/apply`: the city's applications, and the way to start this cycle's.
#[island(lazy)]
pub fn ApplicationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let start = ServerAction::<StartApplication>::new();
    // Only the city's own events reach it, so any change is one of its applications.
    let revision = live_revision(|event| matches!(event, LiveEvent::ApplicationChanged { .. }));
    let data = Resource::new(
        move || revision.get(),
        |_| async { Ok::<_, AppError>((my_applications().await?, current_cycle().await?)) },
    );
    let error = Signal::derive(move || start.value().get().and_then(Result::err));
    view! {
        <Title text=move || i18n.t("apply-title")/>
        <h1>{i18n.tr("apply-title")}</h1>
        <Transition fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || data.get().map(|result| match result {
                Ok((applications, cycle_now)) => {
                    let cycle = cycle_now.cycle.clone();
                    let can_start = cycle.as_ref().is_some_and(|cycle| {
                        cycle.phase(cycle_now.now) != WindowPhase::Closed
                            && !applications.iter().any(|a| {
                                a.cycle_year == cycle.year && a.status != ApplicationStatus::Withdrawn
                            })
                    });
                    let rows = applications
                        .into_iter()
                        .map(|application| {
                            let href = paths::task_list(i18n.lang(), application.id);
                            let year = application.cycle_year.to_string();
                            view! {
                                <li class="application-list__item">
                                    <a href=href>
                                        {move || translate_with(
                                            i18n.lang(),
                                            "apply-application-of",
                                            &[
                                                ("city", Arg::Text(application.city.clone())),
                                                ("year", Arg::Text(year.clone())),
                                            ],
                                        )}
                                    </a>
                                    " "
                                    <StatusTag status=application.status/>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        {cycle.map(|cycle| view! { <WindowNotice cycle server_now=cycle_now.now/> })}
                        <ErrorSummary error/>
                        <ul class="application-list">{rows}</ul>
                        <Show when=move || can_start>
                            <p>{i18n.tr("apply-start-hint")}</p>
                            <ActionForm action=start attr:class="form">
                                <input type="hidden" name="lang" value=move || i18n.lang().code()/>
                                <button type="submit" class="button" disabled=move || start.pending().get()>
                                    {i18n.tr("apply-start")}
                                </button>
                            </ActionForm>
                        </Show>
                    }
                    .into_any()
                }
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Transition>
    }
}

live_draft_page!(
    /// `/{lang}/apply/{id}`: the task list, each section with its state, and overall progress.
    TaskListPage,
    TaskListIsland,
    TaskList
);

#[component]
fn TaskList(draft: ApplicationDraft) -> impl IntoView {
    let i18n = use_i18n();
    let id = draft.id;
    let completed = draft.completed() as i64;
    let attachment_count = draft.attachments.len() as i64;
    let title = {
        let city = draft.city.clone();
        let year = draft.cycle.year.to_string();
        Signal::derive(move || {
            translate_with(
                i18n.lang(),
                "apply-application-of",
                &[
                    ("city", Arg::Text(city.clone())),
                    ("year", Arg::Text(year.clone())),
                ],
            )
        })
    };
    let tasks = Section::ALL
        .into_iter()
        .map(|section| {
            let state = draft.state(section);
            let tag = match state {
                SectionState::Complete => "tag--complete",
                SectionState::HasErrors => "tag--error",
                SectionState::InProgress => "tag--progress",
                SectionState::NotStarted => "tag--idle",
            };
            view! {
                <li class="task-list__item" data-testid=format!("task-{}", section.slug())>
                    <a class="task-list__link" href=paths::section(i18n.lang(), id, section)>
                        {i18n.tr(section.title_key())}
                    </a>
                    <strong class=format!("tag {tag}")>{i18n.tr(state.label_key())}</strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title/>
        <p class="caption">{i18n.tr("apply-title")}</p>
        <h1>{title}</h1>
        <p><StatusTag status=draft.status/> " " <LiveIndicator/></p>
        <WindowNotice cycle=draft.cycle.clone() server_now=draft.now/>
        <p class="lead" data-testid="progress">
            {move || translate_with(
                i18n.lang(),
                "wizard-progress",
                &[("done", Arg::Number(completed)), ("total", Arg::Number(Section::ALL.len() as i64))],
            )}
        </p>
        <p class="muted">{i18n.tr("wizard-answer-language")}</p>
        <LastEdit edit=draft.last_edit.clone()/>
        <RequestedChanges comments=draft.requested_changes.clone()/>
        {draft.endorsed.then(|| view! { <EndorsedPackage id status=draft.status/> })}
        <ol class="task-list">
            {tasks}
            <li class="task-list__item" data-testid="task-attachments">
                <a class="task-list__link" href=paths::attachments(i18n.lang(), id)>
                    {i18n.tr("attachments-title")}
                </a>
                <strong class="tag tag--idle">
                    {move || translate_with(
                        i18n.lang(),
                        "attachments-count",
                        &[("count", Arg::Number(attachment_count))],
                    )}
                </strong>
            </li>
            <li class="task-list__item">
                <a class="task-list__link" href=paths::check_answers(i18n.lang(), id)>
                    {i18n.tr("check-title")}
                </a>
            </li>
        </ol>
    }
}

/// The Commission's comments with its request for changes: on the task list all of them, each under the
/// section it concerns; on a section's page the ones about that section.
#[component]
pub(crate) fn RequestedChanges(
    comments: Vec<crate::model::CommentView>,
    #[prop(optional)] only: Option<Section>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown: Vec<_> = comments
        .into_iter()
        .filter(|comment| only.is_none() || comment.section == only)
        .collect();
    if shown.is_empty() {
        return ().into_any();
    }
    let items = shown
        .into_iter()
        .map(|comment| {
            let about = comment
                .section
                .filter(|_| only.is_none())
                .map(|section| view! { <strong>{i18n.tr(section.title_key())} ": "</strong> });
            view! { <li data-testid="requested-change">{about}{comment.body}</li> }
        })
        .collect_view();
    view! {
        <div class="panel panel--problem" data-testid="requested-changes">
            <h2>{i18n.tr("wizard-changes-heading")}</h2>
            <ul>{items}</ul>
        </div>
    }
    .into_any()
}

/// Once endorsed: the files that make the package for UIL, and, for a city that takes it to UIL
/// itself, the record that it did.
#[component]
fn EndorsedPackage(id: i32, status: ApplicationStatus) -> impl IntoView {
    use crate::api::board::Decide;
    let i18n = use_i18n();
    let decide = ServerAction::<Decide>::new();
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let can_record = status == ApplicationStatus::Endorsed;
    view! {
        <section class="panel panel--success" data-testid="endorsed-package">
            <h2>{i18n.tr("wizard-endorsed-heading")}</h2>
            <p>{i18n.tr("wizard-endorsed-text")}</p>
            <ul>
                <li><a href=paths::endorsement(id) download="">{i18n.tr("desk-endorsement-download")}</a></li>
                <li><a href=paths::printed(id) download="">{i18n.tr("desk-printed")}</a></li>
                <li><a href=paths::attachments(i18n.lang(), id)>{i18n.tr("attachments-title")}</a></li>
            </ul>
            <Show when=move || can_record>
                <ErrorSummary error/>
                <ActionForm action=decide attr:class="form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="lang" value=move || i18n.lang().code()/>
                    <input type="hidden" name="action" value="record_sent_by_city"/>
                    <div class="choice__item">
                        <input class="choice__input" type="checkbox" id=field_id("confirm") name="confirm" value="yes"/>
                        <label class="choice__label" for=field_id("confirm")>{i18n.tr("wizard-sent-confirm")}</label>
                    </div>
                    <button type="submit" class="button button--secondary">{i18n.tr("wizard-sent-record")}</button>
                </ActionForm>
            </Show>
        </section>
    }
}
