//! `/{lang}/board/{id}`: one application as the Commission reviews it — its answers and files, the
//! reviews the reader may see, the reader's own review form, and the history.

mod comments;
mod decision;
mod record;
mod report;
mod review_form;

pub use report::ReportDeskPage;

use comments::CommentForm;
use decision::{DecisionForm, DecisionHistory};
use record::{DeskFrame, FormRecord};
use review_form::MyReviewForm;

use super::{decimal, ScoreText};
use crate::api::board::load_review_desk;
use crate::components::ErrorPanel;
use crate::error::AppError;
use crate::i18n::{translate_with, use_i18n, Arg, I18n};
use crate::model::application::{area_label_key, AttachmentSummary, FormRef, UploadProblem};
use crate::model::format_wall_clock;
use crate::model::{criteria, ApplicationEvent, Recommendation, ReviewDesk, ReviewView};
use crate::pages::wizard::{id_in_address, UploadForm, UploadOutcome};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `?problem=` and `?uploaded=1` follow the secretary's upload of the signed endorsement. The server
/// draws the page; what changes while it is open is redrawn from the server, and only the forms (whose
/// typing must survive a redraw) and who else is here live in the browser.
#[component]
pub fn ReviewDeskPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_in_address();
    let query = use_query_map();
    let upload = Upload {
        problem: query
            .read_untracked()
            .get("problem")
            .as_deref()
            .and_then(UploadProblem::parse),
        uploaded: query.read_untracked().get("uploaded").is_some(),
    };
    let desk = Resource::new(
        || (),
        move |_| async move { load_review_desk(id.ok_or(AppError::NotFound)?).await },
    );
    view! {
        <Title text=move || i18n.t("desk-title")/>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || desk.get().map(|result| match result {
                Ok(desk) => view! { <Desk desk upload/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

/// A rubric criterion's name, following the page's language.
fn criterion_label(i18n: I18n, criterion: &str) -> impl Fn() -> String + Send + Sync + 'static {
    let key = area_label_key(criterion);
    move || i18n.t(&key)
}

/// What the secretary's last upload of the signed endorsement came to, from the page's address.
#[derive(Clone, Copy)]
struct Upload {
    problem: Option<UploadProblem>,
    uploaded: bool,
}

#[component]
fn Desk(desk: ReviewDesk, upload: Upload) -> impl IntoView {
    let i18n = use_i18n();
    let ReviewDesk {
        row,
        draft,
        reviews,
        history,
        recused,
        decisions,
        comments,
        previous,
        endorsed,
        can_sign,
        can_decide,
        my_review,
        ..
    } = desk;
    let id = row.id;
    let form = FormRef::application(id);
    let lang = i18n.lang();
    let reviews_text = translate_with(
        lang,
        "board-reviews",
        &[
            ("done", Arg::Number(row.reviews_done.into())),
            ("needed", Arg::Number(row.reviews_needed.into())),
        ],
    );
    let reviews_view = if row.scores.is_none() {
        view! { <p class="muted" data-testid="reviews-hidden">{i18n.tr("desk-reviews-hidden")}</p> }
            .into_any()
    } else if reviews.is_empty() {
        view! { <p class="muted">{i18n.tr("desk-reviews-none")}</p> }.into_any()
    } else {
        reviews
            .into_iter()
            .map(|review| view! { <SubmittedReview review/> })
            .collect_view()
            .into_any()
    };
    let recused_view = (!recused.is_empty()).then(|| {
        view! {
            <p class="panel" data-testid="recused">
                {translate_with(lang, "desk-recused", &[("names", Arg::Text(recused.join(", ")))])}
            </p>
        }
    });
    let unsigned_tick =
        draft.signed_endorsement.is_none() && can_decide.contains(&ApplicationEvent::ForwardToUil);
    let scan = draft.signed_endorsement_file();
    view! {
        <DeskFrame back=paths::board(lang) back_key="desk-back" heading=draft.heading(lang) form status=row.status>
            <dl class="summary-list desk-facts">
                <div class="summary-list__row">
                    <dt>{i18n.tr("board-column-reviews")}</dt>
                    <dd class="summary-list__value" data-testid="reviews-done">{reviews_text}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.tr("board-column-score")}</dt>
                    <dd class="summary-list__value" data-testid="score">
                        <ScoreText scores=row.scores/>
                    </dd>
                </div>
            </dl>
            {recused_view}
            <DecisionHistory id decisions endorsed/>
            {endorsed.then(|| view! { <SignedEndorsement id scan can_sign upload/> })}
            <h2>{i18n.tr("desk-reviews-heading")}</h2>
            {reviews_view}
            <FormRecord draft previous comments history/>
        </DeskFrame>
        <DecisionForm form unsigned_tick can_decide/>
        <CommentForm form/>
        <MyReviewForm id mine=row.mine status=row.status seed=my_review/>
    }
}

/// The endorsement signed and stamped on paper: its scan once uploaded, and for the secretary the
/// form to upload it (or a better one), which works without JavaScript.
#[component]
fn SignedEndorsement(
    id: i32,
    scan: Option<AttachmentSummary>,
    can_sign: bool,
    upload: Upload,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = match scan {
        Some(scan) => view! {
            <p data-testid="signed-endorsement-file">
                <a href=paths::download(scan.id) download="">{scan.file_name.clone()}</a>
                " · "
                {move || translate_with(
                    i18n.lang(),
                    "attachments-uploaded-by",
                    &[
                        ("name", Arg::Text(scan.uploaded_by.clone())),
                        ("datetime", Arg::Text(format_wall_clock(i18n.lang(), scan.uploaded_at.riga))),
                    ],
                )}
            </p>
        }
        .into_any(),
        None => view! { <p class="muted">{i18n.tr("desk-signed-missing")}</p> }.into_any(),
    };
    view! {
        <section class="panel" id="signed-endorsement" data-testid="signed-endorsement">
            <h2>{i18n.tr("desk-signed-heading")}</h2>
            {shown}
            {can_sign.then(|| view! {
                <p>{i18n.tr("desk-signed-text")}</p>
                <UploadOutcome problem=upload.problem uploaded=upload.uploaded/>
                <UploadForm
                    action=paths::signed_endorsement_upload(id)
                    problem=upload.problem.is_some()
                    button_key="desk-signed-upload".to_owned()
                >
                    {None::<()>}
                </UploadForm>
            })}
        </section>
    }
}

/// Another reviewer's (or the reader's own) submitted review.
#[component]
fn SubmittedReview(review: ReviewView) -> impl IntoView {
    let i18n = use_i18n();
    let ReviewView {
        reviewer,
        version,
        submitted_at,
        form,
        mean_tenths,
    } = review;
    let heading = move || {
        translate_with(
            i18n.lang(),
            "desk-review-by",
            &[
                ("name", Arg::Text(reviewer.clone())),
                ("version", Arg::Number(version.into())),
                (
                    "datetime",
                    Arg::Text(format_wall_clock(i18n.lang(), submitted_at.riga)),
                ),
            ],
        )
    };
    let recommendation = Recommendation::parse(&form.recommendation)
        .ok()
        .map(|r| i18n.tr(r.label_key()));
    let rows = criteria()
        .map(|criterion| {
            let score = form.scores.get(criterion).cloned().unwrap_or_default();
            let comment = form.comments.get(criterion).cloned().unwrap_or_default();
            view! {
                <div class="summary-list__row">
                    <dt>{criterion_label(i18n, criterion)}</dt>
                    <dd class="summary-list__value"><strong>{score}</strong> " " {comment}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="review-card" data-testid="review-card">
            <h3>{heading}</h3>
            <p>
                <strong>{recommendation}</strong>
                " · "
                {move || translate_with(i18n.lang(), "desk-review-mean", &[("mean", Arg::Text(decimal(i18n, mean_tenths)))])}
            </p>
            <dl class="summary-list">{rows}</dl>
            {(!form.overall_comment.is_empty()).then(|| view! { <p>{form.overall_comment.clone()}</p> })}
        </section>
    }
}
