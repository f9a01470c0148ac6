//! The one error type that crosses the wire between server functions and pages.

use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

/// A problem with one form field, named by the field and by the translation key of its message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub key: String,
}

impl FieldError {
    pub fn new(field: &str, key: &str) -> Self {
        FieldError {
            field: field.to_owned(),
            key: key.to_owned(),
        }
    }
}

/// Collects every field's problem while a whole form is parsed, so that all of them are reported at once.
#[derive(Default)]
pub struct FieldProblems(Vec<FieldError>);

impl FieldProblems {
    /// The value of a field that parsed, or `None` with its problem recorded under `field`.
    pub fn check<T>(&mut self, field: &str, result: Result<T, &'static str>) -> Option<T> {
        result
            .map_err(|key| self.0.push(FieldError::new(field, key)))
            .ok()
    }

    /// Records a problem found outside a parser.
    pub fn add(&mut self, field: &str, key: &str) {
        self.0.push(FieldError::new(field, key));
    }

    /// The checked value when no field had a problem, else every problem.
    pub fn finish<T>(self, build: impl FnOnce() -> Option<T>) -> Result<T, Vec<FieldError>> {
        match build() {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self.0),
        }
    }
}

/// Everything a server function can answer instead of a result. Each variant has a translated message;
/// none carries database or library text, which stays in the server's log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("the input has {} problem(s)", .0.len())]
    Validation(Vec<FieldError>),
    #[error("e-mail or password not recognised")]
    InvalidCredentials,
    #[error("too many attempts")]
    RateLimited,
    #[error("not signed in")]
    Unauthenticated,
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// A save based on an outdated version: someone else saved the same section in between.
    #[error("changed by {by} at {}", .at.at)]
    EditConflict {
        by: String,
        at: crate::model::Deadline,
    },
    #[error("no longer editable")]
    NotEditable,
    #[error("no application cycle to apply to")]
    NoOpenCycle,
    /// A submission outside the cycle's window, decided by the server's clock in Europe/Riga.
    #[error("the application window is closed")]
    WindowClosed,
    /// A submission while some section still has gaps or errors.
    #[error("the application is not complete")]
    Incomplete,
    /// A submission before the mayor's signed scan is uploaded.
    #[error("the signed application is missing")]
    NotSigned,
    #[error("too large")]
    TooLarge,
    /// An action the application's present status does not allow, e.g. a decision on a withdrawn one.
    #[error("not possible at this stage")]
    NotNow,
    /// An endorsement past the cycle's national quota; names the cities already endorsed.
    #[error("the quota of {quota} is used by {endorsed:?}")]
    QuotaReached { quota: u32, endorsed: Vec<String> },
    #[error("link expired or already used")]
    LinkExpired,
    /// A progress report from a city that is not an active member of the network.
    #[error("not a member city")]
    NotMember,
    /// A second progress report for a period whose report was already sent.
    #[error("already reported for this period")]
    AlreadyReported,
    /// The database could not be reached (restarting, a network break, every connection busy): nothing
    /// was changed, and the same request will do once it is back.
    #[error("temporarily unavailable")]
    Unavailable,
    /// The request ran past the server's time limit and was stopped; its transaction was rolled back.
    #[error("took too long")]
    TimedOut,
    #[error("internal error, reference {trace_id}")]
    Internal { trace_id: String },
    #[error("could not reach the server")]
    Transport,
}

impl AppError {
    /// Logs the cause and returns an error that carries only a reference to the log line.
    #[cfg(feature = "ssr")]
    pub fn internal(context: &str, error: &dyn std::fmt::Display) -> AppError {
        let trace_id = format!("{context}-{:x}", chrono::Utc::now().timestamp_micros());
        tracing::error!(%trace_id, %error, "internal error");
        AppError::Internal { trace_id }
    }

    /// Translation key of the message a person sees.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::Validation(_) => "error-validation",
            AppError::InvalidCredentials => "error-invalid-credentials",
            AppError::RateLimited => "error-rate-limited",
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::EditConflict { .. } => "error-conflict",
            AppError::NotEditable => "error-not-editable",
            AppError::NoOpenCycle => "error-no-cycle",
            AppError::WindowClosed => "error-window-closed",
            AppError::Incomplete => "error-incomplete",
            AppError::NotSigned => "error-not-signed",
            AppError::TooLarge => "error-too-large",
            AppError::NotNow => "error-not-now",
            AppError::QuotaReached { .. } => "error-quota-reached",
            AppError::LinkExpired => "error-link-expired",
            AppError::NotMember => "error-not-member",
            AppError::AlreadyReported => "error-already-reported",
            AppError::Unavailable => "error-unavailable",
            AppError::TimedOut => "error-timed-out",
            AppError::Internal { .. } => "error-internal",
            AppError::Transport => "error-transport",
        }
    }

    /// The HTTP status a page showing this error answers with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::InvalidCredentials | AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::EditConflict { .. }
            | AppError::NotEditable
            | AppError::NoOpenCycle
            | AppError::WindowClosed
            | AppError::Incomplete
            | AppError::NotSigned
            | AppError::NotNow
            | AppError::AlreadyReported
            | AppError::QuotaReached { .. } => StatusCode::CONFLICT,
            AppError::NotMember => StatusCode::FORBIDDEN,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::LinkExpired => StatusCode::GONE,
            AppError::Unavailable | AppError::TimedOut => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Transport => StatusCode::BAD_GATEWAY,
        }
    }

    /// The message a person reads, in `lang`, with the details some errors carry.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{translate, translate_with, Arg};
        match self {
            AppError::QuotaReached { quota, endorsed } => translate_with(
                lang,
                self.message_key(),
                &[
                    ("quota", Arg::Number(i64::from(*quota))),
                    ("cities", Arg::Text(endorsed.join(", "))),
                ],
            ),
            _ => translate(lang, self.message_key()),
        }
    }

    /// Field errors to list in an error summary; other errors have none.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            AppError::Validation(errors) => errors,
            _ => &[],
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Arguments that do not even deserialise come from a tampered or outdated form.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                AppError::Validation(Vec::new())
            }
            _ => AppError::Transport,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_quota_refusal_counts_in_each_language_and_names_the_cities() {
        let refusal = |quota| AppError::QuotaReached {
            quota,
            endorsed: vec!["Cēsis".into(), "Jelgava".into()],
        };
        let en = refusal(1).message(Lang::En);
        assert!(
            en.contains("may endorse one application this cycle and has endorsed Cēsis, Jelgava."),
            "{en}"
        );
        assert!(refusal(3)
            .message(Lang::En)
            .contains("may endorse 3 applications"));
        assert!(refusal(1)
            .message(Lang::Lv)
            .contains("atbalstīt 1 pieteikumu"));
        assert!(refusal(3)
            .message(Lang::Lv)
            .contains("atbalstīt 3 pieteikumus"));
        assert!(refusal(1).message(Lang::Ru).contains("поддержать 1 заявку"));
        assert!(refusal(3).message(Lang::Ru).contains("поддержать 3 заявки"));
        assert!(refusal(5).message(Lang::Ru).contains("поддержать 5 заявок"));
    }
}
