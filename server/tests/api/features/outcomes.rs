//! How an application ends other than with UIL's acceptance: the city withdraws it, the Commission
//! decides not to endorse it, or UIL does not accept the endorsed application.

use crate::features::applications::signed_in;
use crate::features::board::{application_of, board_json, desk, review, row, CESIS};
use crate::features::decisions::{decide, status};
use crate::features::submission::in_the_window;
use crate::helpers::{city_id, spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use server::storage::entities::{answers, attachments, enums, events, member_cities};
use std::time::Duration;

/// A decision posted without its "I confirm".
async fn unconfirmed(
    app: &TestApp,
    client: &reqwest::Client,
    id: i32,
    action: &str,
    reason: &str,
) -> reqwest::Response {
    let id = id.to_string();
    let form = [("id", id.as_str()), ("action", action), ("reason", reason)];
    app.post_form(client, "/api/decide", &form).await
}

async fn kept(app: &TestApp, id: i32) -> (usize, usize) {
    let answers = answers::Entity::find()
        .filter(answers::Column::ApplicationId.eq(id))
        .all(&app.db)
        .await
        .unwrap()
        .len();
    let files = attachments::Entity::find()
        .filter(attachments::Column::ApplicationId.eq(id))
        .all(&app.db)
        .await
        .unwrap()
        .len();
    (answers, files)
}

#[tokio::test]
async fn a_city_withdraws_with_a_reason_the_commission_is_told_and_nothing_is_deleted() {
    let app = spawn_app().await;
    app.clock.set(in_the_window());
    let id = application_of(&app, "Cēsis").await;
    let city = signed_in(&app, CESIS).await;
    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(
        review(&app, &reviewer, id, "4", None, "draft")
            .await
            .status(),
        200
    );
    let before = kept(&app, id).await;
    assert!(before.0 > 0 && before.1 > 0, "{before:?}");
    let draft = app
        .get_json(&city, &format!("/api/draft?kind=application&id={id}"))
        .await;
    assert_eq!(draft["withdrawable"], true);
    let seen_by_commission = app
        .get_json(&reviewer, &format!("/api/draft?kind=application&id={id}"))
        .await;
    assert_eq!(seen_by_commission["withdrawable"], false);

    // A reason and the confirmation are both needed; the Commission cannot withdraw for the city.
    let bare = unconfirmed(&app, &city, id, "withdraw", " ").await;
    assert_eq!(bare.status(), 422);
    let problems: Value = bare.json().await.unwrap();
    let fields: Vec<&str> = problems["Validation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["reason", "confirm"]);
    let secretary = signed_in(&app, SECRETARY).await;
    assert_eq!(
        decide(&app, &secretary, id, "withdraw", "For them", &[])
            .await
            .status(),
        403
    );
    let other_city = signed_in(&app, APPLICANT).await;
    assert_eq!(
        decide(&app, &other_city, id, "withdraw", "Not ours", &[])
            .await
            .status(),
        404
    );
    assert_eq!(status(&app, id).await, enums::ApplicationStatus::InReview);

    let mut board_feed = app.live_feed(&reviewer, "/events").await;
    let withdrawn = decide(
        &app,
        &city,
        id,
        "withdraw",
        "The council elections moved our plan to next year.",
        &[],
    )
    .await;
    assert_eq!(
        withdrawn.status(),
        200,
        "{}",
        withdrawn.text().await.unwrap()
    );
    assert_eq!(status(&app, id).await, enums::ApplicationStatus::Withdrawn);
    let event = board_feed
        .next(Duration::from_secs(2))
        .await
        .expect("the open board hears of it");
    let changed = &event["ApplicationChanged"];
    assert_eq!(changed["id"], id, "{event}");
    assert_eq!(changed["status"], "Withdrawn");
    assert_eq!(
        row(&board_json(&app, &reviewer).await, "Cēsis")["status"],
        "Withdrawn"
    );

    // The Commission is mailed at once, not through the secretary's drafts.
    let outbox = app.outbox().await;
    let told = outbox
        .iter()
        .find(|mail| mail.purpose == "application-withdrawn-commission")
        .expect("the Commission's mail");
    assert_eq!(told.to_addresses, json!(["office@unesco.lv"]));
    assert_ne!(told.state, enums::OutboxState::Draft);
    assert!(told.body.contains("The council elections moved our plan"));
    assert!(told.body.contains(&format!("/lv/board/{id}")));
    let audited = events::Entity::find()
        .filter(events::Column::Kind.eq("decision_withdraw"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 1);
    assert_eq!(
        audited[0].data["reason"],
        "The council elections moved our plan to next year."
    );
    let history: Value = desk(&app, &secretary, id).await.json().await.unwrap();
    assert!(history["history"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["what_key"] == "history-decision-withdraw"));

    // Nothing is deleted, and nothing more happens to it: no review, no decision, no second withdrawal.
    assert_eq!(kept(&app, id).await, before);
    assert_eq!(
        review(&app, &reviewer, id, "4", None, "submit")
            .await
            .status(),
        409
    );
    let refused = decide(&app, &secretary, id, "endorse", "", &[]).await;
    assert_eq!(refused.status(), 409);
    assert_eq!(refused.json::<Value>().await.unwrap(), json!("NotNow"));
    assert_eq!(
        decide(&app, &city, id, "withdraw", "Again", &[])
            .await
            .status(),
        409
    );

    // Applying again is a new application, while the window is open.
    let restarted = app.post_form(&city, "/api/start_application", &[]).await;
    assert_eq!(restarted.status(), 200);
    let new_id: i32 = restarted.json().await.unwrap();
    assert_ne!(new_id, id);
    assert_eq!(status(&app, new_id).await, enums::ApplicationStatus::Draft);
    let fresh = app
        .get_json(&city, &format!("/api/draft?kind=application&id={new_id}"))
        .await;
    assert_eq!(fresh["withdrawable"], false, "a draft is simply not sent");
    assert_eq!(status(&app, id).await, enums::ApplicationStatus::Withdrawn);
}

#[tokio::test]
async fn a_withdrawal_racing_a_decision_lets_exactly_one_through() {
    for round in 0..4 {
        let app = spawn_app().await;
        let id = application_of(&app, "Cēsis").await;
        let city = signed_in(&app, CESIS).await;
        let secretary = signed_in(&app, SECRETARY).await;
        let decision = if round % 2 == 0 { "endorse" } else { "reject" };
        let (withdrawal, decided) = tokio::join!(
            decide(&app, &city, id, "withdraw", "Changed our mind", &[]),
            decide(&app, &secretary, id, decision, "Decided", &[]),
        );
        let statuses = [withdrawal.status().as_u16(), decided.status().as_u16()];
        let (winner, loser) = match statuses {
            [200, 409] => (enums::ApplicationStatus::Withdrawn, decided),
            [409, 200] => (
                if decision == "endorse" {
                    enums::ApplicationStatus::Endorsed
                } else {
                    enums::ApplicationStatus::Rejected
                },
                withdrawal,
            ),
            other => panic!("round {round}: {other:?}"),
        };
        assert_eq!(loser.json::<Value>().await.unwrap(), json!("NotNow"));
        assert_eq!(status(&app, id).await, winner, "round {round}");
        let recorded = events::Entity::find()
            .filter(events::Column::Kind.is_in([
                "decision_withdraw",
                "decision_endorse",
                "decision_reject",
            ]))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(recorded.len(), 1, "round {round}: one audited outcome");
    }
}

#[tokio::test]
async fn not_endorsing_tells_the_city_why_and_leaves_the_quota_alone() {
    let app = spawn_app().await;
    let id = application_of(&app, "Jelgava").await;
    let secretary = signed_in(&app, SECRETARY).await;
    let without_reason = decide(&app, &secretary, id, "reject", "", &[]).await;
    assert_eq!(without_reason.status(), 422);
    assert_eq!(status(&app, id).await, enums::ApplicationStatus::Submitted);

    let rejected = decide(
        &app,
        &secretary,
        id,
        "reject",
        "The plan names no budget for the first two years.",
        &[],
    )
    .await;
    assert_eq!(rejected.status(), 200);
    assert_eq!(status(&app, id).await, enums::ApplicationStatus::Rejected);
    let board = board_json(&app, &secretary).await;
    assert_eq!(
        board["endorsed"],
        json!([]),
        "no place of the quota is used"
    );
    assert_eq!(row(&board, "Jelgava")["status"], "Rejected");

    let to_city = app
        .outbox()
        .await
        .into_iter()
        .find(|mail| mail.purpose == "decision-rejected-city")
        .expect("the city's mail");
    assert_eq!(
        to_city.state,
        enums::OutboxState::Draft,
        "read before it goes"
    );
    assert!(to_city
        .body
        .contains("The plan names no budget for the first two years."));
    let city = signed_in(&app, "jelgava@demo.pieteikums.lv").await;
    let seen = app
        .get_json(&city, &format!("/api/draft?kind=application&id={id}"))
        .await;
    assert_eq!(seen["status"], "Rejected");
    assert_eq!(seen["editable"], false);
    assert_eq!(seen["withdrawable"], false, "decided: too late to withdraw");
    assert_eq!(
        decide(&app, &city, id, "withdraw", "Too late", &[])
            .await
            .status(),
        409
    );
    let desk_view: Value = desk(&app, &secretary, id).await.json().await.unwrap();
    assert_eq!(desk_view["decisions"][0]["event"], "Reject");
    assert_eq!(
        desk_view["decisions"][0]["reason"],
        "The plan names no budget for the first two years."
    );
    assert_eq!(
        desk_view["can_decide"],
        json!(["ReopenDecision"]),
        "only a reopen is left"
    );
}

#[tokio::test]
async fn uil_not_accepting_is_recorded_and_makes_no_member() {
    let app = spawn_app().await;
    let id = application_of(&app, "Cēsis").await;
    let cesis = city_id(&app, "Cēsis").await;
    let secretary = signed_in(&app, SECRETARY).await;
    assert_eq!(
        decide(&app, &secretary, id, "endorse", "", &[])
            .await
            .status(),
        200
    );
    // Without the signed scan, the unsigned print goes when the secretary says so.
    let unsigned = app
        .post_form(
            &secretary,
            "/api/decide",
            &[
                ("id", &id.to_string()),
                ("action", "forward_to_uil"),
                ("confirm", "yes"),
                ("unsigned", "yes"),
            ],
        )
        .await;
    assert_eq!(unsigned.status(), 200);
    let to_uil = app
        .outbox()
        .await
        .into_iter()
        .find(|mail| mail.purpose == "decision-forwarded-uil")
        .expect("the mail to UIL");
    assert!(to_uil
        .attachments
        .to_string()
        .contains("GNLC-endorsement-Cēsis-2027.pdf"));
    let early = unconfirmed(&app, &secretary, id, "record_uil_not_accepted", "").await;
    assert_eq!(early.status(), 422, "confirmed, like every decision");
    let city = signed_in(&app, CESIS).await;
    assert_eq!(
        decide(&app, &city, id, "record_uil_not_accepted", "", &[])
            .await
            .status(),
        403
    );
    assert_eq!(
        decide(&app, &secretary, id, "record_uil_not_accepted", "", &[])
            .await
            .status(),
        200
    );
    assert_eq!(
        status(&app, id).await,
        enums::ApplicationStatus::NotAcceptedByUil
    );
    let members = member_cities::Entity::find()
        .filter(member_cities::Column::CityId.eq(cesis))
        .all(&app.db)
        .await
        .unwrap();
    assert!(members.is_empty(), "Cēsis does not become a member");
    let board = board_json(&app, &secretary).await;
    assert_eq!(
        board["endorsed"],
        json!(["Cēsis"]),
        "the endorsement still used a place of the year's quota"
    );
    let seen: Value = desk(&app, &secretary, id).await.json().await.unwrap();
    let kinds: Vec<&str> = seen["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["event"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["Endorse", "RecordUilNotAccepted"]);
    assert_eq!(seen["can_decide"], json!([]), "nothing is left to decide");
    let refused = decide(&app, &secretary, id, "record_uil_accepted", "", &[]).await;
    assert_eq!(refused.status(), 409);
}
