//! What each section's page shows: its fields, as data. One form renderer reads these lists, so a
//! section (or a future form version) changes here, not in the pages.
//!
//! A field is named by its path in the section's saved answers, e.g. `population.value`. The answers
//! travel as a JSON tree of strings, which is exactly how a browser posts
//! `answers[population][value]=…`, so the same shape serves the page without JavaScript and autosave.

use super::draft::SectionData;
use super::sections::{
    area_label_key, FormAnswers, Section, NARRATIVE_WORDS, RATED_AREAS, REPORT_WORDS,
};
use serde_json::Value;

/// How a field is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One line. `input_type`, `autocomplete` and `inputmode` pick the right phone keyboard.
    Text {
        input_type: &'static str,
        autocomplete: &'static str,
        inputmode: Option<&'static str>,
    },
    /// A paragraph with a live word counter.
    LongText { words: usize },
    /// One of a few options, as radio buttons; each option is `(value, label key)`.
    Choice(&'static [(&'static str, &'static str)]),
    /// A figure and the year it describes: paths `{path}.value` and `{path}.year`.
    Figure { inputmode: &'static str },
    /// A rating from 1 to 5.
    Rating,
    /// A box to tick, posted as "on".
    Checkbox,
}

/// One question of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub path: String,
    pub kind: FieldKind,
    pub label_key: String,
    pub hint_key: Option<&'static str>,
}

impl FieldSpec {
    fn new(path: &str, label_key: &str, kind: FieldKind) -> Self {
        FieldSpec {
            path: path.to_owned(),
            kind,
            label_key: label_key.to_owned(),
            hint_key: None,
        }
    }

    fn hint(mut self, key: &'static str) -> Self {
        self.hint_key = Some(key);
        self
    }

    /// The paths this field posts: two for a figure, one otherwise.
    pub fn paths(&self) -> Vec<String> {
        match self.kind {
            FieldKind::Figure { .. } => vec![
                format!("{}.value", self.path),
                format!("{}.year", self.path),
            ],
            _ => vec![self.path.clone()],
        }
    }
}

const SALUTATIONS: &[(&str, &str)] = &[
    ("ms", "wizard-salutation-ms"),
    ("mr", "wizard-salutation-mr"),
];
const ANSWER_LANGUAGES: &[(&str, &str)] =
    &[("en", "wizard-language-en"), ("fr", "wizard-language-fr")];

fn text(path: &str, label_key: &str, autocomplete: &'static str) -> FieldSpec {
    typed(path, label_key, "text", autocomplete, None)
}

fn typed(
    path: &str,
    label_key: &str,
    input_type: &'static str,
    autocomplete: &'static str,
    inputmode: Option<&'static str>,
) -> FieldSpec {
    FieldSpec::new(
        path,
        label_key,
        FieldKind::Text {
            input_type,
            autocomplete,
            inputmode,
        },
    )
}

fn figure(path: &str, label_key: &str, inputmode: &'static str, hint: &'static str) -> FieldSpec {
    FieldSpec::new(path, label_key, FieldKind::Figure { inputmode }).hint(hint)
}

