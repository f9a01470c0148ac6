//! The secretary's decisions: confirmed, audited, within the quota, told to the city and to UIL through
//! the outbox; a request for changes reopens the wizard with comments and a resubmission shows a diff.

use crate::features::applications::{save, signed_in, start};
use crate::features::board::{application_of, board_json, desk, review, row, CESIS};
use crate::features::submission::{fill_everything, in_the_window, submit};
use crate::helpers::{spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use server::storage::entities::{applications, cycles, enums, events, member_cities};

pub(crate) async fn decide(
    app: &TestApp,
    client: &reqwest::Client,
    id: i32,
    action: &str,
    reason: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let id = id.to_string();
    let mut form = vec![
        ("id", id.as_str()),
        ("action", action),
        ("reason", reason),
        ("confirm", "yes"),
    ];
    form.extend_from_slice(extra);
    app.post_form(client, "/api/decide", &form).await
}

pub(crate) async fn status(app: &TestApp, id: i32) -> enums::ApplicationStatus {
    applications::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
}

/// Valmiera's application, complete with its signed scan and submitted while the window is open.
async fn submitted_valmiera(app: &TestApp) -> (reqwest::Client, i32) {
    app.clock.set(in_the_window());
    let city = signed_in(app, APPLICANT).await;
    let id = start(app, &city).await;
    fill_everything(app, &city, id).await;
    assert!(submit(app, &city, id).await.status().is_success());
    (city, i32::try_from(id).unwrap())
}

/// A scan as a scanner writes it: a PDF by its content.
const SCAN: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

fn scan_form(name: &str) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(SCAN.to_vec())
            .file_name(name.to_owned())
            .mime_str("application/pdf")
            .unwrap(),
    )
}

