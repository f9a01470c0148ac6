//! `/{lang}/board/reports`: the Commission's view of members' progress reports. Each member's owed
//! report counts down to its due date and is marked overdue once it passes; a sent report waits for the
//! secretary to forward it to UIL. Drawn by the server; the table follows every report change live, and
//! forwarding is a plain form post that comes back to this page.

use crate::api::board::{load_reports_board, ForwardReport};
use crate::components::{
    refusal_of, CountdownLabel, ErrorPanel, ErrorSummary, LiveCountdown, LiveIndicator, LiveRegion,
    PostButton, StackedTable,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{FormKind, FormRef};
use crate::model::format_wall_clock;
use crate::model::{LiveTopic, ReportLine, ReportsBoard};
use crate::pages::wizard::StatusTag;
use crate::paths;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_meta::Title;
use server_fn::ServerFn;

const COLUMNS: &[&str] = &[
    "board-reports-city",
    "board-reports-period",
    "board-reports-due",
    "board-reports-status",
    "board-reports-action",
];

#[component]
pub fn BoardReportsPage() -> impl IntoView {
    let i18n = use_i18n();
    let board = Resource::new(|| (), |_| load_reports_board());
    let error = Signal::stored(refusal_of::<ForwardReport>());
    view! {
        <Title text=i18n.t("board-reports-title")/>
        <p class="caption"><a href=paths::board(i18n.lang())>{i18n.tr("nav-board")}</a></p>
        <h1>{i18n.tr("board-reports-title")}</h1>
        <p class="board-status"><LiveIndicator/></p>
        <ErrorSummary error/>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || board.get().map(|result| match result {
                Ok(board) => view! {
                    <LiveRegion id="reports".to_owned() topic=LiveTopic::Forms(FormKind::Report)>
                        <ReportsTable board/>
                    </LiveRegion>
                }
                .into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn ReportsTable(board: ReportsBoard) -> impl IntoView {
    let i18n = use_i18n();
    if board.lines.is_empty() {
        return view! { <p class="muted">{i18n.tr("board-reports-empty")}</p> }.into_any();
    }
    let now = board.now;
    let can_forward = board.can_forward;
    let rows = board
        .lines
        .into_iter()
        .map(|line| view! { <ReportRow line now can_forward/> })
        .collect_view();
    view! {
        <StackedTable columns=COLUMNS caption="board-reports-title">{rows}</StackedTable>
    }
    .into_any()
}

/// One report; each cell names its column, so that on a phone the row stands alone as a card.
#[component]
fn ReportRow(line: ReportLine, now: DateTime<Utc>, can_forward: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = |key: &'static str| i18n.t(key);
    let overdue = line
        .is_overdue(now)
        .then(|| view! { <strong class="tag tag--error">{i18n.tr("members-overdue")}</strong> });
    let when = match line.submitted {
        Some(sent) => {
            let text = translate_with(
                lang,
                "board-reports-sent-on",
                &[("datetime", Arg::Text(format_wall_clock(lang, sent.riga)))],
            );
            view! { <p>{text}</p> }.into_any()
        }
        None => view! {
            <LiveCountdown deadline=line.due server_now=now label=CountdownLabel::ReportDueIn/>
        }
        .into_any(),
    };
    let status = match line.status {
        Some(status) => view! { <StatusTag status/> }.into_any(),
        None => {
            view! { <strong class="tag tag--idle">{i18n.tr("board-reports-not-started")}</strong> }
                .into_any()
        }
    };
    let read = line.report.map(|id| {
        // A sent report has a page of its own; a draft the Commission reads as the city's check page.
        let href = match line.submitted {
            Some(_) => paths::report_desk(lang, id),
            None => paths::check_answers(lang, FormRef::report(id)),
        };
        let city = line.city.clone();
        view! {
            <a href=href>
                {i18n.tr("board-reports-read")}
                <span class="visually-hidden">" " {city}</span>
            </a>
        }
    });
    let forward_form = (can_forward && line.awaits_forwarding())
        .then_some(line.report)
        .flatten()
        .map(|id| {
            view! {
                <PostButton action=ForwardReport::PATH label_key="board-reports-forward" inline=true>
                    <input type="hidden" name="id" value=id.to_string()/>
                </PostButton>
            }
        });
    let data_city = line.city.clone();
    view! {
        <tr data-testid="progress-report-line" data-city=data_city data-period=line.period_year.to_string()>
            <th scope="row" data-label=label("board-reports-city")>{line.city.clone()}</th>
            <td data-label=label("board-reports-period")>{line.period_year}</td>
            <td data-label=label("board-reports-due")>{when}</td>
            <td data-label=label("board-reports-status")>{status} " " {overdue}</td>
            <td data-label=label("board-reports-action")>{read} {forward_form}</td>
        </tr>
    }
}
