//! One renderer for every question of every form: it reads a list of [`FieldSpec`]s and the saved
//! answers, and writes labelled inputs that post as `answers[…]`.

use crate::error::FieldError;
use crate::i18n::{translate_with, use_i18n, Arg, I18n};
use crate::model::application::{
    answer_at, count_words, field_id, input_name, FieldKind, FieldSpec,
};
use leptos::prelude::*;
use serde_json::Value;

/// The fields of one section, with their answers and problems.
#[component]
pub fn AnswerFields(
    fields: Vec<FieldSpec>,
    answers: Value,
    /// Problems to show next to their fields; empty until the person asks to continue.
    #[prop(into)]
    problems: Signal<Vec<FieldError>>,
    /// Filled into labels that name the city, such as the pledge.
    city: String,
) -> impl IntoView {
    let i18n = use_i18n();
    fields
        .into_iter()
        .map(|spec| {
            let label = label(i18n, spec.label_key.clone(), city.clone());
            let question = Question {
                i18n,
                label,
                hint_key: spec.hint_key,
                problems,
            };
            let answer = |path: &str| answer_at(&answers, path).to_owned();
            match spec.kind {
                FieldKind::Text {
                    input_type,
                    autocomplete,
                    inputmode,
                } => question
                    .text(
                        &spec.path,
                        answer(&spec.path),
                        input_type,
                        autocomplete,
                        inputmode,
                    )
                    .into_any(),
                FieldKind::LongText { words } => question
                    .long_text(&spec.path, answer(&spec.path), words)
                    .into_any(),
                FieldKind::Choice(options) => {
                    let options = options
                        .iter()
                        .map(|(value, key)| {
                            (value.to_string(), Signal::derive(move || i18n.t(key)))
                        })
                        .collect();
                    question
                        .choice(&spec.path, answer(&spec.path), options, false)
                        .into_any()
                }
                FieldKind::Rating => {
                    let options = (1..=5)
                        .map(|n| (n.to_string(), Signal::derive(move || n.to_string())))
                        .collect();
                    question
                        .choice(&spec.path, answer(&spec.path), options, true)
                        .into_any()
                }
                FieldKind::Figure { inputmode } => {
                    let value_path = format!("{}.value", spec.path);
                    let year_path = format!("{}.year", spec.path);
                    question
                        .figure(
                            (&value_path, answer(&value_path)),
                            (&year_path, answer(&year_path)),
                            inputmode,
                        )
                        .into_any()
                }
                FieldKind::Checkbox => question.checkbox(&spec.path, answer(&spec.path)).into_any(),
            }
        })
        .collect_view()
}

/// A label that follows the page's language and may name the city.
fn label(i18n: I18n, key: String, city: String) -> Signal<String> {
    Signal::derive(move || translate_with(i18n.lang(), &key, &[("city", Arg::Text(city.clone()))]))
}

/// What every kind of question shares: its label, hint and the problem of each of its inputs.
#[derive(Clone, Copy)]
struct Question {
    i18n: I18n,
    label: Signal<String>,
    hint_key: Option<&'static str>,
    problems: Signal<Vec<FieldError>>,
}

impl Question {
    /// The translation key of the problem at `path`, if there is one.
    fn problem(self, path: &str) -> Signal<Option<String>> {
        let path = path.to_owned();
        let problems = self.problems;
        Signal::derive(move || {
            problems.with(|all| all.iter().find(|p| p.field == path).map(|p| p.key.clone()))
        })
    }

    fn hint(self, id: &str) -> impl IntoView {
        let i18n = self.i18n;
        self.hint_key
            .map(|key| view! { <p class="field__hint" id=format!("{id}-hint")>{i18n.tr(key)}</p> })
    }

    fn error(self, id: &str, problem: Signal<Option<String>>) -> impl IntoView {
        let i18n = self.i18n;
        let id = format!("{id}-error");
        move || {
            problem.get().map(|key| {
                view! {
                    <p class="field__error" id=id.clone()>
                        <span class="visually-hidden">{i18n.tr("field-error-prefix")}</span>
                        {i18n.t(&key)}
                    </p>
                }
            })
        }
    }

