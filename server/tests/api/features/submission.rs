//! The wizard's pages and submission: forms that work without JavaScript, the window enforced by the
//! server's clock, the frozen snapshot and the mails.

use crate::features::applications::{add_applicant, load, save, save_then, signed_in, start};
use crate::features::uploads::{pdf, upload};
use crate::helpers::{spawn_app, TestApp, APPLICANT, REVIEWER};
use chrono::TimeZone;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use server::storage::entities::{applications, enums, form_snapshots};

/// Every section of Valmiera's application, answered completely.
fn complete_sections() -> Vec<Value> {
    server::demo::complete_answers("Valmiera", "valmiera.lv")
}

async fn answer_everything(app: &TestApp, client: &reqwest::Client, id: i64) {
    for section in complete_sections() {
        let response = save(app, client, id, 0, section).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.json::<Value>().await.unwrap()["state"], "Complete");
    }
}

/// Every answer, and the scan the mayor signed.
pub async fn fill_everything(app: &TestApp, client: &reqwest::Client, id: i64) {
    answer_everything(app, client, id).await;
    let signed = upload(app, client, id, "signed", "signed.pdf", pdf(4_000)).await;
    assert_eq!(signed.status(), 303);
}

pub async fn submit(app: &TestApp, client: &reqwest::Client, id: i64) -> reqwest::Response {
    app.post_form(
        client,
        "/api/submit_form",
        &[("id", &id.to_string()), ("lang", "en")],
    )
    .await
}

/// 10 March 2027: the 2027 window is open.
pub fn in_the_window() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc.with_ymd_and_hms(2027, 3, 10, 9, 0, 0).unwrap()
}

/// The `.eml` files the mail worker has written, waiting up to five seconds for `count` of them.
async fn sent_mails(app: &TestApp, count: usize) -> Vec<String> {
    let folder = app.data_dir.path().join("outbox");
    for _ in 0..100 {
        let mails: Vec<String> = std::fs::read_dir(&folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|entry| entry.path().extension().is_some_and(|e| e == "eml"))
                    .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
                    .collect()
            })
            .unwrap_or_default();
        if mails.len() >= count {
            return mails;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the mail worker did not write {count} mails");
}

async fn status_of(app: &TestApp, id: i64) -> enums::ApplicationStatus {
    applications::Entity::find_by_id(id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
}

#[tokio::test]
async fn without_javascript_the_buttons_save_and_lead_on() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    let sections = complete_sections();

    let gap = json!({ "Mayor": { "salutation": "mr", "surname": "Bērziņš" } });
    let response = save_then(
        &app,
        &client,
        id,
        0,
        gap,
        &[("then", "continue"), ("lang", "lv")],
    )
    .await;
    TestApp::assert_sent_to(&response, &format!("/lv/apply/{id}/mayor?check=1"));
    let draft: Value = load(&app, &client, id).await.json().await.unwrap();
    assert_eq!(
        draft["form"]["mayor"]["surname"], "Bērziņš",
        "saved although incomplete"
    );
    assert_eq!(
        draft["form"]["mayor"]["title"], "",
        "absent fields are empty"
    );

    let response = save_then(
        &app,
        &client,
        id,
        1,
        sections[1].clone(),
        &[("then", "continue"), ("lang", "lv")],
    )
    .await;
    TestApp::assert_sent_to(&response, &format!("/lv/apply/{id}/contact"));
    let response = save_then(
        &app,
        &client,
        id,
        0,
        sections[6].clone(),
        &[("then", "continue"), ("lang", "en")],
    )
    .await;
    TestApp::assert_sent_to(&response, &format!("/en/apply/{id}/check"));
    let response = save_then(
        &app,
        &client,
        id,
        0,
        sections[0].clone(),
        &[("then", "later"), ("lang", "ru")],
    )
    .await;
    TestApp::assert_sent_to(&response, &format!("/ru/apply/{id}"));
    let response = save_then(
        &app,
        &client,
        id,
        1,
        sections[0].clone(),
        &[("then", "previous"), ("lang", "en")],
    )
    .await;
    TestApp::assert_sent_to(&response, &format!("/en/apply/{id}"));

    let unticked = app
        .post_form(
            &client,
            "/api/save_answers",
            &[
                ("id", &id.to_string()),
                ("section", "pledge"),
                ("base_version", "1"),
            ],
        )
        .await;
    assert_eq!(
        unticked.status(),
        200,
        "an unticked box alone posts no answers"
    );
    assert_eq!(
        unticked.json::<Value>().await.unwrap()["state"],
        "NotStarted"
    );

    let unknown = app
        .post_form(
            &client,
            "/api/save_answers",
            &[
                ("id", &id.to_string()),
                ("section", "budget"),
                ("base_version", "0"),
            ],
        )
        .await;
    assert_eq!(unknown.status(), 404);
    let malformed = app
        .post_form(
            &client,
            "/api/save_answers",
            &[
                ("id", &id.to_string()),
                ("section", "city"),
                ("base_version", "0"),
                ("answers[name][x]", "a"),
            ],
        )
        .await;
    assert_eq!(malformed.status(), 422);
}

