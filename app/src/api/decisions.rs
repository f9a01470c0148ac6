//! Decisions on a form: the secretary's on an application's or a report's page, and the city's own steps
//! on its application. One server function for all, so that one form and one set of checks serve them.

use crate::error::AppError;
use crate::model::application::FormKind;
use leptos::prelude::*;

/// Takes a decision on the form of `kind`: the secretary's on an application's or a report's page, or
/// the city's own (that it sent the endorsed application to UIL itself, that it withdraws). `confirm`
/// is the "I confirm" box; without it nothing is decided. `unsigned` says a forward to UIL may go
/// without the signed endorsement's scan.
#[server(prefix = "/api", endpoint = "decide")]
pub async fn decide(
    id: i32,
    #[server(default)] kind: FormKind,
    #[server(default)] action: String,
    #[server(default)] reason: String,
    #[server(default)] comments: std::collections::BTreeMap<String, String>,
    #[server(default)] confirm: Option<String>,
    #[server(default)] unsigned: Option<String>,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::error::FieldError;
    use crate::model::{ApplicationEvent, DecisionRequest, Role};
    let user = super::session::current_user()
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let event = ApplicationEvent::parse(&action)
        .filter(|event| ApplicationEvent::DECISIONS.contains(event))
        .ok_or_else(|| AppError::Validation(vec![FieldError::new("action", "error-required")]))?;
    let request = DecisionRequest {
        event,
        reason,
        section_comments: comments,
        confirmed: confirm.is_some_and(|value| !value.is_empty()),
        unsigned: unsigned.is_some_and(|value| !value.is_empty()),
    };
    let form = crate::model::application::FormRef { kind, id };
    let held = crate::backend::backend()?
        .decide(&user, form, request)
        .await?;
    // Where the mails of the decision wait to be read and sent, else back where the decision was taken.
    super::session::return_to(lang.as_deref(), |lang| {
        if held {
            crate::paths::outbox(lang)
        } else if user.role == Role::CityApplicant {
            crate::paths::task_list(lang, form)
        } else {
            crate::paths::form_desk(lang, form)
        }
    });
    Ok(())
}
