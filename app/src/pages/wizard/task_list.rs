//! A form's task list: each section with its state, the Commission's requested changes, and once the
//! application is endorsed, the package for UIL.

use super::{DraftNotice, LastEdit, StatusTag};
use crate::api::decisions::Decide;
use crate::components::{
    field_error, refusal_of, ConfirmField, ErrorSummary, FormRegion, LiveIndicator, LiveRegion,
    PostForm, TextAreaField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{field_id, FormDraft, FormRef, SectionState};
use crate::model::{ApplicationEvent, ApplicationStatus, LiveTopic};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use server_fn::ServerFn;

super::draft_page!(
    /// `/{lang}/apply/{id}`: the task list, each section with its state, and overall progress.
    TaskListPage,
    TaskList
);

#[component]
fn TaskList(draft: FormDraft) -> impl IntoView {
    let i18n = use_i18n();
    let form = draft.reference();
    let completed = draft.completed() as i64;
    let total = draft.sections().len() as i64;
    let attachment_count = draft.attachments.len() as i64;
    let title = draft.heading(i18n.lang());
    let tasks = draft
        .sections()
        .iter()
        .map(|&section| {
            let state = draft.state(section);
            let tag = match state {
                SectionState::Complete => "tag--complete",
                SectionState::HasErrors => "tag--error",
                SectionState::InProgress => "tag--progress",
                SectionState::NotStarted => "tag--idle",
            };
            view! {
                <li class="task-list__item" data-testid=format!("task-{}", section.slug())>
                    <a class="task-list__link" href=paths::section(i18n.lang(), form, section)>
                        {i18n.tr(section.title_key())}
                    </a>
                    <strong class=format!("tag {tag}")>{i18n.tr(state.label_key())}</strong>
                </li>
            }
        })
        .collect_view();
    let endorsed = draft.endorsed.then(|| {
        let scan = draft.signed_endorsement_file();
        view! { <EndorsedPackage id=draft.id status=draft.status scan/> }
    });
    // The forms come and go with the status, so they follow it with the rest; what is typed into
    // one is lost only when the status moves, which also ends what the form was for.
    view! {
        <Title text=title.clone()/>
        <p class="caption">{i18n.tr(draft.kind.title_key())} " " <LiveIndicator/></p>
        <h1>{title}</h1>
        <DraftNotice timing=draft.timing.clone() now=draft.now/>
        <LiveRegion id="form".to_owned() topic=LiveTopic::Form(form)>
            <p><StatusTag status=draft.status/></p>
            <p class="lead" data-testid="progress">
                {translate_with(
                    i18n.lang(),
                    "wizard-progress",
                    &[("done", Arg::Number(completed)), ("total", Arg::Number(total))],
                )}
            </p>
            <p class="muted">{i18n.tr("wizard-answer-language")}</p>
            <LastEdit edit=draft.last_edit.clone()/>
            <RequestedChanges comments=draft.requested_changes.clone()/>
            <ol class="task-list">
                {tasks}
                <li class="task-list__item" data-testid="task-attachments">
                    <a class="task-list__link" href=paths::attachments(i18n.lang(), form)>
                        {i18n.tr(draft.kind.attachments_key())}
                    </a>
                    <strong class="tag tag--idle">
                        {translate_with(
                            i18n.lang(),
                            "attachments-count",
                            &[("count", Arg::Number(attachment_count))],
                        )}
                    </strong>
                </li>
                <li class="task-list__item">
                    <a class="task-list__link" href=paths::check_answers(i18n.lang(), form)>
                        {i18n.tr(draft.kind.check_key())}
                    </a>
                </li>
            </ol>
            {endorsed}
            {draft.withdrawable.then(|| view! { <Withdrawal id=draft.id/> })}
        </LiveRegion>
    }
}

/// The Commission's comments with its request for changes: on the task list all of them, each under the
/// section it concerns; on a section's page the ones about that section.
#[component]
pub(crate) fn RequestedChanges(
    comments: Vec<crate::model::CommentView>,
    #[prop(optional)] only: Option<crate::model::application::Section>,
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
fn EndorsedPackage(
    id: i32,
    status: ApplicationStatus,
    scan: Option<crate::model::application::AttachmentSummary>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormRef::application(id);
    let error = Signal::stored(refusal_of::<Decide>());
    let record = (status == ApplicationStatus::Endorsed).then(|| {
        view! {
            <ErrorSummary error/>
            <PostForm action=Decide::PATH attr:class="form">
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="action" value="record_sent_by_city"/>
                <div class="choice__item">
                    <input class="choice__input" type="checkbox" id=field_id("confirm") name="confirm" value="yes"/>
                    <label class="choice__label" for=field_id("confirm")>{i18n.tr("wizard-sent-confirm")}</label>
                </div>
                <button type="submit" class="button button--secondary">{i18n.tr("wizard-sent-record")}</button>
            </PostForm>
        }
    });
    view! {
        <FormRegion id="endorsed-package">
            <section class="panel panel--success" data-testid="endorsed-package">
                <h2>{i18n.tr("wizard-endorsed-heading")}</h2>
                <p>{i18n.tr("wizard-endorsed-text")}</p>
                <ul>
                    {scan.map(|scan| view! {
                        <li data-testid="signed-endorsement-link">
                            <a href=paths::download(scan.id) download="">{i18n.tr("wizard-signed-endorsement")}</a>
                        </li>
                    })}
                    <li><a href=paths::endorsement(id) download="">{i18n.tr("desk-endorsement-download")}</a></li>
                    <li><a href=paths::printed(form) download="">{i18n.tr("desk-printed")}</a></li>
                    <li><a href=paths::attachments(i18n.lang(), form)>{i18n.tr("attachments-title")}</a></li>
                </ul>
                {record}
            </section>
        </FormRegion>
    }
}

/// The city's withdrawal, folded away below the tasks (and unfolded while it shows why the server
/// refused it): a reason the Commission is told, and an explicit confirmation.
#[component]
fn Withdrawal(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<Decide>());
    let problem =
        move |field: &'static str| Signal::derive(move || field_error(error.get(), field));
    view! {
        <FormRegion id="withdrawal">
            <details class="conflict-declaration" data-testid="withdrawal" open=error.with_untracked(Option::is_some)>
                <summary>{i18n.tr("wizard-withdraw-heading")}</summary>
                <p>{i18n.tr("wizard-withdraw-text")}</p>
                <ErrorSummary error/>
                <PostForm action=Decide::PATH attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="action" value=ApplicationEvent::Withdraw.as_str()/>
                    <TextAreaField id=field_id("reason") name="reason" label_key="wizard-withdraw-reason" rows=3 error=problem("reason")/>
                    <ConfirmField label_key="wizard-withdraw-confirm" error=problem("confirm")/>
                    <button type="submit" class="button button--warning">{i18n.tr("wizard-withdraw-button")}</button>
                </PostForm>
            </details>
        </FormRegion>
    }
}
