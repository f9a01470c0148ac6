//! One section of the application on its own page. The page is a plain form that posts to
//! `save_answers`, so it works before (or without) the WASM; once hydrated, every change is saved
//! within about a second, kept in the browser's storage while the server cannot be reached, and a save
//! that meets someone else's newer one opens the conflict dialog instead of overwriting it.

use super::{LastEdit, WithDraft};
use crate::api::applications::unsaved_answers;
use crate::components::{AnswerFields, ErrorSummary, NotFoundPage};
use crate::error::{AppError, FieldError};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::path_label;
use crate::model::application::{problems_of, FormDraft, FormKind, FormRef, Section};
use crate::model::Deadline;
use crate::paths;
use conflict::ConflictDialog;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde_json::Value;

/// `/{lang}/apply/{id}/{section}` (or `/{lang}/report/…` for a report); `?check=1` lists the section's
/// problems (where "save and continue" leads while some remain); `?conflict=1` follows a form post that
/// met a newer save.
#[component]
pub fn SectionPage(#[prop(optional)] kind: FormKind) -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = params.read_untracked().get("section").unwrap_or_default();
    let check = query.read_untracked().get("check").is_some();
    let conflict = query.read_untracked().get("conflict").is_some();
    view! { <SectionIsland form=super::form_in_address(kind) slug check conflict/> }
}

#[island]
fn SectionIsland(
    form: Option<FormRef>,
    slug: String,
    check: bool,
    conflict: bool,
) -> impl IntoView {
    let section = Section::from_slug(&slug)
        .filter(|section| form.is_some_and(|form| form.kind.has(*section)));
    let unsaved = Resource::new(
        || (),
        move |_| async move {
            match (conflict, form, section) {
                (true, Some(form), Some(section)) => {
                    unsaved_answers(form.kind, form.id, section.slug().to_owned())
                        .await
                        .ok()
                        .flatten()
                }
                _ => None,
            }
        },
    );
    view! {
        <WithDraft form page=move |draft| match section {
            Some(section) => {
                let unsaved = unsaved.get().flatten();
                view! { <SectionForm draft section check unsaved/> }.into_any()
            }
            None => view! { <NotFoundPage/> }.into_any(),
        }/>
    }
}

/// Where the page's answers stand with the server. Only the browser's autosave moves it on; the
/// server renders the first state.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum SaveStatus {
    /// Nothing changed since the page was loaded.
    Idle,
    /// Changed, waiting for the pause in typing before saving.
    Pending,
    Saving,
    Saved(Deadline),
    /// The server cannot be reached; the answers wait in the browser's storage.
    Offline,
    /// The server is there but its database is not, for a moment; the answers wait likewise.
    Unavailable,
    /// The server refused the save for a reason the person must act on.
    Refused(AppError),
}

/// Someone else saved this section since the page read it.
#[derive(Clone, Debug, PartialEq)]
struct Conflict {
    by: String,
    at: Deadline,
    theirs: Value,
    their_version: i32,
    /// Met by a form post without JavaScript: the person's answers are back in the form.
    posted: bool,
}

/// The page's state, shared by the form, the autosave and the conflict dialog. All parts are signals,
/// so the whole is `Copy` and moves freely into event handlers.
#[derive(Clone, Copy)]
struct Editor {
    form: FormRef,
    section: Section,
    /// The form's year, after which no figure may be dated.
    year: i32,
    /// The version of the section the answers are based on; every save sends it.
    version: RwSignal<i32>,
    /// The answers as they stand in the form.
    answers: RwSignal<Value>,
    /// The answers the server last confirmed.
    saved: RwSignal<Value>,
    /// The section's form element, whose inputs hold what the person typed.
    inputs: NodeRef<leptos::html::Form>,
    status: RwSignal<SaveStatus>,
    conflict: RwSignal<Option<Conflict>>,
    show_problems: RwSignal<bool>,
}

impl Editor {
    fn problems(self) -> Vec<FieldError> {
        if self.show_problems.get() {
            self.answers
                .with(|answers| problems_of(self.section, answers, self.year))
        } else {
            Vec::new()
        }
    }
}

