//! The wizard's server functions. Only the city's own applicants reach its applications.

use crate::error::AppError;
use crate::model::application::{ApplicationDraft, ApplicationSummary, SavedSection};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "applications", input = server_fn::codec::GetUrl)]
pub async fn my_applications() -> Result<Vec<ApplicationSummary>, AppError> {
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    crate::backend::backend()?.applications_of(&applicant).await
}

/// Starts (or reopens) the city's application for the current cycle. A form post without JavaScript
/// is sent on to its task list.
#[server(prefix = "/api", endpoint = "start_application")]
pub async fn start_application(lang: Option<String>) -> Result<i32, AppError> {
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    let id = crate::backend::backend()?
        .start_application(&applicant)
        .await?;
    if let Some(lang) = lang.as_deref().and_then(crate::i18n::Lang::parse) {
        leptos_axum::redirect(&crate::paths::task_list(lang, id));
    }
    Ok(id)
}

#[server(prefix = "/api", endpoint = "application", input = server_fn::codec::GetUrl)]
pub async fn load_application(id: i32) -> Result<ApplicationDraft, AppError> {
    let user = super::session::current_user()
        .await?
        .ok_or(AppError::Unauthenticated)?;
    crate::backend::backend()?.draft(&user, id).await
}

/// Saves one section's answers exactly as typed, if nobody saved it since `base_version`.
///
/// Autosave calls it from script. Without JavaScript the section's form posts here, and `then` says
/// where to go next: `continue` (on to the next section, or back to this one with its problems listed),
/// `previous`, or `later` (the task list).
#[server(prefix = "/api", endpoint = "save_answers")]
pub async fn save_answers(
    id: i32,
    section: String,
    base_version: i32,
    #[server(default)] answers: serde_json::Value,
    #[server(default)] lang: Option<String>,
    #[server(default)] then: Option<String>,
) -> Result<SavedSection, AppError> {
    use crate::error::FieldError;
    use crate::i18n::Lang;
    use crate::model::application::{Section, SectionData, SectionState};
    use crate::model::Role;
    use crate::paths;

    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    let section = Section::from_slug(&section).ok_or(AppError::NotFound)?;
    // A form with nothing to post (an unticked box alone) posts no answers at all.
    let answers = match answers {
        serde_json::Value::Null => serde_json::json!({}),
        answers => answers,
    };
    let data = SectionData::from_answers(section, answers)
        .map_err(|_| AppError::Validation(vec![FieldError::new("answers", "error-malformed")]))?;
    let saved = crate::backend::backend()?
        .save_section(&applicant, id, base_version, data)
        .await?;
    let lang = lang.as_deref().and_then(Lang::parse);
    let complete = saved.state == SectionState::Complete;
    let next = lang
        .zip(then)
        .and_then(|(lang, then)| paths::after_save(lang, id, section, &then, complete));
    if let Some(next) = next {
        leptos_axum::redirect(&next);
    }
    Ok(saved)
}

/// Submits the application to the Commission: only complete, only while the window is open.
#[server(prefix = "/api", endpoint = "submit_application")]
pub async fn submit_application(id: i32, lang: String) -> Result<(), AppError> {
    use crate::i18n::Lang;
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    crate::backend::backend()?.submit(&applicant, id).await?;
    leptos_axum::redirect(&crate::paths::submitted(
        Lang::parse(&lang).unwrap_or_default(),
        id,
    ));
    Ok(())
}
