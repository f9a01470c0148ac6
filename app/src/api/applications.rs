//! The wizard's server functions, for both of the city's forms. Only the city's own people reach its
//! applications and reports.

use crate::error::AppError;
use crate::model::application::{
    ApplicationSummary, FormDraft, FormKind, ReportsOverview, SavedSection,
};
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
    super::session::return_to(lang.as_deref(), |lang| {
        crate::paths::task_list(lang, crate::model::application::FormRef::application(id))
    });
    Ok(id)
}

#[server(prefix = "/api", endpoint = "reports", input = server_fn::codec::GetUrl)]
pub async fn my_reports() -> Result<ReportsOverview, AppError> {
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    crate::backend::backend()?.reports_of(&applicant).await
}

/// Starts (or reopens) the progress report the member city owes next. A form post without JavaScript
/// is sent on to its task list.
#[server(prefix = "/api", endpoint = "start_report")]
pub async fn start_report(lang: Option<String>) -> Result<i32, AppError> {
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    let id = crate::backend::backend()?.start_report(&applicant).await?;
    super::session::return_to(lang.as_deref(), |lang| {
        crate::paths::task_list(lang, crate::model::application::FormRef::report(id))
    });
    Ok(id)
}

#[server(prefix = "/api", endpoint = "draft", input = server_fn::codec::GetUrl)]
pub async fn load_draft(kind: FormKind, id: i32) -> Result<FormDraft, AppError> {
    use crate::model::application::FormRef;
    let user = super::session::current_user()
        .await?
        .ok_or(AppError::Unauthenticated)?;
    crate::backend::backend()?
        .draft(&user, FormRef { kind, id })
        .await
}

/// Saves one section's answers exactly as typed, if nobody saved it since `base_version`.
///
/// Autosave calls it from script. Without JavaScript the section's form posts here, and `then` says
/// where to go next: `continue` (on to the next section, or back to this one with its problems listed),
/// `previous`, `later` (the task list), or `keep` (this section again, after the conflict dialog).
#[server(prefix = "/api", endpoint = "save_answers")]
pub async fn save_answers(
    #[server(default)] kind: FormKind,
    id: i32,
    section: String,
    base_version: i32,
    #[server(default)] answers: serde_json::Value,
    #[server(default)] lang: Option<String>,
    #[server(default)] then: Option<String>,
) -> Result<SavedSection, AppError> {
    use crate::error::FieldError;
    use crate::i18n::Lang;
    use crate::model::application::{FormRef, Section, SectionData, SectionState};
    use crate::model::Role;
    use crate::paths;

    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    let form = FormRef { kind, id };
    let section = Section::from_slug(&section)
        .filter(|section| kind.has(*section))
        .ok_or(AppError::NotFound)?;
    // A form with nothing to post (an unticked box alone) posts no answers at all.
    let answers = match answers {
        serde_json::Value::Null => serde_json::json!({}),
        answers => answers,
    };
    let data = SectionData::from_answers(section, answers.clone())
        .map_err(|_| AppError::Validation(vec![FieldError::new("answers", "error-malformed")]))?;
    let lang = lang.as_deref().and_then(Lang::parse);
    let session = super::session::session().await?;
    let key = unsaved_key(form, section);
    let saved = match crate::backend::backend()?
        .save_section(&applicant, form, base_version, data)
        .await
    {
        Ok(saved) => saved,
        // The answers wait in the session, and the section's page with the conflict dialog shows
        // them next to the newer ones: a form post is sent there, autosave asks for its dialog.
        Err(conflict @ AppError::EditConflict { .. }) => {
            session
                .insert(&key, answers)
                .await
                .map_err(|error| super::session::session_error("session-write", error))?;
            if let (Some(lang), Some(_)) = (lang, then.as_ref()) {
                leptos_axum::redirect(&paths::section_conflict(lang, form, section));
            }
            return Err(conflict);
        }
        Err(other) => return Err(other),
    };
    // Removing marks the session for writing, so only when there is something to remove.
    if let Ok(Some(_)) = session.get::<serde_json::Value>(&key).await {
        let _ = session.remove::<serde_json::Value>(&key).await;
    }
    let complete = saved.state == SectionState::Complete;
    let next = lang
        .zip(then)
        .and_then(|(lang, then)| paths::after_save(lang, form, section, &then, complete));
    if let Some(next) = next {
        leptos_axum::redirect(&next);
    }
    Ok(saved)
}

#[cfg(feature = "ssr")]
fn unsaved_key(
    form: crate::model::application::FormRef,
    section: crate::model::application::Section,
) -> String {
    format!(
        "unsaved:{}:{}:{}",
        form.kind.as_str(),
        form.id,
        section.slug()
    )
}

/// The answers a form post could not save because someone saved the section in between, kept in the
/// session until the section is saved.
#[server(prefix = "/api", endpoint = "unsaved_answers", input = server_fn::codec::GetUrl)]
pub async fn unsaved_answers(
    kind: FormKind,
    id: i32,
    section: String,
) -> Result<Option<serde_json::Value>, AppError> {
    use crate::model::application::{FormRef, Section};
    use crate::model::Role;
    super::session::require_role(&[Role::CityApplicant]).await?;
    let section = Section::from_slug(&section).ok_or(AppError::NotFound)?;
    super::session::session()
        .await?
        .get(&unsaved_key(FormRef { kind, id }, section))
        .await
        .map_err(|error| super::session::session_error("session-read", error))
}

/// Submits the form to the Commission: only complete; an application only while its window is open.
#[server(prefix = "/api", endpoint = "submit_form")]
pub async fn submit_form(
    #[server(default)] kind: FormKind,
    id: i32,
    lang: String,
) -> Result<(), AppError> {
    use crate::i18n::Lang;
    use crate::model::application::FormRef;
    use crate::model::Role;
    let applicant = super::session::require_role(&[Role::CityApplicant]).await?;
    let form = FormRef { kind, id };
    crate::backend::backend()?.submit(&applicant, form).await?;
    leptos_axum::redirect(&crate::paths::submitted(
        Lang::parse(&lang).unwrap_or_default(),
        form,
    ));
    Ok(())
}
