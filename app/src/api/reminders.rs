use crate::error::AppError;
use crate::model::RemindersOverview;
use leptos::prelude::*;

/// A year's reminders, this year's when `year` is absent, for the secretary.
#[server(prefix = "/api", endpoint = "reminders", input = server_fn::codec::GetUrl)]
pub async fn load_reminders(
    #[server(default)] year: Option<i32>,
) -> Result<RemindersOverview, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    crate::backend::backend()?.reminders(&secretary, year).await
}

/// Switches a kind of reminder on (`on` present) or off for a year.
#[server(prefix = "/api", endpoint = "switch_reminders")]
pub async fn switch_reminders(
    #[server(default)] year: String,
    #[server(default)] kind: String,
    #[server(default)] on: Option<String>,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::{ReminderKind, Role};
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let year = year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|year| (2000..=2100).contains(year))
        .ok_or(AppError::NotFound)?;
    let kind = ReminderKind::parse(kind.trim()).ok_or(AppError::NotFound)?;
    let on = on.is_some_and(|value| !value.is_empty());
    crate::backend::backend()?
        .switch_reminders(&secretary, year, kind, on)
        .await?;
    super::session::return_to(lang.as_deref(), |lang| {
        format!("{}?year={year}", crate::paths::admin_reminders(lang))
    });
    Ok(())
}
