use crate::helpers::{spawn_app, TestApp, APPLICANT, PASSWORD, REVIEWER, SECRETARY};
use chrono::TimeDelta;
use server::clock::Clock;

const NEW_PERSON: &str = "jana.liepina@cesis.lv";

async fn invite(
    app: &TestApp,
    client: &reqwest::Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.post_form(client, "/api/invite", fields).await
}

fn invitation(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("form[email]", email.to_owned()),
        ("form[full_name]", "Jana Liepiņa".to_owned()),
        ("form[role]", "city_applicant".to_owned()),
        ("form[city_id]", "3".to_owned()),
        ("form[language]", "ru".to_owned()),
    ]
}

fn as_refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The set-password token in the newest invitation mail.
pub async fn token_from_last_mail(app: &TestApp) -> String {
    let mail = app.outbox().await.pop().expect("a queued mail");
    let link = mail
        .body
        .lines()
        .find(|line| line.contains("/set-password/"))
        .expect("a link")
        .trim()
        .to_owned();
    link.rsplit('/').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_secretary_invites_a_person_who_sets_a_password_and_signs_in() {
    let app = spawn_app().await;
    let secretary = app.client();
    app.login(&secretary, SECRETARY, PASSWORD).await;
    let response = invite(&app, &secretary, &as_refs(&invitation(NEW_PERSON))).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());

    let mail = app.outbox().await.pop().expect("a queued mail");
    assert_eq!(mail.to_addresses, serde_json::json!([NEW_PERSON]));
    assert_eq!(
        mail.subject, "Ваша учётная запись в Pieteikums",
        "written in the invitee's language"
    );
    assert!(mail
        .body
        .contains(&format!("{}/ru/set-password/", app.address)));

    // The worker delivers it to the file outbox within moments.
    let folder = app.data_dir.path().join("outbox");
    let mut delivered = false;
    for _ in 0..50 {
        delivered = std::fs::read_dir(&folder)
            .map(|d| d.count() > 0)
            .unwrap_or(false);
        if delivered {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(delivered, "no .eml file written");

    let token = token_from_last_mail(&app).await;
    let person = app.client();
    assert_eq!(
        app.login(&person, NEW_PERSON, "a good new password")
            .await
            .status(),
        401,
        "inactive until the password is set"
    );
    let set = app
        .post_form(
            &person,
            "/api/set_password",
            &[
                ("token", &token),
                ("password", "a good new password"),
                ("confirmation", "a good new password"),
            ],
        )
        .await;
    assert_eq!(set.status(), 200, "{}", set.text().await.unwrap());
    TestApp::assert_sent_to(
        &app.login(&person, NEW_PERSON, "a good new password").await,
        "/en/account",
    );
    let me = app.me(&person).await.unwrap();
    assert_eq!(me["city"]["name"], "Cēsis");

    let reused = app
        .post_form(
            &person,
            "/api/set_password",
            &[
                ("token", &token),
                ("password", "another password!"),
                ("confirmation", "another password!"),
            ],
        )
        .await;
    assert_eq!(reused.status(), 410, "a link works once");
}

#[tokio::test]
async fn an_invitation_link_expires_after_72_hours() {
    let app = spawn_app().await;
    let secretary = app.client();
    app.login(&secretary, SECRETARY, PASSWORD).await;
    invite(&app, &secretary, &as_refs(&invitation(NEW_PERSON))).await;
    let token = token_from_last_mail(&app).await;
    app.clock.advance(TimeDelta::hours(72));
    let response = app
        .post_form(
            &app.client(),
            "/api/set_password",
            &[
                ("token", &token),
                ("password", "a good new password"),
                ("confirmation", "a good new password"),
            ],
        )
        .await;
    assert_eq!(response.status(), 410);
    assert!(app.clock.now() > crate::helpers::default_now());
}

#[tokio::test]
async fn bad_invitations_name_every_field_and_change_nothing() {
    let app = spawn_app().await;
    let secretary = app.client();
    app.login(&secretary, SECRETARY, PASSWORD).await;
    let before = app.outbox().await.len();
    let response = invite(
        &app,
        &secretary,
        &[
            ("form[email]", "not-an-address"),
            ("form[full_name]", ""),
            ("form[role]", "city_applicant"),
            ("form[city_id]", ""),
            ("form[language]", "lv"),
        ],
    )
    .await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    for key in [
        "error-email-invalid",
        "error-name-required",
        "error-city-required",
    ] {
        assert!(body.contains(key), "{key} missing in {body}");
    }
    let taken = invite(&app, &secretary, &as_refs(&invitation(APPLICANT))).await;
    assert_eq!(taken.status(), 422);
    assert!(taken.text().await.unwrap().contains("error-email-taken"));
    assert_eq!(app.outbox().await.len(), before, "no mail was queued");
}

#[tokio::test]
async fn only_the_secretary_may_invite_or_list_accounts() {
    let app = spawn_app().await;
    let visitor = app.client();
    assert_eq!(
        invite(&app, &visitor, &as_refs(&invitation(NEW_PERSON)))
            .await
            .status(),
        401
    );
    assert_eq!(
        visitor
            .get(app.url("/api/accounts"))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    for email in [REVIEWER, APPLICANT] {
        let client = app.client();
        app.login(&client, email, PASSWORD).await;
        assert_eq!(
            invite(&app, &client, &as_refs(&invitation(NEW_PERSON)))
                .await
                .status(),
            403,
            "{email}"
        );
        assert_eq!(
            client
                .get(app.url("/api/accounts"))
                .send()
                .await
                .unwrap()
                .status(),
            403,
            "{email}"
        );
        let page = client.get(app.url("/en/admin/users")).send().await.unwrap();
        assert_eq!(page.status(), 403, "{email}");
        assert!(page
            .text()
            .await
            .unwrap()
            .contains("Your account may not do this."));
    }
    assert!(app.outbox().await.is_empty());
}

#[tokio::test]
async fn the_secretary_sees_every_account_on_the_accounts_page() {
    let app = spawn_app().await;
    let secretary = app.client();
    app.login(&secretary, SECRETARY, PASSWORD).await;
    let page = secretary
        .get(app.url("/lv/admin/users"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for text in [
        "Ilze Kalniņa",
        "Pēteris Ozols",
        "Anna Bērziņa",
        "Komisijas vērtētājs",
        "Valmiera",
    ] {
        assert!(html.contains(text), "{text} missing");
    }
}
