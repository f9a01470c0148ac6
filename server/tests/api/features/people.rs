//! Going live: the first secretary from the command line, the cities that may apply, the secretary's
//! people (roles, deactivation, invitations sent again), each person's own account, and the link that
//! resets a forgotten password.

use super::accounts::token_from_last_mail;
use super::applications::signed_in;
use crate::helpers::{
    account_id, city_id, spawn_app, spawn_app_with, TestApp, APPLICANT, PASSWORD, REVIEWER,
    SECRETARY,
};
use app::i18n::Lang;
use app::model::{EmailAddress, PersonName};
use chrono::TimeDelta;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::clock::Clock;
use server::storage::entities::{events, users};
use std::time::{Duration, Instant};

const NEW_PASSWORD: &str = "a brand new password";

async fn set_password(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    app.post_form(
        &app.client(),
        "/api/set_password",
        &[
            ("token", token),
            ("password", password),
            ("confirmation", password),
        ],
    )
    .await
}

/// The kinds of the audit lines about `subject` (`("user", 3)`), oldest first.
async fn audited(app: &TestApp, subject: (&str, i32)) -> Vec<String> {
    events::Entity::find()
        .filter(events::Column::SubjectType.eq(subject.0))
        .filter(events::Column::SubjectId.eq(subject.1))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.kind)
        .collect()
}

/// Waits for the newest mail to `to` of `purpose` to be queued (a reset is prepared after the answer).
async fn mail_to(app: &TestApp, to: &str, purpose: &str) -> Option<String> {
    for _ in 0..40 {
        let found =
            app.outbox().await.into_iter().rev().find(|mail| {
                mail.purpose == purpose && mail.to_addresses == serde_json::json!([to])
            });
        if let Some(mail) = found {
            return Some(mail.body);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    None
}

fn token_in(body: &str) -> String {
    let line = body
        .lines()
        .find(|line| line.contains("/set-password/"))
        .expect("a link");
    line.trim().rsplit('/').next().unwrap().to_owned()
}

#[tokio::test]
async fn an_empty_installation_gets_its_first_secretary_from_the_command_line() {
    let app = spawn_app_with(|settings| settings.demo = false).await;
    assert!(users::Entity::find().all(&app.db).await.unwrap().is_empty());
    let email = EmailAddress::parse("Office@Unesco.lv").unwrap();
    let name = PersonName::parse("Dace Liepa").unwrap();
    let link = server::services::people::add_secretary(
        &app.db,
        app.clock.now(),
        &app.address,
        email.clone(),
        name.clone(),
        Lang::En,
    )
    .await
    .unwrap();
    assert!(
        link.starts_with(&format!("{}/en/set-password/", app.address)),
        "{link}"
    );
    assert!(
        app.outbox().await.is_empty(),
        "the link is printed, not mailed"
    );

    let again = server::services::people::add_secretary(
        &app.db,
        app.clock.now(),
        &app.address,
        email,
        name,
        Lang::Lv,
    )
    .await;
    assert!(again.is_err(), "an address that has an account is refused");

    let token = link.rsplit('/').next().unwrap();
    assert_eq!(set_password(&app, token, NEW_PASSWORD).await.status(), 200);
    let secretary = app.client();
    TestApp::assert_sent_to(
        &app.login(&secretary, "office@unesco.lv", NEW_PASSWORD)
            .await,
        "/en/account",
    );
    let me = app.me(&secretary).await.unwrap();
    assert_eq!(me["role"], "CommissionSecretary");
    let id = account_id(&app, "office@unesco.lv").await;
    assert_eq!(audited(&app, ("user", id)).await[0], "secretary_added");

    // The link of a secretary who waits longer than 72 hours has run out.
    let late = server::services::people::add_secretary(
        &app.db,
        app.clock.now(),
        &app.address,
        EmailAddress::parse("second@unesco.lv").unwrap(),
        PersonName::parse("Otra Sekretāre").unwrap(),
        Lang::Lv,
    )
    .await
    .unwrap();
    app.clock.advance(TimeDelta::hours(72));
    let response = set_password(&app, late.rsplit('/').next().unwrap(), NEW_PASSWORD).await;
    assert_eq!(response.status(), 410);
}

async fn save_city(
    app: &TestApp,
    client: &reqwest::Client,
    original: Option<i32>,
    name: &str,
) -> reqwest::Response {
    let original = original.map(|id| id.to_string()).unwrap_or_default();
    app.post_form(
        client,
        "/api/save_city",
        &[
            ("original", &original),
            ("form[name]", name),
            ("form[official_name]", ""),
            ("form[website]", "example.lv"),
        ],
    )
    .await
}

/// The city form posted as a page posts it: sent back to the page, which says the city was saved, or
/// why it was not (and then nothing is saved, and no older confirmation stays in the address).
#[tokio::test]
async fn a_city_posted_as_a_page_comes_back_saved_or_with_its_reason() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let post = |name: &'static str, from: &'static str| {
        secretary
            .post(app.url("/api/save_city"))
            .header("accept", "text/html,application/xhtml+xml")
            .header("referer", app.url(from))
            .form(&[
                ("original", ""),
                ("form[name]", name),
                ("form[official_name]", ""),
                ("form[website]", ""),
                ("lang", "en"),
            ])
            .send()
    };
    let saved = post("Ērgļi", "/en/admin/cities").await.unwrap();
    assert_eq!(saved.status(), 302);
    let back = saved.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(back, "/en/admin/cities?__done=/api/save_city");
    let page = app.html_as(&secretary, &back).await;
    assert!(page.contains("data-testid=\"city-saved\""), "{page}");

    let refused = post("cēsis", "/en/admin/cities?__done=/api/save_city")
        .await
        .unwrap();
    let back = refused.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        back.contains("__err=") && !back.contains("__done"),
        "{back}"
    );
    let page = secretary
        .get(&back)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("class=\"error-summary\""), "{page}");
    assert!(!page.contains("data-testid=\"city-saved\""), "{page}");
    let names: Vec<String> = app
        .get_json(&secretary, "/api/cities")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|city| city["city"]["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        names.iter().filter(|name| name.as_str() == "Cēsis").count(),
        1
    );
}