/// Uploads the signed endorsement as the desk's form does; returns where the answer sends the browser.
async fn upload_signed(
    app: &TestApp,
    client: &reqwest::Client,
    id: i32,
    name: &str,
    bytes: &[u8],
) -> String {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned()),
    );
    let response = client
        .post(app.url(&format!("/files/applications/{id}/signed-endorsement")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "{name}");
    response.headers()["location"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_endorsement_is_confirmed_printed_signed_and_forwarded_to_uil_with_every_file() {
    let app = spawn_app().await;
    let (city, id) = submitted_valmiera(&app).await;
    let secretary = signed_in(&app, SECRETARY).await;

    let unconfirmed = app
        .post_form(
            &secretary,
            "/api/decide",
            &[("id", &id.to_string()), ("action", "endorse")],
        )
        .await;
    assert_eq!(unconfirmed.status(), 422);
    let problems: Value = unconfirmed.json().await.unwrap();
    assert_eq!(problems["Validation"][0]["field"], "confirm");
    assert_eq!(status(&app, id).await, enums::ApplicationStatus::Submitted);

    let endorsed = decide(&app, &secretary, id, "endorse", "A model plan.", &[]).await;
    assert_eq!(endorsed.status(), 200, "{}", endorsed.text().await.unwrap());
    assert_eq!(status(&app, id).await, enums::ApplicationStatus::Endorsed);
    let pdf = city
        .get(app.url(&format!("/files/applications/{id}/endorsement.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
    let other_city = signed_in(&app, CESIS).await;
    let refused = other_city
        .get(app.url(&format!("/files/applications/{id}/endorsement.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 404);
    let board = board_json(&app, &secretary).await;
    assert_eq!(board["endorsed"], json!(["Valmiera"]));

    // The signed and stamped endorsement: checked by its content, the secretary's alone, then shown
    // to the city with its package.
    assert_eq!(
        upload_signed(&app, &secretary, id, "stamp.txt", b"not a scan").await,
        format!("/lv/board/{id}?problem=wrong-type#signed-endorsement")
    );
    let by_city = city
        .post(app.url(&format!("/files/applications/{id}/signed-endorsement")))
        .multipart(scan_form("signed-endorsement.pdf"))
        .send()
        .await
        .unwrap();
    assert_eq!(by_city.status(), 403);
    let forward_unsigned = decide(&app, &secretary, id, "forward_to_uil", "", &[]).await;
    assert_eq!(
        forward_unsigned.status(),
        422,
        "not without the scan or a tick"
    );
    let problems: Value = forward_unsigned.json().await.unwrap();
    assert_eq!(problems["Validation"][0]["field"], "unsigned");
    assert_eq!(
        upload_signed(&app, &secretary, id, "endorsement-signed.pdf", SCAN).await,
        format!("/lv/board/{id}?uploaded=1#signed-endorsement")
    );
    assert_eq!(
        upload_signed(
            &app,
            &secretary,
            id,
            "Valmiera endorsement signed.pdf",
            SCAN
        )
        .await,
        format!("/lv/board/{id}?uploaded=1#signed-endorsement"),
        "a second upload replaces the first"
    );
    let audited: Vec<Value> = events::Entity::find()
        .filter(events::Column::Kind.eq("attachment_added"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.data)
        .filter(|data| data["kind"] == "signed-endorsement")
        .collect();
    assert_eq!(audited.len(), 2, "{audited:?}");
    assert_eq!(audited[1]["replaces"], json!([audited[0]["attachment"]]));
    let package = app
        .get_json(&city, &format!("/api/draft?kind=application&id={id}"))
        .await;
    let scan_id = package["signed_endorsement"].as_i64().expect("the scan");
    let scans: Vec<&Value> = package["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|file| file["kind"] == "SignedEndorsement")
        .collect();
    assert_eq!(scans.len(), 1, "{scans:?}");
    assert_eq!(scans[0]["id"], scan_id);
    assert_eq!(scans[0]["file_name"], "Valmiera endorsement signed.pdf");
    let fetched = city
        .get(app.url(&format!("/files/attachments/{scan_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.status(), 200);
    assert_eq!(fetched.bytes().await.unwrap().as_ref(), SCAN);

    assert_eq!(
        decide(&app, &secretary, id, "forward_to_uil", "", &[])
            .await
            .status(),
        200
    );
    assert_eq!(
        status(&app, id).await,
        enums::ApplicationStatus::ForwardedToUil
    );
    let outbox = app.outbox().await;
    let to_uil = outbox
        .iter()
        .find(|mail| mail.purpose == "decision-forwarded-uil")
        .expect("the mail to UIL");
    assert_eq!(to_uil.to_addresses, json!(["learningcities@unesco.org"]));
    assert_eq!(to_uil.cc_addresses, json!([APPLICANT]));
    let files: Vec<&str> = to_uil
        .attachments
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["file_name"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(
        files.iter().any(|f| f.starts_with("GNLC-application")),
        "{files:?}"
    );
    assert!(
        files.contains(&"Valmiera endorsement signed.pdf"),
        "the signed scan goes in place of the print: {files:?}"
    );
    assert!(
        !files.contains(&"GNLC-endorsement-Valmiera-2027.pdf"),
        "{files:?}"
    );
    assert!(files.contains(&"signed.pdf"), "{files:?}");
    assert!(outbox
        .iter()
        .any(|mail| mail.purpose == "decision-endorsed-city" && mail.subject.contains("Valmiera")));

    // UIL's outcome: Valmiera is a member already (since 2016) and stays one member row.
    assert_eq!(
        decide(&app, &secretary, id, "record_uil_accepted", "", &[])
            .await
            .status(),
        200
    );
    let members = member_cities::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(members.len(), 2, "Valmiera and Ventspils, once each");
    let seen: Value = desk(&app, &secretary, id).await.json().await.unwrap();
    let kinds: Vec<&str> = seen["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["event"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["Endorse", "RecordUilAccepted"]);
    assert_eq!(seen["can_decide"], json!([]), "UIL's outcome is final");
}

#[tokio::test]
async fn asking_for_changes_reopens_the_wizard_with_comments_and_the_resubmission_shows_what_changed(
) {
    let app = spawn_app().await;
    let (city, id) = submitted_valmiera(&app).await;
    let secretary = signed_in(&app, SECRETARY).await;
    let without_reason = decide(&app, &secretary, id, "request_changes", " ", &[]).await;
    assert_eq!(without_reason.status(), 422);
    let asked = decide(
        &app,
        &secretary,
        id,
        "request_changes",
        "Please say more about your plan.",
        &[
            ("comments[narrative]", "Name the partners."),
            ("comments[city]", ""),
        ],
    )
    .await;
    assert_eq!(asked.status(), 200, "{}", asked.text().await.unwrap());
    assert_eq!(
        status(&app, id).await,
        enums::ApplicationStatus::ChangesRequested
    );

    let draft: Value = crate::features::applications::load(&app, &city, i64::from(id))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(draft["editable"], true);
    let comments = draft["requested_changes"].as_array().unwrap();
    assert_eq!(comments.len(), 2, "{comments:?}");
    assert_eq!(comments[0]["body"], "Please say more about your plan.");
    assert_eq!(comments[1]["section"], "narrative");
    let mail = app
        .outbox()
        .await
        .into_iter()
        .find(|mail| mail.purpose == "decision-changes-city")
        .expect("the city is told");
    assert_eq!(
        mail.language,
        enums::Language::Lv,
        "in the applicant's language"
    );
    assert!(
        mail.body.contains("Please say more about your plan."),
        "{}",
        mail.body
    );

    let narrative = json!({ "Narrative": {
        "context_and_motivation": "Valmiera wants every resident to keep learning.",
        "implementation": "With the adult education centre, the library and the university."
    } });
    let version = draft["versions"]["narrative"].as_i64().unwrap();
    assert_eq!(
        save(&app, &city, i64::from(id), version, narrative)
            .await
            .status(),
        200
    );
    assert!(submit(&app, &city, i64::from(id))
        .await
        .status()
        .is_success());
    assert_eq!(
        status(&app, id).await,
        enums::ApplicationStatus::Resubmitted
    );

    let seen: Value = desk(&app, &secretary, id).await.json().await.unwrap();
    assert!(
        seen["previous"].is_object(),
        "the answers as first submitted"
    );
    let page = app.html_as(&secretary, &format!("/en/board/{id}")).await;
    assert!(page.contains("Changed since the last submission"), "{page}");
    assert!(page.contains("With the adult education centre, the library and the university."));
    assert!(page.contains("Please say more about your plan."));
    let board = board_json(&app, &secretary).await;
    assert_eq!(row(&board, "Valmiera")["status"], "Resubmitted");
}

#[tokio::test]
async fn the_quota_refuses_an_endorsement_and_names_the_endorsed_cities_until_a_reopen() {
    let app = spawn_app().await;
    let cycle = cycles::Entity::find().one(&app.db).await.unwrap().unwrap();
    let mut one_place: cycles::ActiveModel = cycle.into();
    one_place.quota = Set(1);
    one_place.update(&app.db).await.unwrap();
    let cesis = application_of(&app, "Cēsis").await;
    let jelgava = application_of(&app, "Jelgava").await;
    let secretary = signed_in(&app, SECRETARY).await;

    assert_eq!(
        decide(&app, &secretary, cesis, "endorse", "", &[])
            .await
            .status(),
        200
    );
    let refused = decide(&app, &secretary, jelgava, "endorse", "", &[]).await;
    assert_eq!(refused.status(), 409);
    let error: Value = refused.json().await.unwrap();
    assert_eq!(
        error,
        json!({ "QuotaReached": { "quota": 1, "endorsed": ["Cēsis"] } })
    );
    assert_eq!(
        status(&app, jelgava).await,
        enums::ApplicationStatus::Submitted
    );
    let page = app.html_as(&secretary, "/en/board").await;
    assert!(page.contains("Endorsed 1 of 1 this year (Cēsis)"), "{page}");

    let no_reason = decide(&app, &secretary, cesis, "reopen_decision", "", &[]).await;
    assert_eq!(no_reason.status(), 422, "a reopen is explained");
    assert_eq!(
        decide(
            &app,
            &secretary,
            cesis,
            "reopen_decision",
            "Endorsed by mistake.",
            &[]
        )
        .await
        .status(),
        200
    );
    assert_eq!(
        status(&app, cesis).await,
        enums::ApplicationStatus::InReview
    );
    assert_eq!(
        decide(&app, &secretary, jelgava, "endorse", "", &[])
            .await
            .status(),
        200
    );
    let city = signed_in(&app, CESIS).await;
    let gone = city
        .get(app.url(&format!("/files/applications/{cesis}/endorsement.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        gone.status(),
        404,
        "a reopened endorsement is no longer offered"
    );
}

#[tokio::test]
async fn decisions_are_refused_to_the_wrong_people_and_on_a_withdrawn_application() {
    let app = spawn_app().await;
    let cesis = application_of(&app, "Cēsis").await;
    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(
        decide(&app, &reviewer, cesis, "endorse", "", &[])
            .await
            .status(),
        403
    );
    let city = signed_in(&app, CESIS).await;
    assert_eq!(
        decide(&app, &city, cesis, "endorse", "", &[])
            .await
            .status(),
        403
    );
    let other_city = signed_in(&app, APPLICANT).await;
    assert_eq!(
        decide(&app, &other_city, cesis, "endorse", "", &[])
            .await
            .status(),
        404
    );
    assert_eq!(
        decide(&app, &app.client(), cesis, "endorse", "", &[])
            .await
            .status(),
        401
    );
    let secretary = signed_in(&app, SECRETARY).await;
    assert_eq!(
        decide(&app, &secretary, cesis, "approve", "", &[])
            .await
            .status(),
        422
    );
    assert_eq!(
        status(&app, cesis).await,
        enums::ApplicationStatus::Submitted
    );

    let jelgava = application_of(&app, "Jelgava").await;
    let mut withdrawn: applications::ActiveModel = applications::Entity::find_by_id(jelgava)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    withdrawn.status = Set(enums::ApplicationStatus::Withdrawn);
    withdrawn.update(&app.db).await.unwrap();
    let refused = decide(&app, &secretary, jelgava, "endorse", "", &[]).await;
    assert_eq!(refused.status(), 409);
    assert_eq!(refused.json::<Value>().await.unwrap(), json!("NotNow"));

    // Endorsed, the city records that it took the package to UIL itself.
    assert_eq!(
        decide(&app, &secretary, cesis, "endorse", "", &[])
            .await
            .status(),
        200
    );
    assert_eq!(
        decide(&app, &city, cesis, "record_sent_by_city", "", &[])
            .await
            .status(),
        200
    );
    assert_eq!(
        status(&app, cesis).await,
        enums::ApplicationStatus::SentByCity
    );
    assert_eq!(
        row(&board_json(&app, &secretary).await, "Cēsis")["status"],
        "SentByCity"
    );
}

#[tokio::test]
async fn internal_comments_stay_inside_the_commission() {
    let app = spawn_app().await;
    let cesis = application_of(&app, "Cēsis").await;
    let reviewer = signed_in(&app, REVIEWER).await;
    let comment = |client: reqwest::Client, body: &'static str| {
        let app = &app;
        async move {
            app.post_form(
                &client,
                "/api/add_comment",
                &[("id", &cesis.to_string()), ("body", body)],
            )
            .await
            .status()
        }
    };
    assert_eq!(comment(reviewer.clone(), "Strong on libraries.").await, 200);
    assert_eq!(comment(reviewer.clone(), "   ").await, 422);
    let city = signed_in(&app, CESIS).await;
    assert_eq!(comment(city.clone(), "Let us in.").await, 403);
    let seen: Value = desk(&app, &reviewer, cesis).await.json().await.unwrap();
    let comments = seen["comments"].as_array().unwrap();
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0]["body"], "Strong on libraries.");
    assert_eq!(comments[0]["to_city"], false);
    let draft: Value = crate::features::applications::load(&app, &city, i64::from(cesis))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(draft["requested_changes"], json!([]));
    assert!(!draft.to_string().contains("Strong on libraries."));
    // A review draft is kept apart from comments and untouched by them.
    assert_eq!(
        review(&app, &reviewer, cesis, "3", None, "draft")
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn a_decisions_mails_wait_as_drafts_until_the_secretary_has_read_edited_and_sent_them() {
    let app = spawn_app().await;
    let cesis = application_of(&app, "Cēsis").await;
    let secretary = signed_in(&app, SECRETARY).await;
    let asked = decide(
        &app,
        &secretary,
        cesis,
        "request_changes",
        "Name the partners.",
        &[("lang", "en")],
    )
    .await;
    TestApp::assert_sent_to(&asked, "/en/admin/outbox");
    let list = |client: reqwest::Client| {
        let url = app.url("/api/outbox");
        async move { client.get(url).send().await.unwrap() }
    };
    let outbox: Value = list(secretary.clone()).await.json().await.unwrap();
    let draft = &outbox["mails"][0];
    assert_eq!(draft["state"], "Draft");
    assert_eq!(draft["to"], json!([CESIS]));
    let id = draft["id"].as_i64().unwrap().to_string();
    for (who, client) in [
        ("reviewer", signed_in(&app, REVIEWER).await),
        ("city", signed_in(&app, CESIS).await),
    ] {
        assert_eq!(list(client.clone()).await.status(), 403, "{who}");
        let send = app
            .post_form(
                &client,
                "/api/send_mail",
                &[("id", &id), ("subject", "x"), ("body", "y")],
            )
            .await;
        assert_eq!(send.status(), 403, "{who}");
    }

    let empty = app
        .post_form(
            &secretary,
            "/api/send_mail",
            &[("id", &id), ("subject", " "), ("body", "Text")],
        )
        .await;
    assert_eq!(empty.status(), 422);
    let sent = app
        .post_form(
            &secretary,
            "/api/send_mail",
            &[
                ("id", &id),
                ("subject", "Cēsis: please name your partners"),
                ("body", "Edited by the secretary."),
            ],
        )
        .await;
    assert_eq!(sent.status(), 200, "{}", sent.text().await.unwrap());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let delivered = loop {
        let outbox = app.outbox().await;
        let mail = outbox.into_iter().find(|m| m.id.to_string() == id).unwrap();
        if mail.state == enums::OutboxState::Sent || std::time::Instant::now() > deadline {
            break mail;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    assert_eq!(delivered.state, enums::OutboxState::Sent);
    assert_eq!(delivered.subject, "Cēsis: please name your partners");
    assert_eq!(delivered.body, "Edited by the secretary.");
    let again = app
        .post_form(
            &secretary,
            "/api/send_mail",
            &[("id", &id), ("subject", "x"), ("body", "y")],
        )
        .await;
    assert_eq!(again.status(), 409, "a sent mail is not sent twice");
    let missing = app
        .post_form(&secretary, "/api/send_mail", &[("id", "99999")])
        .await;
    assert_eq!(missing.status(), 404);
}
