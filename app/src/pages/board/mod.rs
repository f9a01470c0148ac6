//! The Commission's review board: every submitted application of a cycle, live, and each application's
//! review page.

mod conflicts;
mod desk;
mod reports;

pub use conflicts::ConflictsPage;
pub use desk::{ReportDeskPage, ReviewDeskPage};
pub use reports::BoardReportsPage;

use crate::api::board::{load_board, DeclareConflict};
use crate::components::{
    done_of, with_query, CountdownLabel, ErrorPanel, FilterSelect, LiveCountdown, LiveIndicator,
    LiveRegion, Pagination, StackedTable, SuccessPanel,
};
use crate::i18n::{translate_with, use_i18n, Arg, I18n};
use crate::model::{
    tenths, ApplicationStatus, Board, BoardQuery, BoardRow, BoardSort, LiveTopic, MyReview,
    ScoreSummary,
};
use crate::pages::wizard::StatusTag;
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// `/{lang}/board`: the filters come from the address, so that the filter form works without
/// JavaScript and a filtered board can be bookmarked. The server draws the board; the browser redraws
/// its applications from the server as they change.
#[component]
pub fn BoardPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let query = query.with_untracked(|map| {
        BoardQuery::from_pairs(
            ["status", "mine", "unscored", "q", "sort", "year", "page"]
                .into_iter()
                .filter_map(|key| map.get_str(key).map(|value| (key, value))),
        )
    });
    let board = Resource::new(|| (), {
        let query = query.clone();
        move |_| load_board(query.clone())
    });
    view! {
        <Title text=move || i18n.t("board-title")/>
        {done_of::<DeclareConflict>().then(|| view! { <SuccessPanel key="desk-conflict-declared"/> })}
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || {
                let query = query.clone();
                board.get().map(move |result| match result {
                    Ok(board) => view! { <BoardView board query/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                })
            }}
        </Suspense>
    }
}

/// "4.2", or "4,2" in Latvian and Russian, which write decimals with a comma.
pub(crate) fn decimal(i18n: I18n, value: u32) -> String {
    tenths(value, i18n.lang().decimal_comma())
}

#[component]
fn BoardView(board: Board, query: BoardQuery) -> impl IntoView {
    let i18n = use_i18n();
    let (count, total) = (i64::from(board.matching), i64::from(board.total));
    let lang = i18n.lang();
    let link = {
        let query = query.clone();
        move |page| page_link(lang, &query, page)
    };
    let pagination =
        view! { <Pagination page=board.page pages=board.pages link label_key="board-pages"/> };
    let heading = board.cycle.as_ref().map(|cycle| cycle.year);
    let downloads = heading.map(|year| {
        view! { <BoardDownloads query=query.clone() year/> }
    });
    let quota = board.cycle.as_ref().map(|cycle| {
        let line = translate_with(
            lang,
            "board-quota",
            &[
                ("used", Arg::Number(board.endorsed.len() as i64)),
                ("quota", Arg::Number(cycle.quota.into())),
            ],
        );
        if board.endorsed.is_empty() {
            line
        } else {
            format!("{line} ({})", board.endorsed.join(", "))
        }
    });
    let deadlines = board.cycle.clone().map(|cycle| {
        let closing = (board.now < cycle.closes.at).then(|| {
            view! { <LiveCountdown deadline=cycle.closes server_now=board.now label=CountdownLabel::ClosesIn/> }
        });
        view! {
            <div class="board-deadlines">
                {closing}
                <LiveCountdown deadline=cycle.decision_due server_now=board.now label=CountdownLabel::DecisionDueIn/>
            </div>
        }
    });
    let columns: Arc<[String]> = COLUMNS.iter().map(|key| i18n.t(key)).collect();
    let rows = board
        .rows
        .into_iter()
        .map(|row| view! { <BoardLine row columns=Arc::clone(&columns)/> })
        .collect_view();
    view! {
        <h1>
            {move || match heading {
                Some(year) => translate_with(i18n.lang(), "board-title-year", &[("year", Arg::Number(year.into()))]),
                None => i18n.t("board-title"),
            }}
        </h1>
        <ul class="plain-list">
            <li><a href=paths::board_reports(i18n.lang())>{i18n.tr("board-reports-link")}</a></li>
            <li><a href=paths::conflicts(i18n.lang())>{i18n.tr("conflicts-link")}</a></li>
        </ul>
        {deadlines}
        <BoardFilters query years=board.years/>
        <p class="board-status"><LiveIndicator/></p>
        <LiveRegion id="applications".to_owned() topic=LiveTopic::Board>
            <p class="board-status"><strong data-testid="quota">{quota}</strong></p>
            <p class="muted" data-testid="board-count">
                {translate_with(
                    i18n.lang(),
                    "board-count",
                    &[("count", Arg::Number(count)), ("total", Arg::Number(total))],
                )}
            </p>
            <StackedTable columns=&COLUMNS class="board-table" caption="board-title">{rows}</StackedTable>
            {pagination}
            {(count == 0).then(|| view! { <p class="panel">{i18n.tr("board-empty")}</p> })}
        </LiveRegion>
        {downloads}
    }
}

