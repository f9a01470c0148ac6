//! The Commission's server functions. Each checks the caller's role on the server; a city account or a
//! visitor learns nothing, and a recused reviewer finds nothing.

use crate::error::AppError;
use crate::model::{Board, ReviewDesk, ReviewForm};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "board", input = server_fn::codec::GetUrl)]
pub async fn load_board(year: Option<i32>) -> Result<Board, AppError> {
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    crate::backend::backend()?.board(&reader, year).await
}

#[server(prefix = "/api", endpoint = "review_desk", input = server_fn::codec::GetUrl)]
pub async fn load_review_desk(id: i32) -> Result<ReviewDesk, AppError> {
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    crate::backend::backend()?.review_desk(&reader, id).await
}

/// Saves the reviewer's review: `then` is `submit` to submit it, anything else keeps it a draft. Answers
/// whether it was submitted. A form post without JavaScript is sent back to the application's page.
#[server(prefix = "/api", endpoint = "save_review")]
pub async fn save_review(
    id: i32,
    #[server(default)] review: ReviewForm,
    #[server(default)] then: Option<String>,
    #[server(default)] lang: Option<String>,
) -> Result<bool, AppError> {
    use crate::model::Role;
    let reviewer = super::session::require_role(&[Role::CommissionReviewer]).await?;
    let submit = then.as_deref() == Some("submit");
    crate::backend::backend()?
        .save_review(&reviewer, id, review, submit)
        .await?;
    if let Some(lang) = lang.as_deref().and_then(crate::i18n::Lang::parse) {
        leptos_axum::redirect(&crate::paths::review_desk(lang, id));
    }
    Ok(submit)
}

/// Declares the reviewer's conflict of interest with the application's city. Without JavaScript the
/// reviewer is sent back to the board, since the application is no longer theirs to see.
#[server(prefix = "/api", endpoint = "declare_conflict")]
pub async fn declare_conflict(
    id: i32,
    #[server(default)] note: String,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Role;
    let reviewer = super::session::require_role(&[Role::CommissionReviewer]).await?;
    crate::backend::backend()?
        .declare_conflict(&reviewer, id, note)
        .await?;
    if let Some(lang) = lang.as_deref().and_then(crate::i18n::Lang::parse) {
        leptos_axum::redirect(&crate::paths::board(lang));
    }
    Ok(())
}
