//! The secretary's outbox: drafts first, filtered by state and purpose, searched in the recipients and
//! the subject, and paged past any number of mails.

use crate::features::applications::signed_in;
use crate::helpers::{postgres_database, spawn_app, spawn_app_with, TestApp, APPLICANT, SECRETARY};
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use serde_json::{json, Value};
use server::clock::Clock;
use server::storage::entities::{enums, outbox_messages};

/// A mail written `minutes_ago`, stored as the outbox stores one.
async fn mail(
    app: &TestApp,
    n: u32,
    purpose: &str,
    state: enums::OutboxState,
    to: &str,
    subject: &str,
) {
    let at = app.clock.now() - chrono::TimeDelta::minutes(i64::from(1000 - n));
    outbox_messages::ActiveModel {
        purpose: Set(purpose.to_owned()),
        idempotency_key: Set(format!("test-{n}")),
        to_addresses: Set(json!([to])),
        cc_addresses: Set(json!(["learningcities@unesco.org"])),
        language: Set(enums::Language::En),
        subject: Set(subject.to_owned()),
        body: Set("Text".to_owned()),
        attachments: Set(json!([])),
        state: Set(state),
        attempts: Set(0),
        next_attempt_at: Set(at),
        last_error: Set(None),
        created_at: Set(at),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn outbox(app: &TestApp, client: &reqwest::Client, query: &str) -> Value {
    app.get_json(client, &format!("/api/outbox?{query}")).await
}

fn subjects(outbox: &Value) -> Vec<String> {
    outbox["mails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|mail| mail["subject"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn drafts_come_first_and_filters_search_and_pages_reach_every_mail() {
    outbox_is_searched_and_paged(spawn_app().await).await;
}

/// The search reads the addresses' JSON as text and escapes the wildcards, which each database does
/// in its own words.
#[tokio::test]
async fn the_outbox_is_searched_alike_on_postgresql() {
    let url = postgres_database().await;
    outbox_is_searched_and_paged(spawn_app_with(move |settings| settings.database_url = url).await)
        .await;
}

async fn outbox_is_searched_and_paged(app: TestApp) {
    let before = app.outbox().await.len();
    // Two drafts written before everything else, then sixty reminders and one failed mail.
    mail(
        &app,
        0,
        "decision-endorsed-city",
        enums::OutboxState::Draft,
        "mayor@cesis.lv",
        "Cēsis is endorsed",
    )
    .await;
    mail(
        &app,
        1,
        "decision-forwarded-uil",
        enums::OutboxState::Draft,
        "learningcities@unesco.org",
        "Cēsis to UIL",
    )
    .await;
    for n in 2..62 {
        mail(
            &app,
            n,
            "reminder",
            enums::OutboxState::Sent,
            &format!("person{n}@valmiera.lv"),
            &format!("Reminder {n}"),
        )
        .await;
    }
    mail(
        &app,
        62,
        "password-reset",
        enums::OutboxState::Failed,
        "Ilze.Ozola@Jelgava.lv",
        "100% new password_link",
    )
    .await;
    let secretary = signed_in(&app, SECRETARY).await;

    let first = outbox(&app, &secretary, "").await;
    let total = before + 63;
    assert_eq!(first["matching"], total);
    assert_eq!(first["drafts"], 2);
    assert_eq!(first["pages"], total.div_ceil(25));
    let shown = subjects(&first);
    assert_eq!(shown.len(), 25);
    assert_eq!(
        shown[..2],
        ["Cēsis to UIL", "Cēsis is endorsed"],
        "drafts first, newest first"
    );
    assert_eq!(shown[2], "100% new password_link", "then the newest");

    let last = outbox(&app, &secretary, "query[page]=99").await;
    assert_eq!(last["page"], last["pages"], "past the last page, the last");
    assert!(
        subjects(&last).contains(&"Reminder 2".to_owned()),
        "the oldest is reached"
    );

    let failed = outbox(&app, &secretary, "query[state]=Failed").await;
    assert_eq!(subjects(&failed), ["100% new password_link"]);
    let reminders = outbox(&app, &secretary, "query[purpose]=reminder").await;
    assert_eq!(reminders["matching"], 60);

    let by_address = outbox(&app, &secretary, "query[text]=ilze.ozola%40jelgava").await;
    assert_eq!(
        subjects(&by_address),
        ["100% new password_link"],
        "in any case"
    );
    let by_subject = outbox(&app, &secretary, "query[text]=c%C4%93sis").await;
    assert_eq!(by_subject["matching"], 2);
    let by_copy = outbox(&app, &secretary, "query[text]=learningcities").await;
    assert!(
        by_copy["matching"].as_u64().unwrap() >= 63,
        "the copy is searched too"
    );
    let percent = outbox(&app, &secretary, "query[text]=100%25").await;
    assert_eq!(subjects(&percent), ["100% new password_link"]);
    let underscore = outbox(&app, &secretary, "query[text]=e_d").await;
    assert_eq!(
        underscore["matching"], 0,
        "an underscore is a letter, not a wildcard"
    );
    let nothing = outbox(&app, &secretary, "query[state]=Draft&query[text]=valmiera").await;
    assert_eq!(
        (nothing["matching"].as_u64(), nothing["pages"].as_u64()),
        (Some(0), Some(1))
    );

    let page = app
        .html_as(&secretary, "/en/admin/outbox?state=failed&q=jelgava")
        .await;
    assert!(
        page.contains("100% new password_link"),
        "the address's filters apply"
    );
    assert!(!page.contains("Reminder 61"));
    assert!(page.contains("Password reset"), "the purpose is named");

    let city = signed_in(&app, APPLICANT).await;
    let refused = city.get(app.url("/api/outbox")).send().await.unwrap();
    assert_eq!(refused.status(), 403);
}
