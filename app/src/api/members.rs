use crate::error::AppError;
use crate::model::{MembersOverview, PublicMember};
use leptos::prelude::*;

/// Public: the network's Latvian members, for everyone.
#[server(prefix = "/api", endpoint = "public_members", input = server_fn::codec::GetUrl)]
pub async fn public_members() -> Result<Vec<PublicMember>, AppError> {
    crate::backend::backend()?.public_members().await
}

/// The registry, for the secretary.
#[server(prefix = "/api", endpoint = "members", input = server_fn::codec::GetUrl)]
pub async fn load_members() -> Result<MembersOverview, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    crate::backend::backend()?.members(&secretary).await
}

/// The id a form names, or not found: a made-up one must learn nothing.
#[cfg(feature = "ssr")]
fn city_id(text: Option<&str>) -> Result<Option<i32>, AppError> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(id) => id.parse().map(Some).map_err(|_| AppError::NotFound),
    }
}

/// Enters a member that joined before this system (`original` empty) or changes the record of member
/// city `original`. The joining year may be at most this year in Riga.
#[server(prefix = "/api", endpoint = "save_member")]
pub async fn save_member(
    #[server(default)] original: Option<String>,
    #[server(default)] form: crate::model::MemberForm,
    #[server(default)] lang: Option<String>,
) -> Result<i32, AppError> {
    use crate::model::{Deadline, Role};
    use chrono::Datelike;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let original = city_id(original.as_deref())?;
    let backend = crate::backend::backend()?;
    let this_year = Deadline::at(backend.now()).riga.year();
    let member = form.check(this_year).map_err(AppError::Validation)?;
    let city = backend.save_member(&secretary, original, member).await?;
    // A changed member's form stays open; a new one leaves the form empty for the next.
    super::session::return_done::<SaveMember>(lang.as_deref(), |lang| match original {
        Some(_) => crate::paths::admin_member(lang, city),
        None => crate::paths::admin_members(lang),
    });
    Ok(city)
}

/// Moves the due date of one progress report of member city `city`.
#[server(prefix = "/api", endpoint = "move_report_due")]
pub async fn move_report_due(
    #[server(default)] city: Option<String>,
    #[server(default)] form: crate::model::ReportDueForm,
    #[server(default)] lang: Option<String>,
) -> Result<i32, AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let city = city_id(city.as_deref())?.ok_or(AppError::NotFound)?;
    let (period, due) = form.check().map_err(AppError::Validation)?;
    crate::backend::backend()?
        .move_report_due(&secretary, city, period, due)
        .await?;
    super::session::return_done::<MoveReportDue>(lang.as_deref(), |lang| {
        crate::paths::admin_member(lang, city)
    });
    Ok(period)
}
