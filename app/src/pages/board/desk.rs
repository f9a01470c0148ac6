//! `/{lang}/board/{id}`: one application as the Commission reviews it — its answers and files, the
//! reviews the reader may see, the reader's own review form, and the history.

use super::{decimal, ScoreText};
use crate::api::board::{
    load_review_desk, load_viewers, AddComment, Decide, DeclareConflict, SaveReview,
};
use crate::components::{
    field_error, hydrated, live_revision, ErrorPanel, ErrorSummary, LiveIndicator,
};
use crate::error::AppError;
use crate::i18n::{translate_with, use_i18n, Arg, I18n};
use crate::model::application::changed_answers;
use crate::model::application::{area_label_key, field_id, FormAnswers, FormKind};
use crate::model::format_wall_clock;
use crate::model::{
    criteria, ApplicationEvent, CommentView, DecisionView, LiveEvent, MyReview, Recommendation,
    ReviewDesk, ReviewForm, ReviewView,
};
use crate::pages::wizard::{id_in_address, AnswerSections, FileList, StatusTag};
use crate::paths;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ReviewDeskPage() -> impl IntoView {
    let id = id_in_address();
    view! { <ReviewDeskIsland id/> }
}

/// A rubric criterion's name, following the page's language.
fn criterion_label(i18n: I18n, criterion: &str) -> impl Fn() -> String + Send + Sync + 'static {
    let key = area_label_key(criterion);
    move || i18n.t(&key)
}

