//! Several instances on one PostgreSQL database: they start together without racing, share sessions,
//! hear each other's live events, survive losing their connections, and send each mail and reminder
//! once between them.

use crate::applications::signed_in;
use crate::board::{application_of, review, SECOND_REVIEWER};
use crate::helpers::{postgres_database, spawn_instance, TestApp, REVIEWER, SECRETARY};
use chrono::TimeZone;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::clock::{Clock, ManualClock, SharedClock};
use server::mail::{self, MailTransport, OutgoingMail};
use server::persistence::entities::{enums, outbox_messages, reminders, reviews, users};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// Two instances started at the same moment on a new database, sharing one uploads folder.
pub async fn two_instances() -> (TestApp, TestApp, String, tempfile::TempDir) {
    let url = postgres_database().await;
    let uploads = tempfile::tempdir().unwrap();
    let (first, second) = tokio::join!(
        spawn_instance(&url, uploads.path()),
        spawn_instance(&url, uploads.path())
    );
    (first, second, url, uploads)
}

#[tokio::test]
async fn instances_starting_together_migrate_and_seed_once_and_share_sessions() {
    let (first, second, _url, _uploads) = two_instances().await;
    let secretaries = users::Entity::find()
        .filter(users::Column::Email.eq(SECRETARY))
        .count(&first.db)
        .await
        .unwrap();
    assert_eq!(secretaries, 1, "the demo was seeded once");

    let client = signed_in(&first, SECRETARY).await;
    let me = second
        .me(&client)
        .await
        .expect("signed in on the other too");
    assert_eq!(me["email"], SECRETARY);
    let logout = second
        .post_form(&client, "/api/logout", &[("lang", "en")])
        .await;
    assert!(logout.status().is_success() || logout.status().is_redirection());
    assert_eq!(first.me(&client).await, None, "signed out everywhere");
}

#[tokio::test]
async fn a_board_on_one_instance_hears_a_review_made_on_the_other_within_a_second() {
    let (first, second, _url, _uploads) = two_instances().await;
    let id = application_of(&first, "Cēsis").await;
    let watcher = signed_in(&first, SECOND_REVIEWER).await;
    let mut board_page = second.live_feed(&watcher, "/events").await;

    let reviewer = signed_in(&first, REVIEWER).await;
    let response = review(&first, &reviewer, id, "4", None, "submit").await;
    assert_eq!(response.status(), 200);
    let wait = Duration::from_secs(1);
    let event = board_page.next(wait).await.expect("the review, at once");
    assert_eq!(event["type"], "ReviewChanged");
    assert_eq!(event["application_id"], id);
    let event = board_page.next(wait).await.expect("the status change");
    assert_eq!(event["type"], "ApplicationChanged");

    let board = second.get_json(&watcher, "/api/board").await;
    let row = crate::board::row(&board, "Cēsis");
    assert_eq!(row["status"], "InReview", "{row}");
}

/// The test server's administrative connection and the name of the database at `url`.
async fn admin_of(url: &str) -> (sea_orm::DatabaseConnection, String) {
    let admin_url = std::env::var("PIETEIKUMS_TEST_POSTGRES_URL").unwrap();
    let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
    (admin, url.rsplit_once('/').unwrap().1.to_owned())
}

/// What the instances see of a PostgreSQL restart: every connection closed, and new ones refused
/// until `give_back`. Only this test's database goes away, so that the tests running beside it do not.
async fn take_away(admin: &sea_orm::DatabaseConnection, name: &str) {
    admin
        .execute_unprepared(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"))
        .await
        .unwrap();
    let cut = admin
        .execute_unprepared(&format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        ))
        .await
        .unwrap();
    assert!(cut.rows_affected() > 0, "nothing was connected to {name}");
}

