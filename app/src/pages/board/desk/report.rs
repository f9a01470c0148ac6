//! `/{lang}/board/reports/{id}`: a member city's sent progress report as the Commission reads it — its
//! answers by section and files, what changed since it was last sent, the Commission's comments and
//! its history, who else is reading it, and for the secretary the decision: ask the city for changes,
//! with comments on its sections, or forward it to UIL. The page follows every change live.

use super::comments::CommentForm;
use super::decision::DecisionForm;
use super::record::{DeskFrame, FormRecord};
use crate::api::board::load_report_desk;
use crate::components::ErrorPanel;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::format_wall_clock;
use crate::model::ReportDesk;
use crate::pages::wizard::id_in_address;
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ReportDeskPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_in_address();
    let desk = Resource::new(
        || (),
        move |_| async move { load_report_desk(id.ok_or(AppError::NotFound)?).await },
    );
    view! {
        <Title text=move || i18n.t("report-desk-title")/>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || desk.get().map(|result| match result {
                Ok(desk) => view! { <ReportRecord desk/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

/// Drawn by the server like an application's review page (see there).
#[component]
fn ReportRecord(desk: ReportDesk) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let ReportDesk {
        line,
        draft,
        history,
        comments,
        previous,
        can_decide,
        ..
    } = desk;
    let form = draft.reference();
    let sent = line.submitted.map(|sent| {
        view! {
            <div class="summary-list__row">
                <dt>{i18n.tr("report-desk-sent")}</dt>
                <dd class="summary-list__value" data-testid="sent-on">
                    <time datetime=sent.at.to_rfc3339()>{format_wall_clock(lang, sent.riga)}</time>
                </dd>
            </div>
        }
    });
    view! {
        <DeskFrame back=paths::board_reports(lang) back_key="report-desk-back" heading=draft.heading(lang) form status=draft.status>
            <dl class="summary-list desk-facts">
                <div class="summary-list__row">
                    <dt>{i18n.tr("board-reports-due")}</dt>
                    <dd class="summary-list__value">
                        <time datetime=line.due.at.to_rfc3339()>{format_wall_clock(lang, line.due.riga)}</time>
                    </dd>
                </div>
                {sent}
            </dl>
            <FormRecord draft previous comments history/>
        </DeskFrame>
        <DecisionForm form can_decide unsigned_tick=false/>
        <CommentForm form/>
    }
}
