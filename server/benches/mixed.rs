//! Mixed load, run by `cargo xtask bench`: for a minute, 200 editors autosave (each about once a
//! second), 50 Commission members keep the board open (each reloads it about once a second and
//! listens to the live feed) and the secretary takes a decision every second, against 1,000
//! applications in review with three reviews each; in the last four seconds she also decides from
//! eight tabs without pause. Every failure is printed with its reason. On SQLite with one instance,
//! and on PostgreSQL (`PIETEIKUMS_BENCH_POSTGRES_URL`, a server where it may create databases) with
//! one instance and with two sharing the database, the load split between them. Prints one table.
//!
//! Bounded in time and count; sends traffic only to 127.0.0.1.

mod common;

use anyhow::{bail, Context};
use common::editors::{editors, Editor, PASSWORD};
use common::process::ServerProcess;
use common::{new_postgres_database, percentile, sign_in};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use server::storage::entities::{applications, enums};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const LOAD_FOR: Duration = Duration::from_secs(60);
const EDITORS: usize = 200;
const VIEWERS: usize = 50;
const APPLICATIONS: usize = 1_000;
const PACE: Duration = Duration::from_secs(1);
/// The last seconds of the load, when decisions come from several tabs without pause.
const STORM_FOR: Duration = Duration::from_secs(4);
const STORM_TABS: usize = 8;
/// Applications the storm leaves for the decision a second, which would otherwise run out of them
/// (the storm decides on all 1,000 within its 4 s).
const STEADY_RESERVE: usize = 10;

/// What one kind of request measured, and why the failed ones failed (with the second of the load
/// each failed request was sent in).
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: usize,
    reasons: BTreeMap<String, Vec<f64>>,
}

impl Tally {
    fn add(&mut self, result: anyhow::Result<Duration>, sent_at: f64) {
        match result {
            Ok(took) => self.latencies.push(took),
            Err(error) => {
                self.errors += 1;
                self.reasons
                    .entry(format!("{error:#}"))
                    .or_default()
                    .push(sent_at);
            }
        }
    }

    fn merge(&mut self, other: Tally) {
        self.latencies.extend(other.latencies);
        self.errors += other.errors;
        for (reason, times) in other.reasons {
            self.reasons.entry(reason).or_default().extend(times);
        }
    }

    /// One line per distinct failure, for the run's report.
    fn print_reasons(&self, what: &str) {
        for (reason, times) in &self.reasons {
            let first: Vec<String> = times.iter().take(5).map(|t| format!("{t:.1}")).collect();
            println!(
                "  {what} failed {}× (sent at {} s of the load): {reason}",
                times.len(),
                first.join(", ")
            );
        }
    }

    fn cell(&mut self, elapsed: Duration) -> String {
        self.latencies.sort();
        if self.latencies.is_empty() {
            return format!("none, {} errors", self.errors);
        }
        let ms = |p| percentile(&self.latencies, p).as_secs_f64() * 1000.0;
        format!(
            "{:>6.1}/s {:>6.1} {:>6.1} {:>7.1} ms {:>3} err",
            self.latencies.len() as f64 / elapsed.as_secs_f64(),
            ms(0.5),
            ms(0.95),
            ms(0.99),
            self.errors
        )
    }
}

/// The kernel's TCP counters that say when a connection was slow to open: a full listen queue, a SYN
/// sent again, a retransmission timer that fired. Read from /proc/net/netstat where there is one.
const TCP_COUNTERS: [&str; 3] = ["ListenOverflows", "TCPSynRetrans", "TCPTimeouts"];

fn tcp_counters() -> Option<[u64; 3]> {
    let netstat = std::fs::read_to_string("/proc/net/netstat").ok()?;
    let mut lines = netstat.lines().filter(|line| line.starts_with("TcpExt:"));
    let (names, values) = (lines.next()?, lines.next()?);
    let names: Vec<&str> = names.split_whitespace().collect();
    let values: Vec<&str> = values.split_whitespace().collect();
    let mut counters = [0; 3];
    for (counter, wanted) in counters.iter_mut().zip(TCP_COUNTERS) {
        let at = names.iter().position(|name| *name == wanted)?;
        *counter = values.get(at)?.parse().ok()?;
    }
    Some(counters)
}

