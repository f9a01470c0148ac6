//! The biennial progress report: the same wizard as the application (saving, conflicts, attachments,
//! printing, submission), started from what the city wrote before and checked against the member's
//! schedule.

use crate::features::applications::{add_applicant, signed_in};
use crate::features::uploads::{location, pdf, upload_to};
use crate::helpers::{city_id, spawn_app, TestApp, APPLICANT, REVIEWER};
use chrono::TimeZone;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
};
use serde_json::{json, Value};
use server::storage::entities::{enums, events, form_snapshots, member_cities, progress_reports};

async fn my_reports(app: &TestApp, client: &reqwest::Client) -> Value {
    app.get_json(client, "/api/reports").await
}

async fn start_report(app: &TestApp, client: &reqwest::Client) -> reqwest::Response {
    app.post_form(client, "/api/start_report", &[]).await
}

async fn started(app: &TestApp, client: &reqwest::Client) -> i64 {
    let response = start_report(app, client).await;
    assert_eq!(response.status(), 200);
    response.json::<i64>().await.unwrap()
}

async fn draft(app: &TestApp, client: &reqwest::Client, id: i64) -> reqwest::Response {
    client
        .get(app.url(&format!("/api/draft?kind=report&id={id}")))
        .send()
        .await
        .unwrap()
}

/// Saves one section of a report as autosave does: `answers` as the section's form posts them.
async fn save_report(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    section: &str,
    base: i64,
    answers: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = vec![
        ("kind".to_owned(), "report".to_owned()),
        ("id".to_owned(), id.to_string()),
        ("section".to_owned(), section.to_owned()),
        ("base_version".to_owned(), base.to_string()),
    ];
    form.extend(
        answers
            .iter()
            .map(|(name, value)| (format!("answers[{name}]"), (*value).to_owned())),
    );
    client
        .post(app.url("/api/save_answers"))
        .form(&form)
        .send()
        .await
        .unwrap()
}

async fn submit_report(app: &TestApp, client: &reqwest::Client, id: i64) -> reqwest::Response {
    app.post_form(
        client,
        "/api/submit_form",
        &[("kind", "report"), ("id", &id.to_string()), ("lang", "en")],
    )
    .await
}

/// The error a server function answered with, e.g. `"NotMember"`, and its status.
async fn error_of(response: reqwest::Response) -> (u16, String) {
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    let name = match &body {
        Value::String(name) => name.clone(),
        Value::Object(map) => map.keys().next().cloned().unwrap_or_default(),
        other => other.to_string(),
    };
    (status, name)
}

