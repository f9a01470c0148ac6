use crate::helpers::{spawn_app, PASSWORD, SECRETARY};

#[tokio::test]
async fn a_cross_site_post_is_refused_before_it_reaches_the_server_function() {
    let app = spawn_app().await;
    let cross_site = reqwest::Client::new()
        .post(app.url("/api/login"))
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://evil.example")
        .form(&[("email", SECRETARY), ("password", PASSWORD), ("lang", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    assert!(
        cross_site.headers().get("set-cookie").is_none(),
        "no session was started"
    );
}

#[tokio::test]
async fn a_post_from_a_foreign_origin_without_fetch_metadata_is_refused() {
    let app = spawn_app().await;
    let response = reqwest::Client::new()
        .post(app.url("/api/logout"))
        .header("origin", "https://evil.example")
        .form(&[("lang", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn a_same_origin_post_goes_through() {
    let app = spawn_app().await;
    let origin = app.address.clone();
    let response = reqwest::Client::new()
        .post(app.url("/api/login"))
        .header("origin", origin)
        .form(&[("email", SECRETARY), ("password", PASSWORD), ("lang", "en")])
        .send()
        .await
        .unwrap();
    crate::helpers::TestApp::assert_sent_to(&response, "/en/account");
}

#[tokio::test]
async fn tampered_form_fields_are_a_client_error_not_a_crash() {
    let app = spawn_app().await;
    let client = app.client();
    let response = app
        .post_form(&client, "/api/login", &[("email", "x")])
        .await;
    assert_eq!(response.status(), 422);
}

#[tokio::test]
async fn without_javascript_a_wrong_password_returns_to_the_form_with_the_message() {
    let app = spawn_app().await;
    let client = app.client();
    let response = client
        .post(app.url("/api/login"))
        .header("accept", "text/html")
        .header("referer", app.url("/en/login"))
        .form(&[("email", SECRETARY), ("password", "wrong"), ("lang", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 302);
    let back = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(back.starts_with(&app.url("/en/login?")), "{back}");
    let html = client.get(back).send().await.unwrap().text().await.unwrap();
    assert!(
        html.contains("The e-mail address or password is not right."),
        "no message on the page"
    );
}

/// A refusal made before the body was read (here: nobody is signed in) says `Connection: close`,
/// so that the client does not send its next request on a connection the server is closing: every
/// request of a client that alternates such refusals with ordinary requests is answered.
#[tokio::test]
async fn a_refusal_before_the_body_is_read_closes_its_connection_and_the_next_request_is_answered()
{
    let app = spawn_app().await;
    let client = app.client();
    let form = vec![("note", "x".repeat(200_000))];
    for round in 0..100 {
        let refused = client
            .post(app.url("/files/attachments/%2500/delete"))
            .form(&form)
            .send()
            .await
            .unwrap_or_else(|error| panic!("round {round}: no answer: {error}"));
        // Anonymous: sent to sign in before anything is read.
        assert_eq!(refused.status(), 303);
        assert_eq!(refused.headers()["connection"], "close");
        let next = client
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap_or_else(|error| panic!("round {round}: no answer after the refusal: {error}"));
        assert_eq!(next.status(), 200);
    }
}
