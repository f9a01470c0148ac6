//! The mail worker: sends what the outbox holds, soon after it is queued and every few seconds.

use crate::clock::SharedClock;
use crate::mail::{self, MailTransport};
use sea_orm::DatabaseConnection;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Sends due messages until `shutdown` is notified. `wake` is notified when a mail is queued, so that
/// it leaves within moments rather than at the next poll.
pub async fn run_worker(
    db: DatabaseConnection,
    transport: MailTransport,
    clock: SharedClock,
    files: PathBuf,
    wake: Arc<Notify>,
    shutdown: Arc<Notify>,
) {
    loop {
        if let Err(error) = mail::send_due(&db, &transport, &clock, &files).await {
            tracing::error!(%error, "outbox pass failed");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = shutdown.notified() => return,
        }
    }
}
