//! The secretary's cycles: who may change them, every refusal, an extension announced to the cities
//! with drafts, and a change reaching open pages and the board at once.

use crate::features::applications::{signed_in, start};
use crate::features::board::{application_of, board_json, review, row, SECOND_REVIEWER};
use crate::features::submission::in_the_window;
use crate::helpers::{spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use chrono::{TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use server::storage::entities::{applications, cycles, enums, events};
use std::time::Duration;

/// The 2027 demo cycle's form with some fields changed.
fn form(changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("year", "2027"),
        ("opens", "2027-03-01T00:00:00"),
        ("closes", "2027-04-30T23:59:59"),
        ("decision_due", "2027-05-31T23:59:59"),
        ("quota", "3"),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value.to_owned()))
    .collect();
    for (name, value) in changes {
        match fields.iter_mut().find(|(field, _)| field == name) {
            Some(field) => field.1 = (*value).to_owned(),
            None => fields.push(((*name).to_owned(), (*value).to_owned())),
        }
    }
    fields
}

async fn save(
    app: &TestApp,
    client: &reqwest::Client,
    original: Option<&str>,
    fields: Vec<(String, String)>,
) -> reqwest::Response {
    let mut posted: Vec<(String, String)> = fields
        .into_iter()
        .map(|(name, value)| (format!("form[{name}]"), value))
        .collect();
    if let Some(year) = original {
        posted.push(("original".into(), year.into()));
    }
    client
        .post(app.url("/api/save_cycle"))
        .form(&posted)
        .send()
        .await
        .unwrap()
}

/// The field and message of a refused save.
pub async fn refusal(response: reqwest::Response) -> (String, String) {
    assert_eq!(response.status(), 422);
    let problems: Value = response.json().await.unwrap();
    let first = &problems["Validation"][0];
    (
        first["field"].as_str().unwrap().to_owned(),
        first["key"].as_str().unwrap().to_owned(),
    )
}

async fn cycle(app: &TestApp, year: i32) -> Option<cycles::Model> {
    cycles::Entity::find()
        .filter(cycles::Column::Year.eq(year))
        .one(&app.db)
        .await
        .unwrap()
}

async fn set_application(
    app: &TestApp,
    id: i32,
    change: impl FnOnce(&mut applications::ActiveModel),
) {
    let mut model: applications::ActiveModel = applications::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    change(&mut model);
    model.update(&app.db).await.unwrap();
}

