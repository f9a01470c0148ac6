//! The public pages about the network: what it is and gives a city (`/{lang}/network`), and its
//! Latvian members (`/{lang}/members`). Rendered whole on the server, so they read without JavaScript.

use crate::api::members::public_members;
use crate::components::{ErrorPanel, StackedTable};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{area_label_key, BUILDING_BLOCKS, RATED_AREAS};
use crate::model::PublicMember;
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;

const BENEFITS: [&str; 6] = [
    "network-benefit-1",
    "network-benefit-2",
    "network-benefit-3",
    "network-benefit-4",
    "network-benefit-5",
    "network-benefit-6",
];

const OBLIGATIONS: [&str; 3] = [
    "network-obligation-report",
    "network-obligation-quota",
    "network-obligation-activity",
];

const MEMBER_COLUMNS: [&str; 3] = ["members-city", "members-since", "members-website"];

/// A list of Key Features areas by name.
fn area_list(areas: &'static [&'static str]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="list-bullets">
            {areas.iter().map(|area| {
                let key = area_label_key(area);
                view! { <li>{move || i18n.t(&key)}</li> }
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn NetworkPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let (blocks, conditions) = RATED_AREAS.split_at(BUILDING_BLOCKS);
    view! {
        <Title text=move || i18n.t("network-title")/>
        <h1>{i18n.tr("network-title")}</h1>
        <p class="lead">{i18n.tr("network-lead")}</p>
        <div class="columns">
            <section>
                <h2>{i18n.tr("network-benefits-heading")}</h2>
                <ul class="list-bullets">
                    {BENEFITS.into_iter().map(|key| view! { <li>{i18n.tr(key)}</li> }).collect_view()}
                </ul>
                <h2>{i18n.tr("network-obligations-heading")}</h2>
                <ul class="list-bullets">
                    {OBLIGATIONS.into_iter().map(|key| view! { <li>{i18n.tr(key)}</li> }).collect_view()}
                </ul>
            </section>
            <section>
                <h2>{i18n.tr("network-features-heading")}</h2>
                <p>{i18n.tr("network-features-text")}</p>
                <h3>{i18n.tr("network-blocks-heading")}</h3>
                {area_list(blocks)}
                <h3>{i18n.tr("network-conditions-heading")}</h3>
                {area_list(conditions)}
            </section>
        </div>
        <p>
            <a href=paths::members(lang)>{i18n.tr("network-members-link")}</a>
        </p>
    }
}

#[component]
pub fn MembersPage() -> impl IntoView {
    let i18n = use_i18n();
    let members = Resource::new(|| (), |_| public_members());
    view! {
        <Title text=move || i18n.t("members-title")/>
        <h1>{i18n.tr("members-title")}</h1>
        <p class="lead">{i18n.tr("members-lead")}</p>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || members.get().map(|result| match result {
                Ok(members) if members.is_empty() => {
                    view! { <p data-testid="no-members">{i18n.tr("members-none")}</p> }.into_any()
                }
                Ok(members) => view! { <MemberTable members/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
        <p>
            <a href=paths::network(i18n.lang())>{i18n.tr("members-network-link")}</a>
        </p>
    }
}

#[component]
fn MemberTable(members: Vec<PublicMember>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let rows = members
        .into_iter()
        .map(|member| {
            let since = translate_with(
                lang,
                "members-since-year",
                &[("year", Arg::Number(member.joined_year.into()))],
            );
            let website = member.website.map(|site| {
                let shown = site
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_end_matches('/')
                    .to_owned();
                view! { <a href=site rel="noopener">{shown}</a> }
            });
            view! {
                <tr data-testid="member-row">
                    <th scope="row" data-label=i18n.t("members-city")>{member.name}</th>
                    <td data-label=i18n.t("members-since")>{since}</td>
                    <td data-label=i18n.t("members-website")>{website}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <StackedTable columns=&MEMBER_COLUMNS caption="members-caption">{rows}</StackedTable>
    }
}
