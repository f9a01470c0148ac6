//! Several instances on one PostgreSQL database: they start together without racing, share sessions,
//! hear each other's live events, survive losing their connections, and send each mail and reminder
//! once between them.

use crate::common::editors::{editors, Editor};
use crate::features::applications::signed_in;
use crate::features::board::{application_of, review, SECOND_REVIEWER};
use crate::features::submission::in_the_window;
use crate::helpers::{postgres_database, spawn_instance, TestApp, REVIEWER, SECRETARY};
use chrono::TimeZone;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::clock::{Clock, ManualClock, SharedClock};
use server::mail::{self, MailPurpose, MailTransport, OutgoingMail};
use server::storage::entities::{enums, outbox_messages, reminders, users};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Two instances started at the same moment on a new database, sharing one uploads folder.
pub async fn two_instances() -> (TestApp, TestApp, String, tempfile::TempDir) {
    two_instances_on(postgres_database().await).await
}

/// Two instances started at the same moment on the database at `url`, sharing one uploads folder.
async fn two_instances_on(url: String) -> (TestApp, TestApp, String, tempfile::TempDir) {
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
async fn a_board_on_one_instance_hears_a_review_made_on_the_other() {
    let (first, second, _url, _uploads) = two_instances().await;
    let id = application_of(&first, "Cēsis").await;
    let watcher = signed_in(&first, SECOND_REVIEWER).await;
    let mut board_page = second.live_feed(&watcher, "/events").await;

    let reviewer = signed_in(&first, REVIEWER).await;
    let response = review(&first, &reviewer, id, "4", None, "submit").await;
    assert_eq!(response.status(), 200);
    // How soon is the bench's to measure (`cargo xtask bench`, two instances); this only says when the
    // event has clearly not come.
    let wait = Duration::from_secs(10);
    let event = board_page.next(wait).await.expect("the review");
    assert_eq!(
        event,
        serde_json::json!({ "ReviewChanged": { "application_id": id } })
    );
    let event = board_page.next(wait).await.expect("the status change");
    assert!(event.get("ApplicationChanged").is_some(), "{event}");

    let board = second.get_json(&watcher, "/api/board").await;
    let row = crate::features::board::row(&board, "Cēsis");
    assert_eq!(row["status"], "InReview", "{row}");
}

/// The PostgreSQL cluster this test may restart, and the command that restarts it: one of its own,
/// which `cargo xtask test` starts beside the one the other tests share.
fn restartable_postgres() -> (String, Vec<String>) {
    let (Ok(url), Ok(command)) = (
        std::env::var("PIETEIKUMS_TEST_RESTARTED_POSTGRES_URL"),
        std::env::var("PIETEIKUMS_TEST_RESTART_POSTGRES"),
    ) else {
        panic!("run the tests through `cargo xtask test`, which starts a PostgreSQL cluster to restart");
    };
    (url, serde_json::from_str(&command).unwrap())
}

/// Half the editors save through each instance, one save after another, until `saving` ends; each
/// comes back with the refusals it met.
fn keep_saving(
    editors: Vec<Editor>,
    bases: [&str; 2],
    saving: &Arc<AtomicBool>,
) -> Vec<tokio::task::JoinHandle<(Editor, Vec<String>)>> {
    editors
        .into_iter()
        .enumerate()
        .map(|(n, mut editor)| {
            editor.base = bases[n % 2].to_owned();
            let saving = saving.clone();
            tokio::spawn(async move {
                let mut refused = Vec::new();
                while saving.load(Ordering::SeqCst) {
                    if let Err(error) = editor.save().await {
                        refused.push(error.to_string());
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                }
                (editor, refused)
            })
        })
        .collect()
}

#[tokio::test]
async fn instances_ride_out_a_postgresql_restart_in_the_middle_of_autosaves() {
    let (admin_url, restart) = restartable_postgres();
    let url = crate::common::new_postgres_database(&admin_url, "pieteikums_restarted")
        .await
        .unwrap();
    let (first, second, _url, _uploads) = two_instances_on(url).await;
    for instance in [&first, &second] {
        instance.clock.set(in_the_window());
    }
    let watcher = signed_in(&second, SECOND_REVIEWER).await;
    let mut board_page = second.live_feed(&watcher, "/events").await;
    let editors = editors(&first.address, &first.db, 28).await.unwrap();
    let saving = Arc::new(AtomicBool::new(true));
    let tasks = keep_saving(editors, [&first.address, &second.address], &saving);

    tokio::time::sleep(Duration::from_secs(1)).await;
    let restarted = tokio::task::spawn_blocking(move || {
        std::process::Command::new(&restart[0])
            .args(&restart[1..])
            .stdout(std::process::Stdio::null())
            .status()
    })
    .await
    .unwrap()
    .unwrap();
    assert!(restarted.success(), "pg_ctl restart: {restarted}");
    let event = board_page
        .next(Duration::from_secs(15))
        .await
        .expect("a resync once listening again");
    assert_eq!(event, "Resync");
    // Saving on through both instances after the restart, on connections made since.
    tokio::time::sleep(Duration::from_secs(1)).await;
    saving.store(false, Ordering::SeqCst);

    for instance in [&first, &second] {
        let health = reqwest::get(instance.url("/healthz")).await.unwrap();
        assert_eq!(health.status(), 200, "recovered without a restart");
    }
    let mut refusals = 0;
    for task in tasks {
        let (mut editor, refused) = task.await.unwrap();
        for refusal in &refused {
            assert!(
                refusal.contains("503") && refusal.contains("Unavailable"),
                "a save refused while the database restarted: {refusal}"
            );
        }
        refusals += refused.len();
        crate::robustness::faults::assert_acknowledged_save_kept(&first.db, &mut editor).await;
        editor.save().await.expect("saving after the restart");
    }
    println!("{refusals} saves refused during the restart, each with 503");

    let reviewer = signed_in(&first, REVIEWER).await;
    let id = application_of(&first, "Cēsis").await;
    let response = review(&first, &reviewer, id, "4", None, "submit").await;
    assert_eq!(response.status(), 200);
    let event = board_page
        .next(Duration::from_secs(10))
        .await
        .expect("events flow again");
    assert!(event.get("ReviewChanged").is_some(), "{event}");
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
                purpose: MailPurpose::AccountInvitation,
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
        server::services::reminders::run_due(&first.db, now, site),
        server::services::reminders::run_due(&second.db, now, site)
    );
    let sent = a.unwrap() + b.unwrap();
    assert!(sent > 0, "reminders were due");
    let rows = reminders::Entity::find().count(&first.db).await.unwrap();
    assert_eq!(rows as usize, sent);
    let again = server::services::reminders::run_due(&second.db, now, site)
        .await
        .unwrap();
    assert_eq!(again, 0);
}
