//! The reviewer's own review on the desk: a score and a comment per criterion, a recommendation, and
//! declaring a conflict of interest.

use super::criterion_label;
use crate::api::board::{DeclareConflict, SaveReview};
use crate::components::{
    done_of, field_error, refusal_of, ErrorSummary, FormRegion, PostForm, SuccessPanel,
};
use crate::i18n::use_i18n;
use crate::model::application::{area_label_key, field_id};
use crate::model::{criteria, ApplicationStatus, MyReview, Recommendation, ReviewForm};
use leptos::prelude::*;
use server_fn::ServerFn;

/// The reader's own review: scores and comments on each criterion, the recommendation, saved as a
/// draft or submitted; and the declaration of a conflict of interest, which ends the reader's part.
#[component]
pub(super) fn MyReviewForm(
    id: i32,
    mine: MyReview,
    status: ApplicationStatus,
    seed: ReviewForm,
) -> impl IntoView {
    let i18n = use_i18n();
    if mine == MyReview::NotAReviewer || mine == MyReview::Recused {
        return ().into_any();
    }
    if !status.is_under_review() {
        return view! { <p class="panel">{i18n.tr("desk-review-closed")}</p> }.into_any();
    }
    let error = Signal::stored(refusal_of::<SaveReview>());
    let conflict_error = Signal::stored(refusal_of::<DeclareConflict>());
    let label_of = Callback::new(move |field: String| {
        let criterion = field
            .strip_prefix("score-")
            .or_else(|| field.strip_prefix("comment-"))?;
        Some(i18n.t(&area_label_key(criterion)))
    });
    let criteria_fields = criteria()
        .map(|criterion| {
            let score_field = format!("score-{criterion}");
            let comment_id = field_id(&format!("comment-{criterion}"));
            let chosen = seed.scores.get(criterion).cloned().unwrap_or_default();
            let problem = {
                let score_field = score_field.clone();
                move || field_error(error.get(), &score_field)
            };
            let radios = (1..=5)
                .map(|score| {
                    let value = score.to_string();
                    let radio_id = if score == 1 {
                        field_id(&score_field)
                    } else {
                        format!("{}-{score}", field_id(&score_field))
                    };
                    view! {
                        <div class="score-scale__item">
                            <input
                                class="score-scale__input"
                                type="radio"
                                id=radio_id.clone()
                                name=format!("review[scores][{criterion}]")
                                value=value.clone()
                                checked=chosen == value
                            />
                            <label class="score-scale__label" for=radio_id>{value.clone()}</label>
                        </div>
                    }
                })
                .collect_view();
            let has_problem = problem.clone();
            view! {
                <div class="field" class:field--error=move || has_problem().is_some()>
                    <fieldset class="fieldset" data-testid=format!("criterion-{criterion}")>
                        <legend class="fieldset__legend">{criterion_label(i18n, criterion)}</legend>
                        {move || problem().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
                        <div class="score-scale">{radios}</div>
                        <label class="field__label field__label--small" for=comment_id.clone()>
                            {i18n.tr("desk-criterion-comment")}
                        </label>
                        <textarea
                            class="field__input field__input--short"
                            id=comment_id
                            name=format!("review[comments][{criterion}]")
                            rows="2"
                        >
                            {seed.comments.get(criterion).cloned().unwrap_or_default()}
                        </textarea>
                    </fieldset>
                </div>
            }
        })
        .collect_view();
    let recommendations = Recommendation::ALL
        .into_iter()
        .map(|recommendation| {
            let radio_id = if recommendation == Recommendation::Endorse {
                field_id("recommendation")
            } else {
                format!("{}-{}", field_id("recommendation"), recommendation.as_str())
            };
            view! {
                <div class="choice__item">
                    <input
                        class="choice__input"
                        type="radio"
                        id=radio_id.clone()
                        name="review[recommendation]"
                        value=recommendation.as_str()
                        checked=seed.recommendation == recommendation.as_str()
                    />
                    <label class="choice__label" for=radio_id>{i18n.tr(recommendation.label_key())}</label>
                </div>
            }
        })
        .collect_view();
    let already_submitted = mine == MyReview::Submitted;
    let status_line = done_of::<SaveReview>().then(|| {
        let key = if already_submitted {
            "desk-review-submitted"
        } else {
            "desk-review-saved"
        };
        view! { <SuccessPanel key testid="review-saved"/> }
    });
    view! {
        <FormRegion id="my-review">
            <section class="review-form-section">
                <h2>{i18n.tr("desk-my-review")}</h2>
                {already_submitted.then(|| view! { <p class="muted">{i18n.tr("desk-review-revise")}</p> })}
                <ErrorSummary error label_of/>
                {status_line}
                <PostForm action=SaveReview::PATH attr:class="form review-form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <p class="field__hint">{i18n.tr("desk-scale-hint")}</p>
                    {criteria_fields}
                    <div class="field" class:field--error=move || field_error(error.get(), "recommendation").is_some()>
                        <fieldset class="fieldset">
                            <legend class="fieldset__legend">{i18n.tr("desk-recommendation")}</legend>
                            {move || field_error(error.get(), "recommendation").map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
                            <div class="choice">{recommendations}</div>
                        </fieldset>
                    </div>
                    <div class="field">
                        <label class="field__label" for=field_id("overall_comment")>{i18n.tr("desk-overall-comment")}</label>
                        <textarea class="field__input" id=field_id("overall_comment") name="review[overall_comment]" rows="4">
                            {seed.overall_comment.clone()}
                        </textarea>
                    </div>
                    <div class="button-group">
                        <button type="submit" class="button" name="then" value="submit">{i18n.tr("desk-review-submit")}</button>
                        <button type="submit" class="button button--secondary" name="then" value="draft">
                            {i18n.tr("desk-review-save-draft")}
                        </button>
                    </div>
                </PostForm>
                <details class="conflict-declaration">
                    <summary>{i18n.tr("desk-conflict-heading")}</summary>
                    <p>{i18n.tr("desk-conflict-text")}</p>
                    <ErrorSummary error=conflict_error/>
                    <PostForm action=DeclareConflict::PATH attr:class="form">
                        <input type="hidden" name="id" value=id.to_string()/>
                        <div class="field">
                            <label class="field__label" for=field_id("note")>{i18n.tr("desk-conflict-note")}</label>
                            <textarea class="field__input field__input--short" id=field_id("note") name="note" rows="2"></textarea>
                        </div>
                        <button type="submit" class="button button--warning">{i18n.tr("desk-conflict-declare")}</button>
                    </PostForm>
                </details>
            </section>
        </FormRegion>
    }
    .into_any()
}