    /// The ids an input is described by: its hint, and its error while it has one.
    fn described_by(self, id: &str, problem: Signal<Option<String>>) -> Signal<Option<String>> {
        let hint = self.hint_key.map(|_| format!("{id}-hint"));
        let error = format!("{id}-error");
        Signal::derive(move || {
            let ids: Vec<&str> = hint
                .iter()
                .map(String::as_str)
                .chain(problem.with(Option::is_some).then_some(error.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    }

    fn text(
        self,
        path: &str,
        answer: String,
        input_type: &'static str,
        autocomplete: &'static str,
        inputmode: Option<&'static str>,
    ) -> impl IntoView {
        let id = field_id(path);
        let problem = self.problem(path);
        view! {
            <div class="field" class:field--error=move || problem.with(Option::is_some)>
                <label class="field__label" for=id.clone()>{self.label}</label>
                {self.hint(&id)}
                {self.error(&id, problem)}
                <input
                    class="field__input"
                    id=id.clone()
                    name=input_name(path)
                    type=input_type
                    value=answer
                    autocomplete=autocomplete
                    inputmode=inputmode
                    spellcheck=(input_type != "text").then_some("false")
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    aria-describedby=self.described_by(&id, problem)
                />
            </div>
        }
    }

    fn long_text(self, path: &str, answer: String, limit: usize) -> impl IntoView {
        let id = field_id(path);
        let problem = self.problem(path);
        let i18n = self.i18n;
        let words = RwSignal::new(count_words(&answer));
        let counter = move || {
            let used = words.get();
            let (key, count) = if used <= limit {
                ("field-words-left", limit - used)
            } else {
                ("field-words-over", used - limit)
            };
            translate_with(i18n.lang(), key, &[("count", Arg::Number(count as i64))])
        };
        let described_by = {
            let base = self.described_by(&id, problem);
            let counter_id = format!("{id}-count");
            Signal::derive(move || {
                Some(match base.get() {
                    Some(ids) => format!("{ids} {counter_id}"),
                    None => counter_id.clone(),
                })
            })
        };
        view! {
            <div class="field" class:field--error=move || problem.with(Option::is_some)>
                <label class="field__label" for=id.clone()>{self.label}</label>
                {self.hint(&id)}
                {self.error(&id, problem)}
                <textarea
                    class="field__input field__input--long"
                    id=id.clone()
                    name=input_name(path)
                    rows="10"
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    aria-describedby=described_by
                    on:input=move |event| words.set(count_words(&event_target_value(&event)))
                >
                    {answer}
                </textarea>
                <p
                    class=move || {
                        if words.get() > limit {
                            "field__counter field__counter--over"
                        } else {
                            "field__counter"
                        }
                    }
                    id=format!("{id}-count")
                    aria-live="polite"
                >
                    {counter}
                </p>
            </div>
        }
    }

    /// Radio buttons in a fieldset; `inline` lays short options (ratings) side by side.
    fn choice(
        self,
        path: &str,
        answer: String,
        options: Vec<(String, Signal<String>)>,
        inline: bool,
    ) -> impl IntoView {
        let id = field_id(path);
        let problem = self.problem(path);
        let name = input_name(path);
        let radios = options
            .into_iter()
            .enumerate()
            .map(|(index, (value, text))| {
                // The first option carries the field's id, so that the error summary's link lands on it.
                let radio_id = if index == 0 {
                    id.clone()
                } else {
                    format!("{id}-{value}")
                };
                view! {
                    <div class="choice__item">
                        <input
                            class="choice__input"
                            type="radio"
                            id=radio_id.clone()
                            name=name.clone()
                            value=value.clone()
                            checked=answer == value
                        />
                        <label class="choice__label" for=radio_id>{text}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <div class="field" class:field--error=move || problem.with(Option::is_some)>
                <fieldset
                    class="fieldset"
                    aria-describedby=self.described_by(&id, problem)
                >
                    <legend class="fieldset__legend">{self.label}</legend>
                    {self.hint(&id)}
                    {self.error(&id, problem)}
                    <div class="choice" class:choice--inline=inline>{radios}</div>
                </fieldset>
            </div>
        }
    }

    /// A figure and the year it describes, each with its own label and problem.
    fn figure(
        self,
        value: (&str, String),
        year: (&str, String),
        inputmode: &'static str,
    ) -> impl IntoView {
        let i18n = self.i18n;
        let group_id = field_id(value.0.trim_end_matches(".value"));
        let part = move |(path, answer): (&str, String),
                         label_key: &'static str,
                         mode: &'static str| {
            let id = field_id(path);
            let problem = self.problem(path);
            let error_id = format!("{id}-error");
            view! {
                <div class="figure__part" class:field--error=move || problem.with(Option::is_some)>
                    <label class="field__label field__label--small" for=id.clone()>{i18n.tr(label_key)}</label>
                    {self.error(&id, problem)}
                    <input
                        class="field__input"
                        id=id.clone()
                        name=input_name(path)
                        type="text"
                        inputmode=mode
                        autocomplete="off"
                        value=answer
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        aria-describedby=move || problem.with(Option::is_some).then(|| error_id.clone())
                    />
                </div>
            }
        };
        view! {
            <div class="field">
                <fieldset class="fieldset" aria-describedby=self.hint_key.map(|_| format!("{group_id}-hint"))>
                    <legend class="fieldset__legend">{self.label}</legend>
                    {self.hint(&group_id)}
                    <div class="figure">
                        {part(value, "wizard-figure-value", inputmode)}
                        {part(year, "wizard-figure-year", "numeric")}
                    </div>
                </fieldset>
            </div>
        }
    }

    fn checkbox(self, path: &str, answer: String) -> impl IntoView {
        let id = field_id(path);
        let problem = self.problem(path);
        view! {
            <div class="field" class:field--error=move || problem.with(Option::is_some)>
                {self.hint(&id)}
                {self.error(&id, problem)}
                <div class="choice__item">
                    <input
                        class="choice__input"
                        type="checkbox"
                        id=id.clone()
                        name=input_name(path)
                        value="on"
                        checked=answer == "on"
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        aria-describedby=self.described_by(&id, problem)
                    />
                    <label class="choice__label" for=id>{self.label}</label>
                </div>
            </div>
        }
    }
}