/// The second of the load at which a request sent at `began` was sent.
fn sent_at(deadline: Instant, began: Instant) -> f64 {
    LOAD_FOR.as_secs_f64() - deadline.saturating_duration_since(began).as_secs_f64()
}

/// The requests of one kind sent in the steady part of the minute, and those sent in its last
/// seconds, when the secretary also decides from several tabs.
#[derive(Default)]
struct Phases {
    steady: Tally,
    storm: Tally,
}

impl Phases {
    fn add(&mut self, result: anyhow::Result<Duration>, sent_at: f64) {
        if sent_at >= (LOAD_FOR - STORM_FOR).as_secs_f64() {
            self.storm.add(result, sent_at);
        } else {
            self.steady.add(result, sent_at);
        }
    }

    fn merge(&mut self, other: Phases) {
        self.steady.merge(other.steady);
        self.storm.merge(other.storm);
    }

    fn print_reasons(&self, what: &str) {
        self.steady.print_reasons(what);
        self.storm.print_reasons(&format!("{what} in the storm"));
    }
}

/// One request of a runner, measured.
type Step<'a> = Pin<Box<dyn Future<Output = anyhow::Result<Duration>> + Send + 'a>>;

/// Runs `step` about once a `PACE` until `deadline`, starting at a point of the first second that
/// spreads the `n`th runner from the others.
async fn paced<S, F>(n: usize, deadline: Instant, mut state: S, mut step: F) -> (S, Phases)
where
    F: for<'a> FnMut(&'a mut S) -> Step<'a>,
{
    tokio::time::sleep(PACE.mul_f64((n as f64 * 0.618_034).fract())).await;
    let mut tally = Phases::default();
    while Instant::now() < deadline {
        let began = Instant::now();
        let result = step(&mut state).await;
        let took = result.as_ref().map_or(Duration::ZERO, |took| *took);
        tally.add(result, sent_at(deadline, began));
        tokio::time::sleep(PACE.saturating_sub(took)).await;
    }
    (state, tally)
}

/// Asks for changes on the next application left, as the secretary.
async fn decide(
    client: &reqwest::Client,
    base: String,
    ids: Arc<Mutex<Vec<i32>>>,
) -> anyhow::Result<Duration> {
    let id = ids
        .lock()
        .map_err(|_| anyhow::anyhow!("a decider panicked"))?
        .pop()
        .context("no application left to decide on")?;
    decide_on(client, &base, id).await
}

/// Asks for changes on application `id`, as the secretary.
async fn decide_on(client: &reqwest::Client, base: &str, id: i32) -> anyhow::Result<Duration> {
    let began = Instant::now();
    let response = client
        .post(format!("{base}/api/decide"))
        .form(&[
            ("id", id.to_string()),
            ("action", "request_changes".to_owned()),
            ("reason", "Please add next year's budget.".to_owned()),
            ("confirm", "on".to_owned()),
        ])
        .timeout(common::REQUEST_TIMEOUT)
        .send()
        .await?;
    if !(response.status().is_success() || response.status().is_redirection()) {
        bail!("the decision answered {}", response.status());
    }
    response.bytes().await?;
    Ok(began.elapsed())
}

async fn get(client: &reqwest::Client, url: &str) -> anyhow::Result<Duration> {
    let began = Instant::now();
    let response = client
        .get(url)
        .timeout(common::REQUEST_TIMEOUT)
        .send()
        .await?;
    if !response.status().is_success() {
        bail!("{url} answered {}", response.status());
    }
    response.bytes().await?;
    Ok(began.elapsed())
}

/// Reads a live feed to its end, so that the server writes every event to it.
async fn drain(client: reqwest::Client, url: String) -> usize {
    let Ok(mut response) = client.get(url).send().await else {
        return 0;
    };
    let mut bytes = 0;
    while let Ok(Some(chunk)) = response.chunk().await {
        bytes += chunk.len();
    }
    bytes
}

