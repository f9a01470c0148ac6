//! Conflicts of interest after the declaration: the secretary records and removes them for any
//! reviewer, a reviewer takes back their own made by mistake, and every view follows at once.

use crate::features::applications::signed_in;
use crate::features::board::{application_of, board_json, desk, review, row, SECOND_REVIEWER};
use crate::helpers::{account_id, city_id, spawn_app, TestApp, REVIEWER, SECRETARY};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};
use server::storage::entities::{conflicts_of_interest, events};
use std::time::Duration;

async fn change(
    app: &TestApp,
    client: &reqwest::Client,
    endpoint: &str,
    reviewer: i32,
    city: i32,
    reason: &str,
) -> (u16, Value) {
    let response = app
        .post_form(
            client,
            &format!("/api/{endpoint}"),
            &[
                ("form[reviewer]", &reviewer.to_string()),
                ("form[city]", &city.to_string()),
                ("form[reason]", reason),
            ],
        )
        .await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn conflicts(app: &TestApp, client: &reqwest::Client) -> Vec<Value> {
    app.get_json(client, "/api/conflicts").await["lines"]
        .as_array()
        .unwrap()
        .clone()
}

async fn stored(app: &TestApp) -> Vec<conflicts_of_interest::Model> {
    conflicts_of_interest::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
}

async fn audited(app: &TestApp, kind: &str) -> Vec<events::Model> {
    events::Entity::find()
        .filter(events::Column::Kind.eq(kind))
        .order_by_asc(events::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_secretary_records_and_removes_a_conflict_and_every_view_follows_at_once() {
    let app = spawn_app().await;
    let id = application_of(&app, "Cēsis").await;
    let cesis = city_id(&app, "Cēsis").await;
    let reviewer_id = account_id(&app, REVIEWER).await;
    let reviewer = signed_in(&app, REVIEWER).await;
    let secretary = signed_in(&app, SECRETARY).await;
    assert_eq!(
        review(&app, &reviewer, id, "4", None, "submit")
            .await
            .status(),
        200
    );
    let before = row(&board_json(&app, &secretary).await, "Cēsis").clone();
    assert_eq!(before["reviews_done"], 1);

    let overview = app.get_json(&secretary, "/api/conflicts").await;
    assert!(overview["reviewers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == reviewer_id));
    assert!(overview["cities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["name"] == "Cēsis"));

    // A reason is needed, and a reviewer and a city that exist; nothing is recorded without them.
    let (status, error) =
        change(&app, &secretary, "record_conflict", reviewer_id, cesis, " ").await;
    assert_eq!(status, 422);
    assert_eq!(error["Validation"][0]["field"], "reason", "{error}");
    let secretary_id = account_id(&app, SECRETARY).await;
    let (status, error) = change(
        &app,
        &secretary,
        "record_conflict",
        secretary_id,
        cesis,
        "Adviser",
    )
    .await;
    assert_eq!(
        (status, &error["Validation"][0]["field"]),
        (422, &json!("reviewer"))
    );
    let (status, error) = change(
        &app,
        &secretary,
        "record_conflict",
        reviewer_id,
        999_999,
        "Adviser",
    )
    .await;
    assert_eq!(
        (status, &error["Validation"][0]["field"]),
        (422, &json!("city"))
    );
    assert!(stored(&app).await.is_empty());

    // Recorded: the reviewer's board hears of it and loses the city.
    let mut feed = app.live_feed(&reviewer, "/events").await;
    let (status, _) = change(
        &app,
        &secretary,
        "record_conflict",
        reviewer_id,
        cesis,
        "Former adviser to the mayor",
    )
    .await;
    assert_eq!(status, 200);
    let mut heard = Vec::new();
    while let Some(event) = feed.next(Duration::from_secs(1)).await {
        heard.push(event);
        if heard.len() == 2 {
            break;
        }
    }
    assert!(heard.contains(&json!("ConflictsChanged")), "{heard:?}");
    assert!(
        heard.contains(&json!({"ReviewChanged": {"application_id": id}})),
        "{heard:?}"
    );
    assert_eq!(desk(&app, &reviewer, id).await.status(), 404);
    let seen = row(&board_json(&app, &reviewer).await, "Cēsis").clone();
    assert_eq!(seen["mine"], "Recused");
    assert_eq!(seen["scores"], Value::Null);
    let after = row(&board_json(&app, &secretary).await, "Cēsis").clone();
    assert_eq!(
        after["reviews_done"], 0,
        "the recused review stops counting"
    );
    assert_eq!(
        after["reviews_needed"].as_u64().unwrap() + 1,
        before["reviews_needed"].as_u64().unwrap()
    );

    // Twice is refused; the reviewer cannot take back what the secretary recorded.
    let (status, error) = change(
        &app,
        &secretary,
        "record_conflict",
        reviewer_id,
        cesis,
        "Again",
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(error["Validation"][0]["key"], "error-conflict-exists");
    let own = conflicts(&app, &reviewer).await;
    assert_eq!(own.len(), 1);
    assert_eq!(own[0]["city"], "Cēsis");
    assert_eq!(own[0]["note"], "Former adviser to the mayor");
    assert_eq!(own[0]["recorded_by"], "Ilze Kalniņa");
    assert_eq!(own[0]["removable"], false);
    let (status, _) = change(
        &app,
        &reviewer,
        "remove_conflict",
        reviewer_id,
        cesis,
        "Mistake",
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(stored(&app).await.len(), 1);

    let recorded = audited(&app, "conflict_recorded").await;
    assert_eq!(recorded.len(), 1);
    assert_eq!(
        (recorded[0].subject_type.as_str(), recorded[0].subject_id),
        ("city", cesis)
    );
    assert_eq!(recorded[0].actor_id, Some(secretary_id));
    assert_eq!(recorded[0].data["reason"], "Former adviser to the mayor");
    assert_eq!(recorded[0].data["before"], Value::Null);

    // Removed, with a reason: the reviewer is back on the application with their review.
    let (status, error) = change(&app, &secretary, "remove_conflict", reviewer_id, cesis, "").await;
    assert_eq!(
        (status, &error["Validation"][0]["field"]),
        (422, &json!("reason"))
    );
    let (status, _) = change(
        &app,
        &secretary,
        "remove_conflict",
        reviewer_id,
        cesis,
        "Left the mayor's office in 2019",
    )
    .await;
    assert_eq!(status, 200);
    assert!(stored(&app).await.is_empty());
    assert_eq!(desk(&app, &reviewer, id).await.status(), 200);
    assert_eq!(
        row(&board_json(&app, &secretary).await, "Cēsis")["reviews_done"],
        1
    );
    let removed = audited(&app, "conflict_removed").await;
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].data["reason"], "Left the mayor's office in 2019");
    assert_eq!(
        removed[0].data["before"]["note"],
        "Former adviser to the mayor"
    );
    assert_eq!(removed[0].data["before"]["recorded_by"], secretary_id);
    let (status, _) = change(
        &app,
        &secretary,
        "remove_conflict",
        reviewer_id,
        cesis,
        "Again",
    )
    .await;
    assert_eq!(status, 404, "nothing left to remove");
}

#[tokio::test]
async fn a_reviewer_takes_back_a_declaration_made_by_mistake_until_they_have_reviewed_the_city() {
    let app = spawn_app().await;
    let id = application_of(&app, "Jelgava").await;
    let jelgava = city_id(&app, "Jelgava").await;
    let mistaken_id = account_id(&app, SECOND_REVIEWER).await;
    let mistaken = signed_in(&app, SECOND_REVIEWER).await;
    let other = signed_in(&app, REVIEWER).await;
    let declare = |client: reqwest::Client| {
        let app = &app;
        async move {
            app.post_form(
                &client,
                "/api/declare_conflict",
                &[("id", &id.to_string()), ("note", "Wrong city")],
            )
            .await
            .status()
        }
    };
    assert_eq!(declare(mistaken.clone()).await, 200);
    let own = conflicts(&app, &mistaken).await;
    assert_eq!(own.len(), 1);
    assert_eq!(own[0]["recorded_by"], Value::Null);
    assert_eq!(own[0]["removable"], true);
    let overview = app.get_json(&mistaken, "/api/conflicts").await;
    assert_eq!(
        overview["reviewers"],
        json!([]),
        "only the secretary records"
    );
    assert!(
        conflicts(&app, &other).await.is_empty(),
        "a reviewer sees their own conflicts only"
    );
    let secretary = signed_in(&app, SECRETARY).await;
    assert_eq!(conflicts(&app, &secretary).await.len(), 1);

    // Another reviewer cannot remove it, nor can anyone without a reason.
    let (status, _) = change(
        &app,
        &other,
        "remove_conflict",
        mistaken_id,
        jelgava,
        "Not mine",
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = change(&app, &mistaken, "remove_conflict", mistaken_id, jelgava, "").await;
    assert_eq!(status, 422);
    let (status, _) = change(
        &app,
        &mistaken,
        "remove_conflict",
        mistaken_id,
        jelgava,
        "Clicked on the wrong application",
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(desk(&app, &mistaken, id).await.status(), 200);

    // Once they have reviewed the city, a new declaration stays: what they saw cannot be unseen.
    assert_eq!(
        review(&app, &mistaken, id, "3", None, "submit")
            .await
            .status(),
        200
    );
    assert_eq!(declare(mistaken.clone()).await, 200);
    assert_eq!(conflicts(&app, &mistaken).await[0]["removable"], false);
    let (status, _) = change(
        &app,
        &mistaken,
        "remove_conflict",
        mistaken_id,
        jelgava,
        "Oops",
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(stored(&app).await.len(), 1);
    let (status, _) = change(
        &app,
        &secretary,
        "record_conflict",
        mistaken_id,
        jelgava,
        "Declared already",
    )
    .await;
    assert_eq!(status, 422, "one conflict per reviewer and city");
    assert_eq!(conflicts(&app, &secretary).await[0]["removable"], true);
    let page = app.html_as(&secretary, "/en/board/conflicts").await;
    assert!(page.contains("Wrong city"), "the page lists it");
    assert!(page.contains("Record a conflict of interest"));
    let reviewer_page = app.html_as(&mistaken, "/lv/board/conflicts").await;
    assert!(reviewer_page.contains("Interešu konflikti"));
    assert!(!reviewer_page.contains("Reģistrēt interešu konfliktu"));
}
