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
use record::{desk_changes, viewers_of, FormRecord, PresentViewers, Viewers};
use review_form::MyReviewForm;

use super::{decimal, ScoreText};
use crate::api::board::load_review_desk;
use crate::components::{ErrorPanel, LiveIndicator};
use crate::error::AppError;
use crate::i18n::{translate_with, use_i18n, Arg, I18n};
use crate::model::application::{area_label_key, AttachmentSummary, FormRef, UploadProblem};
use crate::model::format_wall_clock;
use crate::model::{criteria, ApplicationEvent, Recommendation, ReviewDesk, ReviewView};
use crate::pages::wizard::{id_in_address, StatusTag, UploadForm, UploadOutcome};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `?problem=` and `?uploaded=1` follow the secretary's upload of the signed endorsement.
#[component]
pub fn ReviewDeskPage() -> impl IntoView {
    let id = id_in_address();
    let query = use_query_map();
    let problem = query.read_untracked().get("problem");
    let uploaded = query.read_untracked().get("uploaded").is_some();
    view! { <ReviewDeskIsland id problem uploaded/> }
}

/// A rubric criterion's name, following the page's language.
fn criterion_label(i18n: I18n, criterion: &str) -> impl Fn() -> String + Send + Sync + 'static {
    let key = area_label_key(criterion);
    move || i18n.t(&key)
}

#[island]
fn ReviewDeskIsland(id: Option<i32>, problem: Option<String>, uploaded: bool) -> impl IntoView {
    let i18n = use_i18n();
    let upload = Upload {
        problem: problem.as_deref().and_then(UploadProblem::parse),
        uploaded,
    };
    let form = id.map(FormRef::application);
    let revision = desk_changes(form);
    let load = move || async move { load_review_desk(id.ok_or(AppError::NotFound)?).await };
    let desk = Resource::new(move || revision.get(), move |_| load());
    let viewers = viewers_of(form);
    // Read once: the review form keeps what the reviewer is typing while the rest follows the board.
    let first = Resource::new(|| (), move |_| load());
    view! {
        <Title text=move || i18n.t("desk-title")/>
        <Transition fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || desk.get().map(|result| match result {
                Ok(desk) => view! { <Desk desk viewers upload/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Transition>
        <Suspense fallback=|| ()>
            {move || first.get().and_then(Result::ok).map(|desk| view! {
                <DecisionForm
                    form=FormRef::application(desk.row.id)
                    unsigned_tick=desk.draft.signed_endorsement.is_none()
                        && desk.can_decide.contains(&ApplicationEvent::ForwardToUil)
                    can_decide=desk.can_decide.clone()
                />
                <CommentForm form=FormRef::application(desk.row.id)/>
                <MyReviewForm desk/>
            })}
        </Suspense>
    }
}

/// What the secretary's last upload of the signed endorsement came to, from the page's address.
#[derive(Clone, Copy)]
struct Upload {
    problem: Option<UploadProblem>,
    uploaded: bool,
}

#[component]
fn Desk(desk: ReviewDesk, viewers: Viewers, upload: Upload) -> impl IntoView {
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
        ..
    } = desk;
    let id = row.id;
    let (done, needed) = (i64::from(row.reviews_done), i64::from(row.reviews_needed));
    let title = {
        let draft = draft.clone();
        Signal::derive(move || draft.heading(i18n.lang()))
    };
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
        let names = recused.join(", ");
        view! {
            <p class="panel" data-testid="recused">
                {move || translate_with(i18n.lang(), "desk-recused", &[("names", Arg::Text(names.clone()))])}
            </p>
        }
    });
    view! {
        <p class="caption"><a href=paths::board(i18n.lang())>{i18n.tr("desk-back")}</a></p>
        <h1>{title}</h1>
        <p><StatusTag status=row.status/> " " <LiveIndicator/></p>
        <PresentViewers viewers/>
        <dl class="summary-list desk-facts">
            <div class="summary-list__row">
                <dt>{i18n.tr("board-column-reviews")}</dt>
                <dd class="summary-list__value" data-testid="reviews-done">
                    {move || translate_with(
                        i18n.lang(),
                        "board-reviews",
                        &[("done", Arg::Number(done)), ("needed", Arg::Number(needed))],
                    )}
                </dd>
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
        {endorsed.then(|| {
            let scan = draft
                .signed_endorsement
                .and_then(|scan| draft.attachments.iter().find(|file| file.id == scan).cloned());
            view! { <SignedEndorsement id scan can_sign upload/> }
        })}
        <h2>{i18n.tr("desk-reviews-heading")}</h2>
        {reviews_view}
        <FormRecord draft previous comments history/>
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
                    button_key="desk-signed-upload"
                />
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
