//! The retention pass, once at start and then daily.

use crate::clock::SharedClock;
use crate::services::retention;
use app::model::PrivacyFacts;
use sea_orm::DatabaseConnection;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

const DAILY: Duration = Duration::from_secs(24 * 60 * 60);
/// After a failed pass (the database away or busy), the next try comes soon rather than tomorrow.
const AFTER_FAILURE: Duration = Duration::from_secs(60);

pub async fn run_job(
    db: DatabaseConnection,
    clock: SharedClock,
    uploads: PathBuf,
    periods: PrivacyFacts,
    shutdown: Arc<Notify>,
) {
    loop {
        let wait = match retention::run(&db, clock.now(), &uploads, &periods).await {
            Ok(deleted) => {
                tracing::info!(?deleted, "retention pass");
                DAILY
            }
            Err(error) => {
                tracing::warn!(%error, "retention pass failed; trying again in a minute");
                AFTER_FAILURE
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.notified() => return,
        }
    }
}
