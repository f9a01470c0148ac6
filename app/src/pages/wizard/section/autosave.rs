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

/// The form's answer inputs, each with the path of its answer.
fn answer_inputs(editor: Editor) -> Vec<(web_sys::Element, String)> {
    let Some(form) = editor.inputs.get_untracked() else {
        return Vec::new();
    };
    let elements = form.elements();
    (0..elements.length())
        .filter_map(|index| elements.item(index))
        .filter_map(|element| {
            let path = element
                .get_attribute("name")
                .and_then(|name| path_of(&name))?;
            Some((element, path))
        })
        .collect()
}

/// Tells a text area's word counter, which listens on the text area itself, that its text changed.
fn recount(area: &web_sys::HtmlTextAreaElement) {
    if let Ok(event) = web_sys::Event::new("input") {
        let _ = area.dispatch_event(&event);
    }
}

/// Puts `answers` into the form's inputs, as if typed: the inputs are the page's only copy of what
/// is shown, so replacing the answers means replacing their values.
pub fn fill_form(editor: Editor, answers: &Value) {
    for (element, path) in answer_inputs(editor) {
        let answer = answer_at(answers, &path);
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            match input.type_().as_str() {
                "radio" | "checkbox" => input.set_checked(input.value() == answer),
                _ => input.set_value(answer),
            }
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(answer);
            recount(area);
        }
    }
}

/// Whether the person changed an answer while the page was still loading its WASM: the browser
/// keeps what was typed, ticked or chosen in the server-rendered inputs, which then differ from the
/// values they were rendered with.
fn changed_before_hydration(editor: Editor) -> bool {
    let mut changed = false;
    for (element, _) in answer_inputs(editor) {
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            changed |= match input.type_().as_str() {
                "radio" | "checkbox" => input.checked() != input.default_checked(),
                _ => input.value() != input.default_value(),
            };
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if area
                .default_value()
                .is_ok_and(|default| default != area.value())
            {
                recount(area);
                changed = true;
            }
        }
    }
    changed
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
        // What was typed before the page became interactive is the newest; otherwise answers an
        // earlier visit could not send come back.
        Effect::new(move |_| {
            if changed_before_hydration(editor) {
                autosave.changed();
            } else {
                autosave.recover();
            }
        });
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
            Err(error @ (AppError::Transport | AppError::Unavailable | AppError::TimedOut)) => {
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
