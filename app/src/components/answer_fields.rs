//! One renderer for every question of every form: it reads a list of [`FieldSpec`]s and the saved
//! answers, and writes labelled inputs that post as `answers[…]`. The server draws them; the section's
//! editor in the browser only reads them (and moves the word counters).

use crate::error::FieldError;
use crate::i18n::{translate_with, use_i18n, Arg, I18n, Lang};
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
    problems: Vec<FieldError>,
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
                label: &label,
                hint_key: spec.hint_key,
                problems: &problems,
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
                        .map(|(value, key)| (value.to_string(), i18n.t(key)))
                        .collect();
                    question
                        .choice(&spec.path, answer(&spec.path), options, false)
                        .into_any()
                }
                FieldKind::Rating => {
                    let options = (1..=5).map(|n| (n.to_string(), n.to_string())).collect();
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

/// A label, which may name the city.
fn label(i18n: I18n, key: String, city: String) -> String {
    translate_with(i18n.lang(), &key, &[("city", Arg::Text(city))])
}

/// What a long answer's counter says with `used` words of `limit`, and its class (marked once over).
pub fn words_counter(lang: Lang, used: usize, limit: usize) -> (String, &'static str) {
    let (key, count, class) = if used <= limit {
        ("field-words-left", limit - used, "field__counter")
    } else {
        (
            "field-words-over",
            used - limit,
            "field__counter field__counter--over",
        )
    };
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    (
        translate_with(lang, key, &[("count", Arg::Number(count))]),
        class,
    )
}

/// What every kind of question shares: its label, hint and the problem of each of its inputs.
#[derive(Clone, Copy)]
struct Question<'a> {
    i18n: I18n,
    label: &'a str,
    hint_key: Option<&'static str>,
    problems: &'a [FieldError],
}

impl Question<'_> {
    /// The translation key of the problem at `path`, if there is one.
    fn problem(self, path: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.field == path)
            .map(|p| p.key.clone())
    }

    fn hint(self, id: &str) -> impl IntoView {
        let i18n = self.i18n;
        self.hint_key
            .map(|key| view! { <p class="field__hint" id=format!("{id}-hint")>{i18n.tr(key)}</p> })
    }

    fn error(self, id: &str, problem: Option<&str>) -> impl IntoView {
        let i18n = self.i18n;
        problem.map(|key| {
            view! {
                <p class="field__error" id=format!("{id}-error")>
                    <span class="visually-hidden">{i18n.tr("field-error-prefix")}</span>
                    {i18n.t(key)}
                </p>
            }
        })
    }

    /// The ids an input is described by: its hint, its error when it has one, and `more`.
    fn described_by(self, id: &str, problem: Option<&str>, more: Option<String>) -> Option<String> {
        let ids: Vec<String> = self
            .hint_key
            .map(|_| format!("{id}-hint"))
            .into_iter()
            .chain(problem.map(|_| format!("{id}-error")))
            .chain(more)
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
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
        let problem = problem.as_deref();
        view! {
            <div class="field" class:field--error=problem.is_some()>
                <label class="field__label" for=id.clone()>{self.label.to_owned()}</label>
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
                    aria-invalid=problem.map(|_| "true")
                    aria-describedby=self.described_by(&id, problem, None)
                />
            </div>
        }
    }

    /// A text area with a counter of the words left, which the section's editor moves as the person
    /// types: the text area names its limit (`data-words`) and the counter is `{id}-count`.
    fn long_text(self, path: &str, answer: String, limit: usize) -> impl IntoView {
        let id = field_id(path);
        let problem = self.problem(path);
        let problem = problem.as_deref();
        let (counter, counter_class) = words_counter(self.i18n.lang(), count_words(&answer), limit);
        let counter_id = format!("{id}-count");
        view! {
            <div class="field" class:field--error=problem.is_some()>
                <label class="field__label" for=id.clone()>{self.label.to_owned()}</label>
                {self.hint(&id)}
                {self.error(&id, problem)}
                <textarea
                    class="field__input field__input--long"
                    id=id.clone()
                    name=input_name(path)
                    rows="10"
                    data-words=limit.to_string()
                    aria-invalid=problem.map(|_| "true")
                    aria-describedby=self.described_by(&id, problem, Some(counter_id.clone()))
                >
                    {answer}
                </textarea>
                <p class=counter_class id=counter_id aria-live="polite">{counter}</p>
            </div>
        }
    }

    /// Radio buttons in a fieldset; `inline` lays short options (ratings) side by side.
    fn choice(
        self,
        path: &str,
        answer: String,
        options: Vec<(String, String)>,
        inline: bool,
    ) -> impl IntoView {
        let id = field_id(path);
        let problem = self.problem(path);
        let problem = problem.as_deref();
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
            <div class="field" class:field--error=problem.is_some()>
                <fieldset class="fieldset" aria-describedby=self.described_by(&id, problem, None)>
                    <legend class="fieldset__legend">{self.label.to_owned()}</legend>
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
            let problem = problem.as_deref();
            view! {
                <div class="figure__part" class:field--error=problem.is_some()>
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
                        aria-invalid=problem.map(|_| "true")
                        aria-describedby=problem.map(|_| format!("{id}-error"))
                    />
                </div>
            }
        };
        view! {
            <div class="field">
                <fieldset class="fieldset" aria-describedby=self.hint_key.map(|_| format!("{group_id}-hint"))>
                    <legend class="fieldset__legend">{self.label.to_owned()}</legend>
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
        let problem = problem.as_deref();
        view! {
            <div class="field" class:field--error=problem.is_some()>
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
                        aria-invalid=problem.map(|_| "true")
                        aria-describedby=self.described_by(&id, problem, None)
                    />
                    <label class="choice__label" for=id>{self.label.to_owned()}</label>
                </div>
            </div>
        }
    }
}