/// The address of page `page` of the board, keeping the filters.
fn page_link(lang: crate::i18n::Lang, query: &BoardQuery, page: u32) -> String {
    let mut pairs = query.pairs();
    pairs.push(("page", page.to_string()));
    with_query(&paths::board(lang), &pairs)
}

/// The board's applications as a table and a workbook (with the filters shown), and the meeting sheet
/// of the cycle, with headings in the page's language.
#[component]
fn BoardDownloads(query: BoardQuery, year: i32) -> impl IntoView {
    let i18n = use_i18n();
    let lang = ("lang", i18n.lang().code().to_owned());
    let mut pairs = query.pairs();
    pairs.push(lang.clone());
    let meeting = [("year", year.to_string()), lang];
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{i18n.tr("export-heading")}</h2>
            <p class="muted">{i18n.tr("export-hint")}</p>
            <ul class="plain-list">
                <li><a href=with_query(paths::BOARD_CSV, &pairs) data-testid="download-csv" download>{i18n.tr("export-csv")}</a></li>
                <li><a href=with_query(paths::BOARD_XLSX, &pairs) data-testid="download-xlsx" download>{i18n.tr("export-xlsx")}</a></li>
                <li><a href=with_query(paths::MEETING_SHEET, &meeting) data-testid="download-meeting" download>{i18n.tr("export-meeting")}</a></li>
            </ul>
        </section>
    }
}

/// The board's columns, named once per page: each row repeats the names for its phone card.
const COLUMNS: [&str; 7] = [
    "board-column-city",
    "board-column-status",
    "board-column-submitted",
    "board-column-reviews",
    "board-column-score",
    "board-column-mine",
    "board-column-activity",
];

/// One application: a table row on a wide screen, a card on a phone (the cells carry their column's
/// name for that). The texts are made once, not kept reactive: the page's language is part of its
/// address, so it never changes under a rendered row, and a thousand-row board renders faster.
#[component]
fn BoardLine(row: BoardRow, columns: Arc<[String]>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = |column: usize| columns[column].clone();
    let when =
        |deadline: crate::model::Deadline| crate::model::format_wall_clock(lang, deadline.riga);
    let version = translate_with(
        lang,
        "board-version",
        &[("version", Arg::Number(row.version.into()))],
    );
    let reviews = translate_with(
        lang,
        "board-reviews",
        &[
            ("done", Arg::Number(row.reviews_done.into())),
            ("needed", Arg::Number(row.reviews_needed.into())),
        ],
    );
    view! {
        <tr class="board-line" data-testid="application-row" data-city=row.city.clone()>
            <th scope="row" data-label=label(0)>
                <a href=paths::review_desk(lang, row.id)>{row.city.clone()}</a>
                <span class="muted cell-note">{version}</span>
            </th>
            <td data-label=label(1)><StatusTag status=row.status/></td>
            <td data-label=label(2)>{row.submitted_at.map(when)}</td>
            <td data-label=label(3) data-testid="reviews-done">{reviews}</td>
            <td data-label=label(4) data-testid="score">
                <ScoreText scores=row.scores/>
            </td>
            <td data-label=label(5)>{i18n.t(my_review_key(row.mine))}</td>
            <td data-label=label(6)>{when(row.last_activity)}</td>
        </tr>
    }
}

