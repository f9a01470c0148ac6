use crate::common::feed::Feed;
use chrono::{DateTime, TimeZone, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use server::clock::ManualClock;
use server::configuration::Settings;
use server::startup::Application;
use server::storage::entities::{cities, outbox_messages, users};
use std::sync::Arc;
use tempfile::TempDir;
use tokio::sync::oneshot;

/// The password of every seeded test account.
pub const PASSWORD: &str = "test password 2027";
pub const SECRETARY: &str = "secretary@demo.pieteikums.lv";
pub const REVIEWER: &str = "reviewer@demo.pieteikums.lv";
pub const APPLICANT: &str = "valmiera@demo.pieteikums.lv";

/// A running server and what a test needs to look inside it.
pub struct TestApp {
    pub address: String,
    /// Where the metrics are served, when the settings asked for them.
    pub metrics_address: Option<String>,
    pub db: DatabaseConnection,
    pub clock: Arc<ManualClock>,
    pub data_dir: TempDir,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

/// 26 November 2026 at noon in Riga: the 2027 window opens in about three months.
pub fn default_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0).unwrap()
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts a server with demo data on SQLite in a temporary folder; `adjust` may change the settings.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let data_dir = tempfile::tempdir().unwrap();
    let data = data_dir.path().display().to_string();
    let mut settings = Settings::from_lookup(|name| match name {
        "PIETEIKUMS_DATA_DIR" => Some(data.clone()),
        "LEPTOS_SITE_ADDR" => Some("127.0.0.1:0".to_owned()),
        "PIETEIKUMS_DEMO" => Some("1".to_owned()),
        "PIETEIKUMS_DEMO_PASSWORD" => Some(PASSWORD.to_owned()),
        // Tests that travel in time send reminders themselves, when they mean to.
        "PIETEIKUMS_REMINDERS_EVERY" => Some("0".to_owned()),
        _ => None,
    })
    .unwrap();
    adjust(&mut settings);
    let clock = ManualClock::new(default_now());
    server::telemetry::init();
    let application = Application::build(settings, clock.clone()).await.unwrap();
    let address = format!("http://127.0.0.1:{}", application.port());
    let metrics_address = application
        .metrics_port()
        .map(|port| format!("http://127.0.0.1:{port}"));
    let db = application.db();
    let (stop, stopped) = oneshot::channel();
    let server = tokio::spawn(application.run_until_stopped(async {
        let _ = stopped.await;
    }));
    TestApp {
        address,
        metrics_address,
        db,
        clock,
        data_dir,
        stop: Some(stop),
        server: Some(server),
    }
}

/// The id of the city named `name`.
pub async fn city_id(app: &TestApp, name: &str) -> i32 {
    cities::Entity::find()
        .filter(cities::Column::Name.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The account signed up under `email`.
pub async fn account(app: &TestApp, email: &str) -> users::Model {
    users::Entity::find()
        .filter(users::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// The id of the account signed up under `email`.
pub async fn account_id(app: &TestApp, email: &str) -> i32 {
    account(app, email).await.id
}

/// A new, empty database on the test PostgreSQL server (`PIETEIKUMS_TEST_POSTGRES_URL`, a server where
/// the test may create databases; `cargo xtask test` starts one and sets it), and its URL.
pub async fn postgres_database() -> String {
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let Ok(admin_url) = std::env::var("PIETEIKUMS_TEST_POSTGRES_URL") else {
        panic!("PIETEIKUMS_TEST_POSTGRES_URL is not set: run the tests through `cargo xtask test`, which starts PostgreSQL");
    };
    let name = format!(
        "pieteikums_test_{}_{}",
        std::process::id(),
        COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    crate::common::new_postgres_database(&admin_url, &name)
        .await
        .unwrap()
}

/// One of several instances serving the PostgreSQL database at `url`, all keeping uploads in `uploads`.
pub async fn spawn_instance(url: &str, uploads: &std::path::Path) -> TestApp {
    let url = url.to_owned();
    let uploads = uploads.to_path_buf();
    spawn_app_with(move |settings| {
        settings.database_url = url;
        settings.upload_dir = uploads;
    })
    .await
}

impl TestApp {
    /// A browser-like client: keeps cookies, does not follow redirects, sends same-origin fetch metadata.
    pub fn client(&self) -> reqwest::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .build()
            .unwrap()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// The HTML of `path` as `client` (with its session) sees it.
    pub async fn html_as(&self, client: &reqwest::Client, path: &str) -> String {
        client
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// The HTML of `path` for a visitor who is not signed in.
    pub async fn html(&self, path: &str) -> String {
        reqwest::get(self.url(path))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// The JSON a GET answers with, after checking that it answered 200.
    pub async fn get_json(&self, client: &reqwest::Client, path: &str) -> serde_json::Value {
        let response = client.get(self.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        response.json().await.unwrap()
    }

    /// Calls a POST server function with form fields, as an `ActionForm` does.
    pub async fn post_form(
        &self,
        client: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        client.post(self.url(path)).form(form).send().await.unwrap()
    }

    /// Asserts that a server function answered by sending the browser to `path`. Called by script it
    /// answers 200 with the target in `Location`; a plain form post gets a 302.
    pub fn assert_sent_to(response: &reqwest::Response, path: &str) {
        assert!(
            response.status().is_success() || response.status().is_redirection(),
            "{}",
            response.status()
        );
        assert_eq!(
            response
                .headers()
                .get("location")
                .map(|v| v.to_str().unwrap()),
            Some(path)
        );
    }

    pub async fn login(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        self.post_form(
            client,
            "/api/login",
            &[("email", email), ("password", password), ("lang", "en")],
        )
        .await
    }

    /// The id of the signed-in account according to the server, or `None`.
    pub async fn me(&self, client: &reqwest::Client) -> Option<serde_json::Value> {
        let response = client.get(self.url("/api/me")).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.json::<Option<serde_json::Value>>().await.unwrap()
    }

    /// The live feed at `path` (`/events`, with a query if any), opened by `client`'s page.
    pub async fn live_feed(&self, client: &reqwest::Client, path: &str) -> Feed {
        Feed::open(client, &self.url(path)).await.unwrap()
    }

    pub async fn outbox(&self) -> Vec<outbox_messages::Model> {
        outbox_messages::Entity::find()
            .order_by_asc(outbox_messages::Column::Id)
            .all(&self.db)
            .await
            .unwrap()
    }

    /// Stops the server gracefully and waits until it has.
    pub async fn stop(mut self) -> TempDir {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
        std::mem::replace(&mut self.data_dir, tempfile::tempdir().unwrap())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