/// One run of the mixed load against `servers`, which share `database_url`.
async fn run(setup: &str, database_url: &str, instances: usize) -> anyhow::Result<String> {
    let folders: Vec<tempfile::TempDir> = (0..instances)
        .map(|_| tempfile::tempdir())
        .collect::<Result<_, _>>()?;
    let mut servers = Vec::new();
    for folder in &folders {
        servers.push(ServerProcess::start(folder.path(), database_url, PASSWORD).await?);
    }
    let bases: Vec<String> = servers.iter().map(|server| server.base.clone()).collect();
    let db = server::storage::open(database_url).await?;
    common::seed::applications_in_review(&db, APPLICATIONS, 3, PASSWORD).await?;
    let mut to_decide: Vec<i32> = applications::Entity::find()
        .filter(applications::Column::Status.eq(enums::ApplicationStatus::InReview))
        .order_by_asc(applications::Column::Id)
        .all(&db)
        .await?
        .into_iter()
        .map(|application| application.id)
        .collect();
    let mut all_editors: Vec<Editor> = editors(&bases[0], &db, EDITORS).await?;
    for (n, editor) in all_editors.iter_mut().enumerate() {
        editor.base = bases[n % instances].clone();
    }
    // One session per account and instance, shared by that account's viewers: signing in fifty
    // times would meet the sign-in rate limit, as it should.
    let accounts = [
        "secretary@demo.pieteikums.lv",
        "reviewer@demo.pieteikums.lv",
        "reviewer2@demo.pieteikums.lv",
    ];
    let mut sessions = Vec::new();
    for base in &bases {
        for email in accounts {
            sessions.push((sign_in(base, email, PASSWORD, VIEWERS).await?, base.clone()));
        }
    }
    let viewers: Vec<(reqwest::Client, String)> = (0..VIEWERS)
        .map(|n| sessions[n % sessions.len()].clone())
        .collect();
    let secretary = sign_in(
        &bases[0],
        "secretary@demo.pieteikums.lv",
        PASSWORD,
        STORM_TABS + 1,
    )
    .await?;

    let counters_before = tcp_counters();
    let deadline = Instant::now() + LOAD_FOR;
    let mut saving = Vec::new();
    for (n, editor) in all_editors.into_iter().enumerate() {
        saving.push(tokio::spawn(paced(n, deadline, editor, |editor| {
            Box::pin(editor.save())
        })));
    }
    let mut feeds = Vec::new();
    let mut viewing = Vec::new();
    for (n, (client, base)) in viewers.into_iter().enumerate() {
        feeds.push(tokio::spawn(drain(
            client.clone(),
            format!("{base}/events"),
        )));
        let url = format!("{base}/en/board");
        viewing.push(tokio::spawn(paced(
            n,
            deadline,
            (client, url),
            |(client, url)| Box::pin(get(client, url)),
        )));
    }
    to_decide.reverse();
    let to_decide = Arc::new(Mutex::new(to_decide));
    let deciding = tokio::spawn(paced(0, deadline, secretary.clone(), {
        let (base, ids) = (bases[0].clone(), to_decide.clone());
        move |client| Box::pin(decide(client, base.clone(), ids.clone()))
    }));
    // The end of the load, where a decision once went unanswered: the secretary's decisions, as fast
    // as the server takes them, from several tabs at once.
    let mut storming = Vec::new();
    for _ in 0..STORM_TABS {
        let (client, base, ids) = (secretary.clone(), bases[0].clone(), to_decide.clone());
        storming.push(tokio::spawn(async move {
            tokio::time::sleep_until((deadline - STORM_FOR).into()).await;
            let mut tally = Phases::default();
            while Instant::now() < deadline {
                let Some(id) = ids
                    .lock()
                    .ok()
                    .and_then(|mut ids| (ids.len() > STEADY_RESERVE).then(|| ids.pop())?)
                else {
                    break;
                };
                let began = Instant::now();
                tally.add(
                    decide_on(&client, &base, id).await,
                    sent_at(deadline, began),
                );
            }
            tally
        }));
    }

    let mut saves = Phases::default();
    for task in saving {
        saves.merge(task.await?.1);
    }
    let mut boards = Phases::default();
    for task in viewing {
        boards.merge(task.await?.1);
    }
    let mut decisions = deciding.await?.1;
    for task in storming {
        decisions.merge(task.await?);
    }
    let peak_memory = servers
        .iter()
        .map(|server| server.memory().map(|(_, peak)| peak))
        .collect::<anyhow::Result<Vec<f64>>>()?;
    if let (Some(before), Some(after)) = (counters_before, tcp_counters()) {
        let changes: Vec<String> = TCP_COUNTERS
            .iter()
            .zip(after.iter().zip(before))
            .map(|(name, (after, before))| format!("{name} +{}", after - before))
            .collect();
        println!(
            "  {setup}: the kernel's TCP counters during the run: {}",
            changes.join(", ")
        );
    }
    for (n, server) in servers.iter().enumerate() {
        let warnings = server.warnings()?;
        for line in warnings.iter().take(20) {
            println!("  instance {n} logged: {line}");
        }
        if warnings.len() > 20 {
            println!("  instance {n} logged {} lines more", warnings.len() - 20);
        }
    }
    drop(servers);
    let mut live_bytes = 0;
    for feed in feeds {
        live_bytes += feed.await.unwrap_or(0);
    }
    db.close().await?;
    saves.print_reasons("autosave");
    boards.print_reasons("board page");
    decisions.print_reasons("decision");
    let steady = LOAD_FOR - STORM_FOR;
    let (saves, boards, decisions, storm) = (
        saves.steady.cell(steady),
        boards.steady.cell(steady),
        decisions.steady.cell(steady),
        format!(
            "autosave {}; board {}; decisions from {STORM_TABS} tabs {}",
            saves.storm.cell(STORM_FOR),
            boards.storm.cell(STORM_FOR),
            decisions.storm.cell(STORM_FOR)
        ),
    );
    println!("  {setup}, the last {} s: {storm}", STORM_FOR.as_secs());
    common::summary::record(
        &format!("mixed load {} s, {setup}", LOAD_FOR.as_secs()),
        &format!(
            "autosave {saves}; board {boards}; decisions {decisions}; \
             the last {} s: {storm} (rate p50 p95 p99)",
            STORM_FOR.as_secs()
        ),
        "",
    )?;
    Ok(format!(
        "| {setup} | {saves} | {boards} | {decisions} | {} KB | {} |",
        live_bytes / 1024,
        peak_memory
            .iter()
            .map(|mib| format!("{mib:.0} MiB"))
            .collect::<Vec<_>>()
            .join(" + ")
    ))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    println!(
        "mixed load for {} s: {EDITORS} editors autosaving about once a second, {VIEWERS} board viewers \
         reloading about once a second with the live feed open, a decision every second, and in the \
         last {} s decisions from {STORM_TABS} tabs without pause (the table is the time before); \
         {APPLICATIONS} applications in review with 3 reviews each; {} cores",
        LOAD_FOR.as_secs(),
        STORM_FOR.as_secs(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let mut rows = Vec::new();
    let sqlite = tempfile::tempdir()?;
    let url = format!("sqlite://{}", sqlite.path().join("mixed.sqlite").display());
    rows.push(run("SQLite, 1 instance", &url, 1).await?);
    match std::env::var("PIETEIKUMS_BENCH_POSTGRES_URL") {
        Ok(admin) => {
            let one = new_postgres_database(&admin, "pieteikums_mixed_one").await?;
            rows.push(run("PostgreSQL, 1 instance", &one, 1).await?);
            let two = new_postgres_database(&admin, "pieteikums_mixed_two").await?;
            rows.push(run("PostgreSQL, 2 instances", &two, 2).await?);
        }
        Err(_) => println!("PIETEIKUMS_BENCH_POSTGRES_URL is not set: PostgreSQL left out"),
    }
    println!(
        "\n| setup | autosave: rate p50 p95 p99, errors | board page: rate p50 p95 p99, errors | decisions: rate p50 p95 p99, errors | live events read | peak memory |"
    );
    println!("|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
    Ok(())
}
