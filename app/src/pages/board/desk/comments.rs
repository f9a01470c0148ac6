//! The Commission's internal discussion of a sent form (an application or a report) on its page.

use crate::api::board::AddComment;
use crate::components::{hydrated, ErrorSummary, FormPost, PostForm};
use crate::i18n::use_i18n;
use crate::model::application::{field_id, FormRef};
use crate::model::format_wall_clock;
use crate::model::CommentView;
use leptos::prelude::*;

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
#[island]
pub(super) fn CommentForm(form: FormRef) -> impl IntoView {
    let i18n = use_i18n();
    let scripted = hydrated();
    let add = FormPost::new::<AddComment>();
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
        <PostForm post=add attr:class="form comment-form">
            <input type="hidden" name="id" value=form.id.to_string()/>
            <input type="hidden" name="kind" value=form.kind.as_str()/>
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
        </PostForm>
    }
}