#[tokio::test]
async fn only_the_secretary_sees_and_changes_cycles() {
    let app = spawn_app().await;
    let unchanged = cycle(&app, 2027).await.unwrap();
    for (who, client, expected) in [
        ("anonymous", app.client(), 401),
        ("city", signed_in(&app, APPLICANT).await, 403),
        ("reviewer", signed_in(&app, REVIEWER).await, 403),
    ] {
        let listed = client.get(app.url("/api/cycles")).send().await.unwrap();
        assert_eq!(listed.status(), expected, "{who}");
        let saved = save(&app, &client, Some("2027"), form(&[("quota", "1")])).await;
        assert_eq!(saved.status(), expected, "{who}");
    }
    assert_eq!(cycle(&app, 2027).await.unwrap(), unchanged);

    let secretary = signed_in(&app, SECRETARY).await;
    let overview = app.get_json(&secretary, "/api/cycles").await;
    let listed = &overview["cycles"][0];
    assert_eq!(listed["summary"]["year"], 2027);
    assert_eq!(listed["submitted"], 2, "Cēsis and Jelgava");
    assert_eq!(listed["endorsed"], 0);
    assert_eq!(overview["next"]["year"], "2028");
    assert_eq!(overview["next"]["opens"], "2028-03-01T00:00:00");
    assert_eq!(overview["next"]["closes"], "2028-04-30T23:59:59");
    let page = secretary
        .get(app.url("/en/admin/cycles?year=2027"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Change the 2027 cycle"));
}

#[tokio::test]
async fn a_new_cycle_must_not_clash_with_another_or_lie_in_the_past() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let next_year = |changes: &[(&str, &str)]| {
        let mut fields = form(&[
            ("year", "2028"),
            ("opens", "2028-03-01T00:00"),
            ("closes", "2028-04-30T23:59:59"),
            ("decision_due", "2028-05-31T23:59:59"),
        ]);
        for (name, value) in changes {
            fields.retain(|(field, _)| field != name);
            fields.push(((*name).to_owned(), (*value).to_owned()));
        }
        fields
    };

    let taken = save(
        &app,
        &secretary,
        None,
        next_year(&[
            ("year", "2027"),
            ("opens", "2027-06-01T00:00"),
            ("closes", "2027-07-01T00:00"),
            ("decision_due", "2027-08-01T00:00"),
        ]),
    )
    .await;
    assert_eq!(
        refusal(taken).await,
        ("year".into(), "cycles-error-year-taken".into())
    );
    let past = save(
        &app,
        &secretary,
        None,
        next_year(&[
            ("year", "2026"),
            ("opens", "2026-03-01T00:00"),
            ("closes", "2026-04-30T23:59"),
            ("decision_due", "2026-05-31T23:59"),
        ]),
    )
    .await;
    assert_eq!(
        refusal(past).await,
        ("closes".into(), "cycles-error-past".into())
    );
    let inverted = save(
        &app,
        &secretary,
        None,
        next_year(&[("closes", "2028-02-01T00:00")]),
    )
    .await;
    assert_eq!(
        refusal(inverted).await,
        ("closes".into(), "cycles-error-closes-before-opens".into())
    );
    assert!(cycle(&app, 2028).await.is_none(), "nothing saved");

    let created = save(
        &app,
        &secretary,
        None,
        next_year(&[
            ("closes", "2029-01-31T23:59:59"),
            ("decision_due", "2029-02-28T23:59:59"),
        ]),
    )
    .await;
    assert_eq!(created.status(), 200);
    assert_eq!(created.json::<i32>().await.unwrap(), 2028);
    let saved = cycle(&app, 2028).await.unwrap();
    assert_eq!(
        saved.window_opens_at,
        Utc.with_ymd_and_hms(2028, 2, 29, 22, 0, 0).unwrap(),
        "midnight in Riga, winter time"
    );
    assert_eq!(saved.quota, 3);
    let overlapping = save(
        &app,
        &secretary,
        None,
        next_year(&[
            ("year", "2029"),
            ("opens", "2029-01-15T00:00"),
            ("closes", "2029-04-30T23:59"),
            ("decision_due", "2029-05-31T23:59"),
        ]),
    )
    .await;
    assert_eq!(
        refusal(overlapping).await,
        ("opens".into(), "cycles-error-overlap".into())
    );
    let recorded = events::Entity::find()
        .filter(events::Column::SubjectType.eq("cycle"))
        .filter(events::Column::SubjectId.eq(saved.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].kind, "cycle_created");
}

#[tokio::test]
async fn a_cycle_under_way_cannot_rewrite_what_happened() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let (cesis, jelgava) = (
        application_of(&app, "Cēsis").await,
        application_of(&app, "Jelgava").await,
    );
    // Before the window opens, only the submissions it covered hold it.
    set_application(&app, jelgava, |model| {
        model.submitted_at = Set(Some(Utc.with_ymd_and_hms(2027, 3, 5, 8, 0, 0).unwrap()));
    })
    .await;
    let shrunk = save(
        &app,
        &secretary,
        Some("2027"),
        form(&[("opens", "2027-03-06T00:00")]),
    )
    .await;
    assert_eq!(
        refusal(shrunk).await,
        ("closes".into(), "cycles-error-leaves-out".into())
    );
    for id in [cesis, jelgava] {
        set_application(&app, id, |model| {
            model.status = Set(enums::ApplicationStatus::Endorsed);
        })
        .await;
    }
    let below = save(&app, &secretary, Some("2027"), form(&[("quota", "1")])).await;
    assert_eq!(
        refusal(below).await,
        ("quota".into(), "cycles-error-quota-below".into())
    );

    app.clock.set(in_the_window());
    let moved = save(
        &app,
        &secretary,
        Some("2027"),
        form(&[("opens", "2027-03-02T00:00")]),
    )
    .await;
    assert_eq!(
        refusal(moved).await,
        ("opens".into(), "cycles-error-already-open".into())
    );
    let closed = save(
        &app,
        &secretary,
        Some("2027"),
        form(&[("closes", "2027-03-09T23:59")]),
    )
    .await;
    assert_eq!(
        refusal(closed).await,
        ("closes".into(), "cycles-error-past".into())
    );
    let missing = save(&app, &secretary, Some("2031"), form(&[])).await;
    assert_eq!(missing.status(), 404);

    let unchanged = cycle(&app, 2027).await.unwrap();
    assert_eq!(unchanged.quota, 3);
    assert_eq!(
        unchanged.window_opens_at,
        Utc.with_ymd_and_hms(2027, 2, 28, 22, 0, 0).unwrap()
    );
}

