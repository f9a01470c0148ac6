//! Check your answers, submit, and the confirmation.

use super::StatusTag;
use crate::api::applications::SubmitForm;
use crate::components::{
    refusal_of, ErrorSummary, FormRegion, LiveIndicator, LiveRegion, PostForm,
};
use crate::error::{AppError, FieldError};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{answer_rows, path_label, AnswerRow};
use crate::model::application::{field_id, FormDraft, FormKind, FormRef, Section};
use crate::model::LiveTopic;
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use server_fn::ServerFn;

super::draft_page!(
    /// `/{lang}/apply/{id}/check`: every answer with a link to change it, the problems that still block
    /// submission, and the submit button.
    CheckAnswersPage,
    CheckAnswers
);

/// The blocking problem that has no section: the signed scan, on the attachments page.
const SIGNED_SCAN: &str = "attachments/signed";

#[component]
fn CheckAnswers(draft: FormDraft) -> impl IntoView {
    let i18n = use_i18n();
    let form = draft.reference();
    let city = draft.city.clone();
    // Every problem of every section, named `{section}/{path}` so that its link can find the field.
    let blocking: Vec<FieldError> = draft
        .sections()
        .iter()
        .flat_map(|&section| {
            draft
                .problems(section)
                .into_iter()
                .map(move |p| FieldError::new(&format!("{}/{}", section.slug(), p.field), &p.key))
        })
        .chain((!draft.is_signed()).then(|| FieldError::new(SIGNED_SCAN, "error-not-signed")))
        .collect();
    let incomplete = !blocking.is_empty();
    let blocking_error = Signal::derive({
        let blocking = blocking.clone();
        move || (!blocking.is_empty()).then(|| AppError::Validation(blocking.clone()))
    });
    let split = |named: &str| -> Option<(Section, String)> {
        let (slug, path) = named.split_once('/')?;
        Some((Section::from_slug(slug)?, path.to_owned()))
    };
    let label_of = {
        let city = city.clone();
        Callback::new(move |named: String| {
            let (section, path) = split(&named)?;
            let label = path_label(i18n.lang(), &section.fields(), &city, &path)?;
            Some(format!("{} — {label}", i18n.t(section.title_key())))
        })
    };
    let link_of = Callback::new(move |named: String| match split(&named) {
        Some((section, path)) => format!(
            "{}#{}",
            paths::section_checked(i18n.lang(), form, section),
            field_id(&path)
        ),
        None => paths::attachments(i18n.lang(), form),
    });
    let sections = view! { <AnswerSections draft=draft.clone()/> };
    let window_open = draft.window_open();
    let can_submit = draft.editable && !incomplete;
    let standing = if !draft.editable {
        Some(view! { <p class="panel"><StatusTag status=draft.status/></p> }.into_any())
    } else if !can_submit {
        Some(
            view! { <p class="panel panel--problem">{i18n.tr("check-cannot-submit")}</p> }
                .into_any(),
        )
    } else {
        None
    };
    view! {
        <Title text=move || i18n.t(form.kind.check_key())/>
        <p class="caption">
            <a href=paths::task_list(i18n.lang(), form)>{i18n.tr("wizard-back-to-tasks")}</a>
            " "
            <LiveIndicator/>
        </p>
        <h1>{i18n.tr(form.kind.check_key())}</h1>
        <super::DraftNotice timing=draft.timing.clone() now=draft.now/>
        <LiveRegion id="form".to_owned() topic=LiveTopic::Form(form)>
            {incomplete.then(|| view! {
                <div class="blocking">
                    <ErrorSummary error=blocking_error label_of link_of standing=true/>
                </div>
            })}
            {sections}
            <p>
                <a href=paths::printed(form) download="">{i18n.tr("attachments-print")}</a>
            </p>
            {standing}
        </LiveRegion>
        {can_submit.then(|| view! { <SendForm form window_open/> })}
    }
}

