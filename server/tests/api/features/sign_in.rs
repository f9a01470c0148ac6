use crate::helpers::{
    spawn_app, spawn_app_with, TestApp, APPLICANT, PASSWORD, REVIEWER, SECRETARY,
};

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|cookie| cookie.starts_with("pieteikums_session="))
        .map(str::to_owned)
}

async fn role_after_login(app: &TestApp, email: &str) -> String {
    let client = app.client();
    let response = app.login(&client, email, PASSWORD).await;
    TestApp::assert_sent_to(&response, "/en/account");
    let me = app.me(&client).await.expect("signed in");
    assert_eq!(me["email"], email);
    me["role"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn each_role_signs_in_with_its_password() {
    let app = spawn_app().await;
    assert_eq!(
        role_after_login(&app, SECRETARY).await,
        "CommissionSecretary"
    );
    assert_eq!(role_after_login(&app, REVIEWER).await, "CommissionReviewer");
    assert_eq!(role_after_login(&app, APPLICANT).await, "CityApplicant");
}

#[tokio::test]
async fn the_account_page_greets_the_signed_in_person_by_name() {
    let app = spawn_app().await;
    let client = app.client();
    app.login(&client, APPLICANT, PASSWORD).await;
    let html = app.html_as(&client, "/en/account").await;
    assert!(html.contains("Welcome, Anna Bērziņa."), "greeting missing");
    assert!(html.contains("City applicant"));
    assert!(html.contains("Valmiera"));
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_account_get_the_same_answer() {
    let app = spawn_app().await;
    let client = app.client();
    let wrong = app.login(&client, SECRETARY, "not the password").await;
    let unknown = app
        .login(&client, "nobody@nowhere.lv", "not the password")
        .await;
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    let wrong = wrong.text().await.unwrap();
    assert_eq!(wrong, unknown.text().await.unwrap());
    assert!(wrong.contains("InvalidCredentials"), "{wrong}");
    assert_eq!(app.me(&client).await, None);
}

#[tokio::test]
async fn the_session_id_changes_at_sign_in_and_the_cookie_is_http_only_and_lax() {
    let app = spawn_app().await;
    let client = app.client();
    // A visit that writes nothing to the session sets no cookie, so plant one through a failed login.
    let before = client.get(app.url("/en/login")).send().await.unwrap();
    assert!(session_cookie(&before).is_none());
    let response = app.login(&client, SECRETARY, PASSWORD).await;
    let cookie = session_cookie(&response).expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    let first_id = cookie.split(';').next().unwrap().to_owned();

    let again = app.login(&client, SECRETARY, PASSWORD).await;
    let second_id = session_cookie(&again)
        .expect("a new cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert_ne!(first_id, second_id, "every sign-in issues a new session id");
}

#[tokio::test]
async fn a_planted_session_id_is_worthless_after_sign_in() {
    let app = spawn_app().await;
    let attacker = app.client();
    let planted = format!("pieteikums_session={}", "A".repeat(22));
    let response = attacker
        .post(app.url("/api/login"))
        .header("cookie", &planted)
        .form(&[("email", SECRETARY), ("password", PASSWORD), ("lang", "lv")])
        .send()
        .await
        .unwrap();
    let issued = session_cookie(&response).expect("a cookie");
    assert!(!issued.starts_with(&planted), "the planted id was kept");
    let as_planted = reqwest::Client::new()
        .get(app.url("/api/me"))
        .header("cookie", &planted)
        .send()
        .await
        .unwrap();
    assert_eq!(as_planted.text().await.unwrap(), "null");
}

#[tokio::test]
async fn logout_ends_the_session() {
    let app = spawn_app().await;
    let client = app.client();
    app.login(&client, REVIEWER, PASSWORD).await;
    assert!(app.me(&client).await.is_some());
    let response = app
        .post_form(&client, "/api/logout", &[("lang", "ru")])
        .await;
    TestApp::assert_sent_to(&response, "/ru");
    assert_eq!(app.me(&client).await, None);
}

#[tokio::test]
async fn repeated_guessing_is_slowed_with_too_many_requests() {
    let app = spawn_app().await;
    let client = app.client();
    for _ in 0..5 {
        assert_eq!(app.login(&client, SECRETARY, "guess").await.status(), 401);
    }
    let blocked = app.login(&client, SECRETARY, "guess").await;
    assert_eq!(blocked.status(), 429);
    assert!(blocked.text().await.unwrap().contains("RateLimited"));
    // Even the right password waits: the limit is checked before the password.
    assert_eq!(app.login(&client, SECRETARY, PASSWORD).await.status(), 429);
    // Another account from the same address is not blocked.
    TestApp::assert_sent_to(&app.login(&client, REVIEWER, PASSWORD).await, "/en/account");
}

#[tokio::test]
async fn sessions_survive_a_server_restart() {
    let app = spawn_app().await;
    let response = app.login(&app.client(), SECRETARY, PASSWORD).await;
    let cookie = session_cookie(&response).expect("a cookie");
    let cookie = cookie.split(';').next().unwrap().to_owned();
    let data_dir = app.stop().await;

    let data = data_dir.path().to_path_buf();
    let restarted = spawn_app_with(move |settings| {
        settings.database_url = format!("sqlite://{}", data.join("pieteikums.sqlite").display());
    })
    .await;
    let me: Option<serde_json::Value> = reqwest::Client::new()
        .get(restarted.url("/api/me"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me.expect("still signed in")["email"], SECRETARY);
}

/// A sign-in while the database is away: by script and by a plain form post, the person reads the
/// translated message with 503, as for every other request, not the session layer's bare 500.
#[tokio::test]
async fn signing_in_while_the_database_is_away_answers_503_with_the_message() {
    let app = spawn_app().await;
    // Signed in before: the session layer has a session to load from the database.
    let client = app.client();
    TestApp::assert_sent_to(&app.login(&client, REVIEWER, PASSWORD).await, "/en/account");
    app.db.get_sqlite_connection_pool().close().await;

    let scripted = app.login(&client, SECRETARY, PASSWORD).await;
    assert_eq!(scripted.status(), 503);
    assert!(scripted.text().await.unwrap().contains("Unavailable"));
    let plain = client
        .post(app.url("/api/login"))
        .header("accept", "text/html,application/xhtml+xml")
        .header("referer", app.url("/en/login"))
        .form(&[("email", SECRETARY), ("password", PASSWORD), ("lang", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(plain.status(), 302, "back to the form, as for any refusal");
    let back = plain.headers()["location"].to_str().unwrap().to_owned();
    assert!(back.starts_with(&app.url("/en/login?")), "{back}");
    let page = client.get(back).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("The service is unavailable for a moment"),
        "{page}"
    );
}
