//! `/{lang}/admin/cycles`: the secretary's application cycles, each year's window, decision date,
//! national quota and score setting. Drawn by the server: the table follows cycle changes live (the
//! page's own save among them), and the form is an island of its own.

use crate::api::cycles::{load_cycles, SaveCycle};
use crate::components::{
    done_of, field_error, refusal_of, ErrorPanel, ErrorSummary, FormRegion, LiveRegion, PostForm,
    StackedTable, TextField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::format_wall_clock;
use crate::model::{CycleForm, CycleSettings, CyclesOverview, LiveTopic};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

const COLUMNS: [&str; 7] = [
    "cycles-year",
    "cycles-window",
    "cycles-decision-due",
    "cycles-quota",
    "cycles-applications",
    "cycles-scores-column",
    "cycles-edit",
];

/// `?year=` picks the cycle to change; without it the form makes a new one.
#[component]
pub fn AdminCyclesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let editing: Option<i32> =
        query.with_untracked(|map| map.get_str("year").and_then(|year| year.parse().ok()));
    let overview = Resource::new(|| (), |_| load_cycles());
    view! {
        <Title text=i18n.t("cycles-title")/>
        <h1>{i18n.tr("cycles-title")}</h1>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || overview.get().map(|result| match result {
                Ok(overview) => view! { <Cycles overview editing/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Cycles(overview: CyclesOverview, editing: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let edited = editing.and_then(|year| {
        overview
            .cycles
            .iter()
            .find(|cycle| cycle.summary.year == year)
            .map(|cycle| (year, CycleForm::of(cycle)))
    });
    let (original, form) = match edited {
        Some((year, form)) => (Some(year), form),
        None => (None, overview.next.clone()),
    };
    let rows = overview
        .cycles
        .into_iter()
        .map(|cycle| view! { <CycleRow cycle/> })
        .collect_view();
    view! {
        <section>
            <h2>{i18n.tr("cycles-list-heading")}</h2>
            <LiveRegion id="cycles".to_owned() topic=LiveTopic::Cycles>
                <StackedTable columns=&COLUMNS>{rows}</StackedTable>
            </LiveRegion>
        </section>
        <CycleEditor form original/>
    }
}

/// The form of a new cycle, or of the one `original` names.
#[component]
fn CycleEditor(form: CycleForm, original: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let error = Signal::stored(refusal_of::<SaveCycle>());
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let heading = match original {
        Some(year) => translate_with(
            lang,
            "cycles-edit-heading",
            &[("year", Arg::Number(year.into()))],
        ),
        None => i18n.t("cycles-new-heading"),
    };
    let saved = original.filter(|_| done_of::<SaveCycle>()).map(|year| {
        view! {
            <div class="panel panel--success" role="status" tabindex="-1" autofocus data-testid="cycle-saved">
                <p>{translate_with(lang, "cycles-saved", &[("year", Arg::Number(year.into()))])}</p>
            </div>
        }
    });
    view! {
        <FormRegion id="cycle-editor">
            <section class="narrow">
                <h2>{heading}</h2>
                {original.is_some().then(|| view! {
                    <p><a href=paths::admin_cycles(lang)>{i18n.tr("cycles-new-link")}</a></p>
                })}
                {saved}
                <ErrorSummary error/>
                <PostForm action=SaveCycle::PATH attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="original" value=original.map(|year| year.to_string())/>
                    <TextField name="year" input_name="form[year]" label_key="cycles-year" inputmode="numeric" value=form.year error=field("year")/>
                    <TextField name="opens" input_name="form[opens]" label_key="cycles-opens" input_type="datetime-local" step="1" value=form.opens error=field("opens")/>
                    <TextField name="closes" input_name="form[closes]" label_key="cycles-closes" input_type="datetime-local" step="1" value=form.closes error=field("closes")/>
                    <TextField name="decision_due" input_name="form[decision_due]" label_key="cycles-decision-due" input_type="datetime-local" step="1" value=form.decision_due error=field("decision_due")/>
                    <TextField name="quota" input_name="form[quota]" label_key="cycles-quota" hint_key="cycles-quota-hint" inputmode="numeric" value=form.quota error=field("quota")/>
                    <div class="choice__item">
                        <input class="choice__input" type="checkbox" id="field-scores_open" name="form[scores_open]" value="on" checked=form.scores_open.is_some()/>
                        <label class="choice__label" for="field-scores_open">{i18n.tr("cycles-scores-open")}</label>
                    </div>
                    <button type="submit" class="button">{i18n.tr("cycles-save")}</button>
                </PostForm>
            </section>
        </FormRegion>
    }
}

/// One cycle; each cell names its column, so that on a phone the row stands alone as a card.
#[component]
fn CycleRow(cycle: CycleSettings) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = |key: &'static str| i18n.t(key);
    let summary = &cycle.summary;
    let window = translate_with(
        lang,
        "cycles-window-range",
        &[
            (
                "opens",
                Arg::Text(format_wall_clock(lang, summary.opens.riga)),
            ),
            (
                "closes",
                Arg::Text(format_wall_clock(lang, summary.closes.riga)),
            ),
        ],
    );
    let applications = translate_with(
        lang,
        "cycles-applications-count",
        &[
            ("submitted", Arg::Number(cycle.submitted.into())),
            ("endorsed", Arg::Number(cycle.endorsed.into())),
        ],
    );
    let scores = i18n.t(if cycle.scores_open {
        "cycles-yes"
    } else {
        "cycles-no"
    });
    let year = summary.year;
    view! {
        <tr data-testid="cycle-row" data-year=year.to_string()>
            <th scope="row" data-label=label("cycles-year")>{year}</th>
            <td data-label=label("cycles-window")>{window}</td>
            <td data-label=label("cycles-decision-due")>{format_wall_clock(lang, summary.decision_due.riga)}</td>
            <td data-label=label("cycles-quota")>{summary.quota}</td>
            <td data-label=label("cycles-applications")>{applications}</td>
            <td data-label=label("cycles-scores-column")>{scores}</td>
            <td data-label=label("cycles-edit")>
                <a href=paths::admin_cycle(lang, year)>
                    {i18n.tr("cycles-edit")}
                    <span class="visually-hidden">" " {year}</span>
                </a>
            </td>
        </tr>
    }
}
