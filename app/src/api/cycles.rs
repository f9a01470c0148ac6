use crate::error::AppError;
use crate::model::CycleSummary;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The current cycle together with the server's clock, so that countdowns tick from the server's time
/// rather than from a device clock that may be wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleNow {
    pub cycle: Option<CycleSummary>,
    pub now: DateTime<Utc>,
}

/// Public: the landing page shows it to everyone.
#[server(prefix = "/api", endpoint = "current_cycle", input = server_fn::codec::GetUrl)]
pub async fn current_cycle() -> Result<CycleNow, AppError> {
    let backend = crate::backend::backend()?;
    Ok(CycleNow {
        cycle: backend.current_cycle().await?,
        now: backend.now(),
    })
}
