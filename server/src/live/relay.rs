//! Events between instances on one PostgreSQL database: each is sent through NOTIFY and heard by every
//! instance's LISTEN, in the order sent. A lost connection listens again and tells every page to resync.

use super::Hub;
use app::model::LiveEvent;
use sea_orm::sqlx::{
    self,
    postgres::{PgListener, PgPool},
};
use tokio::sync::{mpsc, watch};

/// The PostgreSQL channel that carries events between instances.
const CHANNEL: &str = "pieteikums_live";

/// How long to wait before listening again after PostgreSQL could not be reached.
const RELISTEN_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

/// A connection listening on [`CHANNEL`].
pub(super) async fn listen(pool: &PgPool) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    Ok(listener)
}

/// Sends each published event to PostgreSQL, one after the other so that they arrive in order. An
/// event PostgreSQL does not take reaches at least this instance's pages.
pub(super) async fn send_out(
    pool: PgPool,
    mut queue: mpsc::UnboundedReceiver<LiveEvent>,
    hub: Hub,
) {
    while let Some(event) = queue.recv().await {
        let sent = match serde_json::to_string(&event) {
            Ok(payload) => sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANNEL)
                .bind(payload)
                .execute(&pool)
                .await
                .map(|_| ())
                .map_err(anyhow::Error::from),
            Err(error) => Err(error.into()),
        };
        if let Err(error) = sent {
            tracing::warn!(%error, "a live event did not reach the other instances");
            hub.deliver(event);
        }
    }
}

/// Hands every event PostgreSQL carries to this instance's pages until the server stops. When the
/// connection is lost, events may have gone by unheard: once listening again, every page is told to
/// read what it shows afresh.
pub(super) async fn hear(
    pool: PgPool,
    mut listener: PgListener,
    hub: Hub,
    mut closing: watch::Receiver<bool>,
) {
    loop {
        let received = tokio::select! {
            received = listener.try_recv() => received,
            _ = closing.wait_for(|closed| *closed) => return,
        };
        match received {
            Ok(Some(notification)) => match serde_json::from_str(notification.payload()) {
                Ok(event) => hub.deliver(event),
                Err(error) => tracing::warn!(%error, "an unreadable live event was skipped"),
            },
            Ok(None) | Err(_) if pool.is_closed() => return,
            Ok(None) | Err(_) => {
                tracing::warn!("lost the live events' connection to PostgreSQL");
                listener = loop {
                    match listen(&pool).await {
                        Ok(listener) => break listener,
                        Err(_) if pool.is_closed() => return,
                        Err(error) => {
                            tracing::warn!(%error, "cannot listen for live events yet");
                            tokio::select! {
                                _ = tokio::time::sleep(RELISTEN_AFTER) => {}
                                _ = closing.wait_for(|closed| *closed) => return,
                            }
                        }
                    }
                };
                tracing::info!("listening for live events again");
                hub.deliver(LiveEvent::Resync);
            }
        }
    }
}
