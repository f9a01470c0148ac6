//! Faults, on the real server binary in its own process: killed with SIGKILL in the middle of an
//! autosave storm, and the mail server away for a while. Bounded in time; loopback only.

use crate::common::editors::{editors, Editor};
use crate::common::process::{free_port, ServerProcess};
use crate::helpers::postgres_database;
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use server::clock::{ManualClock, SharedClock};
use server::mail::{self, MailPurpose, MailTransport, OutgoingMail};
use server::storage::entities::{answers, enums, outbox_messages};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Mutex;

const EDITORS: usize = 200;
const STORM_FOR: Duration = Duration::from_secs(3);

/// The release server on `data` and `database_url`, with the clock inside the 2027 window.
async fn start_server(data: &Path, database_url: &str) -> ServerProcess {
    ServerProcess::start(data, database_url, crate::helpers::PASSWORD)
        .await
        .unwrap()
}

/// Every editor saves again and again until the server stops answering; each comes back with what
/// the server last acknowledged, and how many saves it acknowledged.
async fn storm_until_killed(editors: Vec<Editor>, mut server: ServerProcess) -> Vec<(Editor, u32)> {
    let tasks: Vec<_> = editors
        .into_iter()
        .map(|mut editor| {
            tokio::spawn(async move {
                let mut acknowledged = 0;
                while editor.save().await.is_ok() {
                    acknowledged += 1;
                }
                (editor, acknowledged)
            })
        })
        .collect();
    tokio::time::sleep(STORM_FOR).await;
    server.kill().unwrap();
    let mut done = Vec::new();
    for task in tasks {
        done.push(task.await.unwrap());
    }
    done
}

/// Kills the server in the middle of an autosave storm, starts it again on the same data, and checks
/// that every acknowledged save is there: each section holds the version its editor last heard of,
/// or the one after (a save that committed as the server died, before it could answer).
async fn acknowledged_saves_survive_a_kill(database_url: &str, data: &Path) {
    let db = server::storage::connect(database_url).await.unwrap();
    let server = start_server(data, database_url).await;
    let base = server.base.clone();
    let editors = editors(&base, &db, EDITORS).await.unwrap();
    let done = storm_until_killed(editors, server).await;
    let acknowledged: u32 = done.iter().map(|(_, saves)| saves).sum();
    assert!(
        acknowledged >= EDITORS as u32,
        "only {acknowledged} saves before the kill"
    );

    let restarted = start_server(data, database_url).await;
    for (mut editor, _) in done {
        assert_acknowledged_save_kept(&db, &mut editor).await;
        // The session outlived the server.
        editor.base = restarted.base.clone();
        editor.save().await.expect("saving after the restart");
    }
}

/// Asserts that the editor's section holds the version the server last acknowledged, or the one after
/// (a save that committed while its answer was lost), with the acknowledged text; then lets the editor
/// go on from what is stored.
pub async fn assert_acknowledged_save_kept(db: &DatabaseConnection, editor: &mut Editor) {
    let stored = answers::Entity::find()
        .filter(answers::Column::ApplicationId.eq(editor.application as i32))
        .filter(answers::Column::Section.eq(editor.section))
        .one(db)
        .await
        .unwrap();
    let stored_version = stored.as_ref().map_or(0, |row| i64::from(row.version));
    assert!(
        stored_version == editor.version || stored_version == editor.version + 1,
        "{} of application {}: acknowledged version {}, stored {stored_version}",
        editor.section,
        editor.application,
        editor.version
    );
    if let (Some(row), Some(text), true) = (
        &stored,
        &editor.saved_text,
        stored_version == editor.version,
    ) {
        assert!(row.data.to_string().contains(text.as_str()), "{text}");
    }
    editor.version = stored_version;
}

#[tokio::test]
async fn acknowledged_saves_survive_killing_the_server_on_sqlite() {
    let data = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}",
        data.path().join("pieteikums.sqlite").display()
    );
    acknowledged_saves_survive_a_kill(&url, data.path()).await;
}

#[tokio::test]
async fn acknowledged_saves_survive_killing_the_server_on_postgresql() {
    let data = tempfile::tempdir().unwrap();
    let url = postgres_database().await;
    acknowledged_saves_survive_a_kill(&url, data.path()).await;
}

/// A mail server that accepts everything and keeps each message's text: just enough SMTP for a
/// client to deliver to it.
async fn smtp_sink(listener: TcpListener) -> Arc<Mutex<Vec<String>>> {
    let received = Arc::new(Mutex::new(Vec::new()));
    let kept = received.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let (reader, mut writer) = stream.into_split();
                let mut lines = BufReader::new(reader).lines();
                writer.write_all(b"220 sink ESMTP\r\n").await?;
                while let Some(line) = lines.next_line().await? {
                    let command = line.to_ascii_uppercase();
                    let answer: &[u8] = if command.starts_with("DATA") {
                        writer.write_all(b"354 go ahead\r\n").await?;
                        let mut message = String::new();
                        while let Some(line) = lines.next_line().await? {
                            if line == "." {
                                break;
                            }
                            message.push_str(&line);
                            message.push('\n');
                        }
                        kept.lock().await.push(message);
                        b"250 kept\r\n"
                    } else if command.starts_with("QUIT") {
                        writer.write_all(b"221 bye\r\n").await?;
                        break;
                    } else {
                        b"250 ok\r\n"
                    };
                    writer.write_all(answer).await?;
                }
                std::io::Result::Ok(())
            });
        }
    });
    received
}

