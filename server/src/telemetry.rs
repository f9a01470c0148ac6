//! Structured logs: human-readable by default, JSON lines with `LOG_FORMAT=json`; `RUST_LOG` filters.
//! Metrics for Prometheus, recorded by every layer through the names below and served only when
//! `PIETEIKUMS_METRICS_ADDR` is set.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,tower_sessions=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    // A second initialisation (several servers in one test process) keeps the first subscriber.
    let _ = if std::env::var("LOG_FORMAT").as_deref() == Ok("json") {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// Requests answered, by `route` (the route's pattern, never the raw path), `method` and `status`.
pub const REQUESTS: &str = "pieteikums_http_requests_total";
/// Time to the response's head, by `route` and `method`.
pub const REQUEST_SECONDS: &str = "pieteikums_http_request_duration_seconds";
/// Live-event streams open now.
pub const LIVE_STREAMS: &str = "pieteikums_live_streams";
/// Mails waiting to be sent, and failed for good.
pub const OUTBOX_QUEUED: &str = "pieteikums_outbox_queued";
pub const OUTBOX_FAILED: &str = "pieteikums_outbox_failed";
/// How long the oldest waiting mail has waited; 0 when none waits.
pub const OUTBOX_OLDEST_SECONDS: &str = "pieteikums_outbox_oldest_queued_seconds";
/// Passes of the reminder job, by `outcome` (`ok`, `failed`).
pub const REMINDER_PASSES: &str = "pieteikums_reminder_passes_total";
/// The database pool's connections, by `state` (`in_use`, `idle`), and its size limit.
pub const DB_CONNECTIONS: &str = "pieteikums_db_connections";
pub const DB_CONNECTIONS_MAX: &str = "pieteikums_db_connections_max";

/// Upper bounds of the latency buckets: pages render in milliseconds, a PDF or a ZIP in a second or so,
/// and the time limit is 30 s by default.
const SECONDS_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The process's one recorder, installed by the first server that serves metrics. Until then the
/// `metrics` macros record into nothing, at no cost.
pub fn prometheus() -> anyhow::Result<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Result<PrometheusHandle, String>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let handle = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(REQUEST_SECONDS.to_owned()), &SECONDS_BUCKETS)
                .and_then(PrometheusBuilder::install_recorder)
                .map_err(|error| format!("cannot record metrics: {error}"))?;
            describe();
            Ok(handle)
        })
        .as_ref()
        .map_err(|error| anyhow::anyhow!("{error}"))
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        REQUESTS,
        "HTTP requests answered, by route pattern, method and status"
    );
    describe_histogram!(
        REQUEST_SECONDS,
        Unit::Seconds,
        "Time until the response's head, by route pattern and method"
    );
    describe_gauge!(LIVE_STREAMS, "Live-event streams open now");
    describe_gauge!(OUTBOX_QUEUED, "Mails waiting to be sent");
    describe_gauge!(
        OUTBOX_FAILED,
        "Mails that failed for good and wait for a person"
    );
    describe_gauge!(
        OUTBOX_OLDEST_SECONDS,
        Unit::Seconds,
        "Age of the oldest mail waiting to be sent"
    );
    describe_counter!(REMINDER_PASSES, "Passes of the reminder job, by outcome");
    describe_gauge!(DB_CONNECTIONS, "Database pool connections, by state");
    describe_gauge!(DB_CONNECTIONS_MAX, "Database pool's size limit");
}
