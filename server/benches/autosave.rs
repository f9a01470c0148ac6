//! Autosave under load, run by `cargo xtask bench`: 200 people editing at once, on the embedded SQLite
//! database, through the real server on a loopback port.
//!
//! Seven editors per city each own one section of the city's application (two hundred editors on 29
//! applications), as colleagues share an application. Two phases:
//!
//! - paced: every editor saves about once a second, as autosave does while someone types (it saves
//!   after a 700 ms pause), for a fixed time. Its latencies are the figure that matters.
//! - flat out: every editor saves again as soon as the previous save answered, a fixed number of
//!   times. This gives the most saves per second the server sustains.
//!
//! Bounded in time and count; sends traffic only to 127.0.0.1.

mod common;

use chrono::TimeZone;
use common::editors::{editors, PASSWORD};
use common::percentile;
use server::clock::ManualClock;
use server::configuration::Settings;
use server::startup::Application;
use std::time::{Duration, Instant};

const EDITORS: usize = 200;
const PACED_FOR: Duration = Duration::from_secs(20);
const PACE: Duration = Duration::from_secs(1);
const FLAT_OUT_SAVES: usize = 10;

fn report(
    phase: &str,
    mut latencies: Vec<Duration>,
    elapsed: Duration,
    target: &str,
) -> anyhow::Result<()> {
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let rate = latencies.len() as f64 / elapsed.as_secs_f64();
    let [p50, p95, p99] = [0.50, 0.95, 0.99].map(|p| ms(percentile(&latencies, p)));
    println!(
        "{phase:<10} {:>6} saves  {rate:>7.0} saves/s  p50 {p50:>6.1} ms  p95 {p95:>6.1} ms  p99 {p99:>6.1} ms  max {:>6.1} ms",
        latencies.len(),
        ms(*latencies.last().unwrap_or(&Duration::ZERO)),
    );
    common::summary::record(
        &format!("autosave, {EDITORS} editors, {phase}"),
        &format!("{rate:.0} saves/s, p50 {p50:.1} ms, p95 {p95:.1} ms, p99 {p99:.1} ms"),
        target,
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let data = tempfile::tempdir()?;
    let data_dir = data.path().display().to_string();
    let settings = Settings::from_lookup(|name| match name {
        "PIETEIKUMS_DATA_DIR" => Some(data_dir.clone()),
        "LEPTOS_SITE_ADDR" => Some("127.0.0.1:0".to_owned()),
        "PIETEIKUMS_DEMO" => Some("1".to_owned()),
        "PIETEIKUMS_DEMO_PASSWORD" => Some(PASSWORD.to_owned()),
        _ => None,
    })?;
    // 10 April 2027: the window is open.
    let clock = ManualClock::new(chrono::Utc.with_ymd_and_hms(2027, 4, 10, 9, 0, 0).unwrap());
    let application = Application::build(settings, clock).await?;
    let base = format!("http://127.0.0.1:{}", application.port());
    let db = application.db();
    tokio::spawn(application.run_until_stopped(std::future::pending()));

    let editors = editors(&base, &db, EDITORS).await?;
    println!(
        "{EDITORS} editors on {} applications, SQLite, {} cores",
        EDITORS.div_ceil(7),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // Paced: each editor saves once a second, starting at a random point of the first second.
    let started = Instant::now();
    let deadline = started + PACED_FOR;
    let mut tasks = Vec::new();
    for (n, mut editor) in editors.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let offset = PACE.mul_f64((n as f64 * 0.618_034).fract());
            tokio::time::sleep(offset).await;
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let took = editor.save().await?;
                latencies.push(took);
                tokio::time::sleep(PACE.saturating_sub(took)).await;
            }
            anyhow::Ok((editor, latencies))
        }));
    }
    let mut editors = Vec::new();
    let mut paced = Vec::new();
    for task in tasks {
        let (editor, latencies) = task.await??;
        editors.push(editor);
        paced.extend(latencies);
    }
    report("paced", paced, started.elapsed(), "p95 ≤ 25 ms")?;

    // Flat out: every editor saves again as soon as the last save answered.
    let started = Instant::now();
    let mut tasks = Vec::new();
    for mut editor in editors {
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(FLAT_OUT_SAVES);
            for _ in 0..FLAT_OUT_SAVES {
                latencies.push(editor.save().await?);
            }
            anyhow::Ok(latencies)
        }));
    }
    let mut flat_out = Vec::new();
    for task in tasks {
        flat_out.extend(task.await??);
    }
    report("flat out", flat_out, started.elapsed(), "")?;
    Ok(())
}
