//! The reminders' timer: a pass every so often on the injected clock's time.

use crate::clock::SharedClock;
use crate::services::reminders::run_due;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Runs a pass every `every` on the injected clock's time until `shutdown`; wakes the mail worker
/// when a pass queued mails.
pub async fn run_job(
    db: DatabaseConnection,
    clock: SharedClock,
    public_url: String,
    every: Duration,
    mail_queued: Arc<Notify>,
    shutdown: Arc<Notify>,
) {
    loop {
        let outcome = match run_due(&db, clock.now(), &public_url).await {
            Ok(0) => "ok",
            Ok(_) => {
                mail_queued.notify_one();
                "ok"
            }
            Err(error) => {
                tracing::error!(%error, "reminder pass failed");
                "failed"
            }
        };
        metrics::counter!(crate::telemetry::REMINDER_PASSES, "outcome" => outcome).increment(1);
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.notified() => return,
        }
    }
}