async fn give_back(admin: &sea_orm::DatabaseConnection, name: &str) {
    admin
        .execute_unprepared(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        .await
        .unwrap();
}

#[tokio::test]
async fn instances_recover_from_the_database_going_away_and_tell_open_pages_to_read_again() {
    let (first, second, url, _uploads) = two_instances().await;
    let id = application_of(&first, "Cēsis").await;
    let watcher = signed_in(&second, SECOND_REVIEWER).await;
    let mut board_page = second.live_feed(&watcher, "/events").await;
    let reviewer = signed_in(&first, REVIEWER).await;
    let response = review(&first, &reviewer, id, "3", None, "draft").await;
    assert_eq!(response.status(), 200, "a draft saved before");
    while board_page.next(Duration::from_millis(500)).await.is_some() {}

    let (admin, name) = admin_of(&url).await;
    take_away(&admin, &name).await;
    let health = reqwest::get(second.url("/healthz")).await.unwrap();
    assert_eq!(health.status(), 503, "the instance says it cannot serve");
    tokio::time::sleep(Duration::from_secs(2)).await;
    give_back(&admin, &name).await;

    let event = board_page
        .next(Duration::from_secs(10))
        .await
        .expect("a resync once listening again");
    assert_eq!(event["type"], "Resync");
    let health = reqwest::get(second.url("/healthz")).await.unwrap();
    assert_eq!(health.status(), 200, "recovered without a restart");
    let drafts = reviews::Entity::find()
        .filter(reviews::Column::ApplicationId.eq(id))
        .count(&second.db)
        .await
        .unwrap();
    assert_eq!(drafts, 1, "the draft saved before is there");
    let response = review(&first, &reviewer, id, "4", None, "submit").await;
    assert_eq!(response.status(), 200, "the first instance serves again");
    let event = board_page
        .next(Duration::from_secs(1))
        .await
        .expect("events flow again");
    assert_eq!(event["type"], "ReviewChanged");
}

/// The subject of every mail written to the `.eml` files in `folders`, with how often it was written.
fn written_subjects(folders: &[&Path]) -> BTreeMap<String, usize> {
    let mut subjects = BTreeMap::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|extension| extension == "eml") {
                let text = std::fs::read_to_string(&path).unwrap();
                let subject = text
                    .lines()
                    .find_map(|line| line.strip_prefix("Subject: "))
                    .unwrap()
                    .to_owned();
                *subjects.entry(subject).or_default() += 1;
            }
        }
    }
    subjects
}

#[tokio::test]
async fn each_queued_mail_leaves_once_however_many_instances_send() {
    let (first, second, _url, _uploads) = two_instances().await;
    let now = first.clock.now();
    for n in 0..40 {
        mail::queue(
            &first.db,
            now,
            OutgoingMail {
                purpose: "test",
                idempotency_key: format!("test-{n}"),
                to: vec!["someone@example.org".to_owned()],
                cc: Vec::new(),
                language: Default::default(),
                subject: format!("Mail {n}"),
                body: "Hello.".to_owned(),
                attachments: Vec::new(),
            },
        )
        .await
        .unwrap();
    }
    // Besides the instances' own workers, two more passes at the same moment on each instance's pool.
    let extra = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let transports = extra.each_ref().map(|folder| {
        MailTransport::files(
            folder.path().to_path_buf(),
            "Pieteikums <noreply@unesco.lv>",
        )
        .unwrap()
    });
    let clock: SharedClock = ManualClock::new(now);
    let files = tempfile::tempdir().unwrap();
    let (a, b) = tokio::join!(
        mail::send_due(&first.db, &transports[0], &clock, files.path()),
        mail::send_due(&second.db, &transports[1], &clock, files.path())
    );
    a.unwrap();
    b.unwrap();

    let outbox = |app: &TestApp| app.data_dir.path().join("outbox");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let waiting = outbox_messages::Entity::find()
            .filter(outbox_messages::Column::Purpose.eq("test"))
            .filter(outbox_messages::Column::State.ne(enums::OutboxState::Sent))
            .count(&first.db)
            .await
            .unwrap();
        if waiting == 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{waiting} mails still queued"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let subjects = written_subjects(&[
        &outbox(&first),
        &outbox(&second),
        extra[0].path(),
        extra[1].path(),
    ]);
    let tests: Vec<_> = subjects
        .iter()
        .filter(|(subject, _)| subject.starts_with("Mail "))
        .collect();
    assert_eq!(tests.len(), 40, "{subjects:?}");
    assert!(tests.iter().all(|(_, times)| **times == 1), "{subjects:?}");
}

#[tokio::test]
async fn a_reminder_pass_on_two_instances_at_once_sends_each_reminder_once() {
    let (first, second, _url, _uploads) = two_instances().await;
    // A day inside the 2027 window: the close's reminders are due for every city.
    let now = chrono::Utc.with_ymd_and_hms(2027, 4, 20, 12, 0, 0).unwrap();
    let site = "https://pieteikums.example";
    let (a, b) = tokio::join!(
        server::persistence::send_due_reminders(&first.db, now, site),
        server::persistence::send_due_reminders(&second.db, now, site)
    );
    let sent = a.unwrap() + b.unwrap();
    assert!(sent > 0, "reminders were due");
    let rows = reminders::Entity::find().count(&first.db).await.unwrap();
    assert_eq!(rows as usize, sent);
    let again = server::persistence::send_due_reminders(&second.db, now, site)
        .await
        .unwrap();
    assert_eq!(again, 0);
}
