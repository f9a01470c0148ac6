//! `/{lang}/admin/cities`: the cities and municipalities that may apply. The secretary adds one,
//! renames it or gives the official name UIL should read, and retires it when it may no longer apply;
//! `?city=` opens one to change. Drawn by the server: the list follows the register's changes live,
//! and the form is an island of its own.

use crate::api::accounts::{load_cities, RetireCity, SaveCity};
use crate::components::{
    clear_after, field_error, hydrated, ErrorPanel, ErrorSummary, FormPost, LiveRegion, PostForm,
    StackedTable, TextField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::{CityForm, CitySummary, LiveTopic, Register};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const COLUMNS: [&str; 5] = [
    "cities-name",
    "cities-official-name",
    "cities-website",
    "cities-references",
    "cities-status",
];

#[component]
pub fn AdminCitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let editing = query.with_untracked(|map| map.get_str("city").and_then(|id| id.parse().ok()));
    let cities = Resource::new(|| (), |_| load_cities());
    view! {
        <Title text=i18n.t("cities-title")/>
        <h1>{i18n.tr("cities-title")}</h1>
        <p class="lead">{i18n.tr("cities-lead")}</p>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || cities.get().map(|result| match result {
                Ok(cities) => view! { <Cities cities editing/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Cities(cities: Vec<CitySummary>, editing: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let edited = editing.and_then(|id| cities.iter().find(|city| city.city.id == id).cloned());
    let rows = cities
        .into_iter()
        .map(|city| view! { <CityRow city/> })
        .collect_view();
    view! {
        <CityEditor edited/>
        <section>
            <h2>{i18n.tr("cities-list-heading")}</h2>
            <LiveRegion id="cities".to_owned() topic=LiveTopic::Register(Register::Cities)>
                <StackedTable columns=&COLUMNS>{rows}</StackedTable>
            </LiveRegion>
        </section>
    }
}

/// The form of a new city, or of the one `edited`, with its retirement.
#[island]
fn CityEditor(edited: Option<CitySummary>) -> impl IntoView {
    let save = FormPost::new::<SaveCity>();
    let retire = FormPost::new::<RetireCity>();
    let form_ref = NodeRef::new();
    if edited.is_none() {
        clear_after(form_ref, move || matches!(save.value().get(), Some(Ok(_))));
    }
    let i18n = use_i18n();
    let lang = i18n.lang();
    let scripted = hydrated();
    let error = Signal::derive(move || {
        save.value()
            .get()
            .and_then(Result::err)
            .or_else(|| retire.value().get().and_then(Result::err))
    });
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let form = edited.as_ref().map(CityForm::of).unwrap_or_default();
    let heading = match &edited {
        Some(city) => translate_with(
            lang,
            "cities-edit-heading",
            &[("city", Arg::Text(city.city.name.clone()))],
        ),
        None => i18n.t("cities-new-heading"),
    };
    let saved = move || {
        let done = matches!(save.value().get(), Some(Ok(_)))
            || matches!(retire.value().get(), Some(Ok(())));
        done.then(|| {
            view! {
                <div class="panel panel--success" role="status" data-testid="city-saved">
                    <p>{i18n.tr("cities-saved")}</p>
                </div>
            }
        })
    };
    let retirement = edited.as_ref().map(|city| {
        let id = city.city.id.to_string();
        // Each retirement that goes through turns the switch the other way.
        let retired = RwSignal::new(city.retired);
        Effect::new(move |_| {
            retire.version().track();
            if matches!(retire.value().get_untracked(), Some(Ok(()))) {
                retired.update(|retired| *retired = !*retired);
            }
        });
        let text = move |(retire_key, reinstate_key): (&'static str, &'static str)| {
            move || i18n.t(if retired.get() { reinstate_key } else { retire_key })
        };
        view! {
            <p class="muted">{text(("cities-retire-hint", "cities-reinstate-hint"))}</p>
            <PostForm post=retire attr:class="inline-form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="retire" value=move || (!retired.get()).to_string()/>
                <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                <button type="submit" class="button button--secondary" disabled=move || retire.pending().get()>
                    {text(("cities-retire", "cities-reinstate"))}
                </button>
            </PostForm>
        }
    });
    view! {
        <section class="narrow">
            <h2>{heading}</h2>
            {edited.is_some().then(|| view! {
                <p><a href=paths::admin_cities(lang)>{i18n.tr("cities-new-link")}</a></p>
            })}
            {saved}
            <ErrorSummary error/>
            <PostForm post=save node_ref=form_ref attr:class="form" attr:novalidate=true>
                <input type="hidden" name="original" value=edited.as_ref().map(|city| city.city.id.to_string())/>
                <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                <TextField name="name" input_name="form[name]" label_key="cities-name" hint_key="cities-name-hint" value=form.name error=field("name")/>
                <TextField name="official_name" input_name="form[official_name]" label_key="cities-official-name" hint_key="cities-official-name-hint" value=form.official_name error=field("official_name")/>
                <TextField name="website" input_name="form[website]" label_key="cities-website" input_type="url" value=form.website error=field("website")/>
                <button type="submit" class="button" disabled=move || save.pending().get()>
                    {i18n.tr("cities-save")}
                </button>
            </PostForm>
            {retirement}
        </section>
    }
}

/// One city; each cell names its column, so that on a phone the row stands alone as a card.
#[component]
fn CityRow(city: CitySummary) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = move |key: &'static str| move || i18n.t(key);
    let references = translate_with(
        lang,
        "cities-references-text",
        &[
            (
                "people",
                Arg::Number(i64::try_from(city.people).unwrap_or(i64::MAX)),
            ),
            (
                "applications",
                Arg::Number(i64::try_from(city.applications).unwrap_or(i64::MAX)),
            ),
        ],
    );
    let href = format!("{}?city={}", paths::admin_cities(lang), city.city.id);
    let status = if city.retired {
        "cities-status-retired"
    } else {
        "cities-status-open"
    };
    let data_city = city.city.name.clone();
    view! {
        <tr data-testid="city-row" data-city=data_city>
            <th scope="row" data-label=label("cities-name")>
                <a href=href>{city.city.name}<span class="visually-hidden">" " {i18n.tr("cities-change")}</span></a>
            </th>
            <td data-label=label("cities-official-name")>{city.official_name.unwrap_or_default()}</td>
            <td data-label=label("cities-website")>{city.website.map(|site| view! { <a href=site.clone()>{site.clone()}</a> })}</td>
            <td data-label=label("cities-references")>
                {references}
                {city.member.then(|| view! { <br/><span class="tag">{i18n.tr("cities-member")}</span> })}
            </td>
            <td data-label=label("cities-status")>{i18n.tr(status)}</td>
        </tr>
    }
}