#[island(lazy)]
fn ReviewDeskIsland(id: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let revision = live_revision(move |event| event.application() == id);
    let load = move || async move { load_review_desk(id.ok_or(AppError::NotFound)?).await };
    let desk = Resource::new(move || revision.get(), move |_| load());
    let presence = live_revision(
        move |event| matches!(event, LiveEvent::PresenceChanged { application_id } if Some(*application_id) == id),
    );
    let viewers = Resource::new(
        move || presence.get(),
        move |_| async move { load_viewers(id.ok_or(AppError::NotFound)?).await },
    );
    // Read once: the review form keeps what the reviewer is typing while the rest follows the board.
    let first = Resource::new(|| (), move |_| load());
    view! {
        <Title text=move || i18n.t("desk-title")/>
        <Transition fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || desk.get().map(|result| match result {
                Ok(desk) => view! { <Desk desk viewers/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Transition>
        <Suspense fallback=|| ()>
            {move || first.get().and_then(Result::ok).map(|desk| view! {
                <DecisionForm id=desk.row.id can_decide=desk.can_decide.clone()/>
                <CommentForm id=desk.row.id/>
                <MyReviewForm desk/>
            })}
        </Suspense>
    }
}

/// Who else of the Commission has this page open now, as the island last heard.
type Viewers = Resource<Result<Vec<String>, AppError>>;

#[component]
fn Desk(desk: ReviewDesk, viewers: Viewers) -> impl IntoView {
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
        ..
    } = desk;
    let id = row.id;
    let city = row.city.clone();
    let (done, needed) = (i64::from(row.reviews_done), i64::from(row.reviews_needed));
    let title = {
        let city = city.clone();
        let year = draft.year.to_string();
        Signal::derive(move || {
            translate_with(
                i18n.lang(),
                "apply-application-of",
                &[
                    ("city", Arg::Text(city.clone())),
                    ("year", Arg::Text(year.clone())),
                ],
            )
        })
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
    let history_rows = history
        .into_iter()
        .map(|entry| {
            let what = entry.what_key.clone();
            view! {
                <li class="history__item">
                    <time datetime=entry.at.at.to_rfc3339()>{move || format_wall_clock(i18n.lang(), entry.at.riga)}</time>
                    " — " {entry.actor.clone()} ": " {move || i18n.t(&what)}
                </li>
            }
        })
        .collect_view();
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
        {previous.map(|previous| view! { <ChangesSince previous current=draft.form.clone() city=city.clone()/> })}
        <h2>{i18n.tr("desk-reviews-heading")}</h2>
        {reviews_view}
        <h2>{i18n.tr("attachments-title")}</h2>
        <p><a href=paths::printed(draft.reference()) download="">{i18n.tr("desk-printed")}</a></p>
        <FileList files=draft.attachments.clone() editable=false/>
        <h2>{i18n.tr("desk-answers-heading")}</h2>
        <AnswerSections draft/>
        <CommentList comments/>
        <h2>{i18n.tr("desk-history-heading")}</h2>
        <ol class="history">{history_rows}</ol>
    }
}

/// Another reviewer's (or the reader's own) submitted review.
/// Who else of the Commission has this page open now, following them as they come and go.
#[component]
fn PresentViewers(viewers: Viewers) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div aria-live="polite">
            {move || {
                viewers
                    .get()
                    .and_then(Result::ok)
                    .filter(|names| !names.is_empty())
                    .map(|names| {
                        let names = names.join(", ");
                        view! {
                            <p class="presence" data-testid="presence">
                                {translate_with(i18n.lang(), "desk-presence", &[("names", Arg::Text(names))])}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

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

/// The reader's own review: scores and comments on each criterion, the recommendation, saved as a
/// draft or submitted; and the declaration of a conflict of interest, which ends the reader's part.
#[component]
fn MyReviewForm(desk: ReviewDesk) -> impl IntoView {
    let i18n = use_i18n();
    let id = desk.row.id;
    let mine = desk.row.mine;
    if mine == MyReview::NotAReviewer || mine == MyReview::Recused {
        return ().into_any();
    }
    if !desk.row.status.is_under_review() {
        return view! { <p class="panel">{i18n.tr("desk-review-closed")}</p> }.into_any();
    }
    let scripted = hydrated();
    let save = ServerAction::<SaveReview>::new();
    let conflict = ServerAction::<DeclareConflict>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = Signal::derive(move || save.value().get().and_then(Result::ok));
    let conflict_error = Signal::derive(move || conflict.value().get().and_then(Result::err));
    let conflict_done = move || conflict.value().get().is_some_and(|r| r.is_ok());
    let seed: ReviewForm = desk.my_review;
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
    let status_line = move || {
        saved.get().map(|submitted| {
            let key = if submitted {
                "desk-review-submitted"
            } else {
                "desk-review-saved"
            };
            view! { <div class="panel panel--success" role="status" data-testid="review-saved"><p>{i18n.tr(key)}</p></div> }
        })
    };
    let already_submitted = mine == MyReview::Submitted;
    view! {
        <section class="review-form-section">
            <h2>{i18n.tr("desk-my-review")}</h2>
            {already_submitted.then(|| view! { <p class="muted">{i18n.tr("desk-review-revise")}</p> })}
            <ErrorSummary error label_of/>
            {status_line}
            <ActionForm action=save attr:class="form review-form">
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="lang" value=move || i18n.lang().code() disabled=scripted/>
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
                    <button type="submit" class="button" name="then" value="submit" disabled=move || save.pending().get()>
                        {i18n.tr("desk-review-submit")}
                    </button>
                    <button type="submit" class="button button--secondary" name="then" value="draft" disabled=move || save.pending().get()>
                        {move || if save.pending().get() { i18n.t("desk-review-saving") } else { i18n.t("desk-review-save-draft") }}
                    </button>
                </div>
            </ActionForm>
            <details class="conflict-declaration">
                <summary>{i18n.tr("desk-conflict-heading")}</summary>
                <p>{i18n.tr("desk-conflict-text")}</p>
                <ErrorSummary error=conflict_error/>
                <Show
                    when=conflict_done
                    fallback=move || view! {
                        <ActionForm action=conflict attr:class="form">
                            <input type="hidden" name="id" value=id.to_string()/>
                            <input type="hidden" name="lang" value=move || i18n.lang().code() disabled=scripted/>
                            <div class="field">
                                <label class="field__label" for=field_id("note")>{i18n.tr("desk-conflict-note")}</label>
                                <textarea class="field__input field__input--short" id=field_id("note") name="note" rows="2"></textarea>
                            </div>
                            <button type="submit" class="button button--warning">{i18n.tr("desk-conflict-declare")}</button>
                        </ActionForm>
                    }
                >
                    <p class="panel" role="status">{i18n.tr("desk-conflict-declared")}</p>
                </Show>
            </details>
        </section>
    }
    .into_any()
}

/// The decisions taken so far, and the endorsement once there is one.
#[component]
fn DecisionHistory(id: i32, decisions: Vec<DecisionView>, endorsed: bool) -> impl IntoView {
    let i18n = use_i18n();
    if decisions.is_empty() && !endorsed {
        return ().into_any();
    }
    let rows = decisions
        .into_iter()
        .map(|decision| {
            let label = decision.event.label_key();
            let line = move || {
                translate_with(
                    i18n.lang(),
                    "desk-decision-by",
                    &[
                        ("decision", Arg::Text(i18n.t(&label))),
                        ("name", Arg::Text(decision.by.clone())),
                        (
                            "datetime",
                            Arg::Text(format_wall_clock(i18n.lang(), decision.at.riga)),
                        ),
                    ],
                )
            };
            let reason = (!decision.reason.is_empty())
                .then(|| view! { <p class="decision-list__reason">{decision.reason.clone()}</p> });
            view! { <li class="decision-list__item"><p>{line}</p>{reason}</li> }
        })
        .collect_view();
    view! {
        <section class="panel" data-testid="decisions">
            <h2>{i18n.tr("desk-decisions-heading")}</h2>
            <ol class="decision-list">{rows}</ol>
            {endorsed.then(|| view! {
                <p><a href=paths::endorsement(id) download="">{i18n.tr("desk-endorsement-download")}</a></p>
            })}
        </section>
    }
    .into_any()
}

/// What a resubmission changed since the answers the Commission last saw.
#[component]
fn ChangesSince(previous: FormAnswers, current: FormAnswers, city: String) -> impl IntoView {
    let i18n = use_i18n();
    let changes = changed_answers(i18n.lang(), &city, &previous, &current);
    let rows = changes
        .into_iter()
        .map(|change| {
            let empty = i18n.t("check-not-answered");
            let before = if change.before.is_empty() {
                empty.clone()
            } else {
                change.before
            };
            let after = if change.after.is_empty() {
                empty
            } else {
                change.after
            };
            view! {
                <tr>
                    <th scope="row" data-label=move || i18n.t("desk-changes-question")>
                        {i18n.tr(change.section.title_key())} " — " {change.label}
                    </th>
                    <td data-label=move || i18n.t("desk-changes-before")><del>{before}</del></td>
                    <td data-label=move || i18n.t("desk-changes-after")><ins>{after}</ins></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section data-testid="changes">
            <h2>{i18n.tr("desk-changes-heading")}</h2>
            <table class="table table--stacked">
                <thead>
                    <tr>
                        <th scope="col">{i18n.tr("desk-changes-question")}</th>
                        <th scope="col">{i18n.tr("desk-changes-before")}</th>
                        <th scope="col">{i18n.tr("desk-changes-after")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The Commission's discussion and what it sent the city.
#[component]
fn CommentList(comments: Vec<CommentView>) -> impl IntoView {
    let i18n = use_i18n();
    let items = comments
        .into_iter()
        .map(|comment| {
            let audience = if comment.to_city {
                "desk-comment-to-city"
            } else {
                "desk-comment-internal"
            };
            let section = comment
                .section
                .map(|section| view! { " · " {i18n.tr(section.title_key())} });
            view! {
                <li class="comment" data-testid="comment">
                    <p class="muted">
                        {comment.author.clone()} " · "
                        {move || format_wall_clock(i18n.lang(), comment.at.riga)} " · "
                        <strong>{i18n.tr(audience)}</strong>
                        {section}
                    </p>
                    <p class="comment__body">{comment.body.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n.tr("desk-comments-heading")}</h2>
        <ul class="comment-list">{items}</ul>
    }
}

/// A comment for the Commission's eyes only; it appears on every open page of the application.
#[component]
fn CommentForm(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let scripted = hydrated();
    let add = ServerAction::<AddComment>::new();
    let error = Signal::derive(move || add.value().get().and_then(Result::err));
    let done = move || add.value().get().is_some_and(|r| r.is_ok());
    let body = NodeRef::<leptos::html::Textarea>::new();
    // A posted comment shows in the list above; the box empties for the next one. A refused one stays.
    Effect::new(move |_| {
        if add.value().with(|value| matches!(value, Some(Ok(())))) {
            if let Some(body) = body.get_untracked() {
                body.set_value("");
            }
        }
    });
    view! {
        <ActionForm action=add attr:class="form comment-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="lang" value=move || i18n.lang().code() disabled=scripted/>
            <ErrorSummary error/>
            <div class="field">
                <label class="field__label" for=field_id("body")>{i18n.tr("desk-comment-add")}</label>
                <textarea class="field__input field__input--short" id=field_id("body") name="body" rows="3" node_ref=body></textarea>
            </div>
            <button type="submit" class="button button--secondary" disabled=move || add.pending().get()>
                {i18n.tr("desk-comment-post")}
            </button>
            {move || done().then(|| view! { <p class="muted" role="status">{i18n.tr("desk-comment-posted")}</p> })}
        </ActionForm>
    }
}

/// The secretary's decision: one of the actions the status allows, a reason where the city must be
/// told one, comments on single sections with a request for changes, and an explicit confirmation.
/// A decision reloads the page, so that what can be decided next is read afresh.
#[component]
fn DecisionForm(id: i32, can_decide: Vec<ApplicationEvent>) -> impl IntoView {
    let i18n = use_i18n();
    if can_decide.is_empty() {
        return ().into_any();
    }
    let decide = ServerAction::<Decide>::new();
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let problem = move |field: &'static str| move || field_error(error.get(), field);
    let actions = can_decide
        .into_iter()
        .enumerate()
        .map(|(index, event)| {
            let radio_id = if index == 0 {
                field_id("action")
            } else {
                format!("{}-{}", field_id("action"), event.as_str())
            };
            let label = event.label_key();
            view! {
                <div class="choice__item">
                    <input class="choice__input" type="radio" id=radio_id.clone() name="action" value=event.as_str()/>
                    <label class="choice__label" for=radio_id>{move || i18n.t(&label)}</label>
                </div>
            }
        })
        .collect_view();
    let section_fields = FormKind::Application
        .sections()
        .iter()
        .map(|section| {
            let id = field_id(&format!("comment-{}", section.slug()));
            view! {
                <div class="field">
                    <label class="field__label field__label--small" for=id.clone()>{i18n.tr(section.title_key())}</label>
                    <textarea class="field__input field__input--short" id=id name=format!("comments[{}]", section.slug()) rows="2"></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="decision-form-section" data-testid="decide">
            <h2>{i18n.tr("desk-decide-heading")}</h2>
            <ErrorSummary error/>
            <ActionForm action=decide attr:class="form">
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="lang" value=move || i18n.lang().code()/>
                <div class="field" class:field--error=move || problem("action")().is_some()>
                    <fieldset class="fieldset">
                        <legend class="fieldset__legend">{i18n.tr("desk-decide-action")}</legend>
                        {move || problem("action")().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
                        <div class="choice">{actions}</div>
                    </fieldset>
                </div>
                <div class="field" class:field--error=move || problem("reason")().is_some()>
                    <label class="field__label" for=field_id("reason")>{i18n.tr("desk-decide-reason")}</label>
                    <p class="field__hint">{i18n.tr("desk-decide-reason-hint")}</p>
                    {move || problem("reason")().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
                    <textarea class="field__input" id=field_id("reason") name="reason" rows="4"></textarea>
                </div>
                <details class="conflict-declaration">
                    <summary>{i18n.tr("desk-decide-section-comments")}</summary>
                    {section_fields}
                </details>
                <div class="field" class:field--error=move || problem("confirm")().is_some()>
                    {move || problem("confirm")().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
                    <div class="choice__item">
                        <input class="choice__input" type="checkbox" id=field_id("confirm") name="confirm" value="yes"/>
                        <label class="choice__label" for=field_id("confirm")>{i18n.tr("desk-decide-confirm")}</label>
                    </div>
                </div>
                <button type="submit" class="button" disabled=move || decide.pending().get()>
                    {i18n.tr("desk-decide-submit")}
                </button>
            </ActionForm>
        </section>
    }
    .into_any()
}
