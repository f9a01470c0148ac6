//! The registry of member cities: the public pages, who may read and change the registry, entering a
//! city that joined before this system, and moving a progress report's due date.

use crate::features::applications::signed_in;
use crate::features::cycles::refusal;
use crate::helpers::{city_id, spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use chrono::{TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;
use server::storage::entities::{enums, events, member_cities, progress_reports};

async fn save_member(
    app: &TestApp,
    client: &reqwest::Client,
    original: Option<i32>,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut posted: Vec<(String, String)> = fields
        .iter()
        .map(|(name, value)| (format!("form[{name}]"), (*value).to_owned()))
        .collect();
    if let Some(city) = original {
        posted.push(("original".into(), city.to_string()));
    }
    client
        .post(app.url("/api/save_member"))
        .form(&posted)
        .send()
        .await
        .unwrap()
}

async fn move_due(
    app: &TestApp,
    client: &reqwest::Client,
    city: &str,
    period: &str,
    due: &str,
) -> reqwest::Response {
    app.post_form(
        client,
        "/api/move_report_due",
        &[
            ("city", city),
            ("form[period_year]", period),
            ("form[due]", due),
        ],
    )
    .await
}

async fn member_of(app: &TestApp, name: &str) -> Option<member_cities::Model> {
    let city = city_id(app, name).await;
    member_cities::Entity::find()
        .filter(member_cities::Column::CityId.eq(city))
        .one(&app.db)
        .await
        .unwrap()
}

/// The registry's entry for `name`.
async fn listed(app: &TestApp, client: &reqwest::Client, name: &str) -> Value {
    let overview = app.get_json(client, "/api/members").await;
    overview["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|member| member["city"]["name"] == name)
        .cloned()
        .unwrap_or(Value::Null)
}

async fn events_of(app: &TestApp, kind: &str) -> Vec<events::Model> {
    events::Entity::find()
        .filter(events::Column::Kind.eq(kind))
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_public_pages_list_active_members_without_signing_in() {
    let app = spawn_app().await;
    let members: Value = app
        .client()
        .get(app.url("/api/public_members"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|member| member["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Valmiera", "Ventspils"], "earliest first");
    assert_eq!(members[0]["joined_year"], 2016);

    let page = app.html("/lv/members").await;
    assert!(page.contains("Latvijas dalībpilsētas"));
    assert!(page.contains("Valmiera") && page.contains("2016. gada"));
    assert!(page.contains("https://www.ventspils.lv"));
    assert!(!page.contains("Cēsis"), "not a member");
    let network = app.html("/ru/network").await;
    assert!(network.contains("Глобальная сеть обучающихся городов ЮНЕСКО"));
    assert!(network.contains("до 31 марта"), "the reporting duty");
    assert!(network.contains("Политическая воля"), "the Key Features");

    // A lapsed member leaves the public list.
    let mut valmiera: member_cities::ActiveModel =
        member_of(&app, "Valmiera").await.unwrap().into();
    valmiera.status = Set(enums::MemberStatus::Lapsed);
    valmiera.update(&app.db).await.unwrap();
    let page = app.html("/en/members").await;
    assert!(!page.contains("Valmiera"));
    assert!(page.contains("Ventspils"));
}

#[tokio::test]
async fn only_the_secretary_reads_and_changes_the_registry() {
    let app = spawn_app().await;
    let valmiera = city_id(&app, "Valmiera").await;
    let before = member_of(&app, "Valmiera").await;
    for (who, client, expected) in [
        ("anonymous", app.client(), 401),
        ("city", signed_in(&app, APPLICANT).await, 403),
        ("reviewer", signed_in(&app, REVIEWER).await, 403),
    ] {
        let read = client.get(app.url("/api/members")).send().await.unwrap();
        assert_eq!(read.status(), expected, "{who}");
        let changed = save_member(
            &app,
            &client,
            Some(valmiera),
            &[
                ("city", "Valmiera"),
                ("joined_year", "2017"),
                ("status", "lapsed"),
            ],
        )
        .await;
        assert_eq!(changed.status(), expected, "{who}");
        let moved = move_due(
            &app,
            &client,
            &valmiera.to_string(),
            "2028",
            "2028-06-30T23:59:59",
        )
        .await;
        assert_eq!(moved.status(), expected, "{who}");
        let page = app.html_as(&client, "/en/admin/members").await;
        assert!(!page.contains("valmiera@demo"), "{who}");
    }
    assert_eq!(member_of(&app, "Valmiera").await, before);
    // Only the demo's report sent for 2026: no refused move made a row for 2028.
    assert!(progress_reports::Entity::find()
        .filter(progress_reports::Column::PeriodYear.eq(2028))
        .all(&app.db)
        .await
        .unwrap()
        .is_empty());

    let secretary = signed_in(&app, SECRETARY).await;
    let entry = listed(&app, &secretary, "Valmiera").await;
    assert_eq!(entry["joined_year"], 2016);
    assert_eq!(entry["joined_via"], "Registered");
    assert_eq!(entry["contacts"][0]["email"], APPLICANT);
    // Entered on 26 November 2026: the first report owed here is 2028's, due 31 March 23:59:59 Riga.
    assert_eq!(entry["next_report"]["period_year"], 2028);
    assert_eq!(entry["next_report"]["due"]["at"], "2028-03-31T20:59:59Z");
    assert_eq!(entry["next_report"]["moved"], false);
    let page = app
        .html_as(&secretary, &format!("/en/admin/members?city={valmiera}"))
        .await;
    assert!(page.contains("Change the record of Valmiera"));
    assert!(page.contains("The due date of the 2028 report"));
}

#[tokio::test]
async fn the_secretary_enters_a_city_that_joined_before_and_changes_records() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;

    // Every problem of the form at once, and nothing made.
    let response = save_member(
        &app,
        &secretary,
        None,
        &[
            ("city", " "),
            ("website", "ftp:/x"),
            ("joined_year", "2027"),
            ("status", "gone"),
        ],
    )
    .await;
    assert_eq!(response.status(), 422);
    let problems: Value = response.json().await.unwrap();
    assert_eq!(problems["Validation"].as_array().unwrap().len(), 4);

    // An existing city that is already a member.
    let already = save_member(
        &app,
        &secretary,
        None,
        &[
            ("city", "Ventspils"),
            ("joined_year", "2022"),
            ("status", "active"),
        ],
    )
    .await;
    assert_eq!(
        refusal(already).await,
        ("city".into(), "members-error-already-member".into())
    );

    // An existing city that is not a member yet, and a city new to the site.
    let liepaja = save_member(
        &app,
        &secretary,
        None,
        &[
            ("city", "Liepāja"),
            ("website", "https://www.liepaja.lv"),
            ("joined_year", "2019"),
            ("status", "active"),
        ],
    )
    .await;
    assert_eq!(liepaja.status(), 200);
    let liepaja_id: i32 = liepaja.json().await.unwrap();
    assert_eq!(liepaja_id, city_id(&app, "Liepāja").await);
    let entry = listed(&app, &secretary, "Liepāja").await;
    assert_eq!(entry["joined_year"], 2019);
    // 2021, 2023 and 2025 were due before it was entered.
    assert_eq!(entry["next_report"]["period_year"], 2027);
    let rezekne = save_member(
        &app,
        &secretary,
        None,
        &[
            ("city", "Rēzekne"),
            ("joined_year", "2024"),
            ("status", "active"),
        ],
    )
    .await;
    assert_eq!(rezekne.status(), 200);
    assert_eq!(
        listed(&app, &secretary, "Rēzekne").await["next_report"]["period_year"],
        2028
    );
    let registered = events_of(&app, "member_registered").await;
    assert_eq!(registered.len(), 2);
    assert_eq!(registered[0].data["after"]["city"], "Liepāja");
    assert!(registered[0].actor_id.is_some());

    // Renaming to a name another city has; a new year for a member admitted through this system.
    let taken = save_member(
        &app,
        &secretary,
        Some(liepaja_id),
        &[
            ("city", "Cēsis"),
            ("joined_year", "2019"),
            ("status", "active"),
        ],
    )
    .await;
    assert_eq!(
        refusal(taken).await,
        ("city".into(), "members-error-city-taken".into())
    );
    let mut admitted: member_cities::ActiveModel = member_of(&app, "Liepāja").await.unwrap().into();
    admitted.joined_via = Set(enums::JoinedVia::ThisSystem);
    admitted.update(&app.db).await.unwrap();
    let fixed = save_member(
        &app,
        &secretary,
        Some(liepaja_id),
        &[
            ("city", "Liepāja"),
            ("joined_year", "2020"),
            ("status", "active"),
        ],
    )
    .await;
    assert_eq!(
        refusal(fixed).await,
        ("joined_year".into(), "members-error-joined-fixed".into())
    );
    assert_eq!(member_of(&app, "Liepāja").await.unwrap().joined_year, 2019);

    // A lapsed member owes nothing; the change is audited with the record before and after.
    let lapsed = save_member(
        &app,
        &secretary,
        Some(liepaja_id),
        &[
            ("city", "Liepāja"),
            ("website", "https://liepaja.lv"),
            ("joined_year", "2019"),
            ("status", "lapsed"),
        ],
    )
    .await;
    assert_eq!(lapsed.status(), 200);
    let entry = listed(&app, &secretary, "Liepāja").await;
    assert_eq!(entry["status"], "Lapsed");
    assert_eq!(entry["website"], "https://liepaja.lv");
    assert!(entry["next_report"].is_null());
    let changed = events_of(&app, "member_changed").await;
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].data["before"]["status"], "active");
    assert_eq!(changed[0].data["after"]["status"], "lapsed");
    let unknown = save_member(
        &app,
        &secretary,
        Some(9_999),
        &[
            ("city", "Nowhere"),
            ("joined_year", "2019"),
            ("status", "active"),
        ],
    )
    .await;
    assert_eq!(unknown.status(), 404);
}

#[tokio::test]
async fn a_moved_due_date_is_checked_audited_told_to_the_city_and_can_pass() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let valmiera = city_id(&app, "Valmiera").await.to_string();

    for (period, due, field, key) in [
        (
            "2027",
            "2028-06-30T23:59:59",
            "period_year",
            "members-error-period",
        ),
        (
            "2026",
            "2027-06-30T23:59:59",
            "period_year",
            "members-error-period",
        ),
        (
            "2028",
            "2026-01-01T00:00:00",
            "due",
            "members-error-due-past",
        ),
        ("2028", "the end of June", "due", "members-error-due-time"),
    ] {
        let response = move_due(&app, &secretary, &valmiera, period, due).await;
        assert_eq!(
            refusal(response).await,
            (field.into(), key.into()),
            "{period} {due}"
        );
    }
    assert_eq!(
        move_due(&app, &secretary, "9999", "2028", "2028-06-30T23:59:59")
            .await
            .status(),
        404
    );
    assert!(app.outbox().await.is_empty());

    for _ in 0..2 {
        let moved = move_due(&app, &secretary, &valmiera, "2028", "2028-06-30T23:59:59").await;
        assert_eq!(moved.status(), 200);
    }
    let entry = listed(&app, &secretary, "Valmiera").await;
    assert_eq!(entry["next_report"]["moved"], true);
    assert_eq!(entry["next_report"]["due"]["at"], "2028-06-30T20:59:59Z");
    assert_eq!(entry["next_report"]["due"]["riga"], "2028-06-30T23:59:59");
    let mails: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|mail| mail.purpose == "report-due-moved")
        .collect();
    assert_eq!(mails.len(), 1, "asked twice, told once");
    assert_eq!(mails[0].to_addresses, serde_json::json!([APPLICANT]));
    assert!(
        mails[0].body.contains("2028") && mails[0].body.contains("23:59"),
        "{}",
        mails[0].body
    );
    let moved = events_of(&app, "report_due_moved").await;
    assert_eq!(moved.len(), 2);
    assert_eq!(moved[0].data["before"], "2028-03-31T20:59:59Z");

    // Past the new date, the report is overdue and still owed.
    app.clock
        .set(Utc.with_ymd_and_hms(2028, 7, 1, 9, 0, 0).unwrap());
    let entry = listed(&app, &secretary, "Valmiera").await;
    assert_eq!(entry["next_report"]["period_year"], 2028);
    let overview = app.get_json(&secretary, "/api/members").await;
    assert_eq!(overview["now"], "2028-07-01T09:00:00Z");

    // A submitted report cannot be moved, and the next one is owed.
    let mut report: progress_reports::ActiveModel = progress_reports::Entity::find()
        .filter(progress_reports::Column::PeriodYear.eq(2028))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    report.submitted_at = Set(Some(Utc.with_ymd_and_hms(2028, 7, 1, 8, 0, 0).unwrap()));
    report.update(&app.db).await.unwrap();
    let refused = move_due(&app, &secretary, &valmiera, "2028", "2028-12-31T23:59:59").await;
    assert_eq!(
        refusal(refused).await,
        (
            "period_year".into(),
            "members-error-report-submitted".into()
        )
    );
    let entry = listed(&app, &secretary, "Valmiera").await;
    assert_eq!(entry["next_report"]["period_year"], 2030);
    assert_eq!(entry["next_report"]["moved"], false);

    // A lapsed member's reports cannot be moved.
    let mut lapsed: member_cities::ActiveModel = member_of(&app, "Valmiera").await.unwrap().into();
    lapsed.status = Set(enums::MemberStatus::Lapsed);
    lapsed.update(&app.db).await.unwrap();
    let refused = move_due(&app, &secretary, &valmiera, "2030", "2030-04-30T23:59:59").await;
    assert_eq!(
        refusal(refused).await,
        ("period_year".into(), "members-error-lapsed".into())
    );
}
