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
use common::feed::Feed;
use common::process::ServerProcess;
use common::{percentile, sign_in};
use std::time::{Duration, Instant};

const APPLICATIONS: usize = 1_000;
const REVIEWS_EACH: usize = 3;
const PASSWORD: &str = "bench password 2027";
const LOAD_FOR: Duration = Duration::from_secs(10);
const CONCURRENCY: usize = 8;
const LISTENERS: usize = 500;
const EVENTS: usize = 20;
/// How long a live page may wait for an event before the bench calls it lost.
const DELIVERY_WITHIN: Duration = Duration::from_secs(10);
const VIEWERS_FOR_MEMORY: usize = 200;

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

/// Reports a wrk run on one line: requests per second, median and 95th percentile, failures.
const WRK_REPORT: &str = r#"
local failed = 0
response = function(status) if status ~= 200 then failed = failed + 1 end end
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT %.2f %.1f %.1f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    failed + errors.connect + errors.read + errors.write + errors.timeout))
end
"#;

/// What one wrk run measured.
struct Measured {
    per_second: f64,
    p50_ms: f64,
    p95_ms: f64,
    failed: u64,
}

/// `url` under wrk with one thread and `load` (e.g. `-c2 -d60s`), as pretalx's measure script runs it.
fn wrk(url: &str, cookie: &str, load: &str, report: &std::path::Path) -> anyhow::Result<Measured> {
    let output = std::process::Command::new("wrk")
        .args(["-t1", "--timeout", "60s"])
        .args(load.split_whitespace())
        .arg("-H")
        .arg(format!("Cookie: {cookie}"))
        .arg("-s")
        .arg(report)
        .arg(url)
        .output()
        .context("running wrk")?;
    let text = String::from_utf8_lossy(&output.stdout);
    let fields: Vec<f64> = text
        .lines()
        .find_map(|line| line.strip_prefix("RESULT "))
        .context("wrk printed no result")?
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    Ok(Measured {
        per_second: fields[0],
        p50_ms: fields[1],
        p95_ms: fields[2],
        failed: fields[3] as u64,
    })
}

/// pretalx's figure for `page` (e.g. `reviews all`) from its measure script's table: requests per
/// second, p50 and p95 in milliseconds, and the rows it showed.
fn pretalx_row(table: &str, page: &str) -> Option<(f64, f64, f64, String)> {
    let line = table.lines().find(|line| line.starts_with(page))?;
    let fields: Vec<&str> = line[page.len()..].split_whitespace().collect();
    // path, rows, "-cN", "-dNs", requests, req/s, p50, p95, …
    Some((
        fields.get(5)?.parse().ok()?,
        fields.get(6)?.parse().ok()?,
        fields.get(7)?.parse().ok()?,
        fields.get(1)?.to_string(),
    ))
}

