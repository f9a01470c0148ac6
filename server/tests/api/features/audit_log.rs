//! The audit log page and its CSV: every recorded event, filtered by kind, person, city, cycle and
//! days, newest first, paged, for the secretary alone.

use crate::features::applications::signed_in;
use crate::features::board::{application_of, CESIS, SECOND_REVIEWER};
use crate::helpers::{account_id, city_id, spawn_app, TestApp, REVIEWER, SECRETARY};
use app::model::AuditKind;
use serde_json::Value;
use server::clock::Clock;

async fn log(app: &TestApp, client: &reqwest::Client, query: &str) -> Value {
    let path = if query.is_empty() {
        "/api/audit_log".to_owned()
    } else {
        format!("/api/audit_log?{query}")
    };
    app.get_json(client, &path).await
}

fn kinds(log: &Value) -> Vec<String> {
    log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_secretary_filters_the_log_by_kind_person_city_cycle_and_days() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let reviewer = signed_in(&app, REVIEWER).await;
    let cesis = city_id(&app, "Cēsis").await;
    let reviewer_id = account_id(&app, REVIEWER).await;
    let recorded = app
        .post_form(
            &secretary,
            "/api/record_conflict",
            &[
                (
                    "form[reviewer]",
                    &account_id(&app, SECOND_REVIEWER).await.to_string(),
                ),
                ("form[city]", &cesis.to_string()),
                ("form[reason]", "Advises the mayor"),
            ],
        )
        .await;
    assert_eq!(recorded.status(), 200);

    let everything = log(&app, &secretary, "").await;
    let total = everything["total"].as_u64().unwrap();
    assert!(total >= 5, "{everything}");
    assert_eq!(
        everything["entries"][0]["kind"], "ConflictRecorded",
        "newest first"
    );
    let line = &everything["entries"][0];
    assert_eq!(line["actor"], "Ilze Kalniņa");
    assert_eq!(line["subject"], "Cēsis");
    assert_eq!(line["before"], Value::Null);
    assert!(line["after"]
        .as_str()
        .unwrap()
        .contains("Advises the mayor"));

    // By kind: only sign-ins, the reviewer's among them.
    let sign_ins = log(&app, &secretary, "kind=signed_in").await;
    assert!(kinds(&sign_ins).iter().all(|kind| kind == "SignedIn"));
    assert!(sign_ins["entries"]
        .as_array()
        .unwrap()
        .iter()
        .any(|entry| entry["actor"] == "Pēteris Ozols"));

    // By person: what the reviewer did, and what was done to their account.
    let theirs = log(&app, &secretary, &format!("person={reviewer_id}")).await;
    assert!(theirs["total"].as_u64().unwrap() >= 1);
    assert!(theirs["entries"]
        .as_array()
        .unwrap()
        .iter()
        .all(|entry| entry["actor"] == "Pēteris Ozols" || entry["subject"] == "Pēteris Ozols"));

    // By city: the city itself and its applications, nothing of Jelgava.
    let of_cesis = log(&app, &secretary, &format!("city={cesis}")).await;
    let subjects: Vec<&str> = of_cesis["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["subject"].as_str().unwrap())
        .collect();
    assert!(subjects.contains(&"Cēsis"), "{subjects:?}");
    assert!(subjects.contains(&"Cēsis 2027"), "{subjects:?}");
    assert!(
        subjects.iter().all(|s| s.starts_with("Cēsis")),
        "{subjects:?}"
    );

    // By cycle and by days (Riga's): the demo's applications are 2027's; nothing happens tomorrow.
    let of_2027 = log(&app, &secretary, "year=2027").await;
    assert!(of_2027["entries"]
        .as_array()
        .unwrap()
        .iter()
        .all(|entry| entry["subject"].as_str().unwrap().ends_with("2027")));
    assert!(of_2027["total"].as_u64().unwrap() >= 2);
    let today = app::model::Deadline::at(app.clock.now()).riga.date();
    let tomorrow = today.succ_opt().unwrap();
    let none = log(&app, &secretary, &format!("from={tomorrow}")).await;
    assert_eq!(none["total"], 0);
    let until_today = log(&app, &secretary, &format!("from={today}&to={today}")).await;
    assert!(until_today["total"].as_u64().unwrap() >= 1);

    // Nobody else reads it.
    let refused = reviewer
        .get(app.url("/api/audit_log"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    let city = signed_in(&app, CESIS).await;
    let refused = city.get(app.url("/files/audit.csv")).send().await.unwrap();
    assert_eq!(refused.status(), 403);

    let page = app.html_as(&secretary, "/en/admin/audit").await;
    assert!(page.contains("Audit log"));
    assert!(page.contains("recorded a conflict of interest"));
    assert!(page.contains("/files/audit.csv"));
    let filtered = app
        .html_as(
            &secretary,
            &format!("/en/admin/audit?city={cesis}&kind=conflict_recorded"),
        )
        .await;
    assert!(filtered.contains(&format!(
        "/files/audit.csv?kind=conflict_recorded&amp;city={cesis}&amp;lang=en"
    )));
}

#[tokio::test]
async fn a_long_log_is_paged_and_a_page_past_the_last_shows_the_last() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let id = application_of(&app, "Jelgava").await;
    for n in 0..120 {
        server::storage::audit::record_event(
            &app.db,
            app.clock.now(),
            None,
            ("application", id),
            AuditKind::CommentAdded,
            serde_json::json!({ "n": n }),
        )
        .await
        .unwrap();
    }
    let first = log(&app, &secretary, "kind=comment_added").await;
    assert_eq!(first["total"], 120);
    assert_eq!(
        (first["page"].as_u64(), first["pages"].as_u64()),
        (Some(1), Some(3))
    );
    assert_eq!(first["entries"].as_array().unwrap().len(), 50);
    assert_eq!(
        first["entries"][0]["details"], r#"{"n":119}"#,
        "newest first"
    );
    assert_eq!(first["entries"][0]["actor"], "", "done by no one");
    let beyond = log(&app, &secretary, "kind=comment_added&page=9").await;
    assert_eq!(beyond["page"], 3);
    assert_eq!(beyond["entries"].as_array().unwrap().len(), 20);
    assert_eq!(beyond["entries"][19]["details"], r#"{"n":0}"#);
    let html = app
        .html_as(&secretary, "/en/admin/audit?kind=comment_added&page=2")
        .await;
    assert!(html.contains("Page 2 of 3"), "the pages are links");
}

#[tokio::test]
async fn the_csv_carries_the_filtered_lines_and_nothing_a_spreadsheet_would_run() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let renamed = app
        .post_form(
            &secretary,
            "/api/update_profile",
            &[
                ("form[full_name]", "=HYPERLINK(\"http://x\")"),
                ("form[language]", "en"),
            ],
        )
        .await;
    assert_eq!(renamed.status(), 200);
    let response = secretary
        .get(app.url("/files/audit.csv?kind=profile_changed&lang=en"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.contains("pieteikums-audit-"), "{disposition}");
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "marked as UTF-8");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headings: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(headings[0], "When (Riga time)");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "only the filtered kind: {text}");
    assert_eq!(&rows[0][1], "'=HYPERLINK(\"http://x\")", "written as text");
    assert_eq!(&rows[0][2], "changed their profile");
    assert_eq!(&rows[0][3], "profile_changed");
    assert!(
        rows[0][6].contains("HYPERLINK"),
        "the value after, as recorded"
    );
}
