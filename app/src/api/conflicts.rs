//! Conflicts of interest: the secretary records and removes them for any reviewer; a reviewer sees
//! their own and removes one declared by mistake.

use crate::error::AppError;
use crate::model::{ConflictForm, ConflictsOverview};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "conflicts", input = server_fn::codec::GetUrl)]
pub async fn load_conflicts() -> Result<ConflictsOverview, AppError> {
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    crate::backend::backend()?.conflicts(&reader).await
}

/// The secretary records a reviewer's conflict with a city, with the reason.
#[server(prefix = "/api", endpoint = "record_conflict")]
pub async fn record_conflict(
    #[server(default)] form: ConflictForm,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let change = form.check().map_err(AppError::Validation)?;
    crate::backend::backend()?
        .record_conflict(&secretary, change)
        .await?;
    super::session::return_done::<RecordConflict>(lang.as_deref(), crate::paths::conflicts);
    Ok(())
}

/// Removes a conflict, with the reason: the secretary any, a reviewer their own declaration.
#[server(prefix = "/api", endpoint = "remove_conflict")]
pub async fn remove_conflict(
    #[server(default)] form: ConflictForm,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Role;
    let user = super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
        .await?;
    let change = form.check().map_err(AppError::Validation)?;
    crate::backend::backend()?
        .remove_conflict(&user, change)
        .await?;
    super::session::return_to(lang.as_deref(), crate::paths::conflicts);
    Ok(())
}