#[tokio::test]
async fn an_extension_is_announced_to_cities_with_drafts_once_and_pages_hear_at_once() {
    let app = spawn_app().await;
    app.clock.set(in_the_window());
    let valmiera = signed_in(&app, APPLICANT).await;
    start(&app, &valmiera).await;
    let secretary = signed_in(&app, SECRETARY).await;
    let mut city_page = app.live_feed(&valmiera, "/events").await;

    let longer = form(&[
        ("closes", "2027-05-15T23:59:59"),
        ("decision_due", "2027-06-15T23:59:59"),
    ]);
    assert_eq!(
        save(&app, &secretary, Some("2027"), longer.clone())
            .await
            .status(),
        200
    );
    let event = city_page
        .next(Duration::from_secs(2))
        .await
        .expect("the change at once");
    assert_eq!(event, json!({ "CycleChanged": { "year": 2027 } }));
    assert_eq!(
        cycle(&app, 2027).await.unwrap().window_closes_at,
        Utc.with_ymd_and_hms(2027, 5, 15, 20, 59, 59).unwrap(),
        "23:59:59 in Riga, summer time"
    );
    // Saved again unchanged: not an extension, no second mail.
    assert_eq!(
        save(&app, &secretary, Some("2027"), longer).await.status(),
        200
    );
    let announced: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|mail| mail.purpose == "cycle-extended")
        .collect();
    assert_eq!(announced.len(), 1, "only Valmiera has a draft");
    assert!(announced[0]
        .to_addresses
        .to_string()
        .contains("valmiera@demo.pieteikums.lv"));
    assert!(
        announced[0].body.contains("2027. gada 15. maijs"),
        "{}",
        announced[0].body
    );
    let kinds: Vec<String> = events::Entity::find()
        .filter(events::Column::SubjectType.eq("cycle"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.kind)
        .collect();
    assert_eq!(kinds, ["cycle_extended", "cycle_changed"]);
}

#[tokio::test]
async fn opening_the_scores_early_shows_on_the_board_at_once() {
    let app = spawn_app().await;
    let id = application_of(&app, "Cēsis").await;
    let second = signed_in(&app, SECOND_REVIEWER).await;
    assert_eq!(
        review(&app, &second, id, "4", None, "submit")
            .await
            .status(),
        200
    );
    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(
        row(&board_json(&app, &reviewer).await, "Cēsis")["scores"],
        Value::Null
    );

    let secretary = signed_in(&app, SECRETARY).await;
    let opened = save(
        &app,
        &secretary,
        Some("2027"),
        form(&[("scores_open", "on")]),
    )
    .await;
    assert_eq!(opened.status(), 200);
    let board = board_json(&app, &reviewer).await;
    let scores = &row(&board, "Cēsis")["scores"];
    assert_eq!(scores["mean_tenths"], 40, "{scores}");
}