#[tokio::test]
async fn the_secretary_adds_renames_and_retires_cities_whose_names_are_unique_in_any_case() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;

    for taken in ["cēsis", "CĒSIS", " Cēsis "] {
        let response = save_city(&app, &secretary, None, taken).await;
        assert_eq!(response.status(), 422, "{taken}");
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("cities-error-name-taken"));
    }
    let added = save_city(&app, &secretary, None, "Ērgļi").await;
    assert_eq!(added.status(), 200);
    let ergli: i32 = added.json().await.unwrap();
    assert_eq!(
        save_city(&app, &secretary, None, "ērgļi").await.status(),
        422
    );
    let renamed = app
        .post_form(
            &secretary,
            "/api/save_city",
            &[
                ("original", &ergli.to_string()),
                ("form[name]", "Ērgļu novads"),
                ("form[official_name]", "Ērgļu novada pašvaldība"),
                ("form[website]", ""),
            ],
        )
        .await;
    assert_eq!(renamed.status(), 200);
    let cities = app.get_json(&secretary, "/api/cities").await;
    let row = cities
        .as_array()
        .unwrap()
        .iter()
        .find(|city| city["city"]["id"] == ergli)
        .unwrap()
        .clone();
    assert_eq!(row["city"]["name"], "Ērgļu novads");
    assert_eq!(row["official_name"], "Ērgļu novada pašvaldība");
    assert_eq!(row["website"], serde_json::Value::Null);
    // Its own name again, written otherwise, is not a clash with itself (and is kept as written).
    assert_eq!(
        save_city(&app, &secretary, Some(ergli), "ērgļu novads")
            .await
            .status(),
        200
    );

    // Retiring Valmiera: its applicant keeps the account but cannot start an application, and no
    // new account can be placed there.
    let valmiera = city_id(&app, "Valmiera").await;
    let retire = |retire: &'static str| {
        let secretary = secretary.clone();
        let app = &app;
        async move {
            app.post_form(
                &secretary,
                "/api/retire_city",
                &[("id", &valmiera.to_string()), ("retire", retire)],
            )
            .await
        }
    };
    assert_eq!(retire("true").await.status(), 200);
    assert_eq!(retire("true").await.status(), 409, "already retired");
    let applicant = signed_in(&app, APPLICANT).await;
    let start = app
        .post_form(&applicant, "/api/start_application", &[])
        .await;
    assert_eq!(start.status(), 422);
    assert!(start
        .text()
        .await
        .unwrap()
        .contains("apply-error-city-retired"));
    let open = app.get_json(&secretary, "/api/accounts").await;
    assert!(!open["cities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|city| city["id"] == valmiera));
    let invite = app
        .post_form(
            &secretary,
            "/api/invite",
            &[
                ("form[email]", "new@valmiera.lv"),
                ("form[full_name]", "Jauns Cilvēks"),
                ("form[role]", "city_applicant"),
                ("form[city_id]", &valmiera.to_string()),
                ("form[language]", "lv"),
            ],
        )
        .await;
    assert_eq!(invite.status(), 422);
    let cities = app.get_json(&secretary, "/api/cities").await;
    let valmiera_row = cities
        .as_array()
        .unwrap()
        .iter()
        .find(|city| city["city"]["id"] == valmiera)
        .unwrap()
        .clone();
    assert_eq!(valmiera_row["retired"], true);
    assert_eq!(valmiera_row["member"], true);
    assert!(valmiera_row["people"].as_u64().unwrap() >= 1);

    assert_eq!(retire("false").await.status(), 200);
    let start = app
        .post_form(&applicant, "/api/start_application", &[])
        .await;
    assert_eq!(start.status(), 200);
    assert_eq!(
        audited(&app, ("city", valmiera)).await,
        ["city_retired", "city_reinstated"]
    );
    assert_eq!(
        audited(&app, ("city", ergli)).await,
        ["city_added", "city_changed", "city_changed"]
    );
    let html = app.html_as(&secretary, "/lv/admin/cities").await;
    assert!(
        html.contains("data-city=\"ērgļu novads\"") && html.contains("https://example.lv"),
        "{html}"
    );
    assert!(html.contains("Var pieteikties"), "the status, in Latvian");
}

async fn act(
    app: &TestApp,
    secretary: &reqwest::Client,
    id: i32,
    action: &str,
) -> reqwest::Response {
    app.post_form(
        secretary,
        "/api/account_action",
        &[("id", &id.to_string()), ("action", action)],
    )
    .await
}

#[tokio::test]
async fn a_deactivated_person_is_signed_out_everywhere_at_once_and_kept_out_until_reactivated() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let reviewer_here = signed_in(&app, REVIEWER).await;
    let reviewer_there = signed_in(&app, REVIEWER).await;
    let reviewer = account_id(&app, REVIEWER).await;

    let deactivated = act(&app, &secretary, reviewer, "deactivate").await;
    assert_eq!(deactivated.status(), 200);
    assert_eq!(
        deactivated.json::<serde_json::Value>().await.unwrap()["state"],
        "Deactivated",
        "the answer is the account as it is now, whose state decides the actions offered next"
    );
    assert!(app.me(&reviewer_here).await.is_none());
    assert!(app.me(&reviewer_there).await.is_none());
    assert_eq!(
        app.login(&app.client(), REVIEWER, PASSWORD).await.status(),
        401
    );
    let accounts = app.get_json(&secretary, "/api/accounts").await;
    let row = accounts["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|account| account["id"] == reviewer)
        .unwrap()
        .clone();
    assert_eq!(row["state"], "Deactivated");
    assert_eq!(
        act(&app, &secretary, reviewer, "deactivate").await.status(),
        409
    );
    // A reset link is not sent to a deactivated account.
    app.post_form(
        &app.client(),
        "/api/forgot_password",
        &[("email", REVIEWER)],
    )
    .await;
    assert!(mail_to(&app, REVIEWER, "password-reset").await.is_none());

    assert_eq!(
        act(&app, &secretary, reviewer, "reactivate").await.status(),
        200
    );
    assert!(
        app.me(&reviewer_here).await.is_none(),
        "old sessions stay ended"
    );
    signed_in(&app, REVIEWER).await;
    assert_eq!(
        audited(&app, ("user", reviewer))
            .await
            .iter()
            .filter(|kind| kind.starts_with("account_"))
            .collect::<Vec<_>>(),
        ["account_deactivated", "account_reactivated"]
    );
}

#[tokio::test]
async fn the_last_active_secretary_can_be_neither_deactivated_nor_demoted() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let own = account_id(&app, SECRETARY).await;
    let deactivate = act(&app, &secretary, own, "deactivate").await;
    assert_eq!(deactivate.status(), 422);
    assert!(deactivate
        .text()
        .await
        .unwrap()
        .contains("admin-users-error-last-secretary"));
    let demote = app
        .post_form(
            &secretary,
            "/api/change_account",
            &[
                ("id", &own.to_string()),
                ("form[role]", "commission_reviewer"),
                ("form[city_id]", ""),
            ],
        )
        .await;
    assert_eq!(demote.status(), 422);
    assert!(app.me(&secretary).await.is_some());

    // With a second secretary, the first may step down.
    let reviewer = account_id(&app, REVIEWER).await;
    let promote = app
        .post_form(
            &secretary,
            "/api/change_account",
            &[
                ("id", &reviewer.to_string()),
                ("form[role]", "commission_secretary"),
                ("form[city_id]", ""),
            ],
        )
        .await;
    assert_eq!(promote.status(), 200);
    let demote = app
        .post_form(
            &secretary,
            "/api/change_account",
            &[
                ("id", &own.to_string()),
                ("form[role]", "commission_reviewer"),
                ("form[city_id]", ""),
            ],
        )
        .await;
    assert_eq!(demote.status(), 200);
    assert_eq!(
        app.me(&secretary).await.unwrap()["role"],
        "CommissionReviewer"
    );
    let audit = audited(&app, ("user", reviewer)).await;
    assert!(audit.contains(&"account_changed".to_owned()), "{audit:?}");
}