/// The submit button, and what the server said if it refused.
#[component]
fn SendForm(form: FormRef, window_open: bool) -> impl IntoView {
    let i18n = use_i18n();
    let submit_error = Signal::stored(refusal_of::<SubmitForm>());
    let [submit_heading, submit_text, submit_label] = match form.kind {
        FormKind::Application => ["check-submit-heading", "check-submit-text", "check-submit"],
        FormKind::Report => [
            "check-report-submit-heading",
            "check-report-submit-text",
            "check-report-submit",
        ],
    };
    view! {
        <FormRegion id="send">
            <ErrorSummary error=submit_error/>
            <h2>{i18n.tr(submit_heading)}</h2>
            <p>{i18n.tr(submit_text)}</p>
            {(!window_open).then(|| view! { <p class="panel panel--problem">{i18n.tr("error-window-closed")}</p> })}
            <PostForm action=SubmitForm::PATH attr:class="form">
                <input type="hidden" name="kind" value=form.kind.as_str()/>
                <input type="hidden" name="id" value=form.id.to_string()/>
                <button type="submit" class="button">{i18n.tr(submit_label)}</button>
            </PostForm>
        </FormRegion>
    }
}

/// Every answer by section, as a summary list; the city, while it may still edit, gets a link to change
/// each one. The Commission's review page shows the same list.
#[component]
pub(crate) fn AnswerSections(draft: FormDraft) -> impl IntoView {
    let i18n = use_i18n();
    let form = draft.reference();
    let city = draft.city.clone();
    draft
        .sections()
        .iter()
        .map(|&section| {
            let answers = draft.form.answers(section);
            let rows = answer_rows(i18n.lang(), &section.fields(), &answers, &city)
                .into_iter()
                .map(
                    |AnswerRow {
                         label,
                         shown,
                         first_field,
                     }| {
                        let change = draft.editable.then(|| {
                            let href = format!(
                                "{}#{first_field}",
                                paths::section(i18n.lang(), form, section),
                            );
                            view! {
                                <dd class="summary-list__action">
                                    <a href=href>
                                        {i18n.tr("check-change")}
                                        <span class="visually-hidden">" " {label.clone()}</span>
                                    </a>
                                </dd>
                            }
                        });
                        let empty = shown.is_empty();
                        view! {
                            <div class="summary-list__row">
                                <dt>{label.clone()}</dt>
                                <dd class="summary-list__value" class:muted=empty>
                                    {if empty { i18n.t("check-not-answered") } else { shown }}
                                </dd>
                                {change}
                            </div>
                        }
                    },
                )
                .collect_view();
            view! {
                <section class="check-section">
                    <h2>{i18n.tr(section.title_key())}</h2>
                    <dl class="summary-list summary-list--answers">{rows}</dl>
                </section>
            }
            .into_any()
        })
        .collect_view()
}

super::draft_page!(
    /// `/{lang}/apply/{id}/submitted`: the confirmation, with what happens next.
    SubmittedPage,
    Submitted
);

#[component]
fn Submitted(draft: FormDraft) -> impl IntoView {
    let i18n = use_i18n();
    let city = draft.city.clone();
    let [title_key, text_key, next_key] = match draft.kind {
        FormKind::Application => ["submitted-title", "submitted-text", "submitted-next-text"],
        FormKind::Report => [
            "submitted-report-title",
            "submitted-report-text",
            "submitted-report-next-text",
        ],
    };
    view! {
        <Title text=move || i18n.t(title_key)/>
        <div class="panel panel--confirmation" data-testid="confirmation">
            <h1>{i18n.tr(title_key)}</h1>
            <p>
                {move || translate_with(i18n.lang(), text_key, &[("city", Arg::Text(city.clone()))])}
            </p>
        </div>
        <LiveRegion id="form".to_owned() topic=LiveTopic::Form(draft.reference())>
            <p><StatusTag status=draft.status/></p>
        </LiveRegion>
        <p><LiveIndicator/></p>
        <h2>{i18n.tr("submitted-next-heading")}</h2>
        <p>{i18n.tr(next_key)}</p>
        <p><a href=paths::task_list(i18n.lang(), draft.reference())>{i18n.tr("wizard-back-to-tasks")}</a></p>
    }
}
