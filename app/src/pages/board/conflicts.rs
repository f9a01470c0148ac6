//! `/{lang}/board/conflicts`: conflicts of interest between reviewers and cities. The secretary sees
//! every one, records one for any reviewer and removes any; a reviewer sees their own and takes back a
//! declaration made by mistake. Every change needs a reason. Drawn by the server: the list follows
//! changes live (the page's own among them), and each form is an island of its own.

use crate::api::conflicts::{load_conflicts, RecordConflict, RemoveConflict};
use crate::components::{
    field_error, hydrated, ErrorPanel, ErrorSummary, FormPost, LiveIndicator, LiveRegion, PostForm,
    SelectField, StackedTable, TextAreaField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::field_id;
use crate::model::{
    format_wall_clock, CityRef, ConflictLine, ConflictsOverview, LiveTopic, PersonRef,
};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;

const COLUMNS: &[&str] = &[
    "conflicts-reviewer",
    "conflicts-city",
    "conflicts-reason",
    "conflicts-since",
    "conflicts-action",
];

#[component]
pub fn ConflictsPage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = Resource::new(|| (), |_| load_conflicts());
    view! {
        <Title text=i18n.t("conflicts-title")/>
        <p class="caption"><a href=paths::board(i18n.lang())>{i18n.tr("nav-board")}</a></p>
        <h1>{i18n.tr("conflicts-title")}</h1>
        <p class="board-status"><LiveIndicator/></p>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || overview.get().map(|result| match result {
                Ok(overview) => view! { <Conflicts overview/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Conflicts(overview: ConflictsOverview) -> impl IntoView {
    let i18n = use_i18n();
    let secretary = !overview.reviewers.is_empty();
    let intro = if secretary {
        "conflicts-intro-secretary"
    } else {
        "conflicts-intro-reviewer"
    };
    let list = if overview.lines.is_empty() {
        view! { <p class="muted" data-testid="no-conflicts">{i18n.tr("conflicts-empty")}</p> }
            .into_any()
    } else {
        let rows = overview
            .lines
            .into_iter()
            .map(|line| view! { <ConflictRow line/> })
            .collect_view();
        view! { <StackedTable columns=COLUMNS caption="conflicts-title">{rows}</StackedTable> }
            .into_any()
    };
    view! {
        <p>{i18n.tr(intro)}</p>
        <LiveRegion id="conflicts".to_owned() topic=LiveTopic::Conflicts>{list}</LiveRegion>
        {secretary.then(|| view! { <RecordForm reviewers=overview.reviewers cities=overview.cities/> })}
    }
}

/// The secretary's form for a new conflict. The list above shows it once recorded, told by the live
/// event the change sends.
#[island]
fn RecordForm(reviewers: Vec<PersonRef>, cities: Vec<CityRef>) -> impl IntoView {
    let i18n = use_i18n();
    let record = FormPost::new::<RecordConflict>();
    let scripted = hydrated();
    let error = Signal::derive(move || record.value().get().and_then(Result::err));
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let reviewers = reviewers
        .into_iter()
        .map(|reviewer| view! { <option value=reviewer.id.to_string()>{reviewer.name}</option> })
        .collect_view();
    let cities = cities
        .into_iter()
        .map(|city| view! { <option value=city.id.to_string()>{city.name}</option> })
        .collect_view();
    let done = move || {
        record.value().get().and_then(Result::ok).map(|_| {
            view! { <p class="panel panel--success" role="status" data-testid="recorded-conflict">{i18n.tr("conflicts-recorded")}</p> }
        })
    };
    view! {
        <section class="narrow">
            <h2>{i18n.tr("conflicts-record-heading")}</h2>
            {done}
            <ErrorSummary error/>
            <PostForm post=record attr:class="form" attr:novalidate=true>
                <input type="hidden" name="lang" value=move || i18n.lang().code() disabled=scripted/>
                <SelectField name="reviewer" label_key="conflicts-reviewer" error=field("reviewer")>{reviewers}</SelectField>
                <SelectField name="city" label_key="conflicts-city" error=field("city")>{cities}</SelectField>
                <TextAreaField id=field_id("reason") name="form[reason]" label_key="conflicts-reason" error=field("reason")/>
                <button type="submit" class="button button--warning" disabled=move || record.pending().get()>
                    {i18n.tr("conflicts-record")}
                </button>
            </PostForm>
        </section>
    }
}

/// One conflict; each cell names its column, so that on a phone the row stands alone as a card. A
/// removable one carries its own small form, folded away until asked for.
#[component]
fn ConflictRow(line: ConflictLine) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = |key: &'static str| i18n.t(key);
    let since = format_wall_clock(lang, line.since.riga);
    let by = line.recorded_by.as_ref().map(|by| {
        translate_with(
            lang,
            "conflicts-recorded-by",
            &[("name", Arg::Text(by.clone()))],
        )
    });
    let remove = line
        .removable
        .then(|| view! { <RemoveForm reviewer=line.reviewer_id city=line.city_id/> });
    view! {
        <tr data-testid="listed-conflict" data-city=line.city.clone() data-reviewer=line.reviewer.clone()>
            <th scope="row" data-label=label("conflicts-reviewer")>{line.reviewer.clone()}</th>
            <td data-label=label("conflicts-city")>{line.city.clone()}</td>
            <td data-label=label("conflicts-reason")>{line.note.clone()}</td>
            <td data-label=label("conflicts-since")>
                {since}
                {by.map(|by| view! { <span class="muted cell-note">{by}</span> })}
            </td>
            <td data-label=label("conflicts-action")>{remove}</td>
        </tr>
    }
}

/// Takes a conflict back or removes it; the row goes with the live event the change sends.
#[island]
fn RemoveForm(reviewer: i32, city: i32) -> impl IntoView {
    let i18n = use_i18n();
    let scripted = hydrated();
    let remove = FormPost::new::<RemoveConflict>();
    let error = Signal::derive(move || remove.value().get().and_then(Result::err));
    let id = field_id(&format!("reason-{reviewer}-{city}"));
    let link = {
        let id = id.clone();
        Callback::new(move |_: String| format!("#{id}"))
    };
    view! {
        <details class="conflict-removal">
            <summary>{i18n.tr("conflicts-remove")}</summary>
            <ErrorSummary error link_of=link/>
            <PostForm post=remove attr:class="form" attr:novalidate=true>
                <input type="hidden" name="form[reviewer]" value=reviewer.to_string()/>
                <input type="hidden" name="form[city]" value=city.to_string()/>
                <input type="hidden" name="lang" value=move || i18n.lang().code() disabled=scripted/>
                <TextAreaField id name="form[reason]" label_key="conflicts-reason" error=Signal::derive(move || field_error(error.get(), "reason"))/>
                <button type="submit" class="button button--secondary" disabled=move || remove.pending().get()>
                    {i18n.tr("conflicts-remove-confirm")}
                </button>
            </PostForm>
        </details>
    }
}