#[tokio::test]
async fn the_wizard_pages_render_the_saved_answers_escaped_and_only_for_the_city() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    let typed = "<script>alert('x')</script> Valmiera";
    save(
        &app,
        &client,
        id,
        0,
        json!({ "City": { "name": typed, "website": "valmiera" } }),
    )
    .await;

    let page = |path: String| {
        let client = client.clone();
        let url = app.url(&path);
        async move { client.get(url).send().await.unwrap() }
    };
    let tasks = page(format!("/en/apply/{id}")).await;
    assert_eq!(tasks.status(), 200);
    let html = tasks.text().await.unwrap();
    assert!(
        html.contains("You have completed 0 of 7 sections."),
        "{html}"
    );
    assert!(html.contains("Has errors"));
    assert!(html.contains("Last edited by Anna Bērziņa"));

    let section = page(format!("/en/apply/{id}/city?check=1")).await;
    assert_eq!(section.status(), 200);
    let html = section.text().await.unwrap();
    assert!(
        !html.contains("<script>alert"),
        "typed HTML is never markup"
    );
    assert!(html.contains("&lt;script&gt;alert"));
    assert!(html.contains(r#"name="answers[name]""#));
    assert!(
        html.contains(r#"name="base_version" value="1""#),
        "a post without JavaScript carries the version it was based on"
    );
    assert!(
        html.contains(r#"action="/api/save_answers""#),
        "the form posts without JavaScript"
    );
    assert!(
        html.contains("Enter a web address like"),
        "?check=1 lists the problems"
    );
    assert!(
        html.contains(r##"href="#field-website""##),
        "the summary links to the field"
    );

    let check = page(format!("/lv/apply/{id}/check")).await;
    assert_eq!(check.status(), 200);
    let html = check.text().await.unwrap();
    assert!(html.contains("&lt;script&gt;alert"));
    assert!(html.contains(&format!("/lv/apply/{id}/mayor?check=1#field-salutation")));

    assert_eq!(page(format!("/en/apply/{id}/budget")).await.status(), 404);
    assert_eq!(page("/en/apply/nine".into()).await.status(), 404);
    add_applicant(&app, "ventspils@x.lv", "Ilga Ventere", "Ventspils").await;
    let ventspils = signed_in(&app, "ventspils@x.lv").await;
    let other = ventspils
        .get(app.url(&format!("/en/apply/{id}/city")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        other.status(),
        404,
        "another city's application is not found, not forbidden"
    );
    assert!(!other.text().await.unwrap().contains("Valmiera"));
    let anonymous = app
        .client()
        .get(app.url(&format!("/en/apply/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn an_incomplete_application_cannot_be_submitted() {
    let app = spawn_app().await;
    app.clock.set(in_the_window());
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    for section in complete_sections().into_iter().take(6) {
        save(&app, &client, id, 0, section).await;
    }
    let response = submit(&app, &client, id).await;
    assert_eq!(response.status(), 409);
    assert!(response.text().await.unwrap().contains("Incomplete"));
    assert_eq!(status_of(&app, id).await, enums::ApplicationStatus::Draft);
    assert!(app.outbox().await.is_empty());
}

#[tokio::test]
async fn an_application_the_mayor_has_not_signed_cannot_be_submitted() {
    let app = spawn_app().await;
    app.clock.set(in_the_window());
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    answer_everything(&app, &client, id).await;
    let check = app.html_as(&client, &format!("/en/apply/{id}/check")).await;
    assert!(
        check.contains("Upload the scan of the application signed"),
        "{check}"
    );
    assert!(check.contains(&format!(r#"href="/en/apply/{id}/attachments""#)));

    let response = submit(&app, &client, id).await;
    assert_eq!(response.status(), 409);
    assert!(response.text().await.unwrap().contains("NotSigned"));
    assert_eq!(status_of(&app, id).await, enums::ApplicationStatus::Draft);
    assert!(app.outbox().await.is_empty());

    // A supporting document is not the signature.
    upload(&app, &client, id, "supporting", "plan.pdf", pdf(3_000)).await;
    assert_eq!(submit(&app, &client, id).await.status(), 409);
    upload(&app, &client, id, "signed", "signed.pdf", pdf(3_000)).await;
    TestApp::assert_sent_to(
        &submit(&app, &client, id).await,
        &format!("/en/apply/{id}/submitted"),
    );
}

/// The text of a PDF, page after page, with each run of white space (a wrapped line) as one space.
pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let document = lopdf::Document::load_mem(bytes).expect("a readable PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).expect("text comes out");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn the_printed_application_has_every_answer_in_any_alphabet_for_the_city_and_the_commission()
{
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    answer_everything(&app, &client, id).await;
    let long_answer = "Valmiera wants every resident to keep learning. ".repeat(40);
    save(
        &app,
        &client,
        id,
        1,
        json!({ "Narrative": {
            "context_and_motivation": long_answer,
            "implementation": "Ирина Петрова leads it with Jānis Bērziņš: <b>not markup</b>"
        } }),
    )
    .await;
    let url = app.url(&format!("/files/applications/{id}/application.pdf"));

    let response = client.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.contains("GNLC-application-Valmiera-2027.pdf"),
        "{disposition}"
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&bytes);
    for expected in [
        "Application to join the UNESCO Global Network of Learning Cities",
        "Valmiera, application cycle 2027",
        "Bērziņš",
        "Lāčplēša iela 2, Valmiera",
        "Ирина Петрова",
        "<b>not markup</b>",
        "www.valmiera.lv",
        "Signature of the mayor",
        "Official stamp",
    ] {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
    let pages = lopdf::Document::load_mem(&bytes).unwrap().get_pages().len();
    assert!(pages >= 2, "the long answer wraps onto more pages: {pages}");
    assert!(text.contains(&format!("page {pages} of {pages}")), "{text}");

    let russian = client.get(format!("{url}?lang=ru")).send().await.unwrap();
    let text = pdf_text(&russian.bytes().await.unwrap());
    assert!(text.contains("Подпись мэра"), "{text}");
    let latvian = client.get(format!("{url}?lang=lv")).send().await.unwrap();
    assert!(pdf_text(&latvian.bytes().await.unwrap()).contains("Mēra paraksts"));

    let commission = signed_in(&app, REVIEWER).await;
    assert_eq!(commission.get(&url).send().await.unwrap().status(), 200);
    add_applicant(&app, "ventspils@x.lv", "Ilga Ventere", "Ventspils").await;
    let ventspils = signed_in(&app, "ventspils@x.lv").await;
    let other = ventspils.get(&url).send().await.unwrap();
    assert_eq!(
        other.status(),
        404,
        "another city's application is not found"
    );
    let anonymous = app.client().get(&url).send().await.unwrap();
    assert_eq!(anonymous.status(), 303, "to the login page");
    let missing = client
        .get(app.url("/files/applications/999999/application.pdf"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn submission_is_refused_outside_the_window_by_the_servers_clock() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    fill_everything(&app, &client, id).await;

    // 28 February 2027, 23:59:59 in Riga: one second before the window opens.
    app.clock.set(
        chrono::Utc
            .with_ymd_and_hms(2027, 2, 28, 21, 59, 59)
            .unwrap(),
    );
    let early = submit(&app, &client, id).await;
    assert_eq!(early.status(), 409);
    assert!(early.text().await.unwrap().contains("WindowClosed"));

    // The window ends at 30 April 2027, 23:59:59 in Riga (its last open second is the one before);
    // midnight is too late.
    app.clock
        .set(chrono::Utc.with_ymd_and_hms(2027, 4, 30, 21, 0, 0).unwrap());
    let late = submit(&app, &client, id).await;
    assert_eq!(late.status(), 409);
    assert!(late.text().await.unwrap().contains("WindowClosed"));
    assert_eq!(status_of(&app, id).await, enums::ApplicationStatus::Draft);
    assert!(app.outbox().await.is_empty());

    app.clock.set(
        chrono::Utc
            .with_ymd_and_hms(2027, 4, 30, 20, 59, 58)
            .unwrap(),
    );
    let last_second = submit(&app, &client, id).await;
    TestApp::assert_sent_to(&last_second, &format!("/en/apply/{id}/submitted"));
    assert_eq!(
        status_of(&app, id).await,
        enums::ApplicationStatus::Submitted
    );
}

#[tokio::test]
async fn a_submission_freezes_the_answers_and_mails_the_city_the_commission_and_uil() {
    let app = spawn_app().await;
    app.clock.set(in_the_window());
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    fill_everything(&app, &client, id).await;

    let response = submit(&app, &client, id).await;
    TestApp::assert_sent_to(&response, &format!("/en/apply/{id}/submitted"));
    let application = applications::Entity::find_by_id(id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(application.status, enums::ApplicationStatus::Submitted);
    assert_eq!(application.submitted_at, Some(in_the_window()));

    let snapshots = form_snapshots::Entity::find()
        .filter(form_snapshots::Column::ApplicationId.eq(id as i32))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(snapshots.len(), 1);
    assert_eq!(snapshots[0].data["city"]["name"], "Valmiera");
    assert_eq!(
        snapshots[0].data["interests"]["ratings"]["political-will"],
        "4"
    );

    let outbox = app.outbox().await;
    assert_eq!(outbox.len(), 2);
    let city = outbox
        .iter()
        .find(|m| m.purpose == "application-submitted-city")
        .unwrap();
    assert_eq!(city.to_addresses, json!([APPLICANT]));
    assert_eq!(city.cc_addresses, json!(["anna.liepina@valmiera.lv"]));
    assert_eq!(
        city.language,
        enums::Language::Lv,
        "the city hears in its own language"
    );
    assert!(city.subject.contains("Valmiera"), "{}", city.subject);
    let office = outbox
        .iter()
        .find(|m| m.purpose == "application-submitted-commission")
        .unwrap();
    assert_eq!(office.to_addresses, json!(["office@unesco.lv"]));
    assert_eq!(office.cc_addresses, json!(["learningcities@unesco.org"]));
    assert!(
        office.body.contains(&format!("/en/apply/{id}/check")),
        "{}",
        office.body
    );
    // Both carry the application as printed at submission, kept beside the uploads.
    let printed = json!([{
        "storage_key": format!("application-{id}-v{}.pdf", application.version),
        "file_name": "GNLC-application-Valmiera-2027.pdf",
        "content_type": "application/pdf",
    }]);
    assert_eq!(city.attachments, printed);
    assert_eq!(office.attachments, printed);
    let kept = app
        .data_dir
        .path()
        .join("uploads")
        .join(format!("application-{id}-v{}.pdf", application.version));
    let text = pdf_text(&std::fs::read(&kept).unwrap());
    assert!(
        text.contains("Chairman of Valmiera Municipal Council"),
        "{text}"
    );

    // The mail worker sends them with the PDF attached.
    let sent = sent_mails(&app, 2).await;
    for mail in &sent {
        assert!(mail.contains("Content-Type: application/pdf"), "{mail}");
        assert!(
            mail.contains("GNLC-application-Valmiera-2027.pdf"),
            "{mail}"
        );
    }

    // Frozen: no more saving, no second submission, no second set of mails.
    let late = save(&app, &client, id, 1, complete_sections()[0].clone()).await;
    assert_eq!(late.status(), 409);
    assert!(late.text().await.unwrap().contains("NotEditable"));
    let again = submit(&app, &client, id).await;
    assert_eq!(again.status(), 409);
    assert_eq!(app.outbox().await.len(), 2);
    let draft: Value = load(&app, &client, id).await.json().await.unwrap();
    assert_eq!(draft["status"], "Submitted");
    assert_eq!(draft["editable"], false);
}

#[tokio::test]
async fn the_addresses_submissions_go_to_are_configurable() {
    let app = crate::helpers::spawn_app_with(|settings| {
        settings.commission_email = "pieteikumi@unesco.example".into();
        settings.uil_email = "gnlc@uil.example".into();
    })
    .await;
    app.clock.set(in_the_window());
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    fill_everything(&app, &client, id).await;
    TestApp::assert_sent_to(
        &submit(&app, &client, id).await,
        &format!("/en/apply/{id}/submitted"),
    );
    let office = app
        .outbox()
        .await
        .into_iter()
        .find(|m| m.purpose == "application-submitted-commission")
        .unwrap();
    assert_eq!(office.to_addresses, json!(["pieteikumi@unesco.example"]));
    assert_eq!(office.cc_addresses, json!(["gnlc@uil.example"]));
}

#[tokio::test]
async fn open_pages_of_the_city_and_the_commission_hear_of_a_submission_at_once() {
    let app = spawn_app().await;
    app.clock.set(in_the_window());
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    fill_everything(&app, &client, id).await;

    let anonymous = app.client().get(app.url("/events")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let mut city_page = app.live_feed(&client, "/events").await;
    let mut commission_page = app
        .live_feed(&signed_in(&app, REVIEWER).await, "/events")
        .await;
    add_applicant(&app, "ventspils@x.lv", "Ilga Ventere", "Ventspils").await;
    let mut other_city_page = app
        .live_feed(&signed_in(&app, "ventspils@x.lv").await, "/events")
        .await;

    TestApp::assert_sent_to(
        &submit(&app, &client, id).await,
        &format!("/en/apply/{id}/submitted"),
    );
    let wait = std::time::Duration::from_secs(2);
    for page in [&mut city_page, &mut commission_page] {
        let event = page
            .next(wait)
            .await
            .expect("an event within a second or two");
        let changed = &event["ApplicationChanged"];
        assert_eq!(changed["id"], id, "{event}");
        assert_eq!(changed["status"], "Submitted");
    }
    assert_eq!(
        other_city_page
            .next(std::time::Duration::from_millis(500))
            .await,
        None,
        "another city hears nothing of it"
    );

    // Stopping ends the open streams rather than waiting for them.
    tokio::time::timeout(std::time::Duration::from_secs(5), app.stop())
        .await
        .expect("the server stops with pages connected");
    assert!(
        city_page
            .ends_within(std::time::Duration::from_secs(2))
            .await,
        "the stream ended"
    );
}

#[tokio::test]
async fn without_javascript_a_save_that_meets_a_newer_one_keeps_what_was_typed() {
    let app = spawn_app().await;
    let first = signed_in(&app, APPLICANT).await;
    let second = signed_in(&app, APPLICANT).await;
    let id = start(&app, &first).await;
    save(
        &app,
        &first,
        id,
        0,
        json!({ "City": { "name": "Valmiera (first)", "website": "valmiera.lv" } }),
    )
    .await;

    let typed = json!({ "City": { "name": "Valmiera (second)", "website": "www.valmiera.lv" } });
    let then = [("then", "continue"), ("lang", "en")];
    let response = save_then(&app, &second, id, 0, typed.clone(), &then).await;
    TestApp::assert_sent_to(&response, &format!("/en/apply/{id}/city?conflict=1"));
    let page = |client: &reqwest::Client| {
        let request = client.get(app.url(&format!("/en/apply/{id}/city?conflict=1")));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let html = page(&second).await;
    assert!(
        html.contains(r#"value="Valmiera (second)""#),
        "the typed answer is back in the form: {html}"
    );
    assert!(html.contains("Valmiera (first)"), "next to the saved one");
    assert!(html.contains(r#"data-testid="conflict""#));
    assert!(
        html.contains(r#"form="section-form" name="then" value="keep""#),
        "keeping them is a button of the form, which works without JavaScript"
    );
    assert!(
        html.contains(r#"name="base_version" value="1""#),
        "saving again is a choice made on top of the newer answers"
    );
    assert!(
        !page(&first).await.contains(r#"data-testid="conflict""#),
        "the typed answers wait in the typist's session only"
    );

    let kept = save_then(&app, &second, id, 1, typed, &then).await;
    TestApp::assert_sent_to(&kept, &format!("/en/apply/{id}/mayor"));
    let draft: Value = load(&app, &second, id).await.json().await.unwrap();
    assert_eq!(draft["form"]["city"]["name"], "Valmiera (second)");
    assert!(
        !page(&second).await.contains(r#"data-testid="conflict""#),
        "once saved, they are no longer waiting"
    );
}

#[tokio::test]
async fn a_city_corresponding_in_french_gets_its_application_printed_in_french() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    answer_everything(&app, &client, id).await;
    let mut contact = complete_sections()
        .into_iter()
        .find(|section| section.get("Contact").is_some())
        .unwrap();
    contact["Contact"]["language"] = json!("fr");
    assert_eq!(save(&app, &client, id, 1, contact).await.status(), 200);

    let url = app.url(&format!("/files/applications/{id}/application.pdf"));
    let french = pdf_text(
        &client
            .get(&url)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap(),
    );
    for expected in [
        "Candidature au Réseau mondial UNESCO des villes apprenantes",
        "Valmiera, cycle de candidature 2027",
        "Personne de contact",
        "Langue de communication",
        "Français",
        "Signature du maire",
        "Cachet officiel",
        "page 1 sur",
    ] {
        assert!(
            french.contains(expected),
            "{expected} missing from:\n{french}"
        );
    }
    let english = client.get(format!("{url}?lang=en")).send().await.unwrap();
    let english = pdf_text(&english.bytes().await.unwrap());
    assert!(english.contains("Signature of the mayor"), "{english}");
    assert!(
        english.contains("French"),
        "the answer itself in the reader's words"
    );
}
