//! What both review pages show of a sent form, an application's and a progress report's: who else
//! has it open, what changed since it was last sent, its files and answers, the Commission's comments
//! and its history.

use super::comments::CommentList;
use crate::api::board::load_viewers;
use crate::components::{live_revision, LiveIndicator, LiveRegion};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{changed_answers, FormAnswers, FormDraft, FormRef};
use crate::model::format_wall_clock;
use crate::model::{ApplicationStatus, CommentView, HistoryEntry, LiveEvent, LiveTopic};
use crate::pages::wizard::{AnswerSections, FileList, StatusTag};
use crate::paths;
use leptos::prelude::*;

/// The top of both review pages: the way back, the form's heading, who else is here, and the part that
/// follows the form's changes, its status first and then `children`.
#[component]
pub(super) fn DeskFrame(
    back: String,
    back_key: &'static str,
    heading: String,
    form: FormRef,
    status: ApplicationStatus,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="caption"><a href=back>{i18n.tr(back_key)}</a> " " <LiveIndicator/></p>
        <h1>{heading}</h1>
        <PresentViewers form/>
        <LiveRegion id="desk".to_owned() topic=LiveTopic::Desk(form)>
            <p><StatusTag status/></p>
            {children()}
        </LiveRegion>
    }
}

/// The form as the city sent it, and what the Commission said and did about it.
#[component]
pub(super) fn FormRecord(
    draft: FormDraft,
    previous: Option<FormAnswers>,
    comments: Vec<CommentView>,
    history: Vec<HistoryEntry>,
) -> impl IntoView {
    let i18n = use_i18n();
    let history_rows = history
        .into_iter()
        .map(|entry| {
            let what = entry.what_key.clone();
            view! {
                <li class="history__item">
                    <time datetime=entry.at.at.to_rfc3339()>{move || format_wall_clock(i18n.lang(), entry.at.riga)}</time>
                    " — " {entry.actor.clone()} ": " {move || i18n.t(&what)}
                </li>
            }
        })
        .collect_view();
    view! {
        {previous.map(|previous| view! { <ChangesSince previous current=draft.form.clone() city=draft.city.clone()/> })}
        <h2>{i18n.tr(draft.kind.attachments_key())}</h2>
        <p><a href=paths::printed(draft.reference()) download="">{i18n.tr(draft.kind.printed_key())}</a></p>
        <FileList files=draft.attachments.clone() editable=false/>
        <h2>{i18n.tr("desk-answers-heading")}</h2>
        <AnswerSections draft/>
        <CommentList comments/>
        <h2>{i18n.tr("desk-history-heading")}</h2>
        <ol class="history">{history_rows}</ol>
    }
}

/// Who else of the Commission has this page open now, following them as they come and go.
#[island]
pub(super) fn PresentViewers(form: FormRef) -> impl IntoView {
    let i18n = use_i18n();
    let presence = live_revision(
        move |event| matches!(event, LiveEvent::PresenceChanged { form: seen } if *seen == form),
    );
    // Asked by the browser only, from an effect, which the server does not run, once the page's
    // stream is open (which is what makes the reader present): the server draws no names, and so
    // does not wait for them. An answer is shown only if no later change has asked again.
    let names = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        // Read, not only tracked: the memo computes, and so follows its sources, only once read.
        let revision = presence.get();
        leptos::task::spawn_local(async move {
            let viewers = load_viewers(form.id, form.kind).await;
            if presence.try_get_untracked() == Some(revision) {
                names.set(
                    viewers
                        .ok()
                        .filter(|names| !names.is_empty())
                        .map(|names| names.join(", ")),
                );
            }
        });
    });
    view! {
        <div aria-live="polite">
            {move || names.get().map(|names| view! {
                <p class="presence" data-testid="presence">
                    {translate_with(i18n.lang(), "desk-presence", &[("names", Arg::Text(names))])}
                </p>
            })}
        </div>
    }
}

/// What a resubmission changed since the answers the Commission last saw.
#[component]
fn ChangesSince(previous: FormAnswers, current: FormAnswers, city: String) -> impl IntoView {
    let i18n = use_i18n();
    let changes = changed_answers(i18n.lang(), &city, &previous, &current);
    let rows = changes
        .into_iter()
        .map(|change| {
            let empty = i18n.t("check-not-answered");
            let before = if change.before.is_empty() {
                empty.clone()
            } else {
                change.before
            };
            let after = if change.after.is_empty() {
                empty
            } else {
                change.after
            };
            view! {
                <tr>
                    <th scope="row" data-label=move || i18n.t("desk-changes-question")>
                        {i18n.tr(change.section.title_key())} " — " {change.label}
                    </th>
                    <td data-label=move || i18n.t("desk-changes-before")><del>{before}</del></td>
                    <td data-label=move || i18n.t("desk-changes-after")><ins>{after}</ins></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section data-testid="changes">
            <h2>{i18n.tr("desk-changes-heading")}</h2>
            <table class="table table--stacked">
                <thead>
                    <tr>
                        <th scope="col">{i18n.tr("desk-changes-question")}</th>
                        <th scope="col">{i18n.tr("desk-changes-before")}</th>
                        <th scope="col">{i18n.tr("desk-changes-after")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
