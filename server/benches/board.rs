//! The review board under load, run by `cargo xtask bench` against the release server binary in its own
//! process (so that its memory is its own), on SQLite, through a loopback port:
//!
//! - the board page for the secretary with 1,000 submitted applications and 3 submitted reviews each
//!   (its first page of 50 rows, computed from every application): requests per second and
//!   latencies, next to a static file served by the same server in the same run (the ratio is the
//!   figure that matters: the board's work per request), and the landing page for the cost of any
//!   server-rendered page;
//! - a review submitted while 500 pages listen to the live feed: the time until each page has it;
//! - the server's resident memory with the 1,000 applications and 200 open live pages.
//!
//! Bounded in time and count; sends traffic only to 127.0.0.1.

mod common;

use anyhow::{bail, Context};
use chrono::Utc;
use common::{percentile, sign_in};
use sea_orm::{ActiveValue::Set, Database, EntityTrait};
use server::persistence::entities::{
    applications, cities, cycles, enums, review_scores, reviews, users,
};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const APPLICATIONS: usize = 1_000;
const REVIEWS_EACH: usize = 3;
const PASSWORD: &str = "bench password 2027";
const LOAD_FOR: Duration = Duration::from_secs(10);
const CONCURRENCY: usize = 8;
const LISTENERS: usize = 500;
const EVENTS: usize = 20;
const VIEWERS_FOR_MEMORY: usize = 200;

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Resident memory now and at its highest, in MiB, as the kernel counts it.
    fn memory(&self) -> anyhow::Result<(f64, f64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let field = |name: &str| -> anyhow::Result<f64> {
            let line = status
                .lines()
                .find(|line| line.starts_with(name))
                .with_context(|| format!("no {name} in /proc status"))?;
            let kib: f64 = line
                .split_whitespace()
                .nth(1)
                .context("no value")?
                .parse()?;
            Ok(kib / 1024.0)
        };
        Ok((field("VmRSS:")?, field("VmHWM:")?))
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

async fn start_server(data: &std::path::Path) -> anyhow::Result<Server> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let binary = std::env::var("SERVER_BINARY")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| root.join("target/release/server"));
    let site = std::env::var("SITE_ROOT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| root.join("target/site"));
    let port = free_port()?;
    let child = Command::new(&binary)
        .env("PIETEIKUMS_DATA_DIR", data)
        .env("PIETEIKUMS_DEMO", "1")
        .env("PIETEIKUMS_DEMO_PASSWORD", PASSWORD)
        .env("PIETEIKUMS_CLOCK_START", "2027-04-10T09:00:00Z")
        .env("LEPTOS_SITE_ROOT", &site)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {}", binary.display()))?;
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(response) = reqwest::get(format!("{}/healthz", server.base)).await {
            if response.status().is_success() {
                return Ok(server);
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("the server did not become healthy")
}

/// Writes the cities, their submitted applications and three submitted reviews of each straight into
/// the server's database, in large batches.
async fn seed(data: &std::path::Path) -> anyhow::Result<()> {
    let url = format!("sqlite://{}", data.join("pieteikums.sqlite").display());
    let db = Database::connect(url).await?;
    let now = Utc::now();
    let cycle = cycles::Entity::find()
        .one(&db)
        .await?
        .context("the demo cycle")?;
    let hash = server::auth::hash_password(PASSWORD.to_owned()).await?;
    users::Entity::insert(users::ActiveModel {
        email: Set("reviewer3@bench.pieteikums.lv".to_owned()),
        full_name: Set("Third Reviewer".to_owned()),
        role: Set(enums::Role::CommissionReviewer),
        city_id: Set(None),
        language: Set(enums::Language::En),
        password_hash: Set(Some(hash)),
        active: Set(true),
        created_at: Set(now),
        last_login_at: Set(None),
        ..Default::default()
    })
    .exec(&db)
    .await?;
    let reviewers: Vec<i32> = users::Entity::find()
        .all(&db)
        .await?
        .into_iter()
        .filter(|user| user.role == enums::Role::CommissionReviewer)
        .map(|user| user.id)
        .take(REVIEWS_EACH)
        .collect();
    let author = reviewers[0];
    for chunk in 0..APPLICATIONS / 100 {
        let first_city = cities::Entity::insert_many((0..100).map(|n| cities::ActiveModel {
            name: Set(format!("Bench city {}", chunk * 100 + n)),
            country: Set("LV".to_owned()),
            website: Set(None),
            created_at: Set(now),
            ..Default::default()
        }))
        .exec(&db)
        .await?
        .last_insert_id
            - 99;
        let first_application =
            applications::Entity::insert_many((0..100).map(|n| applications::ActiveModel {
                city_id: Set(first_city + n),
                cycle_id: Set(cycle.id),
                status: Set(enums::ApplicationStatus::InReview),
                version: Set(7),
                answer_language: Set(enums::AnswerLanguage::English),
                created_by: Set(author),
                created_at: Set(now),
                updated_at: Set(now),
                updated_by: Set(Some(author)),
                submitted_at: Set(Some(now)),
                ..Default::default()
            }))
            .exec(&db)
            .await?
            .last_insert_id
                - 99;
        let first_review = reviews::Entity::insert_many((0..100).flat_map(|n| {
            reviewers.iter().map(move |reviewer| reviews::ActiveModel {
                application_id: Set(first_application + n),
                reviewer_id: Set(*reviewer),
                version: Set(1),
                recommendation: Set(Some(enums::Recommendation::Endorse)),
                overall_comment: Set(None),
                created_at: Set(now),
                submitted_at: Set(Some(now)),
                ..Default::default()
            })
        }))
        .exec(&db)
        .await?
        .last_insert_id
            - (100 * REVIEWS_EACH as i32 - 1);
        let scores = (0..100 * REVIEWS_EACH as i32).flat_map(|r| {
            app::model::criteria()
                .enumerate()
                .map(move |(c, criterion)| review_scores::ActiveModel {
                    review_id: Set(first_review + r),
                    criterion: Set(criterion.to_owned()),
                    score: Set(1 + (r + c as i32) % 5),
                    comment: Set(None),
                    ..Default::default()
                })
        });
        review_scores::Entity::insert_many(scores).exec(&db).await?;
    }
    Ok(())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Requests `url` from `CONCURRENCY` clients back to back for `LOAD_FOR`; returns requests per second
/// and the sorted latencies.
async fn load(client: &reqwest::Client, url: &str) -> anyhow::Result<(f64, Vec<Duration>)> {
    let started = Instant::now();
    let deadline = started + LOAD_FOR;
    let mut tasks = Vec::new();
    for _ in 0..CONCURRENCY {
        let (client, url) = (client.clone(), url.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let began = Instant::now();
                let response = client.get(&url).send().await?;
                if !response.status().is_success() {
                    bail!("{url} answered {}", response.status());
                }
                response.bytes().await?;
                latencies.push(began.elapsed());
            }
            anyhow::Ok(latencies)
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await??);
    }
    let per_second = latencies.len() as f64 / started.elapsed().as_secs_f64();
    latencies.sort();
    Ok((per_second, latencies))
}

/// An open live feed, read until an event arrives.
struct Listener {
    response: reqwest::Response,
    buffer: String,
}

impl Listener {
    async fn open(client: &reqwest::Client, base: &str) -> anyhow::Result<Listener> {
        let response = client.get(format!("{base}/events")).send().await?;
        if !response.status().is_success() {
            bail!("the live feed answered {}", response.status());
        }
        Ok(Listener {
            response,
            buffer: String::new(),
        })
    }

    /// Waits for the next event's data line, skipping keep-alive comments.
    async fn next(&mut self) -> anyhow::Result<()> {
        loop {
            if let Some((event, rest)) = self.buffer.split_once("\n\n") {
                let is_data = event.lines().any(|line| line.starts_with("data:"));
                self.buffer = rest.to_owned();
                if is_data {
                    return Ok(());
                }
                continue;
            }
            let chunk = self
                .response
                .chunk()
                .await?
                .context("the live feed ended")?;
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let data = tempfile::tempdir()?;
    let server = start_server(data.path()).await?;
    let started = Instant::now();
    seed(data.path()).await?;
    println!(
        "{APPLICATIONS} applications with {REVIEWS_EACH} reviews each seeded in {:.1} s; SQLite, {} cores, {CONCURRENCY} clients",
        started.elapsed().as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let base = server.base.clone();
    let secretary = sign_in(&base, "secretary@demo.pieteikums.lv", PASSWORD, CONCURRENCY).await?;
    let board_url = format!("{base}/en/board");
    let page = secretary.get(&board_url).send().await?.text().await?;
    let rows = page.matches("data-testid=\"application-row\"").count();
    let listed = format!(
        "Showing {} of {} applications",
        APPLICATIONS + 2,
        APPLICATIONS + 2
    );
    if rows != app::model::BOARD_PAGE || !page.contains(&listed) {
        bail!("the board shows {rows} rows, not one page of all applications");
    }
    println!(
        "board page: {} KB of HTML, the first {rows} of {} applications",
        page.len() / 1024,
        APPLICATIONS + 2
    );

    let (board_rate, board) = load(&secretary, &board_url).await?;
    let (static_rate, files) = load(&secretary, &format!("{base}/favicon.svg")).await?;
    // The floor under any server-rendered page: the landing page, with the same header and session.
    let (landing_rate, landing) = load(&secretary, &format!("{base}/en")).await?;
    println!(
        "board      {board_rate:>8.1} req/s  p50 {:>7.1} ms  p95 {:>7.1} ms",
        ms(percentile(&board, 0.5)),
        ms(percentile(&board, 0.95))
    );
    println!(
        "static     {static_rate:>8.1} req/s  p50 {:>7.1} ms  p95 {:>7.1} ms",
        ms(percentile(&files, 0.5)),
        ms(percentile(&files, 0.95))
    );
    println!(
        "landing    {landing_rate:>8.1} req/s  p50 {:>7.1} ms  p95 {:>7.1} ms",
        ms(percentile(&landing, 0.5)),
        ms(percentile(&landing, 0.95))
    );
    println!(
        "board ÷ static: {:.3} (target ≥ 0.25); landing page ÷ static: {:.3}",
        board_rate / static_rate,
        landing_rate / static_rate
    );

    // Live pages: each listener is its own connection of a signed-in Commission member.
    let mut listeners = Vec::with_capacity(LISTENERS);
    for _ in 0..LISTENERS {
        listeners.push(Listener::open(&secretary, &base).await?);
    }
    let reviewer = sign_in(&base, "reviewer@demo.pieteikums.lv", PASSWORD, CONCURRENCY).await?;
    let mut deliveries = Vec::with_capacity(LISTENERS * EVENTS);
    for round in 0..EVENTS {
        let sent = Instant::now();
        let waiting: Vec<_> = listeners
            .drain(..)
            .map(|mut listener| {
                tokio::spawn(async move {
                    listener.next().await?;
                    anyhow::Ok((listener, sent.elapsed()))
                })
            })
            .collect();
        let saved = reviewer
            .post(format!("{base}/api/save_review"))
            .form(&[
                ("id", "1".to_owned()),
                ("then", "draft".to_owned()),
                ("review[overall_comment]", format!("Round {round}")),
            ])
            .send()
            .await?;
        if !saved.status().is_success() {
            bail!("the review answered {}", saved.status());
        }
        for task in waiting {
            let (listener, took) = tokio::time::timeout(Duration::from_secs(10), task).await???;
            deliveries.push(took);
            listeners.push(listener);
        }
        // The first save also moves the application into review: one more event to read.
        if round == 0 {
            for listener in &mut listeners {
                tokio::time::timeout(Duration::from_secs(10), listener.next()).await??;
            }
        }
    }
    deliveries.sort();
    println!(
        "live event to {LISTENERS} pages, {EVENTS} events: p50 {:.1} ms  p95 {:.1} ms  max {:.1} ms (target p95 ≤ 200 ms)",
        ms(percentile(&deliveries, 0.5)),
        ms(percentile(&deliveries, 0.95)),
        ms(*deliveries.last().unwrap_or(&Duration::ZERO)),
    );

    listeners.truncate(VIEWERS_FOR_MEMORY);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (rss, peak) = server.memory()?;
    println!(
        "server memory with {APPLICATIONS} applications and {} live pages: {rss:.1} MiB resident (peak {peak:.1} MiB; target ≤ 80 MB)",
        listeners.len()
    );
    Ok(())
}