impl Section {
    /// The section's questions in page order.
    pub fn fields(self) -> Vec<FieldSpec> {
        // The mayor is not the person typing, so their name gets no autocomplete; the contact person
        // usually is, so theirs does.
        match self {
            Section::City => vec![
                text("name", "wizard-city-name", "off"),
                typed("website", "wizard-city-website", "url", "url", Some("url"))
                    .hint("wizard-city-website-hint"),
            ],
            Section::Mayor => vec![
                FieldSpec::new(
                    "salutation",
                    "wizard-salutation",
                    FieldKind::Choice(SALUTATIONS),
                ),
                text("surname", "wizard-surname", "off"),
                text("first_name", "wizard-first-name", "off"),
                text("title", "wizard-mayor-title", "off").hint("wizard-mayor-title-hint"),
            ],
            Section::Contact => vec![
                FieldSpec::new(
                    "salutation",
                    "wizard-salutation",
                    FieldKind::Choice(SALUTATIONS),
                ),
                text("surname", "wizard-surname", "family-name"),
                text("first_name", "wizard-first-name", "given-name"),
                text("title", "wizard-contact-title", "organization-title"),
                text(
                    "organisation",
                    "wizard-contact-organisation",
                    "organization",
                )
                .hint("wizard-contact-organisation-hint"),
                text("address", "wizard-contact-address", "street-address"),
                text("postcode", "wizard-contact-postcode", "postal-code")
                    .hint("wizard-contact-postcode-hint"),
                typed("phone", "wizard-contact-phone", "tel", "tel", Some("tel"))
                    .hint("wizard-contact-phone-hint"),
                typed(
                    "email",
                    "wizard-contact-email",
                    "email",
                    "email",
                    Some("email"),
                ),
                FieldSpec::new(
                    "language",
                    "wizard-contact-language",
                    FieldKind::Choice(ANSWER_LANGUAGES),
                ),
            ],
            Section::CityProfile => vec![
                figure(
                    "population",
                    "wizard-population",
                    "numeric",
                    "wizard-population-hint",
                ),
                figure("area_km2", "wizard-area", "decimal", "wizard-area-hint"),
                figure(
                    "city_gdp_per_capita_usd",
                    "wizard-city-gdp",
                    "decimal",
                    "wizard-gdp-hint",
                ),
                figure(
                    "country_gdp_per_capita_usd",
                    "wizard-country-gdp",
                    "decimal",
                    "wizard-gdp-hint",
                ),
                figure(
                    "schooling_years_men",
                    "wizard-schooling-men",
                    "decimal",
                    "wizard-schooling-hint",
                ),
                figure(
                    "schooling_years_women",
                    "wizard-schooling-women",
                    "decimal",
                    "wizard-schooling-hint",
                ),
            ],
            Section::Narrative => vec![
                FieldSpec::new(
                    "context_and_motivation",
                    "wizard-narrative-context",
                    FieldKind::LongText {
                        words: NARRATIVE_WORDS,
                    },
                )
                .hint("wizard-narrative-context-hint"),
                FieldSpec::new(
                    "implementation",
                    "wizard-narrative-implementation",
                    FieldKind::LongText {
                        words: NARRATIVE_WORDS,
                    },
                )
                .hint("wizard-narrative-implementation-hint"),
            ],
            Section::Interests => RATED_AREAS
                .iter()
                .map(|area| {
                    FieldSpec::new(
                        &format!("ratings.{area}"),
                        &area_label_key(area),
                        FieldKind::Rating,
                    )
                })
                .collect(),
            Section::Pledge => vec![FieldSpec::new(
                "adopts_guiding_documents",
                "wizard-pledge-adopts",
                FieldKind::Checkbox,
            )],
            Section::Progress(area) => vec![FieldSpec::new(
                "narrative",
                area.question_key(),
                FieldKind::LongText {
                    words: REPORT_WORDS,
                },
            )
            .hint("report-narrative-hint")],
        }
    }
}

/// The text at `path` in a tree of answers; empty when absent.
pub fn answer_at<'a>(answers: &'a Value, path: &str) -> &'a str {
    path.split('.')
        .try_fold(answers, |node, key| node.get(key))
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// A tree of answers from `(path, text)` pairs: the tree the server reads from the same pairs
/// posted as [`input_name`] fields, so a browser that reads its form builds what a save sends.
pub fn answers_from<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> Value {
    let mut answers = Value::Object(serde_json::Map::new());
    for (path, text) in pairs {
        let mut node = &mut answers;
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            let Value::Object(map) = node else { break };
            let next = if keys.peek().is_some() {
                Value::Object(serde_json::Map::new())
            } else {
                Value::String(text.clone())
            };
            node = map.entry(key).or_insert(next);
        }
    }
    answers
}

/// Every text in a tree of answers with its path, the fields a browser posts for it.
pub fn answer_paths(answers: &Value) -> Vec<(String, &str)> {
    fn walk<'a>(node: &'a Value, path: String, into: &mut Vec<(String, &'a str)>) {
        match node {
            Value::String(text) => into.push((path, text)),
            Value::Object(map) => {
                for (key, child) in map {
                    let child_path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(child, child_path, into);
                }
            }
            _ => {}
        }
    }
    let mut paths = Vec::new();
    walk(answers, String::new(), &mut paths);
    paths
}

/// The form name a browser posts a path under: `population.value` → `answers[population][value]`.
pub fn input_name(path: &str) -> String {
    path.split('.').fold(String::from("answers"), |name, key| {
        format!("{name}[{key}]")
    })
}

/// The element id of a field, which error summaries link to; ids stay free of dots so that they are
/// also plain CSS selectors.
pub fn field_id(path: &str) -> String {
    format!("field-{}", path.replace('.', "-"))
}

impl SectionData {
    /// Reads a section's answers from their JSON tree. Fields absent from the tree are empty, as an
    /// unticked box is absent from a posted form; anything that is not a tree of strings is refused.
    pub fn from_answers(
        section: Section,
        answers: Value,
    ) -> Result<SectionData, serde_json::Error> {
        use serde_json::from_value as read;
        Ok(match section {
            Section::City => SectionData::City(read(answers)?),
            Section::Mayor => SectionData::Mayor(read(answers)?),
            Section::Contact => SectionData::Contact(read(answers)?),
            Section::CityProfile => SectionData::CityProfile(read(answers)?),
            Section::Narrative => SectionData::Narrative(read(answers)?),
            Section::Interests => SectionData::Interests(read(answers)?),
            Section::Pledge => SectionData::Pledge(read(answers)?),
            Section::Progress(area) => SectionData::Progress(area, read(answers)?),
        })
    }
}

