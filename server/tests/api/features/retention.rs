//! The retention pass keeps what the privacy notice promises: never-submitted forms go with their
//! files after their period, sent mails lose their text after theirs, and submitted work stays.

use super::applications::{signed_in, start};
use super::uploads::{pdf, upload};
use crate::helpers::{spawn_app, APPLICANT};
use app::model::PrivacyFacts;
use chrono::TimeDelta;
use sea_orm::{EntityTrait, PaginatorTrait};
use server::clock::Clock;
use server::services::retention;
use server::storage::entities::{applications, attachments, events, outbox_messages};

fn periods() -> PrivacyFacts {
    PrivacyFacts {
        controller: "Komisija".into(),
        contact: "office@unesco.lv".into(),
        draft_days: 730,
        mail_days: 365,
    }
}

#[tokio::test]
async fn drafts_and_mail_texts_outlive_their_periods_by_not_a_day_and_submitted_work_stays() {
    let app = spawn_app().await;
    let valmiera = signed_in(&app, APPLICANT).await;
    let draft = start(&app, &valmiera).await;
    let uploaded = upload(&app, &valmiera, draft, "supporting", "plan.pdf", pdf(2_000)).await;
    assert!(uploaded.status().is_success() || uploaded.status().is_redirection());
    let uploads = app.data_dir.path().join("uploads");
    let files_before = std::fs::read_dir(&uploads).unwrap().count();
    let applications_before = applications::Entity::find().count(&app.db).await.unwrap();
    // The demo's mails go out (to files) within moments.
    let mut sent = 0;
    for _ in 0..50 {
        sent = app
            .outbox()
            .await
            .iter()
            .filter(|mail| mail.sent_at.is_some())
            .count();
        if sent > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    let early = retention::run(
        &app.db,
        app.clock.now() + TimeDelta::days(364),
        &uploads,
        &periods(),
    )
    .await
    .unwrap();
    assert_eq!(
        early,
        retention::Deleted::default(),
        "nothing has outlived its period yet"
    );

    let later = app.clock.now() + TimeDelta::days(731);
    let deleted = retention::run(&app.db, later, &uploads, &periods())
        .await
        .unwrap();
    assert!(deleted.forms >= 1, "{deleted:?}");
    assert_eq!(deleted.files, 1);
    assert_eq!(deleted.mail_texts, sent as u64);
    assert!(applications::Entity::find_by_id(draft as i32)
        .one(&app.db)
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        applications::Entity::find().count(&app.db).await.unwrap(),
        applications_before - 1,
        "the submitted applications of Cēsis and Jelgava stay"
    );
    assert_eq!(
        std::fs::read_dir(&uploads).unwrap().count(),
        files_before - 1
    );
    assert!(attachments::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .all(|file| file.application_id != Some(draft as i32)));
    for mail in outbox_messages::Entity::find().all(&app.db).await.unwrap() {
        if mail.sent_at.is_some() {
            assert!(
                mail.body.is_empty() && !mail.subject.is_empty(),
                "{}",
                mail.subject
            );
        }
    }
    let passes: Vec<serde_json::Value> = events::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|event| event.kind == "retention_run" && event.occurred_at > app.clock.now())
        .map(|event| event.data)
        .collect();
    assert_eq!(passes.len(), 2, "each pass is recorded, with its counts");
    assert_eq!(passes[0]["forms"], 0);
    assert_eq!(passes[1]["files"], 1);
}
