//! HTTP: the route table, the extractors that name the signed-in person, file downloads and uploads,
//! calendar files, the live-event stream, and the security and language middleware. Pages are Leptos'
//! server-side rendering of `app`; everything that reads or changes data is asked of the services.

mod bodies;
pub mod bundle;
mod calendar;
mod client;
mod errors;
mod events;
mod extract;
mod files;
mod forms;
mod language;
pub mod metrics;
mod owner;
mod security;

pub use client::TrustedProxies;
pub use errors::TimeLimits;

use crate::live::LiveEvents;
use crate::services::SeaBackend;
use app::backend::SharedBackend;
use app::{shell, App};
use axum::extract::{DefaultBodyLimit, FromRef, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use std::path::Path;
use std::sync::Arc;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::services::ServeFile;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    /// What the pages' server functions call.
    pub backend: SharedBackend,
    /// The same services, for the routes outside the pages: files, health.
    pub services: Arc<SeaBackend>,
    pub events: LiveEvents,
    /// The address people reach the site at, for links in calendar files.
    pub public_url: String,
}

/// The site's pages as the router lists them, the same for every server of a process. Listing them
/// renders the whole app once with leptos' process-wide "suppress resource loading" switch on, and a
/// resource another server of the same process (the integration tests run dozens) first polls in that
/// moment waits for ever; listed once, before any server serves, no render can meet the switch.
static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();

/// How the site meets the network: cookies marked `Secure` when it is behind https, the proxies whose
/// forwarded addresses are believed, and how long a request may take.
pub struct Edge {
    pub secure_cookies: bool,
    pub trusted_proxies: TrustedProxies,
    pub limits: TimeLimits,
}

/// Every route of the site, with its middleware. `site_root` holds the bundle's files; sessions live
/// in `sessions`.
pub fn router(
    state: AppState,
    site_root: &str,
    sessions: impl SessionStore + Clone,
    edge: Edge,
) -> Router {
    let session_layer = SessionManagerLayer::new(sessions)
        .with_name("pieteikums_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(edge.secure_cookies)
        .with_expiry(Expiry::OnInactivity(
            tower_sessions::cookie::time::Duration::days(7),
        ));
    let routes = ROUTES.get_or_init(|| generate_route_list(App)).clone();
    let backend = state.backend.clone();
    let context = move || {
        provide_context(backend.clone());
        security::send_page_policy();
    };
    let leptos_options = state.leptos_options.clone();
    Router::new()
        .route("/", get(language::redirect_root))
        .route("/healthz", get(health))
        .route(
            "/files/applications/{id}",
            post(files::upload).layer(DefaultBodyLimit::max(files::MAX_UPLOAD_REQUEST_BYTES)),
        )
        .route(
            "/files/reports/{id}",
            post(files::upload).layer(DefaultBodyLimit::max(files::MAX_UPLOAD_REQUEST_BYTES)),
        )
        .route(
            "/files/applications/{id}/application.pdf",
            get(files::printed),
        )
        .route("/files/reports/{id}/report.pdf", get(files::printed))
        .route(
            "/files/applications/{id}/endorsement.pdf",
            get(files::endorsement),
        )
        .route(
            "/files/applications/{id}/signed-endorsement",
            post(files::upload_signed_endorsement)
                .layer(DefaultBodyLimit::max(files::MAX_UPLOAD_REQUEST_BYTES)),
        )
        .route("/files/audit.csv", get(files::audit_csv))
        .route("/files/board.csv", get(files::board_csv))
        .route("/files/board.xlsx", get(files::board_xlsx))
        .route("/files/meeting-sheet.pdf", get(files::meeting_sheet))
        .route("/files/attachments/{id}", get(files::download))
        .route(app::paths::OWN_DATA, get(files::own_data))
        .route("/files/attachments/{id}/view", get(files::view))
        .route("/events", get(events::stream))
        .route("/calendar/{file}", get(calendar::download))
        .route("/files/attachments/{id}/delete", post(files::remove))
        // Files at the top level would otherwise be taken for a language by the `/{lang}` routes.
        .route_service(
            "/favicon.svg",
            ServeFile::new(Path::new(site_root).join("favicon.svg")),
        )
        // The bundle's files and the islands' translations; serving them here keeps them away from
        // the page router's fallback, which renders a page for anything it cannot find.
        .merge(bundle::routes(
            Path::new(site_root),
            &leptos_options.site_pkg_dir,
        ))
        .leptos_routes_with_context(&state, routes, context.clone(), move || {
            shell(leptos_options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .with_state(state)
        .layer(axum::middleware::from_fn(forms::mark_done))
        .layer(axum::middleware::from_fn(errors::error_status))
        .layer(axum::middleware::from_fn(language::remember_language))
        .layer(axum::middleware::from_fn(errors::mark_answered))
        .layer(session_layer)
        .layer(axum::middleware::from_fn(errors::session_unavailable))
        .layer(axum::middleware::from_fn(security::refuse_cross_origin))
        .layer(axum::middleware::from_fn(security::security_headers))
        // Brotli's default quality (11) takes about a second for a large page; quality 4 compresses
        // nearly as well in milliseconds. The bundle's files are compressed at 11 once, at build.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .layer(axum::middleware::from_fn_with_state(
            edge.limits,
            errors::time_limit,
        ))
        .layer(axum::middleware::from_fn(bodies::close_if_unread))
        .layer(axum::middleware::from_fn(metrics::count_requests))
        .layer(
            tower_http::trace::TraceLayer::new_for_http().make_span_with(
                |request: &axum::http::Request<axum::body::Body>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        uri = %request.uri(),
                        client = %client::address_of(request)
                            .map_or_else(|| "-".to_owned(), |address| address.to_string()),
                    )
                },
            ),
        )
        // Outside all but the owner guard, so that the log and everything within see the client
        // behind the proxy.
        .layer(axum::middleware::from_fn_with_state(
            edge.trusted_proxies,
            client::resolve_client,
        ))
        // Around everything, so that no poll of a request starts with another request's owner.
        .layer(axum::middleware::from_fn(owner::without_stray_owner))
}

/// Whether `path` is a server function's, where the pages' scripts and forms post.
fn is_server_function(path: &str) -> bool {
    path.starts_with("/api/")
}

/// 200 when the database answers, 503 otherwise; for load balancers and monitoring.
async fn health(State(services): State<Arc<SeaBackend>>) -> (StatusCode, &'static str) {
    match services.ping().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
