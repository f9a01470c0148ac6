//! The audit log, the secretary's alone.

use crate::error::AppError;
use crate::model::AuditLog;
use leptos::prelude::*;

/// One page of the log, filtered by the address's own parameters (see `AuditQuery`), so that the
/// page, a script and the CSV link all say the same thing the same way.
#[server(prefix = "/api", endpoint = "audit_log", input = server_fn::codec::GetUrl)]
pub async fn load_audit_log(
    #[server(default)] kind: Option<String>,
    #[server(default)] person: Option<String>,
    #[server(default)] city: Option<String>,
    #[server(default)] year: Option<String>,
    #[server(default)] from: Option<String>,
    #[server(default)] to: Option<String>,
    #[server(default)] page: Option<String>,
) -> Result<AuditLog, AppError> {
    use crate::model::{AuditQuery, Role};
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    let query = AuditQuery::from_values(&[kind, person, city, year, from, to, page]);
    crate::backend::backend()?
        .audit_log(&secretary, query)
        .await
}
