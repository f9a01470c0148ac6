//! The Commission's review board: who may see it, reviews saved and submitted as versions, scores kept
//! from reviewers until their own review is in, recusal, and live updates.

use crate::features::applications::{load, signed_in};
use crate::helpers::{city_id, spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use app::model::criteria;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use server::storage::entities::{applications, enums, reviews};
use std::time::Duration;

pub const SECOND_REVIEWER: &str = "reviewer2@demo.pieteikums.lv";
pub const CESIS: &str = "cesis@demo.pieteikums.lv";

pub async fn board(app: &TestApp, client: &reqwest::Client) -> reqwest::Response {
    client.get(app.url("/api/board")).send().await.unwrap()
}

pub async fn board_json(app: &TestApp, client: &reqwest::Client) -> Value {
    let response = board(app, client).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

pub fn row<'a>(board: &'a Value, city: &str) -> &'a Value {
    board["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["city"] == city)
        .unwrap_or_else(|| panic!("{city} on the board: {board}"))
}

/// The id of the demo's submitted application of `city`.
pub async fn application_of(app: &TestApp, city: &str) -> i32 {
    let city = city_id(app, city).await;
    applications::Entity::find()
        .filter(applications::Column::CityId.eq(city))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

pub async fn desk(app: &TestApp, client: &reqwest::Client, id: i32) -> reqwest::Response {
    client
        .get(app.url(&format!("/api/review_desk?id={id}")))
        .send()
        .await
        .unwrap()
}

/// What a reviewer giving `score` on every criterion recommends, so that a test's reviews disagree
/// as real ones do.
fn recommended(score: &str) -> &'static str {
    match score {
        "1" | "2" => "reject",
        "3" => "request_changes",
        _ => "endorse",
    }
}

/// Posts a review as the review form does, scoring every criterion `score` unless `leave_out`.
pub async fn review(
    app: &TestApp,
    client: &reqwest::Client,
    id: i32,
    score: &str,
    leave_out: Option<&str>,
    then: &str,
) -> reqwest::Response {
    let mut form: Vec<(String, String)> = vec![
        ("id".into(), id.to_string()),
        ("then".into(), then.into()),
        ("review[recommendation]".into(), recommended(score).into()),
        ("review[overall_comment]".into(), "A clear plan.".into()),
        (
            "review[comments][political-will]".into(),
            "The council voted for it.".into(),
        ),
    ];
    for criterion in criteria().filter(|c| Some(*c) != leave_out) {
        form.push((format!("review[scores][{criterion}]"), score.into()));
    }
    client
        .post(app.url("/api/save_review"))
        .form(&form)
        .send()
        .await
        .unwrap()
}

pub(crate) async fn declare_conflict(
    app: &TestApp,
    client: &reqwest::Client,
    id: i32,
) -> reqwest::Response {
    app.post_form(
        client,
        "/api/declare_conflict",
        &[("id", &id.to_string()), ("note", "I sit on its council.")],
    )
    .await
}

async fn stored_reviews(app: &TestApp, id: i32) -> Vec<reviews::Model> {
    reviews::Entity::find()
        .filter(reviews::Column::ApplicationId.eq(id))
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_board_lists_every_submitted_application_for_the_commission_only() {
    let app = spawn_app().await;
    let reviewer = signed_in(&app, REVIEWER).await;
    let listed = board_json(&app, &reviewer).await;
    assert_eq!(listed["rows"].as_array().unwrap().len(), 2, "{listed}");
    let cesis = row(&listed, "Cēsis");
    assert_eq!(cesis["status"], "Submitted");
    assert_eq!(cesis["reviews_done"], 0);
    assert_eq!(cesis["reviews_needed"], 2, "both reviewers review it");
    assert_eq!(cesis["mine"], "NotStarted");
    assert_eq!(cesis["scores"], Value::Null);
    assert_eq!(listed["endorsed"], serde_json::json!([]));
    assert_eq!(listed["cycle"]["quota"], 3);
    assert_eq!(listed["cycle"]["year"], 2027);

    // Valmiera's draft is not on the board until it is submitted.
    let valmiera = signed_in(&app, APPLICANT).await;
    crate::features::applications::start(&app, &valmiera).await;
    assert_eq!(
        board_json(&app, &reviewer).await["rows"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let secretary = signed_in(&app, SECRETARY).await;
    assert_eq!(
        row(&board_json(&app, &secretary).await, "Jelgava")["mine"],
        "NotAReviewer"
    );
    assert_eq!(board(&app, &valmiera).await.status(), 403);
    assert_eq!(board(&app, &app.client()).await.status(), 401);

    let page = reviewer.get(app.url("/en/board")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Cēsis") && html.contains("Jelgava"), "{html}");
    assert!(html.contains("Endorsed 0 of 3 this year"));
    let filtered = app.html_as(&reviewer, "/en/board?q=jelg&sort=city").await;
    assert!(
        filtered.contains("Showing 1 of 2 applications"),
        "{filtered}"
    );
    let refused = valmiera.get(app.url("/en/board")).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    let html = refused.text().await.unwrap();
    assert!(
        !html.contains("Cēsis"),
        "a city learns nothing of the others"
    );
}

#[tokio::test]
async fn reviews_are_drafted_submitted_and_versioned_and_scores_wait_for_your_own() {
    let app = spawn_app().await;
    let id = application_of(&app, "Cēsis").await;
    let first = signed_in(&app, REVIEWER).await;
    let second = signed_in(&app, SECOND_REVIEWER).await;

    // A draft may be incomplete; it moves the application into review.
    let draft = review(&app, &first, id, "4", Some("inclusive-learning"), "draft").await;
    assert_eq!(draft.status(), 200, "{}", draft.text().await.unwrap());
    let cesis = row(&board_json(&app, &first).await, "Cēsis").clone();
    assert_eq!(cesis["mine"], "Draft");
    assert_eq!(cesis["status"], "InReview");
    assert_eq!(cesis["reviews_done"], 0);
    let mine: Value = desk(&app, &first, id).await.json().await.unwrap();
    assert_eq!(mine["my_review"]["scores"]["political-will"], "4");
    assert_eq!(mine["my_review"]["scores"].get("inclusive-learning"), None);

    // Submitting needs every score; a score outside 1–5 is refused; nothing changes either way.
    let incomplete = review(&app, &first, id, "4", Some("inclusive-learning"), "submit").await;
    assert_eq!(incomplete.status(), 422);
    let problems: Value = incomplete.json().await.unwrap();
    assert_eq!(
        problems["Validation"][0]["field"], "score-inclusive-learning",
        "{problems}"
    );
    let out_of_range = review(&app, &first, id, "6", None, "submit").await;
    assert_eq!(out_of_range.status(), 422);
    assert!(stored_reviews(&app, id)
        .await
        .iter()
        .all(|r| r.submitted_at.is_none()));

    assert_eq!(
        review(&app, &first, id, "4", None, "submit").await.status(),
        200
    );
    let after = board_json(&app, &first).await;
    let cesis = row(&after, "Cēsis");
    assert_eq!(cesis["mine"], "Submitted");
    assert_eq!(cesis["reviews_done"], 1);
    assert_eq!(cesis["scores"]["mean_tenths"], 40);

    // The second reviewer sees neither scores nor reviews before submitting their own.
    let theirs = row(&board_json(&app, &second).await, "Cēsis").clone();
    assert_eq!(theirs["scores"], Value::Null);
    let hidden: Value = desk(&app, &second, id).await.json().await.unwrap();
    assert_eq!(hidden["reviews"], serde_json::json!([]));
    assert_eq!(
        review(&app, &second, id, "2", None, "submit")
            .await
            .status(),
        200
    );
    let both: Value = desk(&app, &second, id).await.json().await.unwrap();
    assert_eq!(both["reviews"].as_array().unwrap().len(), 2);
    assert_eq!(both["row"]["scores"]["mean_tenths"], 30);
    assert_eq!(both["row"]["scores"]["spread_tenths"], 20);
    assert_eq!(
        both["row"]["scores"]["tally"],
        serde_json::json!({"endorse": 1, "request_changes": 0, "reject": 1}),
        "the recommendations are tallied"
    );
    let html = app.html_as(&second, "/en/board").await;
    assert!(
        html.contains("endorse 1 · changes 0 · do not endorse 1"),
        "the board shows the tally"
    );

    // Revising a submitted review adds a version; the other reviewer's review is untouched.
    assert_eq!(
        review(&app, &first, id, "5", None, "submit").await.status(),
        200
    );
    let stored = stored_reviews(&app, id).await;
    let versions: Vec<(i32, i32)> = stored.iter().map(|r| (r.reviewer_id, r.version)).collect();
    assert_eq!(versions.len(), 3, "{versions:?}");
    let secretary = signed_in(&app, SECRETARY).await;
    let seen: Value = desk(&app, &secretary, id).await.json().await.unwrap();
    assert_eq!(
        seen["row"]["scores"]["mean_tenths"], 35,
        "the latest of each"
    );
    let history: Vec<&str> = seen["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["what_key"].as_str().unwrap())
        .collect();
    assert_eq!(
        history,
        [
            "history-application-started",
            "history-application-submitted",
            "history-review-started",
            "history-review-submitted",
            "history-review-submitted",
            "history-review-submitted"
        ]
    );

    // Reviews belong to reviewers: the secretary and the city cannot write one.
    assert_eq!(
        review(&app, &secretary, id, "1", None, "submit")
            .await
            .status(),
        403
    );
    let city = signed_in(&app, CESIS).await;
    assert_eq!(
        review(&app, &city, id, "1", None, "submit").await.status(),
        403
    );
    assert_eq!(stored_reviews(&app, id).await.len(), 3);
}

#[tokio::test]
async fn a_recused_reviewer_takes_no_part_and_finds_nothing() {
    let app = spawn_app().await;
    let id = application_of(&app, "Jelgava").await;
    let recused = signed_in(&app, SECOND_REVIEWER).await;
    assert_eq!(
        review(&app, &recused, id, "3", None, "draft")
            .await
            .status(),
        200
    );
    let declared = declare_conflict(&app, &recused, id).await;
    assert_eq!(declared.status(), 200, "{}", declared.text().await.unwrap());

    assert_eq!(desk(&app, &recused, id).await.status(), 404);
    assert_eq!(load(&app, &recused, i64::from(id)).await.status(), 404);
    let pdf = recused
        .get(app.url(&format!("/files/applications/{id}/application.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(pdf.status(), 404);
    assert_eq!(
        review(&app, &recused, id, "3", None, "submit")
            .await
            .status(),
        404
    );
    assert_eq!(declare_conflict(&app, &recused, id).await.status(), 404);
    let page = recused
        .get(app.url(&format!("/en/board/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
    let own_board = board_json(&app, &recused).await;
    let jelgava = row(&own_board, "Jelgava");
    assert_eq!(jelgava["mine"], "Recused");
    assert_eq!(jelgava["scores"], Value::Null);

    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(
        review(&app, &reviewer, id, "5", None, "submit")
            .await
            .status(),
        200
    );
    let jelgava = row(&board_json(&app, &reviewer).await, "Jelgava").clone();
    assert_eq!(
        jelgava["reviews_needed"], 1,
        "the recused reviewer is not counted"
    );
    assert_eq!(jelgava["reviews_done"], 1);
    assert_eq!(
        jelgava["scores"]["mean_tenths"], 50,
        "the recused draft is left out"
    );

    let secretary = signed_in(&app, SECRETARY).await;
    let seen: Value = desk(&app, &secretary, id).await.json().await.unwrap();
    assert_eq!(seen["recused"], serde_json::json!(["Marta Liepa"]));
    let reviewer_view: Value = desk(&app, &reviewer, id).await.json().await.unwrap();
    assert_eq!(
        reviewer_view["recused"],
        serde_json::json!([]),
        "only the secretary sees it"
    );
    // The other city's application is still there for the recused reviewer.
    let cesis = application_of(&app, "Cēsis").await;
    assert_eq!(desk(&app, &recused, cesis).await.status(), 200);
}

/// Every board route and server function, called by everyone who might try.
#[tokio::test]
async fn only_the_commission_reaches_the_board_and_a_recused_reviewer_not_even_that_application() {
    let app = spawn_app().await;
    let id = application_of(&app, "Cēsis").await;
    crate::features::applications::add_applicant(&app, "cesis2@x.lv", "Second Cēsis", "Cēsis")
        .await;
    let recused = signed_in(&app, SECOND_REVIEWER).await;
    assert_eq!(declare_conflict(&app, &recused, id).await.status(), 200);
    let people = [
        (
            "anonymous",
            app.client(),
            [401, 401, 401, 401, 401, 401, 401],
        ),
        (
            "city A",
            signed_in(&app, APPLICANT).await,
            [403, 403, 403, 403, 403, 403, 403],
        ),
        (
            "city B",
            signed_in(&app, CESIS).await,
            [403, 403, 403, 403, 403, 403, 403],
        ),
        (
            "reviewer",
            signed_in(&app, REVIEWER).await,
            [200, 200, 200, 200, 200, 200, 200],
        ),
        ("recused", recused, [200, 200, 404, 404, 404, 404, 404]),
        (
            "secretary",
            signed_in(&app, SECRETARY).await,
            [200, 200, 200, 200, 403, 403, 200],
        ),
    ];
    for (who, client, expected) in people {
        let get = |path: String| {
            let client = client.clone();
            let url = app.url(&path);
            async move { client.get(url).send().await.unwrap().status().as_u16() }
        };
        let page = get("/en/board".into()).await;
        let api = get("/api/board".into()).await;
        let desk_page = get(format!("/en/board/{id}")).await;
        let desk_api = get(format!("/api/review_desk?id={id}")).await;
        // Before the conflict below, which recuses the reviewer.
        let viewers = get(format!("/api/viewers?id={id}")).await;
        let save = review(&app, &client, id, "3", None, "draft")
            .await
            .status()
            .as_u16();
        let conflict = app
            .post_form(&client, "/api/declare_conflict", &[("id", &id.to_string())])
            .await
            .status()
            .as_u16();
        let got = [page, api, desk_page, desk_api, save, conflict, viewers];
        // A visitor's page is the sign-in prompt's 401; the rest as listed.
        assert_eq!(got, expected, "{who}");
    }
    let stored = stored_reviews(&app, id).await;
    assert_eq!(stored.len(), 1, "only the reviewer's draft");
    assert_eq!(
        applications::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .status,
        enums::ApplicationStatus::InReview
    );
}

async fn viewers(app: &TestApp, client: &reqwest::Client, id: i32) -> Vec<String> {
    let response = client
        .get(app.url(&format!("/api/viewers?id={id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_commission_sees_who_else_has_an_application_open_and_a_recused_reviewer_counts_nowhere(
) {
    let app = spawn_app().await;
    let id = application_of(&app, "Cēsis").await;
    let secretary = signed_in(&app, SECRETARY).await;
    let reviewer = signed_in(&app, REVIEWER).await;
    let recused = signed_in(&app, SECOND_REVIEWER).await;
    assert_eq!(declare_conflict(&app, &recused, id).await.status(), 200);
    assert!(viewers(&app, &secretary, id).await.is_empty());
    let mut secretary_feed = app.live_feed(&secretary, "/events").await;
    let wait = Duration::from_secs(2);

    let viewing = format!("/events?viewing={id}");
    let reviewer_page = app.live_feed(&reviewer, &viewing).await;
    let event = secretary_feed.next(wait).await.expect("the arrival");
    assert_eq!(
        event,
        json!({ "PresenceChanged": { "form": { "kind": "application", "id": id } } })
    );
    assert_eq!(viewers(&app, &secretary, id).await, ["Pēteris Ozols"]);
    assert!(
        viewers(&app, &reviewer, id).await.is_empty(),
        "nobody is shown themselves"
    );

    let second_tab = app.live_feed(&reviewer, &viewing).await;
    secretary_feed.next(wait).await.expect("the second tab");
    assert_eq!(
        viewers(&app, &secretary, id).await,
        ["Pēteris Ozols"],
        "named once"
    );

    let recused_page = app.live_feed(&recused, &viewing).await;
    assert_eq!(
        secretary_feed.next(Duration::from_millis(300)).await,
        None,
        "a recused reviewer's page counts nowhere"
    );
    assert_eq!(viewers(&app, &secretary, id).await, ["Pēteris Ozols"]);

    drop(second_tab);
    secretary_feed
        .next(Duration::from_secs(20))
        .await
        .expect("one tab closed");
    assert_eq!(viewers(&app, &secretary, id).await, ["Pēteris Ozols"]);
    drop(reviewer_page);
    secretary_feed
        .next(Duration::from_secs(20))
        .await
        .expect("the last tab closed");
    assert!(viewers(&app, &secretary, id).await.is_empty());
    drop(recused_page);
}

#[tokio::test]
async fn open_boards_hear_of_a_review_at_once_and_cities_hear_nothing() {
    let app = spawn_app().await;
    let id = application_of(&app, "Cēsis").await;
    let open = |email| {
        let app = &app;
        async move { app.live_feed(&signed_in(app, email).await, "/events").await }
    };
    let mut board_page = open(SECOND_REVIEWER).await;
    let mut secretary_page = open(SECRETARY).await;
    let mut city_page = open(CESIS).await;
    let mut other_city = open(APPLICANT).await;

    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(
        review(&app, &reviewer, id, "4", None, "submit")
            .await
            .status(),
        200
    );
    let wait = Duration::from_secs(2);
    for page in [&mut board_page, &mut secretary_page] {
        let first = page.next(wait).await.expect("an event at once");
        assert_eq!(first, json!({ "ReviewChanged": { "application_id": id } }));
        let second = page.next(wait).await.expect("the status change");
        assert_eq!(
            second["ApplicationChanged"]["status"], "InReview",
            "{second}"
        );
    }
    let city_event = city_page.next(wait).await.expect("its own status");
    assert_eq!(
        city_event["ApplicationChanged"]["status"], "InReview",
        "never the review itself: {city_event}"
    );
    assert_eq!(city_page.next(Duration::from_millis(300)).await, None);
    assert_eq!(other_city.next(Duration::from_millis(300)).await, None);
}
