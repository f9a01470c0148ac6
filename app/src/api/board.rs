//! The Commission's server functions. Each checks the caller's role on the server; a city account or a
//! visitor learns nothing, and a recused reviewer finds nothing.

use crate::error::AppError;
use crate::model::application::FormKind;
use crate::model::{Board, BoardQuery, ReportDesk, ReviewDesk, ReviewForm};
use leptos::prelude::*;

/// One page of the board, filtered and sorted as `query` asks.
#[server(prefix = "/api", endpoint = "board", input = server_fn::codec::GetUrl)]
pub async fn load_board(#[server(default)] query: BoardQuery) -> Result<Board, AppError> {
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    let board = crate::backend::backend()?
        .board(&reader, query.year)
        .await?;
    Ok(board.narrow(&query))
}

#[server(prefix = "/api", endpoint = "review_desk", input = server_fn::codec::GetUrl)]
pub async fn load_review_desk(id: i32) -> Result<ReviewDesk, AppError> {
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    crate::backend::backend()?.review_desk(&reader, id).await
}

/// One sent progress report as the Commission reads it.
#[server(prefix = "/api", endpoint = "report_desk", input = server_fn::codec::GetUrl)]
pub async fn load_report_desk(id: i32) -> Result<ReportDesk, AppError> {
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    crate::backend::backend()?.report_desk(&reader, id).await
}

/// Who else of the Commission has the form's review page open now.
#[server(prefix = "/api", endpoint = "viewers", input = server_fn::codec::GetUrl)]
pub async fn load_viewers(
    id: i32,
    #[server(default)] kind: FormKind,
) -> Result<Vec<String>, AppError> {
    use crate::model::application::FormRef;
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    crate::backend::backend()?
        .viewers(&reader, FormRef { kind, id })
        .await
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
    let step = crate::model::ReviewStep::from_button(then.as_deref());
    crate::backend::backend()?
        .save_review(&reviewer, id, review, step)
        .await?;
    super::session::return_done::<SaveReview>(lang.as_deref(), |lang| {
        crate::paths::review_desk(lang, id)
    });
    Ok(step == crate::model::ReviewStep::Submit)
}

/// Declares the reviewer's conflict of interest with the application's city. The reviewer is sent on
/// to the board, since the application is no longer theirs to see.
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
    // The board says the declaration is recorded: the desk is no longer the reader's to see.
    super::session::return_done::<DeclareConflict>(lang.as_deref(), crate::paths::board);
    Ok(())
}

/// Adds a comment to the Commission's internal discussion of the form of `kind`.
#[server(prefix = "/api", endpoint = "add_comment")]
pub async fn add_comment(
    id: i32,
    #[server(default)] kind: FormKind,
    #[server(default)] body: String,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Role;
    let author =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    let form = crate::model::application::FormRef { kind, id };
    crate::backend::backend()?
        .add_comment(&author, form, body)
        .await?;
    super::session::return_done::<AddComment>(lang.as_deref(), |lang| {
        crate::paths::form_desk(lang, form)
    });
    Ok(())
}

/// A page of the outbox, for the secretary.
#[server(prefix = "/api", endpoint = "outbox", input = server_fn::codec::GetUrl)]
pub async fn load_outbox(
    #[server(default)] query: crate::model::OutboxQuery,
) -> Result<crate::model::Outbox, AppError> {
    use crate::model::Role;
    let reader = super::session::require_role(&[Role::CommissionSecretary]).await?;
    crate::backend::backend()?.outbox(&reader, &query).await
}

/// Sends a draft with the subject and body as edited on the page; without them, sends a failed mail
/// again.
#[server(prefix = "/api", endpoint = "send_mail")]
pub async fn send_mail(
    id: i32,
    #[server(default)] subject: Option<String>,
    #[server(default)] body: Option<String>,
    #[server(default)] lang: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Role;
    let sender = super::session::require_role(&[Role::CommissionSecretary]).await?;
    crate::backend::backend()?
        .send_mail(&sender, id, subject.zip(body))
        .await?;
    super::session::return_to(lang.as_deref(), crate::paths::outbox);
    Ok(())
}

/// The Commission's view of progress reports: owed, overdue, sent and forwarded.
#[server(prefix = "/api", endpoint = "reports_board", input = server_fn::codec::GetUrl)]
pub async fn load_reports_board() -> Result<crate::model::ReportsBoard, AppError> {
    use crate::model::Role;
    let reader =
        super::session::require_role(&[Role::CommissionReviewer, Role::CommissionSecretary])
            .await?;
    crate::backend::backend()?.reports_board(&reader).await
}

/// The secretary forwards a sent progress report to UIL, the city in copy. A form post without
/// JavaScript returns to the view of reports.
#[server(prefix = "/api", endpoint = "forward_report")]
pub async fn forward_report(id: i32, lang: Option<String>) -> Result<(), AppError> {
    use crate::model::Role;
    let secretary = super::session::require_role(&[Role::CommissionSecretary]).await?;
    crate::backend::backend()?
        .forward_report(&secretary, id)
        .await?;
    super::session::return_to(lang.as_deref(), crate::paths::board_reports);
    Ok(())
}
