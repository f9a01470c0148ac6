//! The wizard's server functions. Only the city's own applicants reach its applications.

use crate::error::AppError;
use crate::model::application::{ApplicationDraft, ApplicationSummary, SavedSection, SectionData};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "applications", input = server_fn::codec::GetUrl)]
pub async fn my_applications() -> Result<Vec<ApplicationSummary>, AppError> {
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    crate::backend::backend()?.applications_of(&applicant).await
}

/// Starts (or reopens) the city's application for the current cycle and returns its id.
#[server(prefix = "/api", endpoint = "start_application")]
pub async fn start_application() -> Result<i32, AppError> {
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    crate::backend::backend()?
        .start_application(&applicant)
        .await
}

#[server(prefix = "/api", endpoint = "application", input = server_fn::codec::GetUrl)]
pub async fn load_application(id: i32) -> Result<ApplicationDraft, AppError> {
    let user = super::session::current_user()
        .await?
        .ok_or(AppError::Unauthenticated)?;
    crate::backend::backend()?.draft(&user, id).await
}

/// Saves one section's answers exactly as typed, if nobody saved it since `base_version`.
#[server(prefix = "/api", endpoint = "save_section", input = server_fn::codec::Json)]
pub async fn save_section(
    id: i32,
    base_version: i32,
    data: SectionData,
) -> Result<SavedSection, AppError> {
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    crate::backend::backend()?
        .save_section(&applicant, id, base_version, data)
        .await
}
