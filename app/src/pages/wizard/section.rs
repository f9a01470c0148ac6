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
use crate::model::application::{
    answer_at, problems_of, FieldSpec, FormDraft, FormKind, FormRef, Section,
};
use crate::model::format_wall_clock;
use crate::model::Deadline;
use crate::paths;
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

#[island(lazy)]
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

/// Shown when a save met a newer one: each answer that differs, theirs and yours, and the choice.
#[component]
fn ConflictDialog(editor: Editor, fields: Vec<FieldSpec>, city: String) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        editor.conflict.get().map(|conflict| {
            let mine = editor.answers.get_untracked();
            let differences = fields
                .iter()
                .flat_map(FieldSpec::paths)
                .filter(|path| answer_at(&conflict.theirs, path) != answer_at(&mine, path))
                .map(|path| {
                    let label = path_label(i18n.lang(), &fields, &city, &path).unwrap_or_default();
                    let theirs = answer_at(&conflict.theirs, &path).to_owned();
                    let yours = answer_at(&mine, &path).to_owned();
                    view! {
                        <div class="conflict__row">
                            <dt>{label}</dt>
                            <dd>
                                <span class="conflict__label">{i18n.tr("conflict-theirs")}</span>
                                <span class="conflict__value" data-testid="conflict-theirs">{theirs}</span>
                            </dd>
                            <dd>
                                <span class="conflict__label">{i18n.tr("conflict-yours")}</span>
                                <span class="conflict__value" data-testid="conflict-yours">{yours}</span>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            let who = {
                let by = conflict.by.clone();
                let at = conflict.at;
                move || translate_with(
                    i18n.lang(),
                    "conflict-text",
                    &[
                        ("name", Arg::Text(by.clone())),
                        ("datetime", Arg::Text(format_wall_clock(i18n.lang(), at.riga))),
                    ],
                )
            };
            let keep_mine = {
                let conflict = conflict.clone();
                move |_| {
                    editor.version.set(conflict.their_version);
                    editor.conflict.set(None);
                }
            };
            let take_theirs = move |_| {
                editor.version.set(conflict.their_version);
                editor.answers.set(conflict.theirs.clone());
                editor.saved.set(conflict.theirs.clone());
                editor.status.set(SaveStatus::Idle);
                editor.conflict.set(None);
                #[cfg(feature = "hydrate")]
                {
                    autosave::fill_form(editor, &conflict.theirs);
                    autosave::forget(editor);
                }
            };
            view! {
                <div class="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text" data-testid="conflict">
                    <h2 id="conflict-title" class="conflict__title">{i18n.tr("conflict-title")}</h2>
                    <p id="conflict-text">{who}</p>
                    <dl class="conflict__list">{differences}</dl>
                    {conflict.posted.then(|| view! {
                        <p>
                            {i18n.tr("conflict-posted")} " "
                            <a href=paths::section(i18n.lang(), editor.form, editor.section)>{i18n.tr("conflict-take-theirs")}</a>
                        </p>
                    })}
                    <div class="button-group">
                        <button type="button" class="button" on:click=keep_mine>{i18n.tr("conflict-keep-mine")}</button>
                        <button type="button" class="button button--secondary" on:click=take_theirs>{i18n.tr("conflict-take-theirs")}</button>
                    </div>
                </div>
            }
        })
    }
}

#[cfg(feature = "hydrate")]
mod autosave {
    //! Saving in the browser: debounced, one save at a time, kept in local storage until the server
    //! has it.

    use super::{Conflict, Editor, SaveStatus};
    use crate::api::applications::{load_draft, save_answers, SaveAnswers};
    use crate::error::AppError;
    use crate::i18n::Lang;
    use crate::model::application::{answer_at, problems_of};
    use crate::paths;
    use gloo_storage::{LocalStorage as BrowserStorage, Storage};
    use gloo_timers::callback::Timeout;
    use leptos::form::FromFormData;
    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use serde::{Deserialize, Serialize};
    use serde_json::Value;
    use wasm_bindgen::JsCast;

    /// The pause in typing after which the answers are saved.
    const DEBOUNCE_MS: u32 = 700;
    /// How often an offline page tries again.
    const RETRY_MS: u32 = 5_000;

    /// Answers the server does not have yet, as kept in the browser's storage.
    #[derive(Serialize, Deserialize)]
    struct Unsaved {
        base_version: i32,
        answers: Value,
    }

    fn storage_key(editor: Editor) -> String {
        let form = editor.form;
        format!(
            "pieteikums:answers:{}:{}:{}",
            form.kind.as_str(),
            form.id,
            editor.section.slug()
        )
    }

    /// Drops what the browser kept for this section.
    pub fn forget(editor: Editor) {
        BrowserStorage::delete(storage_key(editor));
    }

    /// Puts `answers` into the form's inputs, as if typed: the inputs are the page's only copy of what
    /// is shown, so replacing the answers means replacing their values.
    pub fn fill_form(editor: Editor, answers: &Value) {
        let Some(form) = editor.inputs.get_untracked() else {
            return;
        };
        let elements = form.elements();
        for index in 0..elements.length() {
            let Some(element) = elements.item(index) else {
                continue;
            };
            let Some(path) = element
                .get_attribute("name")
                .and_then(|name| path_of(&name))
            else {
                continue;
            };
            let answer = answer_at(answers, &path);
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                match input.type_().as_str() {
                    "radio" | "checkbox" => input.set_checked(input.value() == answer),
                    _ => input.set_value(answer),
                }
            } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.set_value(answer);
                // The word counter listens on the text area itself.
                if let Ok(event) = web_sys::Event::new("input") {
                    let _ = area.dispatch_event(&event);
                }
            }
        }
    }

    /// `answers[population][value]` → `population.value`; `None` for the form's other inputs.
    fn path_of(name: &str) -> Option<String> {
        let inner = name.strip_prefix("answers[")?.strip_suffix(']')?;
        Some(inner.split("][").collect::<Vec<_>>().join("."))
    }

    #[derive(Clone, Copy)]
    pub struct Autosave {
        editor: Editor,
        timer: StoredValue<Option<Timeout>, LocalStorage>,
        busy: StoredValue<bool>,
    }

    impl Autosave {
        /// Sets up saving for the page, and picks up answers a previous visit could not send.
        pub fn start(editor: Editor) -> Self {
            let autosave = Autosave {
                editor,
                timer: StoredValue::new_local(None),
                busy: StoredValue::new(false),
            };
            Effect::new(move |_| autosave.recover());
            // When a conflict is settled by keeping one's own answers, they still need saving.
            Effect::new(move |settled_before: Option<()>| {
                let open = editor.conflict.with(Option::is_some);
                let unsaved = editor.answers.get_untracked() != editor.saved.get_untracked();
                if settled_before.is_some() && !open && unsaved {
                    editor.status.set(SaveStatus::Pending);
                    autosave.save_soon(0);
                }
            });
            autosave
        }

        /// Puts back answers an earlier visit could not send, and sends them. If someone saved in
        /// between, the server says so and the person chooses, as after any conflict.
        fn recover(self) {
            let editor = self.editor;
            let Ok(unsaved) = BrowserStorage::get::<Unsaved>(storage_key(editor)) else {
                return;
            };
            if unsaved.answers == editor.saved.get_untracked() {
                forget(editor);
                return;
            }
            fill_form(editor, &unsaved.answers);
            editor.answers.set(unsaved.answers);
            editor.version.set(unsaved.base_version);
            editor.status.set(SaveStatus::Pending);
            self.save_soon(0);
        }

        /// The answers as the form holds them now.
        fn read_form(self) -> Option<Value> {
            let form = self.editor.inputs.get_untracked()?;
            let data = web_sys::FormData::new_with_form(&form).ok()?;
            SaveAnswers::from_form_data(&data)
                .ok()
                .map(|args| args.answers)
        }

        /// Something was typed: keep it locally at once, save it after a pause.
        pub fn changed(self) {
            let Some(answers) = self.read_form() else {
                return;
            };
            let editor = self.editor;
            if answers == editor.answers.get_untracked() {
                return;
            }
            editor.answers.set(answers.clone());
            let _ = BrowserStorage::set(
                storage_key(editor),
                Unsaved {
                    base_version: editor.version.get_untracked(),
                    answers,
                },
            );
            if editor.conflict.with_untracked(Option::is_none) {
                editor.status.set(SaveStatus::Pending);
                self.save_soon(DEBOUNCE_MS);
            }
        }

        fn save_soon(self, after_ms: u32) {
            let timer = Timeout::new(after_ms, move || {
                spawn_local(async move {
                    self.save().await;
                })
            });
            self.timer.set_value(Some(timer));
        }

        /// Saves the answers if the server does not have them yet. One save at a time: a save asked
        /// for while one is on its way waits for it. True when the server has the answers.
        async fn save(self) -> bool {
            while self.busy.get_value() {
                gloo_timers::future::TimeoutFuture::new(50).await;
            }
            let editor = self.editor;
            if editor.conflict.with_untracked(Option::is_some) {
                return false;
            }
            let answers = editor.answers.get_untracked();
            if answers == editor.saved.get_untracked() {
                return true;
            }
            self.busy.set_value(true);
            editor.status.set(SaveStatus::Saving);
            let result = save_answers(
                editor.form.kind,
                editor.form.id,
                editor.section.slug().to_owned(),
                editor.version.get_untracked(),
                answers.clone(),
                None,
                None,
            )
            .await;
            self.busy.set_value(false);
            match result {
                Ok(saved) => {
                    editor.version.set(saved.version);
                    editor.saved.set(answers.clone());
                    if editor.answers.with_untracked(|now| *now == answers) {
                        forget(editor);
                        editor.status.set(SaveStatus::Saved(saved.saved_at));
                    }
                    true
                }
                Err(error @ (AppError::Transport | AppError::Unavailable)) => {
                    editor.status.set(if error == AppError::Transport {
                        SaveStatus::Offline
                    } else {
                        SaveStatus::Unavailable
                    });
                    self.save_soon(RETRY_MS);
                    false
                }
                Err(AppError::EditConflict { by, at }) => {
                    editor.status.set(SaveStatus::Idle);
                    match load_draft(editor.form.kind, editor.form.id).await {
                        Ok(draft) => editor.conflict.set(Some(Conflict {
                            by,
                            at,
                            theirs: draft.form.answers(editor.section),
                            their_version: draft.version(editor.section),
                            posted: false,
                        })),
                        Err(error) => editor.status.set(SaveStatus::Refused(error)),
                    }
                    false
                }
                Err(error) => {
                    editor.status.set(SaveStatus::Refused(error));
                    false
                }
            }
        }

        /// A button of the form: save first, then go where it leads. "Save and continue" stays on the
        /// page with the problems listed while any remain.
        pub fn submit(self, event: web_sys::SubmitEvent, lang: Lang) {
            event.prevent_default();
            let then = event
                .submitter()
                .and_then(|button| button.dyn_into::<web_sys::HtmlButtonElement>().ok())
                .map(|button| button.value())
                .unwrap_or_default();
            self.changed();
            self.timer.set_value(None);
            let editor = self.editor;
            spawn_local(async move {
                if !self.save().await {
                    return;
                }
                let form = editor.form;
                let section = editor.section;
                let complete = editor
                    .answers
                    .with_untracked(|a| problems_of(section, a, editor.year).is_empty());
                // Here the problems are listed on the page itself, without a round trip.
                if then == "continue" && !complete {
                    editor.show_problems.set(true);
                    return;
                }
                let target = paths::after_save(lang, form, section, &then, complete)
                    .unwrap_or_else(|| paths::task_list(lang, form));
                let _ = window().location().set_href(&target);
            });
        }
    }
}
