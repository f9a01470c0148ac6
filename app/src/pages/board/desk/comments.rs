//! The Commission's internal discussion of a sent form (an application or a report) on its page.

use crate::api::board::AddComment;
use crate::components::{done_of, refusal_of, ErrorSummary, FormRegion, PostForm};
use crate::i18n::use_i18n;
use crate::model::application::{field_id, FormRef};
use crate::model::format_wall_clock;
use crate::model::CommentView;
use leptos::prelude::*;
use server_fn::ServerFn;

/// The Commission's discussion and what it sent the city.
#[component]
pub(super) fn CommentList(comments: Vec<CommentView>) -> impl IntoView {
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

/// A comment for the Commission's eyes only; it appears on every open page of the form.
#[component]
pub(super) fn CommentForm(form: FormRef) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<AddComment>());
    view! {
        <FormRegion id="comment">
            <PostForm action=AddComment::PATH attr:class="form comment-form">
                <input type="hidden" name="id" value=form.id.to_string()/>
                <input type="hidden" name="kind" value=form.kind.as_str()/>
                <ErrorSummary error/>
                <div class="field">
                    <label class="field__label" for=field_id("body")>{i18n.tr("desk-comment-add")}</label>
                    <textarea class="field__input field__input--short" id=field_id("body") name="body" rows="3"></textarea>
                </div>
                <button type="submit" class="button button--secondary">{i18n.tr("desk-comment-post")}</button>
                {done_of::<AddComment>().then(|| view! { <p class="muted" role="status">{i18n.tr("desk-comment-posted")}</p> })}
            </PostForm>
        </FormRegion>
    }
}
