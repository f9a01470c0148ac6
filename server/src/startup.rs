//! Builds the whole server from its settings: storage, sessions, mail, routes and middleware.

use crate::auth::LoginLimiter;
use crate::clock::SharedClock;
use crate::configuration::Settings;
use crate::live::{self, LiveEvents};
use crate::mail::{self, MailTransport};
use crate::persistence::{self, SeaBackend, SubmissionSettings};
use crate::sessions::DatabaseSessionStore;
use crate::{demo, language, security, server_fn_status, uploads};
use anyhow::Context;
use app::backend::SharedBackend;
use app::{shell, App};
use axum::extract::DefaultBodyLimit;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sea_orm::DatabaseConnection;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::services::{ServeDir, ServeFile};
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub backend: SharedBackend,
    /// Where uploaded files are stored.
    pub uploads: std::path::PathBuf,
    pub events: LiveEvents,
    /// The address people reach the site at, for links in calendar files.
    pub public_url: String,
}

/// A server that is bound and ready; `run_until_stopped` serves it.
pub struct Application {
    listener: TcpListener,
    router: Router,
    db: DatabaseConnection,
    shutdown: Arc<Notify>,
    events: LiveEvents,
    generated_demo_password: Option<demo::GeneratedPassword>,
}

impl Application {
    pub async fn build(settings: Settings, clock: SharedClock) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&settings.data_dir).with_context(|| {
            format!(
                "cannot create the data folder {}",
                settings.data_dir.display()
            )
        })?;
        let probe = settings.data_dir.join(".write-test");
        std::fs::write(&probe, b"").with_context(|| {
            format!(
                "the data folder {} is not writable",
                settings.data_dir.display()
            )
        })?;
        let _ = std::fs::remove_file(probe);

        let db = persistence::open(&settings.database_url).await?;
        // One turn for both: an instance starting beside this one finds the tables and the demo there.
        let turn = persistence::Exclusive::Startup.wait(&db).await?;
        persistence::migrate(&db).await?;
        let generated_demo_password = if settings.demo {
            demo::seed_if_empty(
                &db,
                clock.now(),
                settings.demo_password.clone(),
                &settings.upload_dir,
            )
            .await?
        } else {
            None
        };
        turn.end().await?;

        let listener = TcpListener::bind(settings.site_addr)
            .await
            .with_context(|| format!("cannot listen on {}", settings.site_addr))?;
        let address = listener.local_addr()?;
        let public_url = settings
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"));

        let transport = match &settings.smtp_url {
            Some(url) => MailTransport::smtp(url, &settings.mail_from)?,
            None => MailTransport::files(settings.data_dir.join("outbox"), &settings.mail_from)?,
        };
        let mail_queued = Arc::new(Notify::new());
        let shutdown = Arc::new(Notify::new());
        tokio::spawn(mail::run_worker(
            db.clone(),
            transport,
            clock.clone(),
            settings.upload_dir.clone(),
            mail_queued.clone(),
            shutdown.clone(),
        ));

        if let Some(every) = settings.reminders_every {
            tokio::spawn(crate::persistence::run_reminders(
                db.clone(),
                clock.clone(),
                public_url.clone(),
                every,
                mail_queued.clone(),
                shutdown.clone(),
            ));
        }
        let events = LiveEvents::for_database(&db).await?;
        let backend: SharedBackend = Arc::new(SeaBackend::new(
            db.clone(),
            clock,
            LoginLimiter::new(),
            mail_queued,
            events.clone(),
            SubmissionSettings {
                commission: settings.commission_email.clone(),
                uil: settings.uil_email.clone(),
                secretary_general: settings.secretary_general.clone(),
                public_url: public_url.clone(),
                files: settings.upload_dir.clone(),
            },
        ));
        let sessions = DatabaseSessionStore::for_database(&db).await?;
        tokio::spawn(
            tower_sessions::session_store::ExpiredDeletion::continuously_delete_expired(
                sessions.clone(),
                tokio::time::Duration::from_secs(3600),
            ),
        );
        let session_layer = SessionManagerLayer::new(sessions)
            .with_name("pieteikums_session")
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(settings.secure_cookies)
            .with_expiry(Expiry::OnInactivity(
                tower_sessions::cookie::time::Duration::days(7),
            ));

        let leptos_options = LeptosOptions::builder()
            .output_name("pieteikums")
            .site_root(settings.site_root.as_str())
            .site_pkg_dir("pkg")
            .site_addr(address)
            .env(leptos::config::Env::PROD)
            .build();
        let state = AppState {
            leptos_options: leptos_options.clone(),
            db: db.clone(),
            backend: backend.clone(),
            uploads: settings.upload_dir.clone(),
            events: events.clone(),
            public_url: public_url.clone(),
        };
        let routes = generate_route_list(App);
        let context = move || {
            provide_context(backend.clone());
            security::send_page_policy();
        };
        let router = Router::new()
            .route("/", get(language::redirect_root))
            .route("/healthz", get(health))
            .route(
                "/files/applications/{id}",
                post(uploads::upload)
                    .layer(DefaultBodyLimit::max(uploads::MAX_UPLOAD_REQUEST_BYTES)),
            )
            .route(
                "/files/reports/{id}",
                post(uploads::upload)
                    .layer(DefaultBodyLimit::max(uploads::MAX_UPLOAD_REQUEST_BYTES)),
            )
            .route(
                "/files/applications/{id}/application.pdf",
                get(uploads::printed),
            )
            .route("/files/reports/{id}/report.pdf", get(uploads::printed))
            .route(
                "/files/applications/{id}/endorsement.pdf",
                get(uploads::endorsement),
            )
            .route("/files/attachments/{id}", get(uploads::download))
            .route("/files/attachments/{id}/view", get(uploads::view))
            .route("/events", get(live::stream))
            .route("/calendar/{file}", get(crate::calendar::download))
            .route("/files/attachments/{id}/delete", post(uploads::remove))
            // Files at the top level would otherwise be taken for a language by the `/{lang}` routes.
            .route_service(
                "/favicon.svg",
                ServeFile::new(Path::new(settings.site_root.as_str()).join("favicon.svg")),
            )
            // The bundle and its page chunks are plain files; serving them here keeps them away from
            // the page router's fallback, which renders a page for anything it cannot find.
            .nest_service(
                "/pkg",
                ServeDir::new(Path::new(settings.site_root.as_str()).join("pkg"))
                    .precompressed_br(),
            )
            .leptos_routes_with_context(&state, routes, context.clone(), {
                let options = leptos_options.clone();
                move || shell(options.clone())
            })
            .fallback(leptos_axum::file_and_error_handler_with_context::<
                AppState,
                _,
            >(context, shell))
            .with_state(state)
            .layer(axum::middleware::from_fn(server_fn_status::error_status))
            .layer(axum::middleware::from_fn(language::remember_language))
            .layer(session_layer)
            .layer(axum::middleware::from_fn(security::refuse_cross_origin))
            .layer(axum::middleware::from_fn(security::security_headers))
            // Brotli's default quality (11) takes about a second for a large page; quality 4 compresses
            // nearly as well in milliseconds. The bundle's files are compressed at 11 once, at build.
            .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
            .layer(tower_http::trace::TraceLayer::new_for_http());

        Ok(Application {
            listener,
            router,
            db,
            shutdown,
            events,
            generated_demo_password,
        })
    }

    pub fn port(&self) -> u16 {
        self.listener
            .local_addr()
            .map(|a| a.port())
            .unwrap_or_default()
    }

    pub fn db(&self) -> DatabaseConnection {
        self.db.clone()
    }

    /// The demo password generated on this start, if demo accounts were seeded without a chosen one.
    pub fn take_generated_demo_password(&mut self) -> Option<demo::GeneratedPassword> {
        self.generated_demo_password.take()
    }

    /// Serves until `stop` completes, then finishes the requests in flight and stops the workers.
    pub async fn run_until_stopped(
        self,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        let events = self.events.clone();
        // Without TCP_NODELAY a response written as headers then body waits for the client's delayed
        // acknowledgement (about 40 ms) on a kept-alive connection.
        let listener = axum::serve::ListenerExt::tap_io(self.listener, |stream| {
            if let Err(error) = stream.set_nodelay(true) {
                tracing::debug!(%error, "TCP_NODELAY not set");
            }
        });
        axum::serve(listener, service)
            .with_graceful_shutdown(async move {
                stop.await;
                events.close();
            })
            .await?;
        self.shutdown.notify_waiters();
        self.db.close().await?;
        Ok(())
    }
}

/// 200 when the database answers, 503 otherwise; for load balancers and monitoring.
async fn health(State(db): State<DatabaseConnection>) -> (StatusCode, &'static str) {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