/// The problems of a section's answers as they stand in the form, saved or not. Answers that do not
/// even read (never from a real form) count as one problem, so they are never taken as complete.
pub fn problems_of(
    section: Section,
    answers: &Value,
    cycle_year: i32,
) -> Vec<crate::error::FieldError> {
    match SectionData::from_answers(section, answers.clone()) {
        Ok(data) => {
            let mut form = FormAnswers::default();
            data.apply_to(&mut form);
            form.problems(section, cycle_year)
        }
        Err(_) => vec![crate::error::FieldError::new("answers", "error-malformed")],
    }
}

impl FormAnswers {
    /// One section's answers as a JSON tree of strings, the shape of [`SectionData::from_answers`].
    pub fn answers(&self, section: Section) -> Value {
        let value = match section {
            Section::City => serde_json::to_value(&self.city),
            Section::Mayor => serde_json::to_value(&self.mayor),
            Section::Contact => serde_json::to_value(&self.contact),
            Section::CityProfile => serde_json::to_value(&self.city_profile),
            Section::Narrative => serde_json::to_value(&self.narrative),
            Section::Interests => serde_json::to_value(&self.interests),
            Section::Pledge => serde_json::to_value(&self.pledge),
            Section::Progress(area) => serde_json::to_value(self.progress_of(area)),
        };
        // Plain structs of strings always serialise.
        value.unwrap_or(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_path_of_every_section_reads_and_writes_the_same_answer() {
        for section in Section::all() {
            let mut answers = json!({});
            for field in section.fields() {
                for path in field.paths() {
                    let mut node = &mut answers;
                    let keys: Vec<&str> = path.split('.').collect();
                    for key in &keys[..keys.len() - 1] {
                        node = node
                            .as_object_mut()
                            .unwrap()
                            .entry(key.to_string())
                            .or_insert_with(|| json!({}));
                    }
                    node[keys[keys.len() - 1]] = json!(format!("typed {path}"));
                }
            }
            let data = SectionData::from_answers(section, answers).unwrap();
            let mut form = FormAnswers::default();
            data.apply_to(&mut form);
            let back = form.answers(section);
            for field in section.fields() {
                for path in field.paths() {
                    assert_eq!(answer_at(&back, &path), format!("typed {path}"), "{path}");
                }
            }
        }
    }

    #[test]
    fn every_field_a_section_checks_is_on_its_page() {
        // A problem reported for a field the page does not show could never be fixed.
        let empty = FormAnswers::default();
        for section in Section::all() {
            let paths: Vec<String> = section.fields().iter().flat_map(FieldSpec::paths).collect();
            for problem in empty.problems(section, 2027) {
                assert!(
                    paths.contains(&problem.field),
                    "{section:?} {}",
                    problem.field
                );
            }
        }
    }

    #[test]
    fn absent_fields_are_empty_and_malformed_answers_are_refused() {
        let data = SectionData::from_answers(Section::Pledge, json!({})).unwrap();
        assert_eq!(data, SectionData::Pledge(Default::default()));
        assert!(SectionData::from_answers(Section::City, json!({"name": ["a"]})).is_err());
        assert!(SectionData::from_answers(Section::City, json!("x")).is_err());
    }

    #[test]
    fn problems_are_found_in_answers_as_posted() {
        let problems = problems_of(
            Section::City,
            &json!({"name": "Cēsis", "website": "x"}),
            2027,
        );
        assert_eq!(
            problems,
            vec![crate::error::FieldError::new(
                "website",
                "error-url-invalid"
            )]
        );
        assert!(problems_of(
            Section::City,
            &json!({"name": "Cēsis", "website": "cesis.lv"}),
            2027
        )
        .is_empty());
        assert_eq!(problems_of(Section::City, &json!([1]), 2027).len(), 1);
    }

    #[test]
    fn answers_read_from_a_form_travel_as_its_fields_and_back() {
        let answers = answers_from([
            ("name", "Cēsis".to_owned()),
            ("population.value", "18000".to_owned()),
            ("population.source", String::new()),
        ]);
        assert_eq!(
            answers,
            json!({"name": "Cēsis", "population": {"value": "18000", "source": ""}})
        );
        let paths = answer_paths(&answers);
        assert_eq!(paths.len(), 3);
        assert!(paths.contains(&("population.value".to_owned(), "18000")));
        assert_eq!(
            answers_from(
                paths
                    .iter()
                    .map(|(path, text)| (path.as_str(), text.to_string()))
            ),
            answers
        );
        assert_eq!(answers_from([]), json!({}));
        assert!(answer_paths(&Value::Null).is_empty());
    }

    #[test]
    fn names_and_ids_follow_the_path() {
        assert_eq!(input_name("population.value"), "answers[population][value]");
        assert_eq!(
            field_id("ratings.political-will"),
            concat!("field", "-ratings-political-will")
        );
        assert_eq!(answer_at(&json!({"a": {"b": "x"}}), "a.b"), "x");
        assert_eq!(answer_at(&json!({"a": {}}), "a.b"), "");
    }
}