#[tokio::test]
async fn an_expired_invitation_is_sent_again_and_only_the_newest_link_works() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let cesis = city_id(&app, "Cēsis").await.to_string();
    let email = "jana@cesis.lv";
    let invited = app
        .post_form(
            &secretary,
            "/api/invite",
            &[
                ("form[email]", email),
                ("form[full_name]", "Jana Liepiņa"),
                ("form[role]", "city_applicant"),
                ("form[city_id]", &cesis),
                ("form[language]", "en"),
            ],
        )
        .await;
    assert_eq!(invited.status(), 200);
    let first = token_from_last_mail(&app).await;
    let id = account_id(&app, email).await;
    let state = |accounts: serde_json::Value| {
        accounts["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|account| account["id"] == id)
            .unwrap()["state"]
            .clone()
    };
    assert_eq!(
        state(app.get_json(&secretary, "/api/accounts").await),
        "Invited"
    );
    app.clock.advance(TimeDelta::hours(73));
    assert_eq!(
        state(app.get_json(&secretary, "/api/accounts").await),
        "InvitationExpired"
    );
    assert_eq!(
        act(&app, &secretary, id, "reactivate").await.status(),
        409,
        "not offered"
    );

    assert_eq!(
        act(&app, &secretary, id, "resend_invitation")
            .await
            .status(),
        200
    );
    assert_eq!(
        state(app.get_json(&secretary, "/api/accounts").await),
        "Invited"
    );
    let second = token_from_last_mail(&app).await;
    assert_ne!(first, second);
    assert_eq!(set_password(&app, &first, NEW_PASSWORD).await.status(), 410);
    // A newer one again makes the second stop working.
    assert_eq!(
        act(&app, &secretary, id, "resend_invitation")
            .await
            .status(),
        200
    );
    let third = token_from_last_mail(&app).await;
    assert_eq!(
        set_password(&app, &second, NEW_PASSWORD).await.status(),
        410
    );
    assert_eq!(set_password(&app, &third, NEW_PASSWORD).await.status(), 200);
    assert_eq!(
        state(app.get_json(&secretary, "/api/accounts").await),
        "Active"
    );
    signed_in_with(&app, email, NEW_PASSWORD).await;
}

