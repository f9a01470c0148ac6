//! `/{lang}/board/reports/{id}`: a member city's sent progress report as the Commission reads it — its
//! answers by section and files, what changed since it was last sent, the Commission's comments and
//! its history, who else is reading it, and for the secretary the decision: ask the city for changes,
//! with comments on its sections, or forward it to UIL. The page follows every change live.

use super::comments::CommentForm;
use super::decision::DecisionForm;
use super::record::{desk_changes, viewers_of, FormRecord, PresentViewers, Viewers};
use crate::api::board::load_report_desk;
use crate::components::{ErrorPanel, LiveIndicator};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::application::FormRef;
use crate::model::format_wall_clock;
use crate::model::ReportDesk;
use crate::pages::wizard::{id_in_address, StatusTag};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ReportDeskPage() -> impl IntoView {
    let id = id_in_address();
    view! { <ReportDeskIsland id/> }
}

#[island]
fn ReportDeskIsland(id: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let form = id.map(FormRef::report);
    let revision = desk_changes(form);
    let load = move || async move { load_report_desk(id.ok_or(AppError::NotFound)?).await };
    let desk = Resource::new(move || revision.get(), move |_| load());
    let viewers = viewers_of(form);
    // Read once: the decision and comment forms keep what is typed while the rest follows the changes.
    let first = Resource::new(|| (), move |_| load());
    view! {
        <Title text=move || i18n.t("report-desk-title")/>
        <Transition fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || desk.get().map(|result| match result {
                Ok(desk) => view! { <ReportRecord desk viewers/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Transition>
        <Suspense fallback=|| ()>
            {move || first.get().and_then(Result::ok).map(|desk| {
                let form = desk.draft.reference();
                view! {
                    <DecisionForm form can_decide=desk.can_decide unsigned_tick=false/>
                    <CommentForm form/>
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReportRecord(desk: ReportDesk, viewers: Viewers) -> impl IntoView {
    let i18n = use_i18n();
    let ReportDesk {
        line,
        draft,
        history,
        comments,
        previous,
        ..
    } = desk;
    let title = {
        let draft = draft.clone();
        Signal::derive(move || draft.heading(i18n.lang()))
    };
    let status = draft.status;
    let due = line.due;
    let sent = line.submitted.map(|sent| {
        view! {
            <div class="summary-list__row">
                <dt>{i18n.tr("report-desk-sent")}</dt>
                <dd class="summary-list__value" data-testid="sent-on">
                    <time datetime=sent.at.to_rfc3339()>{move || format_wall_clock(i18n.lang(), sent.riga)}</time>
                </dd>
            </div>
        }
    });
    view! {
        <p class="caption"><a href=paths::board_reports(i18n.lang())>{i18n.tr("report-desk-back")}</a></p>
        <h1>{title}</h1>
        <p><StatusTag status/> " " <LiveIndicator/></p>
        <PresentViewers viewers/>
        <dl class="summary-list desk-facts">
            <div class="summary-list__row">
                <dt>{i18n.tr("board-reports-due")}</dt>
                <dd class="summary-list__value">
                    <time datetime=due.at.to_rfc3339()>{move || format_wall_clock(i18n.lang(), due.riga)}</time>
                </dd>
            </div>
            {sent}
        </dl>
        <FormRecord draft previous comments history/>
    }
}
