//! Each reader's next deadlines and their calendar files: the window's for everyone, the decision
//! date for the Commission and a city waiting on it, a member's report for that city and the
//! secretary; nobody else's file can be fetched.

use crate::features::applications::signed_in;
use crate::helpers::{city_id, spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use chrono::{TimeZone, Utc};

async fn keys(app: &TestApp, client: &reqwest::Client) -> Vec<String> {
    let upcoming = app.get_json(client, "/api/deadlines").await;
    upcoming["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|deadline| {
            let kind = deadline["kind"].as_str().unwrap();
            let city = deadline["city"]["name"].as_str().unwrap_or("-");
            format!("{kind} {} {city}", deadline["year"])
        })
        .collect()
}

async fn calendar(app: &TestApp, client: &reqwest::Client, file: &str) -> reqwest::Response {
    client
        .get(app.url(&format!("/calendar/{file}")))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn each_reader_sees_the_deadlines_that_concern_them_soonest_first() {
    let app = spawn_app().await;
    assert_eq!(
        keys(&app, &app.client()).await,
        ["WindowOpens 2027 -", "WindowCloses 2027 -"]
    );
    let valmiera = signed_in(&app, APPLICANT).await;
    assert_eq!(
        keys(&app, &valmiera).await,
        [
            "WindowOpens 2027 -",
            "WindowCloses 2027 -",
            "ReportDue 2028 Valmiera"
        ],
        "a member with no submitted application"
    );
    let cesis = signed_in(&app, "cesis@demo.pieteikums.lv").await;
    assert_eq!(
        keys(&app, &cesis).await,
        [
            "WindowOpens 2027 -",
            "WindowCloses 2027 -",
            "DecisionDue 2027 -"
        ],
        "a city whose application waits on the Commission"
    );
    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(
        keys(&app, &reviewer).await,
        [
            "WindowOpens 2027 -",
            "WindowCloses 2027 -",
            "DecisionDue 2027 -"
        ]
    );
    let secretary = signed_in(&app, SECRETARY).await;
    assert_eq!(
        keys(&app, &secretary).await,
        [
            "WindowOpens 2027 -",
            "WindowCloses 2027 -",
            "DecisionDue 2027 -",
            "ReportDue 2028 Valmiera",
            "ReportDue 2028 Ventspils"
        ]
    );

    // After the decision date only the reports are left; an overdue report stays until it is in.
    app.clock
        .set(Utc.with_ymd_and_hms(2028, 4, 2, 9, 0, 0).unwrap());
    assert_eq!(keys(&app, &app.client()).await, Vec::<String>::new());
    assert_eq!(keys(&app, &valmiera).await, ["ReportDue 2028 Valmiera"]);
    let page = app.html_as(&valmiera, "/en/account").await;
    assert!(page.contains("Your next deadlines"));
    assert!(page.contains("Valmiera: the 2028 progress report is due"));
    assert!(page.contains("The deadline has passed."));
}

#[tokio::test]
async fn a_deadline_is_a_calendar_file_only_for_whom_it_concerns() {
    let app = spawn_app().await;
    let window = calendar(&app, &app.client(), "window_closes-2027.ics").await;
    assert_eq!(window.status(), 200);
    assert_eq!(
        window.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let text = window.text().await.unwrap();
    assert!(
        text.contains("DTSTART;TZID=Europe/Riga:20270430T235959"),
        "{text}"
    );
    assert!(text.contains("UID:window_closes-2027@pieteikums"));

    let valmiera = city_id(&app, "Valmiera").await;
    let report = format!("report_due-2028-{valmiera}.ics");
    let cesis = signed_in(&app, "cesis@demo.pieteikums.lv").await;
    for (who, client, status) in [
        ("anonymous", app.client(), 404),
        ("another city", cesis, 404),
        ("reviewer", signed_in(&app, REVIEWER).await, 404),
        ("the city", signed_in(&app, APPLICANT).await, 200),
        ("secretary", signed_in(&app, SECRETARY).await, 200),
    ] {
        let response = calendar(&app, &client, &report).await;
        assert_eq!(response.status(), status, "{who}");
    }
    let the_city = signed_in(&app, APPLICANT).await;
    let file = calendar(&app, &the_city, &report)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        file.contains("DTSTART;TZID=Europe/Riga:20280331T235959"),
        "{file}"
    );
    for wrong in [
        "window_closes-2027",
        "decision_due-2027.ics",
        "..%2Fsecret.ics",
        "x.ics",
    ] {
        let response = calendar(&app, &app.client(), wrong).await;
        assert_eq!(response.status(), 404, "{wrong}");
    }
}