/// "4.2 (spread 1.0)" and the recommendations' tally, or that the scores show once the reader's own
/// review is in.
#[component]
pub(crate) fn ScoreText(scores: Option<ScoreSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    match scores {
        Some(scores) => {
            let [score, tally] = scores.words(lang);
            view! {
                <span data-testid="mean">{score}</span>
                <span class="cell-note" data-testid="tally">{tally}</span>
            }
            .into_any()
        }
        None => view! { <span class="muted">{i18n.tr("board-score-hidden")}</span> }.into_any(),
    }
}

fn my_review_key(mine: MyReview) -> &'static str {
    match mine {
        MyReview::NotAReviewer => "board-mine-none",
        MyReview::NotStarted => "board-mine-not-started",
        MyReview::Draft => "board-mine-draft",
        MyReview::Submitted => "board-mine-submitted",
        MyReview::Recused => "board-mine-recused",
    }
}

/// The filters as a plain GET form: it works the same with and without JavaScript.
#[component]
fn BoardFilters(query: BoardQuery, years: Vec<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let statuses = ApplicationStatus::ALL
        .into_iter()
        .filter(|status| *status != ApplicationStatus::Draft)
        .map(|status| {
            let chosen = query.status == Some(status);
            (
                status.as_str().to_owned(),
                i18n.t(status.label_key()),
                chosen,
            )
        })
        .collect();
    let sorts = BoardSort::ALL
        .into_iter()
        .map(|sort| {
            view! {
                <option value=sort.as_str() selected=query.sort == sort>{i18n.tr(sort.label_key())}</option>
            }
        })
        .collect_view();
    let year_options = (years.len() > 1).then(|| {
        let options = years
            .into_iter()
            .map(|year| (year.to_string(), year.to_string(), query.year == Some(year)))
            .collect();
        view! {
            <FilterSelect name="year" label_key="board-filter-year" any_key="board-filter-current" options/>
        }
    });
    // On a phone the filters fold under one line, so that the first application shows on the first
    // screen; they stay open while any is chosen.
    view! {
        <details class="phone-fold board-filters-fold" open=query.is_chosen()>
            <summary class="phone-fold__toggle">{i18n.tr("board-filters")}</summary>
            <form method="get" class="board-filters" role="search" aria-label=move || i18n.t("board-filters")>
                <div class="field board-filters__field">
                    <label class="field__label" for="filter-q">{i18n.tr("board-filter-text")}</label>
                    <input class="field__input" type="search" id="filter-q" name="q" value=query.text.clone()/>
                </div>
                <FilterSelect name="status" label_key="board-filter-status" any_key="board-filter-any" options=statuses/>
                <div class="field board-filters__field">
                    <label class="field__label" for="filter-sort">{i18n.tr("board-filter-sort")}</label>
                    <select class="field__input" id="filter-sort" name="sort">{sorts}</select>
                </div>
                {year_options}
                <div class="board-filters__checks">
                    <div class="choice__item">
                        <input class="choice__input" type="checkbox" id="filter-mine" name="mine" value="1" checked=query.mine/>
                        <label class="choice__label" for="filter-mine">{i18n.tr("board-filter-mine")}</label>
                    </div>
                    <div class="choice__item">
                        <input class="choice__input" type="checkbox" id="filter-unscored" name="unscored" value="1" checked=query.unscored/>
                        <label class="choice__label" for="filter-unscored">{i18n.tr("board-filter-unscored")}</label>
                    </div>
                </div>
                <button type="submit" class="button button--secondary">{i18n.tr("board-filter-apply")}</button>
            </form>
        </details>
    }
}
