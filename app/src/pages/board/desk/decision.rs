//! The secretary's decisions on the desk: the decision form, and the decisions taken so far.

use crate::api::decisions::Decide;
use crate::components::{
    field_error, refusal_of, ConfirmField, ErrorSummary, FormRegion, PostForm, TextAreaField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{field_id, FormRef};
use crate::model::format_wall_clock;
use crate::model::{ApplicationEvent, DecisionView};
use crate::paths;
use leptos::prelude::*;
use server_fn::ServerFn;

/// The decisions taken so far, and the endorsement once there is one.
#[component]
pub(super) fn DecisionHistory(
    id: i32,
    decisions: Vec<DecisionView>,
    endorsed: bool,
) -> impl IntoView {
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

/// The secretary's decision: one of the actions the status allows, a reason where the city must be
/// told one, comments on single sections with a request for changes, and an explicit confirmation.
/// A decision reloads the page, so that what can be decided next is read afresh. The same form serves
/// an application and a progress report, each with its own sections and decisions. `unsigned_tick`:
/// forwarding an application to UIL before the signed endorsement is uploaded needs its own tick, as
/// the unsigned print goes instead.
#[component]
pub(super) fn DecisionForm(
    form: FormRef,
    can_decide: Vec<ApplicationEvent>,
    unsigned_tick: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if can_decide.is_empty() {
        return ().into_any();
    }
    let error = Signal::stored(refusal_of::<Decide>());
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
            let label = event.label_key_for(form.kind);
            view! {
                <div class="choice__item">
                    <input class="choice__input" type="radio" id=radio_id.clone() name="action" value=event.as_str()/>
                    <label class="choice__label" for=radio_id>{move || i18n.t(&label)}</label>
                </div>
            }
        })
        .collect_view();
    let section_fields = form
        .kind
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
        <FormRegion id="decide">
            <section class="decision-form-section" data-testid="decide">
                <h2>{i18n.tr("desk-decide-heading")}</h2>
                <ErrorSummary error/>
                <PostForm action=Decide::PATH attr:class="form">
                    <input type="hidden" name="id" value=form.id.to_string()/>
                    <input type="hidden" name="kind" value=form.kind.as_str()/>
                    <div class="field" class:field--error=move || problem("action")().is_some()>
                        <fieldset class="fieldset">
                            <legend class="fieldset__legend">{i18n.tr("desk-decide-action")}</legend>
                            {move || problem("action")().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
                            <div class="choice">{actions}</div>
                        </fieldset>
                    </div>
                    <TextAreaField
                        id=field_id("reason")
                        name="reason"
                        label_key="desk-decide-reason"
                        hint_key="desk-decide-reason-hint"
                        rows=4
                        error=Signal::derive(problem("reason"))
                    />
                    <details class="conflict-declaration">
                        <summary>{i18n.tr("desk-decide-section-comments")}</summary>
                        {section_fields}
                    </details>
                    {unsigned_tick.then(|| view! {
                        <ConfirmField name="unsigned" label_key="desk-decide-unsigned" error=Signal::derive(problem("unsigned"))/>
                    })}
                    <ConfirmField label_key="desk-decide-confirm" error=Signal::derive(problem("confirm"))/>
                    <button type="submit" class="button">{i18n.tr("desk-decide-submit")}</button>
                </PostForm>
            </section>
        </FormRegion>
    }
    .into_any()
}
