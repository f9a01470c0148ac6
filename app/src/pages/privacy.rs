//! `/{lang}/privacy`: how the Commission handles personal data in Pieteikums, with the controller,
//! contact and retention periods of this installation. Whole on the server; linked from every
//! page's footer and from the mails that carry a password link.

use crate::api::accounts::privacy_facts;
use crate::components::ErrorPanel;
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::PrivacyFacts;
use leptos::prelude::*;
use leptos_meta::Title;

/// The notice's sections: a heading and its paragraphs, each a translation key.
const SECTIONS: [(&str, &[&str]); 7] = [
    ("privacy-controller-heading", &["privacy-controller"]),
    (
        "privacy-stored-heading",
        &[
            "privacy-stored-accounts",
            "privacy-stored-answers",
            "privacy-stored-files",
            "privacy-stored-reviews",
            "privacy-stored-log",
            "privacy-stored-mail",
            "privacy-stored-attempts",
        ],
    ),
    ("privacy-why-heading", &["privacy-why", "privacy-why-basis"]),
    (
        "privacy-who-heading",
        &[
            "privacy-who-city",
            "privacy-who-commission",
            "privacy-who-uil",
            "privacy-who-nobody",
        ],
    ),
    (
        "privacy-how-long-heading",
        &[
            "privacy-how-long-drafts",
            "privacy-how-long-mail",
            "privacy-how-long-records",
        ],
    ),
    (
        "privacy-rights-heading",
        &["privacy-rights", "privacy-rights-erasure"],
    ),
    ("privacy-complaint-heading", &["privacy-complaint"]),
];

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let facts = Resource::new(|| (), |_| privacy_facts());
    view! {
        <Title text=move || i18n.t("privacy-title")/>
        <h1>{i18n.tr("privacy-title")}</h1>
        <p class="lead">{i18n.tr("privacy-lead")}</p>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || facts.get().map(|result| match result {
                Ok(facts) => view! { <Notice facts/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Notice(facts: PrivacyFacts) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let args = [
        ("controller", Arg::Text(facts.controller)),
        ("contact", Arg::Text(facts.contact)),
        ("drafts", Arg::Number(facts.draft_days.into())),
        ("mail", Arg::Number(facts.mail_days.into())),
    ];
    SECTIONS
        .into_iter()
        .map(|(heading, paragraphs)| {
            view! {
                <section class="narrow">
                    <h2>{i18n.tr(heading)}</h2>
                    {paragraphs
                        .iter()
                        .map(|key| view! { <p>{translate_with(lang, key, &args)}</p> })
                        .collect_view()}
                </section>
            }
        })
        .collect_view()
}
