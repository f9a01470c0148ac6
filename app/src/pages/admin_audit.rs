//! `/{lang}/admin/audit`: the secretary's audit log. Every recorded event with who, when, what, what it
//! was about and the values before and after; filtered by kind, person, city, cycle and dates, newest
//! first, paged. Rendered whole on the server: the filters are a plain GET form, the pages and the CSV
//! download plain links, so the page needs no script at all.

use crate::api::audit::load_audit_log;
use crate::components::{with_query, ErrorPanel, FilterSelect, Pagination, StackedTable};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::{format_wall_clock, AuditEntry, AuditKind, AuditLog, AuditQuery};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const COLUMNS: [&str; 6] = [
    "audit-column-when",
    "audit-column-who",
    "audit-column-what",
    "audit-column-about",
    "audit-column-before",
    "audit-column-after",
];

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let values = use_query_map()
        .with_untracked(|map| AuditQuery::KEYS.map(|key| map.get_str(key).map(str::to_owned)));
    let query = AuditQuery::from_values(&values);
    let log = Resource::new(
        || (),
        move |_| {
            let [kind, person, city, year, from, to, page] = values.clone();
            load_audit_log(kind, person, city, year, from, to, page)
        },
    );
    view! {
        <Title text=move || i18n.t("audit-title")/>
        <h1>{i18n.tr("audit-title")}</h1>
        <p class="lead">{i18n.tr("audit-lead")}</p>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || log.get().map(|result| match result {
                Ok(log) => view! { <Log log query=query.clone()/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Log(log: AuditLog, query: AuditQuery) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    // The CSV's headings in the page's language.
    let mut csv_pairs = query.pairs(0);
    csv_pairs.push(("lang", lang.code().to_owned()));
    let csv = with_query(paths::audit_csv(), &csv_pairs);
    let count = translate_with(
        lang,
        "audit-count",
        &[("count", Arg::Number(log.total as i64))],
    );
    let link = {
        let query = query.clone();
        move |page| with_query(&paths::audit(lang), &query.pairs(page))
    };
    let rows = log
        .entries
        .into_iter()
        .map(|entry| view! { <Line entry/> })
        .collect_view();
    view! {
        <Filters log_people=log.people cities=log.cities years=log.years query/>
        <p class="board-status">
            <span data-testid="event-count">{count}</span>
            " "
            <a href=csv download="" data-testid="csv-download">{i18n.tr("audit-download")}</a>
        </p>
        {if log.total == 0 {
            view! { <p class="panel" data-testid="no-events">{i18n.tr("audit-empty")}</p> }.into_any()
        } else {
            view! { <StackedTable columns=&COLUMNS caption="audit-title">{rows}</StackedTable> }.into_any()
        }}
        <Pagination page=log.page pages=log.pages link label_key="audit-pages"/>
    }
}

#[component]
fn Filters(
    log_people: Vec<crate::model::PersonRef>,
    cities: Vec<crate::model::CityRef>,
    years: Vec<i32>,
    query: AuditQuery,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let mut kinds: Vec<(String, String, bool)> = AuditKind::all()
        .map(|kind| {
            (
                kind.as_str(),
                i18n.t(&kind.history_key()),
                query.kind == Some(kind),
            )
        })
        .collect();
    kinds.sort_by(|a, b| a.1.cmp(&b.1));
    let people = log_people
        .into_iter()
        .map(|person| {
            (
                person.id.to_string(),
                person.name,
                query.person == Some(person.id),
            )
        })
        .collect();
    let cities = cities
        .into_iter()
        .map(|city| (city.id.to_string(), city.name, query.city == Some(city.id)))
        .collect();
    let years = years
        .into_iter()
        .map(|year| (year.to_string(), year.to_string(), query.year == Some(year)))
        .collect();
    let day = |date: Option<chrono::NaiveDate>| date.map(|d| d.format("%Y-%m-%d").to_string());
    view! {
        <form method="get" class="board-filters" role="search" aria-label=move || i18n.t("audit-filters")>
            <FilterSelect name="kind" label_key="audit-filter-kind" any_key="audit-filter-any" options=kinds/>
            <FilterSelect name="person" label_key="audit-filter-person" any_key="audit-filter-any" options=people/>
            <FilterSelect name="city" label_key="audit-filter-city" any_key="audit-filter-any" options=cities/>
            <FilterSelect name="year" label_key="audit-filter-year" any_key="audit-filter-any" options=years/>
            <div class="field board-filters__field">
                <label class="field__label" for="filter-from">{i18n.tr("audit-filter-from")}</label>
                <input class="field__input" type="date" id="filter-from" name="from" value=day(query.from)/>
            </div>
            <div class="field board-filters__field">
                <label class="field__label" for="filter-to">{i18n.tr("audit-filter-to")}</label>
                <input class="field__input" type="date" id="filter-to" name="to" value=day(query.to)/>
            </div>
            <div class="button-group">
                <button type="submit" class="button button--secondary">{i18n.tr("audit-filter-apply")}</button>
                <a href=paths::audit(lang)>{i18n.tr("audit-clear")}</a>
            </div>
        </form>
    }
}

/// One line; each cell names its column, so that on a phone the line stands alone as a card.
#[component]
fn Line(entry: AuditEntry) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = |key: &'static str| i18n.t(key);
    let actor = if entry.actor.is_empty() {
        i18n.t("audit-system")
    } else {
        entry.actor.clone()
    };
    let value = |value: Option<String>| {
        value.map(|value| view! { <code class="audit-value">{value}</code> })
    };
    view! {
        <tr data-testid="logged-event" data-kind=entry.kind.as_str()>
            <th scope="row" data-label=label("audit-column-when")>
                <time datetime=entry.at.at.to_rfc3339()>{format_wall_clock(lang, entry.at.riga)}</time>
            </th>
            <td data-label=label("audit-column-who")>{actor}</td>
            <td data-label=label("audit-column-what")>
                {i18n.t(&entry.kind.history_key())}
                {(!entry.details.is_empty()).then(|| view! {
                    <code class="audit-value cell-note">{entry.details.clone()}</code>
                })}
            </td>
            <td data-label=label("audit-column-about")>{entry.subject.clone()}</td>
            <td data-label=label("audit-column-before")>{value(entry.before.clone())}</td>
            <td data-label=label("audit-column-after")>{value(entry.after.clone())}</td>
        </tr>
    }
}
