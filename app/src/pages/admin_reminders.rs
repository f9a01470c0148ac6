//! `/{lang}/admin/reminders`: what the calendar sends by itself in a year, what has gone, and each
//! kind switched on or off for that year. Drawn by the server: each switch is a plain form post that
//! comes back to this page.

use crate::api::reminders::{load_reminders, SwitchReminders};
use crate::components::{refusal_of, ErrorPanel, ErrorSummary, PostButton, StackedTable};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::format_wall_clock;
use crate::model::{ReminderKind, ReminderView, RemindersOverview};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

const UPCOMING: [&str; 4] = [
    "reminders-when",
    "reminders-kind",
    "reminders-about",
    "reminders-state",
];
const SENT: [&str; 4] = [
    "reminders-sent-at",
    "reminders-kind",
    "reminders-about",
    "reminders-recipients",
];

#[component]
pub fn AdminRemindersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let year = query.with_untracked(|map| map.get_str("year").and_then(|year| year.parse().ok()));
    let error = Signal::stored(refusal_of::<SwitchReminders>());
    let overview = Resource::new(|| (), move |_| load_reminders(year));
    view! {
        <Title text=i18n.t("reminders-title")/>
        <h1>{i18n.tr("reminders-title")}</h1>
        <p class="lead">{i18n.tr("reminders-lead")}</p>
        <ErrorSummary error/>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || overview.get().map(|result| match result {
                Ok(overview) => view! { <Reminders overview/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Reminders(overview: RemindersOverview) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let year = overview.year;
    let years = overview
        .years
        .iter()
        .map(|option| {
            view! { <option value=option.to_string() selected=*option == year>{*option}</option> }
        })
        .collect_view();
    let kinds = overview
        .kinds
        .iter()
        .map(|(kind, on)| {
            let (kind, on) = (*kind, *on);
            let button = if on { "reminders-switch-off" } else { "reminders-switch-on" };
            view! {
                <li class="switch-list__item" data-testid="reminder-kind" data-kind=kind.as_str()>
                    <span>{i18n.tr(kind.label_key())}</span>
                    <strong class=if on { "tag tag--complete" } else { "tag" }>
                        {i18n.tr(if on { "reminders-on" } else { "reminders-off" })}
                    </strong>
                    <PostButton action=SwitchReminders::PATH label_key=button for_key=kind.label_key() inline=true>
                        <input type="hidden" name="year" value=year.to_string()/>
                        <input type="hidden" name="kind" value=kind.as_str()/>
                        {(!on).then(|| view! { <input type="hidden" name="on" value="on"/> })}
                    </PostButton>
                </li>
            }
        })
        .collect_view();
    let table = |columns: &'static [&'static str], reminders: Vec<ReminderView>, empty_key| {
        if reminders.is_empty() {
            return view! { <p class="muted">{i18n.tr(empty_key)}</p> }.into_any();
        }
        let rows = reminders
            .into_iter()
            .map(|reminder| view! { <ReminderRow reminder/> })
            .collect_view();
        view! { <StackedTable columns>{rows}</StackedTable> }.into_any()
    };
    let upcoming = table(&UPCOMING, overview.upcoming, "reminders-none-coming");
    let sent = table(&SENT, overview.sent, "reminders-none-sent");
    view! {
        <form method="get" action=paths::admin_reminders(lang) class="board-filters">
            <div class="field board-filters__field">
                <label class="field__label" for="reminders-year">{i18n.tr("reminders-year")}</label>
                <select class="field__input" id="reminders-year" name="year">{years}</select>
            </div>
            <button type="submit" class="button button--secondary">{i18n.tr("reminders-show")}</button>
        </form>
        <section>
            <h2>{translate_with(lang, "reminders-kinds-heading", &[("year", Arg::Number(year.into()))])}</h2>
            <ul class="switch-list">{kinds}</ul>
        </section>
        <section>
            <h2>{i18n.tr("reminders-upcoming-heading")}</h2>
            {upcoming}
        </section>
        <section>
            <h2>{i18n.tr("reminders-sent-heading")}</h2>
            {sent}
        </section>
    }
}

/// What a reminder is, with its lead when it goes ahead of a deadline.
fn kind_text(lang: crate::i18n::Lang, kind: ReminderKind, lead_days: Option<i64>) -> String {
    let name = crate::i18n::translate(lang, kind.label_key());
    match lead_days {
        Some(days) => translate_with(
            lang,
            "reminders-kind-lead",
            &[("kind", Arg::Text(name)), ("days", Arg::Number(days))],
        ),
        None => name,
    }
}

/// One reminder, upcoming or sent; each cell names its column for the phone's cards.
#[component]
fn ReminderRow(reminder: ReminderView) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = |key: &'static str| i18n.t(key);
    let kind = kind_text(lang, reminder.kind, reminder.lead_days);
    match reminder.sent {
        Some((sent_at, recipients)) => view! {
            <tr data-testid="reminder-sent" data-kind=reminder.kind.as_str()>
                <td data-label=label("reminders-sent-at")>{format_wall_clock(lang, sent_at.riga)}</td>
                <td data-label=label("reminders-kind")>{kind}</td>
                <td data-label=label("reminders-about")>{reminder.about}</td>
                <td data-label=label("reminders-recipients")>{recipients}</td>
            </tr>
        }
        .into_any(),
        None => view! {
            <tr data-testid="reminder-upcoming" data-kind=reminder.kind.as_str()>
                <td data-label=label("reminders-when")>{format_wall_clock(lang, reminder.at.riga)}</td>
                <td data-label=label("reminders-kind")>{kind}</td>
                <td data-label=label("reminders-about")>{reminder.about}</td>
                <td data-label=label("reminders-state")>
                    {i18n.tr(if reminder.off { "reminders-will-not-go" } else { "reminders-will-go" })}
                </td>
            </tr>
        }
        .into_any(),
    }
}
