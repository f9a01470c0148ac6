//! Reminders: a year and a half of the calendar walked day by day — each reminder queued once, on
//! its day, across a restart and with two instances passing at once — the job running by itself, and
//! the secretary switching a kind off.

use crate::features::applications::{signed_in, start};
use crate::helpers::{spawn_app, spawn_app_with, TestApp, APPLICANT, REVIEWER, SECRETARY};
use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use server::services::reminders::run_due;
use server::storage::entities::{events, outbox_messages, reminders};
use std::collections::BTreeMap;
use std::time::Duration;

const SITE: &str = "https://pieteikums.example";

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, s).unwrap()
}

async fn pass(db: &DatabaseConnection, now: DateTime<Utc>) -> usize {
    run_due(db, now, SITE).await.unwrap()
}

/// Every reminder mail: its idempotency key (reminder key and person) and the day it was queued.
async fn reminder_mails(db: &DatabaseConnection) -> Vec<(String, NaiveDate, String)> {
    outbox_messages::Entity::find()
        .filter(outbox_messages::Column::Purpose.eq("reminder"))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|mail| {
            (
                mail.idempotency_key,
                mail.created_at.date_naive(),
                mail.to_addresses[0].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The days reminders with keys starting `prefix` were queued, and to whom.
fn sent(mails: &[(String, NaiveDate, String)], prefix: &str) -> Vec<(NaiveDate, String)> {
    let mut found: Vec<_> = mails
        .iter()
        .filter(|(key, _, _)| key.starts_with(prefix))
        .map(|(_, day, to)| (*day, to.clone()))
        .collect();
    found.sort();
    found
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

async fn restart(app: TestApp) -> (TestApp, tempfile::TempDir) {
    let data_dir = app.stop().await;
    let data = data_dir.path().to_path_buf();
    let restarted = spawn_app_with(move |settings| {
        settings.database_url = format!("sqlite://{}", data.join("pieteikums.sqlite").display());
        settings.reminders_every = None;
    })
    .await;
    (restarted, data_dir)
}

#[tokio::test]
async fn a_year_and_a_half_of_reminders_goes_out_once_each_on_its_day() {
    let app = spawn_app().await;
    let valmiera = signed_in(&app, APPLICANT).await;
    start(&app, &valmiera).await;

    // Day by day at noon UTC from 26 November 2026; a restart on 20 April 2027, between the
    // 14-day and the 3-day reminders of the close; from then on a second instance passes at the
    // same moments as the first.
    let mut now = utc(2026, 11, 26, 12, 0, 0);
    while now < utc(2027, 4, 20, 12, 0, 0) {
        pass(&app.db, now).await;
        now += TimeDelta::days(1);
    }
    let (app, _old_data) = restart(app).await;
    let url = format!(
        "sqlite://{}",
        app.data_dir.path().join("pieteikums.sqlite").display()
    );
    let second = server::storage::connect(&url).await.unwrap();
    while now <= utc(2028, 3, 31, 12, 0, 0) {
        tokio::join!(pass(&app.db, now), pass(&second, now));
        now += TimeDelta::days(1);
    }
    // The report is due at 31 March 2028 23:59:59 Riga (20:59:59 UTC): overdue from the next second.
    let before_due = pass(&app.db, utc(2028, 3, 31, 20, 59, 58)).await;
    assert_eq!(before_due, 0);
    let overdue_rows = || async {
        reminders::Entity::find()
            .filter(
                reminders::Column::Kind
                    .eq(server::storage::entities::enums::ReminderKind::ReportOverdue),
            )
            .all(&app.db)
            .await
            .unwrap()
    };
    assert!(overdue_rows().await.is_empty());
    assert_eq!(
        pass(&app.db, utc(2028, 3, 31, 21, 0, 0)).await,
        2,
        "Valmiera and Ventspils"
    );
    assert_eq!(overdue_rows().await.len(), 2);
    while now < utc(2028, 6, 1, 12, 0, 0) {
        tokio::join!(pass(&app.db, now), pass(&second, now));
        now += TimeDelta::days(1);
    }

    let mails = reminder_mails(&app.db).await;
    let cities = [
        "cesis@demo.pieteikums.lv",
        "jelgava@demo.pieteikums.lv",
        "valmiera@demo.pieteikums.lv",
    ];
    let opened: Vec<_> = cities
        .iter()
        .map(|to| (day(2027, 3, 1), to.to_string()))
        .collect();
    assert_eq!(
        sent(&mails, "window-opens:"),
        opened,
        "every city with an account, once"
    );
    // Only Valmiera's draft is unsubmitted: 14, 3 and 1 days before 30 April 23:59:59 Riga.
    assert_eq!(
        sent(&mails, "window-closing:"),
        [
            (day(2027, 4, 17), APPLICANT.to_owned()),
            (day(2027, 4, 28), APPLICANT.to_owned()),
            (day(2027, 4, 30), APPLICANT.to_owned()),
        ]
    );
    // Cēsis and Jelgava came on 26 November 2026 and nobody reviewed them: both reviewers, a week on.
    let waiting = sent(&mails, "review-waiting:");
    assert_eq!(waiting.len(), 4);
    assert!(waiting.iter().all(|(on, _)| *on == day(2026, 12, 3)));
    // Three days before the decision is due (31 May), the whole Commission.
    let decision = sent(&mails, "decision-due:");
    assert_eq!(decision.len(), 3);
    assert!(decision.iter().all(|(on, _)| *on == day(2027, 5, 29)));
    // Valmiera's 2028 report: 60, 14 and 1 days ahead (29 February counted) and when overdue.
    // Ventspils has no accounts: its reminders are recorded with nobody to mail.
    assert_eq!(
        sent(&mails, "report-due:"),
        [
            (day(2028, 2, 1), APPLICANT.to_owned()),
            (day(2028, 3, 18), APPLICANT.to_owned()),
            (day(2028, 3, 31), APPLICANT.to_owned()),
        ]
    );
    assert_eq!(
        sent(&mails, "report-overdue:"),
        [(day(2028, 3, 31), APPLICANT.to_owned())]
    );
    let rows = reminders::Entity::find().all(&app.db).await.unwrap();
    let mut per_kind: BTreeMap<String, usize> = BTreeMap::new();
    for row in &rows {
        *per_kind.entry(format!("{:?}", row.kind)).or_default() += 1;
    }
    assert_eq!(
        per_kind,
        BTreeMap::from([
            ("DecisionDue".to_owned(), 1),
            ("ReportDue".to_owned(), 6),
            ("ReportOverdue".to_owned(), 2),
            ("ReviewWaiting".to_owned(), 4),
            ("WindowClosing".to_owned(), 3),
            ("WindowOpens".to_owned(), 1),
        ])
    );
    // Nothing more is due: another pass, from either instance, sends nothing.
    assert_eq!(pass(&second, now).await, 0);
    assert_eq!(reminder_mails(&app.db).await.len(), mails.len());
}

#[tokio::test]
async fn the_job_sends_due_reminders_by_itself_in_each_persons_language() {
    let app = spawn_app_with(|settings| {
        settings.reminders_every = Some(Duration::from_millis(200));
    })
    .await;
    app.clock.set(utc(2027, 3, 1, 8, 0, 0));
    let mut mails = Vec::new();
    for _ in 0..50 {
        mails = app
            .outbox()
            .await
            .into_iter()
            .filter(|mail| mail.purpose == "reminder")
            .filter(|mail| mail.idempotency_key.starts_with("window-opens:"))
            .collect();
        if mails.len() == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(mails.len(), 3, "one to each city person");
    let valmiera = mails
        .iter()
        .find(|mail| mail.to_addresses[0] == APPLICANT)
        .unwrap();
    assert!(valmiera.subject.contains("2027"), "{}", valmiera.subject);
    let lang = app::i18n::Lang::from(valmiera.language).code();
    let link = format!("{}/{lang}/apply", app.address);
    assert!(valmiera.body.contains(&link), "{}", valmiera.body);
}

#[tokio::test]
async fn the_secretary_sees_the_schedule_and_switches_a_kind_off_for_a_year() {
    let app = spawn_app().await;
    for (who, client, expected) in [
        ("anonymous", app.client(), 401),
        ("city", signed_in(&app, APPLICANT).await, 403),
        ("reviewer", signed_in(&app, REVIEWER).await, 403),
    ] {
        let read = client
            .get(app.url("/api/reminders?year=2027"))
            .send()
            .await
            .unwrap();
        assert_eq!(read.status(), expected, "{who}");
        let switched = app
            .post_form(
                &client,
                "/api/switch_reminders",
                &[("year", "2027"), ("kind", "window_opens")],
            )
            .await;
        assert_eq!(switched.status(), expected, "{who}");
    }
    let secretary = signed_in(&app, SECRETARY).await;
    let default = app.get_json(&secretary, "/api/reminders").await;
    assert_eq!(
        default["year"], 2027,
        "the cycle under way, not the calendar year"
    );
    let overview = app.get_json(&secretary, "/api/reminders?year=2027").await;
    assert_eq!(overview["year"], 2027);
    assert!(overview["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .all(|kind| kind[1] == true));
    let upcoming = overview["upcoming"].as_array().unwrap();
    let opens = upcoming
        .iter()
        .find(|r| r["kind"] == "WindowOpens")
        .expect("the window's opening is coming");
    assert_eq!(opens["at"]["riga"], "2027-03-01T00:00:00");
    assert_eq!(opens["off"], false);

    for (year, kind) in [("1999", "window_opens"), ("2027", "sometimes")] {
        let refused = app
            .post_form(
                &secretary,
                "/api/switch_reminders",
                &[("year", year), ("kind", kind)],
            )
            .await;
        assert_eq!(refused.status(), 404, "{year} {kind}");
    }
    let off = app
        .post_form(
            &secretary,
            "/api/switch_reminders",
            &[("year", "2027"), ("kind", "window_opens")],
        )
        .await;
    assert_eq!(off.status(), 200);
    let overview = app.get_json(&secretary, "/api/reminders?year=2027").await;
    let opens = overview["upcoming"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "WindowOpens")
        .unwrap()
        .clone();
    assert_eq!(opens["off"], true);
    // The reviewers' reminders still go; the window's opening does not.
    assert_eq!(pass(&app.db, utc(2027, 3, 1, 12, 0, 0)).await, 4);
    assert!(sent(&reminder_mails(&app.db).await, "window-opens:").is_empty());

    let on = app
        .post_form(
            &secretary,
            "/api/switch_reminders",
            &[("year", "2027"), ("kind", "window_opens"), ("on", "on")],
        )
        .await;
    assert_eq!(on.status(), 200);
    assert_eq!(pass(&app.db, utc(2027, 3, 1, 12, 0, 0)).await, 1);
    app.clock.set(utc(2027, 3, 2, 12, 0, 0));
    let overview = app.get_json(&secretary, "/api/reminders?year=2027").await;
    let gone = &overview["sent"][0];
    assert_eq!(gone["kind"], "WindowOpens");
    assert_eq!(gone["sent"][1], 3, "three city people");
    let switches: Vec<String> = events::Entity::find()
        .filter(events::Column::SubjectType.eq("reminders"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.kind)
        .collect();
    assert_eq!(switches, ["reminders_off", "reminders_on"]);
    let page = app
        .html_as(&secretary, "/en/admin/reminders?year=2027")
        .await;
    assert!(page.contains("Kinds of reminder in 2027"));
    assert!(page.contains("The application window opens"));
}