/// A section's form. `unsaved` holds answers a form post could not save because someone saved the
/// section in between: they fill the form, next to the newer answers, and saving them keeps them.
#[component]
fn SectionForm(
    draft: FormDraft,
    section: Section,
    check: bool,
    unsaved: Option<Value>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = draft.reference();
    let saved = draft.form.answers(section);
    let conflict = unsaved
        .as_ref()
        .zip(draft.last_edit.clone())
        .map(|(_, edit)| Conflict {
            by: edit.by,
            at: edit.at,
            theirs: saved.clone(),
            their_version: draft.version(section),
            posted: true,
        });
    let editor = Editor {
        form,
        section,
        year: draft.year,
        version: RwSignal::new(draft.version(section)),
        answers: RwSignal::new(unsaved.unwrap_or_else(|| saved.clone())),
        saved: RwSignal::new(saved),
        inputs: NodeRef::new(),
        status: RwSignal::new(SaveStatus::Idle),
        conflict: RwSignal::new(conflict),
        show_problems: RwSignal::new(check),
    };
    let fields = section.fields();
    let city = draft.city.clone();
    let problems = Signal::derive(move || editor.problems());
    let summary_error = Signal::derive(move || {
        Some(problems.get())
            .filter(|p| !p.is_empty())
            .map(AppError::Validation)
    });
    let label_of = {
        let fields = fields.clone();
        let city = city.clone();
        Callback::new(move |path: String| path_label(i18n.lang(), &fields, &city, &path))
    };
    let inputs = view! {
        <AnswerFields
            fields=fields.clone()
            answers=editor.answers.get_untracked()
            problems
            city=city.clone()
        />
    };
    #[cfg(feature = "hydrate")]
    let autosave = autosave::Autosave::start(editor);
    let on_input = move |_| {
        #[cfg(feature = "hydrate")]
        autosave.changed();
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        autosave.submit(event, i18n.lang());
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    let title = i18n.tr(section.title_key());
    let editable = draft.editable;
    view! {
        <Title text=title/>
        <p class="caption">
            <a href=paths::task_list(i18n.lang(), form)>{i18n.tr("wizard-back-to-tasks")}</a>
        </p>
        <super::DraftNotice timing=draft.timing.clone() now=draft.now/>
        <ErrorSummary error=summary_error label_of/>
        <ConflictDialog editor fields=fields.clone() city=city.clone()/>
        <h1>{title}</h1>
        <super::RequestedChanges comments=draft.requested_changes.clone() only=section/>
        <p class="muted">{i18n.tr(section.intro_key())}</p>
        <LastEdit edit=draft.last_edit.clone()/>
        <form
            class="form"
            method="post"
            action="/api/save_answers"
            novalidate=true
            node_ref=editor.inputs
            on:input=on_input
            on:change=on_input
            on:submit=on_submit
        >
            <input type="hidden" name="kind" value=form.kind.as_str()/>
            <input type="hidden" name="id" value=form.id.to_string()/>
            <input type="hidden" name="section" value=section.slug()/>
            <input type="hidden" name="lang" value=move || i18n.lang().code()/>
            <input type="hidden" name="base_version" value=move || editor.version.get().to_string()/>
            <fieldset class="fieldset fieldset--plain" disabled=!editable>
                <legend class="visually-hidden">{title}</legend>
                {inputs}
            </fieldset>
            <SaveStatusLine status=editor.status/>
            <Show when=move || editable fallback=move || view! { <p class="panel">{i18n.tr("error-not-editable")}</p> }>
                <div class="button-group">
                    <button type="submit" class="button" name="then" value="continue">
                        {i18n.tr("wizard-save-continue")}
                    </button>
                    <button type="submit" class="button button--secondary" name="then" value="later">
                        {i18n.tr("wizard-save-later")}
                    </button>
                    {form.kind.previous(section).map(|_| view! {
                        <button type="submit" class="link-button" name="then" value="previous">
                            {i18n.tr("wizard-previous")}
                        </button>
                    })}
                </div>
            </Show>
        </form>
    }
}

/// "Saving…", "Saved at 12:03", "Offline …": always visible, announced politely.
#[component]
fn SaveStatusLine(status: RwSignal<SaveStatus>) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match status.get() {
        SaveStatus::Idle => String::new(),
        SaveStatus::Pending => i18n.t("save-pending"),
        SaveStatus::Saving => i18n.t("save-saving"),
        SaveStatus::Saved(at) => translate_with(
            i18n.lang(),
            "save-saved-at",
            &[("time", Arg::Text(at.riga.format("%H:%M").to_string()))],
        ),
        SaveStatus::Offline => i18n.t("save-offline"),
        SaveStatus::Unavailable => i18n.t("save-unavailable"),
        SaveStatus::Refused(error) => translate_with(
            i18n.lang(),
            "save-refused",
            &[("reason", Arg::Text(i18n.t(error.message_key())))],
        ),
    };
    let class = move || match status.get() {
        SaveStatus::Offline | SaveStatus::Unavailable | SaveStatus::Refused(_) => {
            "autosave autosave--problem"
        }
        SaveStatus::Saved(_) => "autosave autosave--saved",
        _ => "autosave",
    };
    view! { <p class=class role="status" aria-live="polite" data-testid="autosave-status">{text}</p> }
}

#[cfg(feature = "hydrate")]
mod autosave;
mod conflict;
