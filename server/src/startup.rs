//! Builds the whole server from its settings: storage, sessions, mail, routes and middleware.

use crate::clock::SharedClock;
use crate::configuration::Settings;
use crate::http::{self, AppState};
use crate::live::LiveEvents;
use crate::mail::MailTransport;
use crate::services::auth::LoginLimiter;
use crate::services::{SeaBackend, SubmissionSettings};
use crate::storage::sessions::DatabaseSessionStore;
use crate::{demo, jobs, storage};
use anyhow::Context;
use app::backend::SharedBackend;
use axum::Router;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use tokio::net::{TcpListener, TcpSocket};
use tokio::sync::Notify;

/// A server that is bound and ready; `run_until_stopped` serves it.
pub struct Application {
    listener: TcpListener,
    router: Router,
    /// The Prometheus page's own listener and route, when metrics are asked for.
    metrics: Option<(TcpListener, Router)>,
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

        let db = storage::open(&settings.database_url).await?;
        // One turn for both: an instance starting beside this one finds the tables and the demo there.
        let turn = storage::Exclusive::Startup.wait(&db).await?;
        storage::migrate(&db).await?;
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
        if storage::users::active_secretaries(&db, None).await? == 0 {
            tracing::warn!(
                "no active secretary yet: run `server add-secretary EMAIL` with the same settings, then open the link it prints"
            );
        }

        let listener = listen(settings.site_addr)
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
        tokio::spawn(jobs::mail::run_worker(
            db.clone(),
            transport,
            clock.clone(),
            settings.upload_dir.clone(),
            mail_queued.clone(),
            shutdown.clone(),
        ));

        if let Some(every) = settings.reminders_every {
            tokio::spawn(jobs::reminders::run_job(
                db.clone(),
                clock.clone(),
                public_url.clone(),
                every,
                mail_queued.clone(),
                shutdown.clone(),
            ));
        }
        tokio::spawn(jobs::retention::run_job(
            db.clone(),
            clock.clone(),
            settings.upload_dir.clone(),
            settings.privacy.clone(),
            shutdown.clone(),
        ));
        let events = LiveEvents::for_database(&db).await?;
        let services = Arc::new(SeaBackend::new(
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
                privacy: settings.privacy.clone(),
            },
        ));
        let sessions = DatabaseSessionStore::for_database(&db).await?;
        tokio::spawn(
            tower_sessions::session_store::ExpiredDeletion::continuously_delete_expired(
                sessions.clone(),
                tokio::time::Duration::from_secs(3600),
            ),
        );
        let output_name = "pieteikums";
        let site_pkg_dir = http::bundle::site_pkg_dir(Path::new(&settings.site_root), output_name)?;
        let leptos_options = LeptosOptions::builder()
            .output_name(output_name)
            .site_root(settings.site_root.as_str())
            .site_pkg_dir(site_pkg_dir)
            .site_addr(address)
            .env(leptos::config::Env::PROD)
            .build();
        let metrics = match settings.metrics_addr {
            Some(address) => {
                let listener = listen(address)
                    .with_context(|| format!("cannot listen for metrics on {address}"))?;
                let handle = crate::telemetry::prometheus()?;
                Some((listener, http::metrics::router(services.clone(), handle)))
            }
            None => None,
        };
        let backend: SharedBackend = services.clone();
        let state = AppState {
            leptos_options,
            backend,
            services,
            events: events.clone(),
            public_url,
        };
        let router = http::router(
            state,
            settings.site_root.as_str(),
            sessions,
            http::Edge {
                secure_cookies: settings.secure_cookies,
                trusted_proxies: http::TrustedProxies::new(settings.trusted_proxies.clone()),
                limits: http::TimeLimits {
                    request: settings.request_timeout,
                    upload: settings.upload_timeout,
                },
            },
        );

        Ok(Application {
            listener,
            router,
            metrics,
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

    /// The port the metrics are served on, when they are.
    pub fn metrics_port(&self) -> Option<u16> {
        let (listener, _) = self.metrics.as_ref()?;
        listener.local_addr().ok().map(|a| a.port())
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
        if let Some((listener, router)) = self.metrics {
            let stopped = self.shutdown.clone();
            tokio::spawn(async move {
                let served = axum::serve(listener, router)
                    .with_graceful_shutdown(async move { stopped.notified().await })
                    .await;
                if let Err(error) = served {
                    tracing::error!(%error, "the metrics listener stopped");
                }
            });
        }
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

/// How many connections the kernel may queue before the server accepts them (capped by the kernel's
/// `net.core.somaxconn`). With the usual 128, a burst of new connections while the server is busy
/// (a few hundred people at the deadline, or a proxy opening many at once) overflows the queue: the
/// kernel drops the SYNs and each client waits 1, 2, 4, 8 s… before trying again, with nothing in the
/// server's log.
const LISTEN_BACKLOG: u32 = 4096;

fn listen(address: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = if address.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    // As the standard library does: a restarted server may bind while old connections linger.
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(LISTEN_BACKLOG)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hundreds_of_connections_at_once_wait_in_the_queue_instead_of_being_dropped() {
        let listener = listen("127.0.0.1:0".parse().unwrap()).unwrap();
        let address = listener.local_addr().unwrap();
        let somaxconn: usize = std::fs::read_to_string("/proc/sys/net/core/somaxconn")
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(4096);
        // Nobody accepts: each connection completes only if the kernel's queue holds it.
        let mut waiting = Vec::new();
        for n in 0..somaxconn.min(LISTEN_BACKLOG as usize).min(400) {
            let connected =
                std::net::TcpStream::connect_timeout(&address, std::time::Duration::from_secs(2));
            assert!(connected.is_ok(), "connection {n} was not queued");
            waiting.push(connected);
        }
        drop(listener);
    }
}