async fn member_of(app: &TestApp, city: &str) -> member_cities::Model {
    let city = city_id(app, city).await;
    member_cities::Entity::find()
        .filter(member_cities::Column::CityId.eq(city))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_member_starts_the_report_it_owes_from_its_previous_one_and_saves_it_like_an_application()
{
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let mine = my_reports(&app, &client).await;
    assert_eq!(mine["member"], true);
    assert_eq!(mine["owed"]["period_year"], 2028);
    // The demo's Valmiera sent its 2026 report, which UIL has.
    assert_eq!(mine["reports"].as_array().unwrap().len(), 1);
    assert_eq!(mine["reports"][0]["period_year"], 2026);
    assert_eq!(mine["reports"][0]["status"], "ForwardedToUil");

    let id = started(&app, &client).await;
    assert_eq!(
        started(&app, &client).await,
        id,
        "starting twice opens the same report"
    );
    let report: Value = draft(&app, &client, id).await.json().await.unwrap();
    assert_eq!(report["kind"], "report");
    assert_eq!(report["year"], 2028);
    assert_eq!(report["status"], "Draft");
    assert_eq!(report["editable"], true);
    assert!(report["timing"]["Due"].is_object(), "{}", report["timing"]);
    // Every section starts from the 2026 report, at version 1.
    let versions = report["versions"].as_object().unwrap();
    assert_eq!(versions.len(), 10, "{versions:?}");
    assert!(versions.values().all(|version| *version == 1));
    assert_eq!(
        report["form"]["contact"]["email"],
        "anna.liepina@valmierasnovads.lv"
    );
    assert!(report["form"]["progress"]["Plan"]["narrative"]
        .as_str()
        .unwrap()
        .starts_with("Valmiera reports"));
    let mine = my_reports(&app, &client).await;
    assert_eq!(mine["reports"][0]["id"], id);
    assert_eq!(mine["reports"][0]["status"], "Draft");

    let saved = save_report(
        &app,
        &client,
        id,
        "learning-city-plan",
        1,
        &[(
            "narrative",
            "In 2027 the council adopted a new lifelong learning plan.",
        )],
    )
    .await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(
        (saved["version"].clone(), saved["state"].clone()),
        (json!(2), json!("Complete"))
    );
    // A save from a page that read version 1 meets the newer one.
    let stale = save_report(
        &app,
        &client,
        id,
        "learning-city-plan",
        1,
        &[("narrative", "x")],
    )
    .await;
    assert_eq!(stale.status(), 409);
    assert!(stale.text().await.unwrap().contains("Anna Bērziņa"));
    // 301 words are refused by the check, yet kept as typed.
    let long = vec!["word"; 301].join(" ");
    let saved = save_report(&app, &client, id, "innovation", 1, &[("narrative", &long)]).await;
    assert_eq!(saved.json::<Value>().await.unwrap()["state"], "HasErrors");
    let report: Value = draft(&app, &client, id).await.json().await.unwrap();
    assert_eq!(report["form"]["progress"]["Innovation"]["narrative"], long);

    // The application's sections are not the report's, and a report is not an application.
    let foreign = save_report(
        &app,
        &client,
        id,
        "pledge",
        0,
        &[("adopts_guiding_documents", "on")],
    )
    .await;
    assert_eq!(foreign.status(), 404);
    let as_application = client
        .get(app.url(&format!("/api/draft?kind=application&id={id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(as_application.status(), 404);

    // Supporting files, but no signed scan: a report is not signed by the mayor.
    let folder = format!("/files/reports/{id}");
    let signed = upload_to(&app, &client, &folder, "signed", "scan.pdf", pdf(2_000)).await;
    assert_eq!(
        location(&signed),
        format!("/lv/report/{id}/attachments?problem=no-kind")
    );
    let supporting = upload_to(
        &app,
        &client,
        &folder,
        "supporting",
        "statistics.pdf",
        pdf(3_000),
    )
    .await;
    assert_eq!(
        location(&supporting),
        format!("/lv/report/{id}/attachments?uploaded=1")
    );
    let report: Value = draft(&app, &client, id).await.json().await.unwrap();
    assert_eq!(report["attachments"][0]["file_name"], "statistics.pdf");

    // Without JavaScript the section's buttons post and lead on through the report's own sections.
    let posted = client
        .post(app.url("/api/save_answers"))
        .header("accept", "text/html,application/xhtml+xml")
        .form(&[
            ("kind", "report"),
            ("id", &id.to_string()),
            ("section", "city-profile"),
            ("base_version", "1"),
            ("answers[population][value]", "23 100"),
            ("answers[population][year]", "2026"),
            ("lang", "en"),
            ("then", "continue"),
        ])
        .send()
        .await
        .unwrap();
    TestApp::assert_sent_to(&posted, &format!("/en/report/{id}/city-profile?check=1"));
    let page = app
        .html_as(&client, &format!("/en/report/{id}/city-profile?check=1"))
        .await;
    assert!(page.contains("Population"), "{page}");
    assert!(page.contains(r#"name="kind" value="report""#), "{page}");

    let printed = client
        .get(app.url(&format!("/files/reports/{id}/report.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(printed.status(), 200);
    assert_eq!(printed.headers()["content-type"], "application/pdf");
    assert!(printed.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("GNLC-progress-report-Valmiera-2028.pdf"));
}

#[tokio::test]
async fn only_the_city_and_the_commission_read_a_report() {
    let app = spawn_app().await;
    let valmiera = signed_in(&app, APPLICANT).await;
    let id = started(&app, &valmiera).await;
    add_applicant(&app, "ieva@cesis.lv", "Ieva Kalniņa", "Cēsis").await;
    let cesis = signed_in(&app, "ieva@cesis.lv").await;
    assert_eq!(draft(&app, &cesis, id).await.status(), 404);
    let theirs = save_report(&app, &cesis, id, "innovation", 1, &[("narrative", "ours")]).await;
    assert_eq!(theirs.status(), 404);
    let pdf = cesis
        .get(app.url(&format!("/files/reports/{id}/report.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(pdf.status(), 404);
    assert_eq!(submit_report(&app, &cesis, id).await.status(), 404);

    let reviewer = signed_in(&app, REVIEWER).await;
    let read: Value = draft(&app, &reviewer, id).await.json().await.unwrap();
    assert_eq!(read["city"], "Valmiera");
    assert_eq!(read["editable"], false);
    let changed = save_report(
        &app,
        &reviewer,
        id,
        "innovation",
        1,
        &[("narrative", "mine")],
    )
    .await;
    assert_eq!(changed.status(), 403);
    let anonymous = app.client();
    assert_eq!(draft(&app, &anonymous, id).await.status(), 401);
}

#[tokio::test]
async fn a_complete_report_is_sent_once_to_the_commission_and_the_schedule_moves_on() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = started(&app, &client).await;
    let blank = save_report(&app, &client, id, "monitoring", 1, &[("narrative", "  ")]).await;
    assert_eq!(blank.status(), 200);
    let (status, error) = error_of(submit_report(&app, &client, id).await).await;
    assert_eq!((status, error.as_str()), (409, "Incomplete"));
    let fixed = save_report(
        &app,
        &client,
        id,
        "monitoring",
        2,
        &[(
            "narrative",
            "The city now publishes learning figures every year.",
        )],
    )
    .await;
    assert_eq!(fixed.status(), 200);

    // After the due date the report is late, and still wanted.
    app.clock
        .set(chrono::Utc.with_ymd_and_hms(2028, 4, 2, 9, 0, 0).unwrap());
    let sent = submit_report(&app, &client, id).await;
    TestApp::assert_sent_to(&sent, &format!("/en/report/{id}/submitted"));
    let row = progress_reports::Entity::find_by_id(id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, enums::ReportStatus::Submitted);
    assert!(row.submitted_at.is_some());
    let snapshot = form_snapshots::Entity::find()
        .filter(form_snapshots::Column::ProgressReportId.eq(id as i32))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the sent answers are frozen");
    assert_eq!(
        snapshot.data["progress"]["Monitoring"]["narrative"],
        "The city now publishes learning figures every year."
    );
    let mails = app.outbox().await;
    let to_city = mails
        .iter()
        .find(|mail| mail.purpose == "progress-report-submitted-city")
        .unwrap();
    assert_eq!(to_city.to_addresses, json!([APPLICANT]));
    assert_eq!(
        to_city.cc_addresses,
        json!(["anna.liepina@valmierasnovads.lv"])
    );
    assert!(to_city.subject.contains("Valmiera") && to_city.subject.contains("2028"));
    let to_office = mails
        .iter()
        .find(|mail| mail.purpose == "progress-report-submitted-commission")
        .unwrap();
    assert_eq!(
        to_office.cc_addresses,
        json!([]),
        "the Commission forwards it to UIL"
    );
    assert_eq!(to_office.attachments.as_array().unwrap().len(), 1);
    let recorded = events::Entity::find()
        .filter(events::Column::Kind.eq("report_submitted"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(recorded.len(), 1);

    // A second report for the period, and any change after sending, are refused.
    let (status, error) = error_of(submit_report(&app, &client, id).await).await;
    assert_eq!((status, error.as_str()), (409, "AlreadyReported"));
    let late_edit = save_report(&app, &client, id, "innovation", 1, &[("narrative", "more")]).await;
    assert_eq!(late_edit.status(), 409);
    assert_eq!(app.outbox().await.len(), mails.len(), "nothing sent twice");

    let mine = my_reports(&app, &client).await;
    assert_eq!(mine["owed"]["period_year"], 2030);
    assert_eq!(mine["reports"][0]["status"], "Submitted");
    let next = started(&app, &client).await;
    assert_ne!(next, id);
    let next_draft: Value = draft(&app, &client, next).await.json().await.unwrap();
    assert_eq!(next_draft["year"], 2030);
    assert_eq!(
        next_draft["form"]["progress"]["Monitoring"]["narrative"],
        "The city now publishes learning figures every year.",
        "the next report starts from the one just sent"
    );
}

#[tokio::test]
async fn a_city_that_is_not_an_active_member_has_no_report_to_send() {
    let app = spawn_app().await;
    add_applicant(&app, "ieva@cesis.lv", "Ieva Kalniņa", "Cēsis").await;
    let cesis = signed_in(&app, "ieva@cesis.lv").await;
    let mine = my_reports(&app, &cesis).await;
    assert_eq!(
        (mine["member"].clone(), mine["owed"].clone()),
        (json!(false), Value::Null)
    );
    let (status, error) = error_of(start_report(&app, &cesis).await).await;
    assert_eq!((status, error.as_str()), (403, "NotMember"));
    assert_eq!(
        progress_reports::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        1
    );

    let valmiera = signed_in(&app, APPLICANT).await;
    let id = started(&app, &valmiera).await;
    let mut lapsed = member_of(&app, "Valmiera").await.into_active_model();
    lapsed.status = Set(enums::MemberStatus::Lapsed);
    lapsed.update(&app.db).await.unwrap();
    let (status, error) = error_of(submit_report(&app, &valmiera, id).await).await;
    assert_eq!((status, error.as_str()), (403, "NotMember"));
    let (status, error) = error_of(start_report(&app, &valmiera).await).await;
    assert_eq!((status, error.as_str()), (403, "NotMember"));
    assert_eq!(my_reports(&app, &valmiera).await["member"], false);
    let page = app.html_as(&valmiera, "/en/report").await;
    assert!(page.contains("not an active member"), "{page}");
}

#[tokio::test]
async fn a_first_report_starts_from_the_application_that_made_the_city_a_member() {
    let app = spawn_app().await;
    // Cēsis' application (submitted in the demo) was accepted by UIL in 2025.
    let cesis_city = city_id(&app, "Cēsis").await;
    member_cities::ActiveModel {
        city_id: Set(cesis_city),
        joined_year: Set(2026),
        joined_via: Set(enums::JoinedVia::Registered),
        status: Set(enums::MemberStatus::Active),
        created_at: Set(chrono::Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let cesis = signed_in(&app, "cesis@demo.pieteikums.lv").await;
    let id = started(&app, &cesis).await;
    let report: Value = draft(&app, &cesis, id).await.json().await.unwrap();
    assert_eq!(report["year"], 2028);
    let mut sections: Vec<&str> = report["versions"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    sections.sort();
    assert_eq!(sections, ["city-profile", "contact"]);
    assert_eq!(
        report["form"]["city_profile"]["population"]["value"],
        "23 050"
    );
    assert_eq!(report["form"]["progress"], json!({}));
    let page = app.html_as(&cesis, &format!("/en/report/{id}")).await;
    assert!(page.contains("Cēsis: progress report 2028"), "{page}");
    assert!(page.contains("2 of 10"), "{page}");
}

fn line_of<'a>(board: &'a Value, city: &str, period: i64) -> &'a Value {
    board["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|line| line["city"] == city && line["period_year"] == period)
        .unwrap_or_else(|| panic!("no {city} {period} in {board}"))
}

#[tokio::test]
async fn the_commission_follows_every_report_and_the_secretary_forwards_a_sent_one_to_uil() {
    let app = spawn_app().await;
    let city = signed_in(&app, APPLICANT).await;
    let reviewer = signed_in(&app, REVIEWER).await;
    let secretary = signed_in(&app, crate::helpers::SECRETARY).await;
    let refused = city
        .get(app.url("/api/reports_board"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);

    let board = app.get_json(&reviewer, "/api/reports_board").await;
    assert_eq!(board["can_forward"], false);
    let owed = line_of(&board, "Valmiera", 2028);
    assert_eq!(
        (owed["status"].clone(), owed["report"].clone()),
        (Value::Null, Value::Null)
    );
    assert_eq!(owed["due"]["at"], "2028-03-31T20:59:59Z");
    assert_eq!(
        line_of(&board, "Valmiera", 2026)["status"],
        "ForwardedToUil"
    );
    assert_eq!(line_of(&board, "Ventspils", 2028)["status"], Value::Null);

    let id = started(&app, &city).await;
    let folder = format!("/files/reports/{id}");
    upload_to(
        &app,
        &city,
        &folder,
        "supporting",
        "case-study.pdf",
        pdf(3_000),
    )
    .await;
    let board = app.get_json(&reviewer, "/api/reports_board").await;
    assert_eq!(line_of(&board, "Valmiera", 2028)["status"], "Draft");
    assert_eq!(line_of(&board, "Valmiera", 2028)["report"], id);
    TestApp::assert_sent_to(
        &submit_report(&app, &city, id).await,
        &format!("/en/report/{id}/submitted"),
    );

    let board = app.get_json(&secretary, "/api/reports_board").await;
    assert_eq!(board["can_forward"], true);
    assert_eq!(
        board["lines"][0]["report"], id,
        "a sent report waits at the top"
    );
    assert_eq!(board["lines"][0]["status"], "Submitted");
    assert_eq!(board["lines"][0]["submitted"]["at"], "2026-11-26T10:00:00Z");
    let page = app.html_as(&secretary, "/en/board/reports").await;
    assert!(page.contains("Forward to UIL"), "{page}");

    let forward = |client: &reqwest::Client| {
        let client = client.clone();
        let app = &app;
        async move {
            app.post_form(&client, "/api/forward_report", &[("id", &id.to_string())])
                .await
        }
    };
    assert_eq!(forward(&reviewer).await.status(), 403);
    assert_eq!(forward(&city).await.status(), 403);
    assert_eq!(forward(&secretary).await.status(), 200);
    let (status, error) = error_of(forward(&secretary).await).await;
    assert_eq!((status, error.as_str()), (409, "NotNow"));

    let to_uil: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|mail| mail.purpose == "progress-report-forwarded-uil")
        .collect();
    assert_eq!(to_uil.len(), 1, "forwarded once");
    assert_eq!(to_uil[0].to_addresses, json!(["learningcities@unesco.org"]));
    assert_eq!(
        to_uil[0].cc_addresses,
        json!([APPLICANT, "anna.liepina@valmierasnovads.lv"])
    );
    let files: Vec<&str> = to_uil[0]
        .attachments
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["file_name"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        ["GNLC-progress-report-Valmiera-2028.pdf", "case-study.pdf"]
    );
    let row = progress_reports::Entity::find_by_id(id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, enums::ReportStatus::ForwardedToUil);
    let recorded = events::Entity::find()
        .filter(events::Column::Kind.eq("report_forwarded"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(
        my_reports(&app, &city).await["reports"][0]["status"],
        "ForwardedToUil"
    );

    // The next report is owed, and once its date passes with nothing sent, it is overdue.
    app.clock
        .set(chrono::Utc.with_ymd_and_hms(2030, 4, 1, 9, 0, 0).unwrap());
    let board = app.get_json(&reviewer, "/api/reports_board").await;
    let next = line_of(&board, "Valmiera", 2030);
    assert_eq!(next["submitted"], Value::Null);
    assert_eq!(next["due"]["at"], "2030-03-31T20:59:59Z");
    assert_eq!(board["now"], "2030-04-01T09:00:00Z");
}

/// A secretary's or a reviewer's decision on a report, confirmed, from its page in English.
async fn decide_report(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    action: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let id = id.to_string();
    let mut form = vec![
        ("kind", "report"),
        ("id", id.as_str()),
        ("action", action),
        ("confirm", "yes"),
        ("lang", "en"),
    ];
    form.extend_from_slice(extra);
    app.post_form(client, "/api/decide", &form).await
}

async fn report_status(app: &TestApp, id: i64) -> enums::ReportStatus {
    progress_reports::Entity::find_by_id(id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
}

/// The field errors of a refused form, as (field, key) pairs.
async fn field_errors(response: reqwest::Response) -> Vec<(String, String)> {
    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    body["Validation"]
        .as_array()
        .unwrap_or_else(|| panic!("not a validation error: {body}"))
        .iter()
        .map(|problem| {
            (
                problem["field"].as_str().unwrap().to_owned(),
                problem["key"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_commission_reads_a_sent_report_asks_for_changes_on_a_section_and_forwards_it_once_sent_again(
) {
    let app = spawn_app().await;
    let city = signed_in(&app, APPLICANT).await;
    let reviewer = signed_in(&app, REVIEWER).await;
    let secretary = signed_in(&app, crate::helpers::SECRETARY).await;
    let id = started(&app, &city).await;
    let desk_path = format!("/api/report_desk?id={id}");
    let unsent = secretary.get(app.url(&desk_path)).send().await.unwrap();
    assert_eq!(unsent.status(), 404, "a draft is the city's own");
    TestApp::assert_sent_to(
        &submit_report(&app, &city, id).await,
        &format!("/en/report/{id}/submitted"),
    );

    // The page: the report's line, its answers and history, and no decision for a reviewer.
    let desk = app.get_json(&reviewer, &desk_path).await;
    assert_eq!(desk["line"]["city"], "Valmiera");
    assert_eq!(desk["line"]["period_year"], 2028);
    assert_eq!(desk["line"]["status"], "Submitted");
    assert_eq!(desk["draft"]["kind"], "report");
    assert_eq!(desk["can_decide"], json!([]));
    assert_eq!(desk["previous"], Value::Null);
    assert!(desk["history"]
        .as_array()
        .unwrap()
        .iter()
        .any(|entry| entry["what_key"] == "history-report-submitted"));
    let refused = city.get(app.url(&desk_path)).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    let page = app
        .html_as(&secretary, &format!("/en/board/reports/{id}"))
        .await;
    assert!(page.contains("Valmiera: progress report 2028"), "{page}");
    let desk = app.get_json(&secretary, &desk_path).await;
    assert_eq!(
        desk["can_decide"],
        json!(["RequestChanges", "ForwardToUil"])
    );

    // Each reader of the page is shown to the others there.
    let viewers = format!("/api/viewers?id={id}&kind=report");
    assert_eq!(app.get_json(&secretary, &viewers).await, json!([]));
    let mut reading = app
        .live_feed(&reviewer, &format!("/events?viewing={id}&kind=report"))
        .await;
    let arrival = reading.next(std::time::Duration::from_secs(2)).await;
    assert_eq!(
        arrival,
        Some(json!({ "PresenceChanged": { "form": { "kind": "report", "id": id } } })),
        "a page hears its own arrival, and so asks who came while it was loading"
    );
    assert_eq!(
        app.get_json(&secretary, &viewers).await,
        json!(["Pēteris Ozols"])
    );
    let on_the_application = format!("/api/viewers?id={id}");
    let elsewhere = secretary.get(app.url(&on_the_application)).send().await;
    assert_ne!(
        elsewhere.unwrap().json::<Value>().await.unwrap(),
        json!(["Pēteris Ozols"]),
        "the report's readers are not an application's"
    );

    // An internal comment reaches the Commission's open pages, not the city's.
    let mut office_feed = app.live_feed(&secretary, "/events").await;
    let mut city_feed = app.live_feed(&city, "/events").await;
    let wait = std::time::Duration::from_secs(2);
    let comment = app
        .post_form(
            &reviewer,
            "/api/add_comment",
            &[
                ("kind", "report"),
                ("id", &id.to_string()),
                ("body", "The figures look older than last time."),
            ],
        )
        .await;
    assert_eq!(comment.status(), 200);
    let heard = office_feed.next(wait).await.expect("the comment");
    assert_eq!(heard, json!({ "ReportCommented": { "id": id } }));
    assert_eq!(
        city_feed.next(std::time::Duration::from_millis(300)).await,
        None
    );
    let desk = app.get_json(&secretary, &desk_path).await;
    assert_eq!(desk["comments"][0]["to_city"], false);
    let city_draft: Value = draft(&app, &city, id).await.json().await.unwrap();
    assert_eq!(city_draft["requested_changes"], json!([]));

    // Only the secretary decides; comments go on the report's own sections; nothing unconfirmed.
    let by_reviewer = decide_report(&app, &reviewer, id, "request_changes", &[("reason", "x")]);
    assert_eq!(by_reviewer.await.status(), 403);
    let endorse = decide_report(&app, &secretary, id, "endorse", &[]).await;
    assert_eq!(
        field_errors(endorse).await,
        [("action".to_owned(), "error-choice-invalid".to_owned())]
    );
    let wrong = decide_report(
        &app,
        &secretary,
        id,
        "request_changes",
        &[
            ("reason", "See below."),
            ("comments[mayor]", "Not a report's."),
        ],
    )
    .await;
    assert_eq!(
        field_errors(wrong).await,
        [(
            "comment-mayor".to_owned(),
            "error-choice-invalid".to_owned()
        )]
    );
    let unreasoned = decide_report(&app, &secretary, id, "request_changes", &[]).await;
    assert_eq!(
        field_errors(unreasoned).await,
        [("reason".to_owned(), "error-required".to_owned())]
    );
    assert_eq!(
        report_status(&app, id).await,
        enums::ReportStatus::Submitted
    );

    let asked = decide_report(
        &app,
        &secretary,
        id,
        "request_changes",
        &[
            ("reason", "Please bring the figures up to date."),
            ("comments[city-profile]", "The population is from 2019."),
            ("comments[monitoring]", ""),
        ],
    )
    .await;
    TestApp::assert_sent_to(&asked, "/en/admin/outbox");
    assert_eq!(
        report_status(&app, id).await,
        enums::ReportStatus::ChangesRequested
    );
    let held: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|mail| mail.purpose == "progress-report-changes-city")
        .collect();
    assert!(held
        .iter()
        .any(|mail| mail.to_addresses == json!([APPLICANT])));
    assert!(held
        .iter()
        .all(|mail| mail.state == enums::OutboxState::Draft
            && mail.body.contains("Please bring the figures up to date.")));

    // The city sees what was asked beside the sections, changes the report and sends it again.
    let city_draft: Value = draft(&app, &city, id).await.json().await.unwrap();
    assert_eq!(city_draft["editable"], true);
    let asked: Vec<(Value, Value)> = city_draft["requested_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|comment| (comment["section"].clone(), comment["body"].clone()))
        .collect();
    assert_eq!(
        asked,
        [
            (Value::Null, json!("Please bring the figures up to date.")),
            (json!("city-profile"), json!("The population is from 2019.")),
        ]
    );
    let saved = save_report(
        &app,
        &city,
        id,
        "monitoring",
        1,
        &[("narrative", "Figures for 2027 are now published.")],
    )
    .await;
    assert_eq!(saved.status(), 200);
    app.clock.advance(chrono::Duration::days(3));
    TestApp::assert_sent_to(
        &submit_report(&app, &city, id).await,
        &format!("/en/report/{id}/submitted"),
    );
    assert_eq!(
        report_status(&app, id).await,
        enums::ReportStatus::Resubmitted
    );
    let city_draft: Value = draft(&app, &city, id).await.json().await.unwrap();
    assert_eq!(city_draft["requested_changes"], json!([]));
    assert_eq!(city_draft["editable"], false);

    let desk = app.get_json(&secretary, &desk_path).await;
    assert_eq!(desk["line"]["status"], "Resubmitted");
    assert_ne!(
        desk["previous"]["progress"]["Monitoring"]["narrative"],
        "Figures for 2027 are now published.",
        "the answers as first sent, to show what changed"
    );
    assert!(desk["previous"]["progress"].is_object());
    assert_eq!(
        desk["draft"]["form"]["progress"]["Monitoring"]["narrative"],
        "Figures for 2027 are now published."
    );
    let history: Vec<&str> = desk["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["what_key"].as_str().unwrap())
        .collect();
    assert!(history.ends_with(&[
        "history-comment-added",
        "history-decision-request-changes",
        "history-report-resubmitted"
    ]));
    assert_eq!(
        desk["can_decide"],
        json!(["RequestChanges", "ForwardToUil"])
    );
    let board = app.get_json(&secretary, "/api/reports_board").await;
    assert_eq!(
        board["lines"][0]["report"], id,
        "a report sent again waits at the top"
    );

    let forwarded = decide_report(&app, &secretary, id, "forward_to_uil", &[]).await;
    TestApp::assert_sent_to(&forwarded, &format!("/en/board/reports/{id}"));
    assert_eq!(
        report_status(&app, id).await,
        enums::ReportStatus::ForwardedToUil
    );
    let to_uil = app
        .outbox()
        .await
        .into_iter()
        .filter(|mail| mail.purpose == "progress-report-forwarded-uil")
        .count();
    assert_eq!(to_uil, 1);
    let again = decide_report(&app, &secretary, id, "forward_to_uil", &[]).await;
    assert_eq!(error_of(again).await, (409, "NotNow".to_owned()));
    assert_eq!(
        app.get_json(&secretary, &desk_path).await["can_decide"],
        json!([])
    );
}
