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

/// Every cycle, for the secretary, with the next year's defaults for a new one.
#[server(prefix = "/api", endpoint = "cycles", input = server_fn::codec::GetUrl)]
pub async fn load_cycles() -> Result<crate::model::CyclesOverview, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    crate::backend::backend()?.cycles(&secretary).await
}

/// Creates a cycle (`original` empty) or changes the cycle of year `original`. Every problem of the
/// form is answered at once; the rest (other cycles, applications, the time now) on the server.
#[server(prefix = "/api", endpoint = "save_cycle")]
pub async fn save_cycle(
    #[server(default)] original: Option<String>,
    #[server(default)] form: crate::model::CycleForm,
    #[server(default)] lang: Option<String>,
) -> Result<i32, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let original = match original.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(year) => Some(year.parse::<i32>().map_err(|_| AppError::NotFound)?),
    };
    let cycle = form.check().map_err(AppError::Validation)?;
    let year = cycle.year;
    crate::backend::backend()?
        .save_cycle(&secretary, original, cycle)
        .await?;
    // Back to the saved cycle's form, which says it was saved.
    super::session::return_done::<SaveCycle>(lang.as_deref(), |lang| {
        crate::paths::admin_cycle(lang, year)
    });
    Ok(year)
}

/// The reader's next deadlines: the window's for everyone, and those of their role and city.
#[server(prefix = "/api", endpoint = "deadlines", input = server_fn::codec::GetUrl)]
pub async fn my_deadlines() -> Result<crate::model::UpcomingDeadlines, AppError> {
    let reader = super::session::current_user().await?;
    crate::backend::backend()?.deadlines(reader.as_ref()).await
}
