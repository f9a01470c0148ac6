//! What the benchmarks share with each other and with the integration tests: signing in as a browser
//! does, editors under load, new PostgreSQL databases, and reading percentiles. Each program that includes this uses only part of it.
#![allow(dead_code)]

pub mod editors;
pub mod feed;
pub mod process;
pub mod seed;
pub mod summary;

use anyhow::{bail, Context};
use sea_orm::ConnectionTrait;
use std::time::Duration;

/// How long one request of a load may take before it counts as failed: a bench ends by itself even if
/// the server never answers.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A new, empty database `name` on the PostgreSQL server at `admin_url` (a database there whose user
/// may create databases), and its URL; an older one of the same name is dropped first.
pub async fn new_postgres_database(admin_url: &str, name: &str) -> anyhow::Result<String> {
    let admin = sea_orm::Database::connect(admin_url).await?;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await?;
    admin.close().await?;
    let (server, _) = admin_url
        .rsplit_once('/')
        .context("the PostgreSQL URL names no database")?;
    Ok(format!("{server}/{name}"))
}

/// A client signed in as `email`, keeping its session cookie, with up to `connections` idle
/// connections kept open for reuse.
pub async fn sign_in(
    base: &str,
    email: &str,
    password: &str,
    connections: usize,
) -> anyhow::Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("sec-fetch-site", "same-origin".parse()?);
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .pool_max_idle_per_host(connections)
        // Well under the 30 s a request may take, so that a connection that does not open fails
        // with a reason of its own rather than as a request that was never answered.
        .connect_timeout(Duration::from_secs(10))
        .build()?;
    // Past 30 sign-ins from one address the server allows one every two seconds: wait for it.
    for _ in 0..60 {
        let response = client
            .post(format!("{base}/api/login"))
            .form(&[("email", email), ("password", password), ("lang", "en")])
            .send()
            .await?;
        if response.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
            tokio::time::sleep(Duration::from_millis(2_100)).await;
            continue;
        }
        if response.headers().get("location").is_none() {
            bail!("signing in {email} failed: {}", response.status());
        }
        return Ok(client);
    }
    bail!("signing in {email} was refused as too many for two minutes")
}

/// The value below which `p` of the sorted samples lie.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}
