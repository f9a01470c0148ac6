//! The Prometheus metrics: served on their own address only, with the series the README's alerts use.

use crate::helpers::{spawn_app_with, TestApp, APPLICANT, PASSWORD, SECRETARY};
use std::time::Duration;

/// The value of the first line of `page` that starts with `series`.
fn value(page: &str, series: &str) -> Option<f64> {
    page.lines()
        .find(|line| line.starts_with(series))
        .and_then(|line| line.rsplit(' ').next())
        .and_then(|number| number.parse().ok())
}

#[tokio::test]
async fn the_metrics_count_requests_streams_mail_reminders_and_the_pool_after_some_load() {
    let app = spawn_app_with(|settings| {
        settings.metrics_addr = Some("127.0.0.1:0".parse().unwrap());
        settings.reminders_every = Some(Duration::from_secs(1));
    })
    .await;
    let metrics = app.metrics_address.clone().expect("metrics are served");

    let secretary = app.client();
    TestApp::assert_sent_to(
        &app.login(&secretary, SECRETARY, PASSWORD).await,
        "/en/account",
    );
    let city = app.client();
    app.login(&city, APPLICANT, PASSWORD).await;
    for _ in 0..5 {
        assert!(app.html_as(&secretary, "/lv/board").await.contains("Cēsis"));
    }
    assert_eq!(
        app.login(&app.client(), SECRETARY, "guess").await.status(),
        401
    );
    let _feed = app.live_feed(&secretary, "/events").await;
    // A mail waits in the outbox: a password reset, queued by the reset's own task.
    app.post_form(
        &app.client(),
        "/api/forgot_password",
        &[("email", APPLICANT)],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let page = reqwest::get(format!("{metrics}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let board =
        r#"pieteikums_http_requests_total{route="/{lang}/board",method="GET",status="200"}"#;
    assert!(value(&page, board).unwrap_or(0.0) >= 5.0, "{page}");
    assert!(
        page.contains(r#"route="/api/login",method="POST",status="401""#),
        "a refused sign-in is counted by its status"
    );
    assert!(page.contains(
        r#"pieteikums_http_request_duration_seconds_bucket{route="/{lang}/board",method="GET",le="0.1"}"#
    ));
    assert!(
        value(&page, "pieteikums_live_streams").unwrap() >= 1.0,
        "{page}"
    );
    for series in [
        "pieteikums_outbox_queued",
        "pieteikums_outbox_failed",
        "pieteikums_outbox_oldest_queued_seconds",
        "pieteikums_db_connections{state=\"in_use\"}",
        "pieteikums_db_connections{state=\"idle\"}",
        "pieteikums_db_connections_max",
    ] {
        assert!(value(&page, series).is_some(), "{series} in {page}");
    }
    assert!(value(&page, "pieteikums_reminder_passes_total{outcome=\"ok\"}").unwrap() >= 1.0);
    assert!(
        !page.contains("/lv/board") && !page.contains("valmiera"),
        "routes are counted by their pattern, and nothing names a person"
    );

    // The site's own address has no such page.
    let public = app.client().get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(public.status(), 404);
    assert!(!public
        .text()
        .await
        .unwrap()
        .contains("pieteikums_http_requests_total"));
}