async fn states(db: &DatabaseConnection) -> Vec<(enums::OutboxState, i32, DateTime<Utc>)> {
    outbox_messages::Entity::find()
        .filter(outbox_messages::Column::Purpose.eq("fault"))
        .order_by_asc(outbox_messages::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|mail| (mail.state, mail.attempts, mail.next_attempt_at))
        .collect()
}

#[tokio::test]
async fn with_the_mail_server_away_the_outbox_backs_off_then_sends_each_mail_once() {
    let data = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", data.path().join("mail.sqlite").display());
    let db = server::storage::connect(&url).await.unwrap();
    let start = Utc.with_ymd_and_hms(2027, 4, 30, 18, 0, 0).unwrap();
    for n in 0..5 {
        mail::queue(
            &db,
            start,
            OutgoingMail {
                purpose: MailPurpose::AccountInvitation,
                idempotency_key: format!("fault-{n}"),
                to: vec!["office@unesco.lv".to_owned()],
                cc: vec!["learningcities@unesco.org".to_owned()],
                language: Default::default(),
                subject: format!("Application {n}"),
                body: "Submitted.".to_owned(),
                attachments: Vec::new(),
            },
        )
        .await
        .unwrap();
    }
    let port = free_port().unwrap();
    let transport = MailTransport::smtp(
        &format!("smtp://127.0.0.1:{port}"),
        "Pieteikums <noreply@unesco.lv>",
    )
    .unwrap();
    let clock = ManualClock::new(start);
    let shared: SharedClock = clock.clone();
    let files = data.path();
    let pass = || mail::send_due(&db, &transport, &shared, files);

    assert_eq!(pass().await.unwrap(), 0, "nobody listens");
    let first = start + TimeDelta::seconds(30);
    assert!(
        states(&db)
            .await
            .iter()
            .all(|state| *state == (enums::OutboxState::Queued, 1, first)),
        "{:?}",
        states(&db).await
    );
    clock.set(start + TimeDelta::seconds(29));
    assert_eq!(pass().await.unwrap(), 0);
    assert!(
        states(&db)
            .await
            .iter()
            .all(|(_, attempts, _)| *attempts == 1),
        "no attempt before the wait is over"
    );
    clock.set(first);
    assert_eq!(pass().await.unwrap(), 0, "still away");
    let second = first + TimeDelta::seconds(60);
    assert!(
        states(&db)
            .await
            .iter()
            .all(|state| *state == (enums::OutboxState::Queued, 2, second)),
        "the wait doubles: {:?}",
        states(&db).await
    );

    let received = smtp_sink(TcpListener::bind(("127.0.0.1", port)).await.unwrap()).await;
    clock.set(second);
    assert_eq!(pass().await.unwrap(), 5);
    clock.set(second + TimeDelta::hours(2));
    assert_eq!(pass().await.unwrap(), 0, "nothing goes twice");
    let received = received.lock().await;
    assert_eq!(received.len(), 5);
    for n in 0..5 {
        let subject = format!("Subject: Application {n}");
        assert_eq!(
            received
                .iter()
                .filter(|message| message.contains(&subject))
                .count(),
            1,
            "{subject}"
        );
    }
    assert!(states(&db)
        .await
        .iter()
        .all(|(state, _, _)| *state == enums::OutboxState::Sent));
}

/// A request whose database work would wait for ever (another connection holds a lock on the cycles
/// table) is stopped at the time limit and answered with the translated 503; the server then serves
/// as before once the lock is gone.
#[tokio::test]
async fn a_request_that_would_hang_is_answered_at_the_time_limit() {
    use sea_orm::{ConnectionTrait, TransactionTrait};
    let url = postgres_database().await;
    let uploads = tempfile::tempdir().unwrap();
    let app = crate::helpers::spawn_app_with(|settings| {
        settings.database_url = url.clone();
        settings.upload_dir = uploads.path().to_path_buf();
        settings.request_timeout = Duration::from_secs(2);
    })
    .await;
    let holder = server::storage::open(&url).await.unwrap();
    let lock = holder.begin().await.unwrap();
    lock.execute_unprepared("LOCK TABLE cycles IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();

    let started = std::time::Instant::now();
    let response = app.client().get(app.url("/en")).send().await.unwrap();
    let waited = started.elapsed();
    assert_eq!(response.status(), 503);
    assert!(
        waited >= Duration::from_secs(2) && waited < Duration::from_secs(10),
        "{waited:?}"
    );
    let text = response.text().await.unwrap();
    assert!(text.contains("took too long"), "{text}");
    let script = app.client().get(app.url("/api/me")).send().await.unwrap();
    assert!(
        script.status().is_success(),
        "what needs no lock still answers"
    );

    lock.rollback().await.unwrap();
    let after = app.client().get(app.url("/en")).send().await.unwrap();
    assert_eq!(after.status(), 200);
}