/// The board under the same wrk loads as pretalx's reviewer dashboard in `measured` (its measure
/// script's output, from the same run of `cargo xtask bench`), one table with the ratios.
async fn side_by_side(base: &str, measured: &std::path::Path) -> anyhow::Result<()> {
    let table = std::fs::read_to_string(measured)?;
    let login = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?
        .post(format!("{base}/api/login"))
        .header("sec-fetch-site", "same-origin")
        .form(&[
            ("email", "secretary@demo.pieteikums.lv"),
            ("password", PASSWORD),
            ("lang", "en"),
        ])
        .send()
        .await?;
    let cookie = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("pieteikums_session="))
        .and_then(|value| value.split(';').next())
        .context("no session cookie")?
        .to_owned();
    let report = tempfile::NamedTempFile::new()?;
    std::fs::write(report.path(), WRK_REPORT)?;
    let board = format!("{base}/en/board");
    println!(
        "\nside by side with pretalx's reviewer dashboard (same machine, same run, wrk -t1 --timeout 60s):"
    );
    println!("| pretalx page (rows) | load | pretalx req/s, p50, p95 | board (50 rows of {} applications) req/s, p50, p95, failed | ratio |", APPLICATIONS + 2);
    println!("|---|---|---|---|---|");
    for (page, load) in [("reviews p250", "-c10 -d20s"), ("reviews all", "-c2 -d60s")] {
        let Some((rate, p50, p95, rows)) = pretalx_row(&table, page) else {
            bail!("no `{page}` row in {}", measured.display());
        };
        let ours = wrk(&board, &cookie, load, report.path())?;
        println!(
            "| {page} ({rows}) | {load} | {rate:.2}/s, {p50:.0} ms, {p95:.0} ms | {:.0}/s, {:.1} ms, {:.1} ms, {} | {:.0}× |",
            ours.per_second,
            ours.p50_ms,
            ours.p95_ms,
            ours.failed,
            ours.per_second / rate
        );
        common::summary::record(
            &format!("board beside pretalx's {page} ({rows} rows), wrk {load}"),
            &format!(
                "{:.0}× the requests/s: pretalx {rate:.2}/s, p50 {p50:.0} ms, p95 {p95:.0} ms; board {:.0}/s, p50 {:.1} ms, p95 {:.1} ms",
                ours.per_second / rate,
                ours.per_second,
                ours.p50_ms,
                ours.p95_ms
            ),
            "≥ 100×, board p95 < 100 ms",
        )?;
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let data = tempfile::tempdir()?;
    let url = format!(
        "sqlite://{}",
        data.path().join("pieteikums.sqlite").display()
    );
    let server = ServerProcess::start(data.path(), &url, PASSWORD).await?;
    let started = Instant::now();
    let db = server::storage::open(&url).await?;
    common::seed::applications_in_review(&db, APPLICATIONS, REVIEWS_EACH, PASSWORD).await?;
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
    common::summary::record(
        &format!("board page, {APPLICATIONS} applications, {CONCURRENCY} clients"),
        &format!(
            "{board_rate:.0} req/s, p50 {:.1} ms, p95 {:.1} ms; ÷ static file {:.3}",
            ms(percentile(&board, 0.5)),
            ms(percentile(&board, 0.95)),
            board_rate / static_rate
        ),
        "÷ static ≥ 0.25",
    )?;

    // Live pages: each listener is its own connection of a signed-in Commission member.
    let mut listeners = Vec::with_capacity(LISTENERS);
    for _ in 0..LISTENERS {
        listeners.push(Feed::open(&secretary, &format!("{base}/events")).await?);
    }
    let reviewer = sign_in(&base, "reviewer@demo.pieteikums.lv", PASSWORD, CONCURRENCY).await?;
    let mut deliveries = Vec::with_capacity(LISTENERS * EVENTS);
    for round in 0..EVENTS {
        let sent = Instant::now();
        let waiting: Vec<_> = listeners
            .drain(..)
            .map(|mut listener| {
                tokio::spawn(async move {
                    listener.next(DELIVERY_WITHIN).await.context("no event")?;
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
            let (listener, took) = task.await??;
            deliveries.push(took);
            listeners.push(listener);
        }
        // The first save also moves the application into review: one more event to read.
        if round == 0 {
            for listener in &mut listeners {
                listener
                    .next(DELIVERY_WITHIN)
                    .await
                    .context("no status change")?;
            }
        }
    }
    deliveries.sort();
    let [p50, p95] = [0.5, 0.95].map(|p| ms(percentile(&deliveries, p)));
    println!(
        "live event to {LISTENERS} pages, {EVENTS} events: p50 {p50:.1} ms  p95 {p95:.1} ms  max {:.1} ms (target p95 ≤ 200 ms)",
        ms(*deliveries.last().unwrap_or(&Duration::ZERO)),
    );
    common::summary::record(
        &format!("a live event to {LISTENERS} open pages"),
        &format!("p50 {p50:.1} ms, p95 {p95:.1} ms"),
        "p95 ≤ 200 ms",
    )?;

    listeners.truncate(VIEWERS_FOR_MEMORY);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (rss, peak) = server.memory()?;
    println!(
        "server memory with {APPLICATIONS} applications and {} live pages: {rss:.1} MiB resident (peak {peak:.1} MiB; target ≤ 80 MB)",
        listeners.len()
    );
    common::summary::record(
        &format!(
            "server memory, {APPLICATIONS} applications, {} live pages",
            listeners.len()
        ),
        &format!("{rss:.0} MiB resident, peak {peak:.0} MiB"),
        "≤ 80 MB",
    )?;
    // Last, so that its heavier load does not count in the memory figure.
    if let Ok(measured) = std::env::var("PRETALX_MEASURED") {
        side_by_side(&base, std::path::Path::new(&measured)).await?;
    }
    Ok(())
}
