//! `/{lang}/admin/cities`: the cities and municipalities that may apply. The secretary adds one,
//! renames it or gives the official name UIL should read, and retires it when it may no longer apply;
//! `?city=` opens one to change. Drawn by the server: the list follows the register's changes live,
//! and the form answers in place.

use crate::api::accounts::{load_cities, RetireCity, SaveCity};
use crate::components::{
    done_of, field_error, refusal_of, ErrorPanel, ErrorSummary, FormRegion, LiveRegion, PostForm,
    StackedTable, SuccessPanel, TextField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::{CityForm, CitySummary, LiveTopic, Register};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

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
#[component]
fn CityEditor(edited: Option<CitySummary>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let error = Signal::stored(refusal_of::<SaveCity>().or_else(refusal_of::<RetireCity>));
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
    let saved = (done_of::<SaveCity>() || done_of::<RetireCity>()).then(|| {
        view! { <SuccessPanel key="cities-saved" testid="city-saved"/> }
    });
    let retirement = edited.as_ref().map(|city| {
        let (id, retired) = (city.city.id.to_string(), city.retired);
        let (hint, button) = if retired {
            ("cities-reinstate-hint", "cities-reinstate")
        } else {
            ("cities-retire-hint", "cities-retire")
        };
        view! {
            <p class="muted">{i18n.tr(hint)}</p>
            <PostForm action=RetireCity::PATH attr:class="inline-form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="retire" value=(!retired).to_string()/>
                <button type="submit" class="button button--secondary">{i18n.tr(button)}</button>
            </PostForm>
        }
    });
    view! {
        <FormRegion id="city-editor">
            <section class="narrow">
                <h2>{heading}</h2>
                {edited.is_some().then(|| view! {
                    <p><a href=paths::admin_cities(lang)>{i18n.tr("cities-new-link")}</a></p>
                })}
                {saved}
                <ErrorSummary error/>
                <PostForm action=SaveCity::PATH attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="original" value=edited.as_ref().map(|city| city.city.id.to_string())/>
                    <TextField name="name" input_name="form[name]" label_key="cities-name" hint_key="cities-name-hint" value=form.name error=field("name")/>
                    <TextField name="official_name" input_name="form[official_name]" label_key="cities-official-name" hint_key="cities-official-name-hint" value=form.official_name error=field("official_name")/>
                    <TextField name="website" input_name="form[website]" label_key="cities-website" input_type="url" value=form.website error=field("website")/>
                    <button type="submit" class="button">{i18n.tr("cities-save")}</button>
                </PostForm>
                {retirement}
            </section>
        </FormRegion>
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
    let href = paths::admin_city(lang, city.city.id);
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
