//! What runs in the browser on a section's page: one island around the server-drawn page that
//! listens to its form. Every change is kept in the browser's storage at once and saved after a pause
//! in typing, one save at a time; a save that meets someone else's newer one asks the server for the
//! page with the conflict dialog and shows it. The island reads and writes the form's own inputs, so
//! none of the page's view code or data types travel to the browser.

use crate::model::application::FormRef;
use leptos::prelude::*;

/// The element that says how the answers stand with the server.
pub(super) const STATUS: &str = "autosave_status";

/// `section` is the section's slug; `complete` whether its saved answers are; `conflict` whether the
/// page opens with the conflict dialog (saving waits until the person chooses).
#[island]
pub(super) fn SectionEditor(
    form: FormRef,
    section: String,
    complete: bool,
    conflict: bool,
    children: Children,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    let autosave = browser::Autosave::start(form, &section, complete, conflict);
    #[cfg(not(feature = "hydrate"))]
    let _ = (form, section, complete, conflict);
    let on_change = move |event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        if let Some(autosave) = autosave {
            autosave.changed(&event);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        if let Some(autosave) = autosave {
            autosave.submit(event);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    let on_click = move |event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        if let Some(autosave) = autosave {
            autosave.clicked(&event);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    view! {
        <div class="section-editor" on:input=on_change on:change=on_change on:submit=on_submit on:click=on_click>
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::super::conflict::SLOT;
    use super::super::FORM;
    use super::STATUS;
    use crate::api::applications::SaveAnswers;
    use crate::components::{fetch_page, focus_by_id, parse_page, send, words_counter, Fetched};
    use crate::error::AppError;
    use crate::i18n::{translate, translate_with, use_i18n, Arg, Lang};
    use crate::model::application::{
        answer_at, answer_paths, answers_from, count_words, input_name, FormRef, SavedSection,
        Section, SectionState,
    };
    use crate::model::{clock_time, Deadline};
    use crate::paths;
    use gloo_storage::{LocalStorage as BrowserStorage, Storage};
    use gloo_timers::callback::Timeout;
    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use serde::{Deserialize, Serialize};
    use serde_json::Value;
    use server_fn::ServerFn;
    use wasm_bindgen::JsCast;
    use web_sys::{
        Element, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement, UrlSearchParams,
    };

    /// The pause in typing after which the answers are saved.
    const DEBOUNCE_MS: u32 = 700;
    /// How often an offline page tries again.
    const RETRY_MS: u32 = 5_000;

    /// Where the page's answers stand with the server.
    #[derive(Clone, Debug, PartialEq)]
    enum SaveStatus {
        /// Nothing changed since the page was loaded, or the conflict dialog waits for a choice.
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

    impl SaveStatus {
        /// What the status line says ("Saved at 12:03"), and its class.
        fn line(&self, lang: Lang) -> (String, &'static str) {
            let text = match self {
                SaveStatus::Idle => String::new(),
                SaveStatus::Pending => translate(lang, "save-pending"),
                SaveStatus::Saving => translate(lang, "save-saving"),
                SaveStatus::Saved(at) => translate_with(
                    lang,
                    "save-saved-at",
                    &[("time", Arg::Text(clock_time(at.riga)))],
                ),
                SaveStatus::Offline => translate(lang, "save-offline"),
                SaveStatus::Unavailable => translate(lang, "save-unavailable"),
                SaveStatus::Refused(error) => translate_with(
                    lang,
                    "save-refused",
                    &[("reason", Arg::Text(error.message(lang)))],
                ),
            };
            let class = match self {
                SaveStatus::Offline | SaveStatus::Unavailable | SaveStatus::Refused(_) => {
                    "autosave autosave--problem"
                }
                SaveStatus::Saved(_) => "autosave autosave--saved",
                _ => "autosave",
            };
            (text, class)
        }
    }

    /// Answers the server does not have yet, as kept in the browser's storage.
    #[derive(Serialize, Deserialize)]
    struct Unsaved {
        base_version: i32,
        answers: Value,
    }

    #[derive(Clone, Copy)]
    pub struct Autosave {
        form: FormRef,
        section: Section,
        lang: Lang,
        /// The version of the section the answers are based on; every save sends it.
        version: StoredValue<i32>,
        /// The answers as they stand in the form.
        answers: StoredValue<Value>,
        /// The answers the server last confirmed (`Null` when not known to be the form's).
        saved: StoredValue<Value>,
        complete: StoredValue<bool>,
        /// The conflict dialog is open: nothing is saved until the person chooses.
        conflict: StoredValue<bool>,
        timer: StoredValue<Option<Timeout>, LocalStorage>,
        busy: StoredValue<bool>,
    }

    impl Autosave {
        /// Sets up saving for the page, and sends what was typed before the page was interactive, or
        /// else answers an earlier visit could not send.
        pub fn start(form: FormRef, slug: &str, complete: bool, conflict: bool) -> Option<Self> {
            let section = Section::from_slug(slug)?;
            let inputs = form_element()?;
            let version = input_named(&inputs, "base_version")
                .and_then(|input| input.value().parse().ok())
                .unwrap_or_default();
            let typed = changed_before_hydration(&inputs);
            let answers = read_form(&inputs);
            let autosave = Autosave {
                form,
                section,
                lang: use_i18n().lang(),
                version: StoredValue::new(version),
                // The dialog's page holds the person's answers, not the server's.
                saved: StoredValue::new(if typed || conflict {
                    Value::Null
                } else {
                    answers.clone()
                }),
                answers: StoredValue::new(answers),
                complete: StoredValue::new(complete),
                conflict: StoredValue::new(conflict),
                timer: StoredValue::new_local(None),
                busy: StoredValue::new(false),
            };
            recount_all(&inputs, autosave.lang);
            if conflict {
                return Some(autosave);
            }
            if typed {
                autosave.keep();
                autosave.pending(0);
            } else {
                autosave.recover(&inputs);
            }
            Some(autosave)
        }

        fn storage_key(self) -> String {
            format!(
                "pieteikums:answers:{}:{}:{}",
                self.form.kind.as_str(),
                self.form.id,
                self.section.slug()
            )
        }

        /// Drops what the browser kept for this section.
        fn forget(self) {
            BrowserStorage::delete(self.storage_key());
        }

        /// Keeps the answers in the browser's storage until the server has them.
        fn keep(self) {
            let _ = BrowserStorage::set(
                self.storage_key(),
                Unsaved {
                    base_version: self.version.get_value(),
                    answers: self.answers.get_value(),
                },
            );
        }

        fn set_version(self, version: i32) {
            self.version.set_value(version);
            if let Some(input) = form_element().and_then(|form| input_named(&form, "base_version"))
            {
                input.set_value(&version.to_string());
            }
        }

        fn show(self, status: SaveStatus) {
            if let Some(line) = document().get_element_by_id(STATUS) {
                let (text, class) = status.line(self.lang);
                line.set_text_content(Some(&text));
                line.set_class_name(class);
            }
        }

        /// Puts back answers an earlier visit could not send, and sends them. If someone saved in
        /// between, the server says so and the person chooses, as after any conflict.
        fn recover(self, inputs: &HtmlFormElement) {
            let Ok(unsaved) = BrowserStorage::get::<Unsaved>(self.storage_key()) else {
                return;
            };
            if self.saved.with_value(|saved| *saved == unsaved.answers) {
                self.forget();
                return;
            }
            fill_form(inputs, &unsaved.answers, self.lang);
            self.answers.set_value(unsaved.answers);
            self.set_version(unsaved.base_version);
            self.pending(0);
        }

        /// Something was typed, ticked or chosen: keep it locally at once, save it after a pause.
        pub fn changed(self, event: &web_sys::Event) {
            if let Some(area) = event
                .target()
                .and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok())
            {
                recount(&area, self.lang);
            }
            self.read();
        }

        /// Reads the form; true when its answers moved.
        fn read(self) -> bool {
            let Some(answers) = form_element().map(|form| read_form(&form)) else {
                return false;
            };
            if self.answers.with_value(|known| *known == answers) {
                return false;
            }
            self.answers.set_value(answers);
            self.keep();
            if !self.conflict.get_value() {
                self.pending(DEBOUNCE_MS);
            }
            true
        }

        fn pending(self, after_ms: u32) {
            self.show(SaveStatus::Pending);
            self.save_soon(after_ms);
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
            if self.conflict.get_value() {
                return false;
            }
            let answers = self.answers.get_value();
            if self.saved.with_value(|saved| *saved == answers) {
                return true;
            }
            let Some(fields) = self.fields(&answers) else {
                return false;
            };
            self.busy.set_value(true);
            self.show(SaveStatus::Saving);
            let result = send::<SavedSection>(SaveAnswers::PATH, fields).await;
            self.busy.set_value(false);
            match result {
                Ok(SavedSection {
                    version,
                    saved_at,
                    state,
                }) => {
                    self.set_version(version);
                    self.complete.set_value(state == SectionState::Complete);
                    self.saved.set_value(answers.clone());
                    if self.answers.with_value(|now| *now == answers) {
                        self.forget();
                        self.show(SaveStatus::Saved(saved_at));
                    }
                    true
                }
                Err(error @ (AppError::Transport | AppError::Unavailable | AppError::TimedOut)) => {
                    self.show(if error == AppError::Transport {
                        SaveStatus::Offline
                    } else {
                        SaveStatus::Unavailable
                    });
                    self.save_soon(RETRY_MS);
                    false
                }
                Err(conflict @ AppError::EditConflict { .. }) => {
                    self.conflict.set_value(true);
                    self.show(SaveStatus::Idle);
                    if !self.show_conflict().await {
                        self.show(SaveStatus::Refused(conflict));
                    }
                    false
                }
                Err(error) => {
                    self.show(SaveStatus::Refused(error));
                    false
                }
            }
        }

        /// What a save posts: the fields the section's form posts without JavaScript, but for the
        /// button that sent it.
        fn fields(self, answers: &Value) -> Option<String> {
            let fields = UrlSearchParams::new().ok()?;
            fields.append("kind", self.form.kind.as_str());
            fields.append("id", &self.form.id.to_string());
            fields.append("section", self.section.slug());
            fields.append("base_version", &self.version.get_value().to_string());
            for (path, text) in answer_paths(answers) {
                fields.append(&input_name(&path), text);
            }
            Some(fields.to_string().into())
        }

        /// Shows the dialog the server draws for this section's conflict: the server kept the
        /// answers the save carried, and draws them next to the newer ones.
        async fn show_conflict(self) -> bool {
            let href = paths::section_conflict(self.lang, self.form, self.section);
            let Fetched::Drawn(page) = fetch_page(&href).await else {
                return false;
            };
            let drawn = parse_page(&page).and_then(|page| page.get_element_by_id(SLOT));
            match (drawn, document().get_element_by_id(SLOT)) {
                (Some(drawn), Some(slot)) if drawn.child_element_count() > 0 => {
                    slot.set_inner_html(&drawn.inner_html());
                    true
                }
                _ => false,
            }
        }

        /// "Keep my answers": they are saved over the newer version the dialog was drawn with.
        fn keep_mine(self) {
            let Some(slot) = document().get_element_by_id(SLOT) else {
                return;
            };
            let their_version = slot
                .query_selector("[data-their-version]")
                .ok()
                .flatten()
                .and_then(|dialog| dialog.get_attribute("data-their-version"))
                .and_then(|version| version.parse().ok());
            if let Some(version) = their_version {
                self.set_version(version);
            }
            slot.set_inner_html("");
            self.conflict.set_value(false);
            self.saved.set_value(Value::Null);
            self.read();
            self.keep();
            self.pending(0);
        }

        /// A button of the form: save first, then go where it leads ("save and continue" to the
        /// section's problems while any remain, listed by the server).
        pub fn submit(self, event: web_sys::SubmitEvent) {
            event.prevent_default();
            let then = event
                .submitter()
                .and_then(|button| button.dyn_into::<web_sys::HtmlButtonElement>().ok())
                .map(|button| button.value())
                .unwrap_or_default();
            if then == "keep" {
                self.keep_mine();
                return;
            }
            self.read();
            self.timer.set_value(None);
            spawn_local(async move {
                if !self.save().await {
                    return;
                }
                let target = paths::after_save(
                    self.lang,
                    self.form,
                    self.section,
                    &then,
                    self.complete.get_value(),
                )
                .unwrap_or_else(|| paths::task_list(self.lang, self.form));
                let _ = window().location().set_href(&target);
            });
        }

        /// A link of the error summary moves the focus to its field; "use their answers" drops the
        /// answers this browser kept, on its way to the section as saved.
        pub fn clicked(self, event: &leptos::ev::MouseEvent) {
            let Some(target) = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
            else {
                return;
            };
            let closest = |selector: &str| target.closest(selector).ok().flatten();
            if closest("[data-discard]").is_some() {
                self.forget();
            } else if let Some(href) =
                closest(".error-summary a").and_then(|link| link.get_attribute("href"))
            {
                if let Some(id) = href.strip_prefix('#') {
                    focus_by_id(id, event);
                }
            }
        }
    }

    fn form_element() -> Option<HtmlFormElement> {
        document().get_element_by_id(FORM)?.dyn_into().ok()
    }

    fn input_named(form: &HtmlFormElement, name: &str) -> Option<HtmlInputElement> {
        form.query_selector(&format!("input[name={name}]"))
            .ok()
            .flatten()?
            .dyn_into()
            .ok()
    }

    /// The answers as the form holds them now: what it would post (a box or a choice only when
    /// ticked).
    fn read_form(form: &HtmlFormElement) -> Value {
        let answers = answer_inputs(form);
        let posted = answers.iter().filter_map(|(element, path)| {
            let text = if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                match input.type_().as_str() {
                    "radio" | "checkbox" if !input.checked() => return None,
                    _ => input.value(),
                }
            } else {
                element.dyn_ref::<HtmlTextAreaElement>()?.value()
            };
            Some((path.as_str(), text))
        });
        answers_from(posted)
    }

    /// The form's answer inputs, each with the path of its answer.
    fn answer_inputs(form: &HtmlFormElement) -> Vec<(Element, String)> {
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

    /// `answers[population][value]` → `population.value`; `None` for the form's other inputs.
    fn path_of(name: &str) -> Option<String> {
        let inner = name.strip_prefix("answers[")?.strip_suffix(']')?;
        Some(inner.split("][").collect::<Vec<_>>().join("."))
    }

    /// Moves a long answer's word counter to what its text area holds.
    fn recount(area: &HtmlTextAreaElement, lang: Lang) {
        let Some(limit) = area
            .get_attribute("data-words")
            .and_then(|limit| limit.parse().ok())
        else {
            return;
        };
        if let Some(counter) = document().get_element_by_id(&format!("{}-count", area.id())) {
            let (text, class) = words_counter(lang, count_words(&area.value()), limit);
            counter.set_text_content(Some(&text));
            counter.set_class_name(class);
        }
    }

    fn recount_all(form: &HtmlFormElement, lang: Lang) {
        for (element, _) in answer_inputs(form) {
            if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                recount(area, lang);
            }
        }
    }

    /// Puts `answers` into the form's inputs, as if typed: the inputs are the page's only copy of
    /// what is shown.
    fn fill_form(form: &HtmlFormElement, answers: &Value, lang: Lang) {
        for (element, path) in answer_inputs(form) {
            let answer = answer_at(answers, &path);
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                match input.type_().as_str() {
                    "radio" | "checkbox" => input.set_checked(input.value() == answer),
                    _ => input.set_value(answer),
                }
            } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                area.set_value(answer);
                recount(area, lang);
            }
        }
    }

    /// Whether the person changed an answer while the page was still loading its WASM: the browser
    /// keeps what was typed, ticked or chosen in the server-drawn inputs, which then differ from the
    /// values they were drawn with.
    fn changed_before_hydration(form: &HtmlFormElement) -> bool {
        answer_inputs(form).iter().any(|(element, _)| {
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                match input.type_().as_str() {
                    "radio" | "checkbox" => input.checked() != input.default_checked(),
                    _ => input.value() != input.default_value(),
                }
            } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                area.default_value()
                    .is_ok_and(|default| default != area.value())
            } else {
                false
            }
        })
    }
}
