//! `/{lang}/board/conflicts`: conflicts of interest between reviewers and cities. The secretary sees
//! every one, records one for any reviewer and removes any; a reviewer sees their own and takes back a
//! declaration made by mistake. Every change needs a reason. Drawn by the server: the list follows
//! changes live (the page's own among them), and each form answers in place.

use crate::api::conflicts::{load_conflicts, RecordConflict, RemoveConflict};
use crate::components::{
    done_of, field_error, refusal_of, ErrorPanel, ErrorSummary, FormRegion, LiveIndicator,
    LiveRegion, PostForm, SelectField, StackedTable, SuccessPanel, TextAreaField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::field_id;
use crate::model::{
    format_wall_clock, CityRef, ConflictLine, ConflictsOverview, LiveTopic, PersonRef,
};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use server_fn::ServerFn;

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

/// The secretary's form for a new conflict. The list above shows it once recorded.
#[component]
fn RecordForm(reviewers: Vec<PersonRef>, cities: Vec<CityRef>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<RecordConflict>());
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let reviewers = reviewers
        .into_iter()
        .map(|reviewer| view! { <option value=reviewer.id.to_string()>{reviewer.name}</option> })
        .collect_view();
    let cities = cities
        .into_iter()
        .map(|city| view! { <option value=city.id.to_string()>{city.name}</option> })
        .collect_view();
    view! {
        <FormRegion id="record-conflict">
            <section class="narrow">
                <h2>{i18n.tr("conflicts-record-heading")}</h2>
                {done_of::<RecordConflict>().then(|| view! { <SuccessPanel key="conflicts-recorded" testid="recorded-conflict"/> })}
                <ErrorSummary error/>
                <PostForm action=RecordConflict::PATH attr:class="form" attr:novalidate=true>
                    <SelectField name="reviewer" label_key="conflicts-reviewer" error=field("reviewer")>{reviewers}</SelectField>
                    <SelectField name="city" label_key="conflicts-city" error=field("city")>{cities}</SelectField>
                    <TextAreaField id=field_id("reason") name="form[reason]" label_key="conflicts-reason" error=field("reason")/>
                    <button type="submit" class="button button--warning">{i18n.tr("conflicts-record")}</button>
                </PostForm>
            </section>
        </FormRegion>
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

/// Takes a conflict back or removes it; the row goes once the list is drawn again. The form stays
/// unfolded while it shows why the server refused it.
#[component]
fn RemoveForm(reviewer: i32, city: i32) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<RemoveConflict>());
    let id = field_id(&format!("reason-{reviewer}-{city}"));
    let link = {
        let id = id.clone();
        Callback::new(move |_: String| format!("#{id}"))
    };
    view! {
        <FormRegion id=format!("remove-{reviewer}-{city}")>
            <details class="conflict-removal" open=error.with_untracked(Option::is_some)>
                <summary>{i18n.tr("conflicts-remove")}</summary>
                <ErrorSummary error link_of=link/>
                <PostForm action=RemoveConflict::PATH attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="form[reviewer]" value=reviewer.to_string()/>
                    <input type="hidden" name="form[city]" value=city.to_string()/>
                    <TextAreaField id name="form[reason]" label_key="conflicts-reason" error=Signal::derive(move || field_error(error.get(), "reason"))/>
                    <button type="submit" class="button button--secondary">{i18n.tr("conflicts-remove-confirm")}</button>
                </PostForm>
            </details>
        </FormRegion>
    }
}
