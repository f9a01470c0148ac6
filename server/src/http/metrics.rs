//! Request metrics for every route, and the Prometheus page served on its own address
//! (`PIETEIKUMS_METRICS_ADDR`), never on the site's.

use crate::services::SeaBackend;
use crate::telemetry::{REQUESTS, REQUEST_SECONDS};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Counts and times each request under its route's pattern (`/{lang}/board`), so that ids and fuzzed
/// paths do not each become a series of their own.
pub async fn count_requests(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let method = match *request.method() {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::HEAD => "HEAD",
        _ => "other",
    };
    let mut waiting = Waiting {
        route: route.clone(),
        method,
        started: Instant::now(),
        answered: false,
    };
    let response = next.run(request).await;
    waiting.answered = true;
    metrics::histogram!(REQUEST_SECONDS, "route" => route.clone(), "method" => method)
        .record(waiting.started.elapsed().as_secs_f64());
    metrics::counter!(
        REQUESTS,
        "route" => route,
        "method" => method,
        "status" => response.status().as_u16().to_string()
    )
    .increment(1);
    response
}

/// A request not yet answered. When its client gives up, hyper drops the request's work, and with it
/// this: neither the time limit nor the metrics then see the request, so a long wait is logged here.
struct Waiting {
    route: String,
    method: &'static str,
    started: Instant,
    answered: bool,
}

impl Drop for Waiting {
    fn drop(&mut self) {
        let waited = self.started.elapsed();
        if !self.answered && waited >= Duration::from_secs(5) {
            tracing::warn!(
                route = %self.route,
                method = self.method,
                seconds = waited.as_secs(),
                "the client left before the answer"
            );
        }
    }
}

#[derive(Clone)]
struct Exporter {
    services: Arc<SeaBackend>,
    handle: &'static PrometheusHandle,
}

/// `GET /metrics` in Prometheus' text format; the gauges read from the database are read at each scrape.
pub fn router(services: Arc<SeaBackend>, handle: &'static PrometheusHandle) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(Exporter { services, handle })
}

async fn scrape(State(exporter): State<Exporter>) -> Response {
    if let Err(error) = exporter.services.record_gauges().await {
        tracing::warn!(%error, "metrics: the outbox could not be read");
        return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response();
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        exporter.handle.render(),
    )
        .into_response()
}
