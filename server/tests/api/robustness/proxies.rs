//! Behind a reverse proxy: whose address the sign-in limits count, and that the counts hold across
//! instances sharing a PostgreSQL database.

use super::instances::two_instances;
use crate::helpers::{spawn_app_with, TestApp, PASSWORD, REVIEWER, SECRETARY};
use std::net::IpAddr;

/// A client connecting from `from` (any address of the loopback range reaches the server) that sends
/// `forwarded` as its `X-Forwarded-For`, as a proxy or a forger would.
fn client_at(from: &str, forwarded: Option<&str>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
    if let Some(address) = forwarded {
        headers.insert("x-forwarded-for", address.parse().unwrap());
    }
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(from.parse::<IpAddr>().unwrap())
        .default_headers(headers)
        .build()
        .unwrap()
}

/// Tries a wrong password for 30 different accounts: the per-address allowance, used up.
async fn use_up_the_address_allowance(app: &TestApp, client: &reqwest::Client) {
    for n in 0..30 {
        let status = app
            .login(client, &format!("nobody{n}@example.lv"), "guess")
            .await
            .status();
        assert_eq!(status, 401, "attempt {n}");
    }
    let blocked = app.login(client, "one-more@example.lv", "guess").await;
    assert_eq!(blocked.status(), 429);
}

async fn behind_a_proxy_on_127_0_0_1() -> TestApp {
    spawn_app_with(|settings| {
        settings.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    })
    .await
}

#[tokio::test]
async fn two_clients_behind_a_trusted_proxy_have_limits_of_their_own() {
    let app = behind_a_proxy_on_127_0_0_1().await;
    let guesser = client_at("127.0.0.1", Some("203.0.113.7"));
    use_up_the_address_allowance(&app, &guesser).await;
    // Someone else behind the same proxy signs in as usual.
    let colleague = client_at("127.0.0.1", Some("198.51.100.20"));
    TestApp::assert_sent_to(
        &app.login(&colleague, REVIEWER, PASSWORD).await,
        "/en/account",
    );
}

#[tokio::test]
async fn a_forwarded_address_from_an_untrusted_client_is_ignored() {
    let app = behind_a_proxy_on_127_0_0_1().await;
    let forger = client_at("127.0.0.2", Some("203.0.113.8"));
    use_up_the_address_allowance(&app, &forger).await;
    // Claiming another address changes nothing: the connection's own is counted.
    let disguised = client_at("127.0.0.2", Some("192.0.2.99"));
    assert_eq!(
        app.login(&disguised, SECRETARY, PASSWORD).await.status(),
        429
    );
    // The proxy's own address was never limited by it.
    let through_proxy = client_at("127.0.0.1", Some("192.0.2.99"));
    TestApp::assert_sent_to(
        &app.login(&through_proxy, SECRETARY, PASSWORD).await,
        "/en/account",
    );
}

#[tokio::test]
async fn guessing_one_account_is_limited_across_instances() {
    let (one, other, _url, _uploads) = two_instances().await;
    let client = one.client();
    for _ in 0..5 {
        assert_eq!(one.login(&client, SECRETARY, "guess").await.status(), 401);
    }
    let elsewhere = other.client();
    assert_eq!(
        other.login(&elsewhere, SECRETARY, PASSWORD).await.status(),
        429,
        "the other instance counts the same attempts"
    );
    TestApp::assert_sent_to(
        &other.login(&elsewhere, REVIEWER, PASSWORD).await,
        "/en/account",
    );
}