async fn signed_in_with(app: &TestApp, email: &str, password: &str) -> reqwest::Client {
    let client = app.client();
    TestApp::assert_sent_to(&app.login(&client, email, password).await, "/en/account");
    client
}

#[tokio::test]
async fn a_person_changes_their_name_language_and_password_and_other_sessions_end() {
    let app = spawn_app().await;
    let here = signed_in(&app, APPLICANT).await;
    let elsewhere = signed_in(&app, APPLICANT).await;
    let bad = app
        .post_form(
            &here,
            "/api/update_profile",
            &[("form[full_name]", " "), ("form[language]", "de")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let before = app.me(&here).await.unwrap();
    let saved = app
        .post_form(
            &here,
            "/api/update_profile",
            &[
                ("form[full_name]", "Anna Bērziņa-Kalniņa"),
                ("form[language]", "ru"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 200);
    let after = app.me(&here).await.unwrap();
    assert_ne!(before["full_name"], after["full_name"]);
    assert_eq!(after["full_name"], "Anna Bērziņa-Kalniņa");
    assert_eq!(after["language"], "Ru");

    let change = |current: &'static str, password: &'static str| {
        let (app, here) = (&app, here.clone());
        async move {
            app.post_form(
                &here,
                "/api/change_password",
                &[
                    ("current", current),
                    ("password", password),
                    ("confirmation", password),
                ],
            )
            .await
        }
    };
    let wrong = change("not my password", NEW_PASSWORD).await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong
        .text()
        .await
        .unwrap()
        .contains("account-error-current-password"));
    assert_eq!(change(PASSWORD, "short").await.status(), 422);
    assert!(app.me(&elsewhere).await.is_some(), "nothing changed yet");

    assert_eq!(change(PASSWORD, NEW_PASSWORD).await.status(), 200);
    assert!(app.me(&here).await.is_some(), "this session stays");
    assert!(app.me(&elsewhere).await.is_none(), "the other one ends");
    assert_eq!(
        app.login(&app.client(), APPLICANT, PASSWORD).await.status(),
        401
    );
    signed_in_with(&app, APPLICANT, NEW_PASSWORD).await;
    let id = account_id(&app, APPLICANT).await;
    let audit = audited(&app, ("user", id)).await;
    assert!(
        audit.contains(&"profile_changed".to_owned())
            && audit.contains(&"password_changed".to_owned())
    );
}

async fn forgot(app: &TestApp, email: &str) -> (u16, String) {
    let response = app
        .post_form(&app.client(), "/api/forgot_password", &[("email", email)])
        .await;
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_a_link_that_works_once_for_an_hour() {
    let app = spawn_app().await;
    let unknown = forgot(&app, "nobody@nowhere.lv").await;
    let known = forgot(&app, APPLICANT).await;
    assert_eq!(unknown, known, "the same answer either way");
    assert_eq!(known.0, 200);
    assert!(mail_to(&app, "nobody@nowhere.lv", "password-reset")
        .await
        .is_none());
    let body = mail_to(&app, APPLICANT, "password-reset")
        .await
        .expect("a reset mail");
    assert!(
        body.contains("/en/privacy") || body.contains("/lv/privacy"),
        "{body}"
    );
    let token = token_in(&body);

    // Signed in somewhere meanwhile: the reset ends that session too.
    let elsewhere = signed_in(&app, APPLICANT).await;
    assert_eq!(set_password(&app, &token, NEW_PASSWORD).await.status(), 200);
    assert_eq!(
        set_password(&app, &token, "yet another password")
            .await
            .status(),
        410,
        "once"
    );
    assert!(app.me(&elsewhere).await.is_none());
    signed_in_with(&app, APPLICANT, NEW_PASSWORD).await;

    // A link runs out after 60 minutes.
    forgot(&app, APPLICANT).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let late = token_in(&mail_to(&app, APPLICANT, "password-reset").await.unwrap());
    assert_ne!(late, token);
    app.clock.advance(TimeDelta::minutes(61));
    assert_eq!(
        set_password(&app, &late, "a late new password")
            .await
            .status(),
        410
    );
}

#[tokio::test]
async fn a_reset_link_dies_when_the_password_is_changed_otherwise() {
    let app = spawn_app().await;
    forgot(&app, APPLICANT).await;
    let token = token_in(&mail_to(&app, APPLICANT, "password-reset").await.unwrap());
    let person = signed_in(&app, APPLICANT).await;
    let changed = app
        .post_form(
            &person,
            "/api/change_password",
            &[
                ("current", PASSWORD),
                ("password", NEW_PASSWORD),
                ("confirmation", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(changed.status(), 200);
    assert_eq!(
        set_password(&app, &token, "someone else's password")
            .await
            .status(),
        410
    );
}

#[tokio::test]
async fn an_invited_person_whose_link_ran_out_gets_a_new_one_by_asking() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let invited = app
        .post_form(
            &secretary,
            "/api/invite",
            &[
                ("form[email]", "late@unesco.lv"),
                ("form[full_name]", "Vēla Vērtētāja"),
                ("form[role]", "commission_reviewer"),
                ("form[city_id]", ""),
                ("form[language]", "lv"),
            ],
        )
        .await;
    assert_eq!(invited.status(), 200);
    app.clock.advance(TimeDelta::days(5));
    forgot(&app, "late@unesco.lv").await;
    let token = token_in(
        &mail_to(&app, "late@unesco.lv", "password-reset")
            .await
            .unwrap(),
    );
    assert_eq!(set_password(&app, &token, NEW_PASSWORD).await.status(), 200);
    signed_in_with(&app, "late@unesco.lv", NEW_PASSWORD).await;
}

#[tokio::test]
async fn reset_requests_are_limited_per_address_and_per_client_and_answer_alike_in_time() {
    let app = spawn_app().await;
    // Timing: the answer leaves before any work, so an address with an account answers as fast as
    // one without. Medians of five each, interleaved.
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    let accounts = [
        SECRETARY,
        REVIEWER,
        APPLICANT,
        "cesis@demo.pieteikums.lv",
        "jelgava@demo.pieteikums.lv",
    ];
    for (n, account) in accounts.into_iter().enumerate() {
        for (times, email) in [
            (&mut known, account.to_owned()),
            (&mut unknown, format!("none{n}@x.lv")),
        ] {
            let started = Instant::now();
            forgot(&app, &email).await;
            times.push(started.elapsed());
        }
    }
    known.sort();
    unknown.sort();
    let gap = known[2].abs_diff(unknown[2]);
    assert!(gap < Duration::from_millis(100), "{known:?} vs {unknown:?}");
    // Ten from one client, then it waits.
    let (status, body) = forgot(&app, "one.more@x.lv").await;
    assert_eq!(status, 429, "{body}");

    // Per address: three, then the address waits, whoever asks.
    let app = spawn_app().await;
    for _ in 0..3 {
        assert_eq!(forgot(&app, APPLICANT).await.0, 200);
    }
    assert_eq!(forgot(&app, APPLICANT).await.0, 429);
    assert_eq!(
        forgot(&app, " VALMIERA@demo.pieteikums.lv ").await.0,
        429,
        "in any case"
    );
    assert_eq!(forgot(&app, REVIEWER).await.0, 200);
    let bad = forgot(&app, "not an address").await;
    assert_eq!(bad.0, 422);
}

#[tokio::test]
async fn the_commissions_open_register_pages_hear_of_a_change_and_cities_hear_nothing() {
    let app = spawn_app().await;
    let secretary = signed_in(&app, SECRETARY).await;
    let mut reviewer_page = app
        .live_feed(&signed_in(&app, REVIEWER).await, "/events")
        .await;
    let mut city_page = app
        .live_feed(&signed_in(&app, APPLICANT).await, "/events")
        .await;
    let invite = app
        .post_form(
            &secretary,
            "/api/invite",
            &[
                ("form[email]", "someone.new@unesco.lv"),
                ("form[full_name]", "Jauna Recenzente"),
                ("form[role]", "commission_reviewer"),
                ("form[language]", "lv"),
            ],
        )
        .await;
    assert_eq!(invite.status(), 200);
    let event = reviewer_page
        .next(Duration::from_secs(2))
        .await
        .expect("the register's change at once");
    assert_eq!(
        event,
        serde_json::json!({ "RegisterChanged": { "register": "Accounts" } })
    );
    let city = app
        .post_form(
            &secretary,
            "/api/save_city",
            &[("form[name]", "Ērgļi"), ("form[website]", "")],
        )
        .await;
    assert_eq!(city.status(), 200, "{}", city.text().await.unwrap());
    let event = reviewer_page
        .next(Duration::from_secs(2))
        .await
        .expect("the cities' change at once");
    assert_eq!(
        event,
        serde_json::json!({ "RegisterChanged": { "register": "Cities" } })
    );
    assert_eq!(city_page.next(Duration::from_millis(300)).await, None);
}
