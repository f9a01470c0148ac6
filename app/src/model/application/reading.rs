//! The form's answers as a reader sees them: each question's label, each answer in words, and what a
//! resubmission changed. The check-answers page, the review desk and the printed form all read them so.

use super::{answer_at, field_id, FieldKind, FieldSpec, FormAnswers, Section};
use crate::i18n::{translate, translate_with, Arg, DocLang};
use serde_json::Value;

fn spec_label(lang: impl Into<DocLang> + Copy, spec: &FieldSpec, city: &str) -> String {
    translate_with(
        lang,
        &spec.label_key,
        &[("city", Arg::Text(city.to_owned()))],
    )
}

/// What a person reads for the question at `path`: its label, and for a figure also which part.
pub fn path_label(
    lang: impl Into<DocLang> + Copy,
    fields: &[FieldSpec],
    city: &str,
    path: &str,
) -> Option<String> {
    fields.iter().find_map(|spec| {
        if spec.path == path {
            return Some(spec_label(lang, spec, city));
        }
        let part = path.strip_prefix(spec.path.as_str())?;
        let key = match (spec.kind, part) {
            (FieldKind::Figure { .. }, ".value") => "wizard-figure-value",
            (FieldKind::Figure { .. }, ".year") => "wizard-figure-year",
            _ => return None,
        };
        Some(format!(
            "{} ({})",
            spec_label(lang, spec, city),
            translate(lang, key)
        ))
    })
}

/// One answered question as a reader sees it, wherever the answers are summed up (the check-answers
/// page, the printed application).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    pub label: String,
    /// Empty when unanswered.
    pub shown: String,
    /// The field a change link should focus.
    pub first_field: String,
}

/// The rows of one section, in the order of its questions.
pub fn answer_rows(
    lang: impl Into<DocLang> + Copy,
    fields: &[FieldSpec],
    answers: &Value,
    city: &str,
) -> Vec<AnswerRow> {
    fields
        .iter()
        .map(|spec| AnswerRow {
            label: spec_label(lang, spec, city),
            shown: shown_answer(lang, spec, answers),
            first_field: field_id(&spec.paths()[0]),
        })
        .collect()
}

/// One answer that a resubmission changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangedAnswer {
    pub section: Section,
    pub label: String,
    pub before: String,
    pub after: String,
}

/// Every answer that differs between two versions of the form, as a reader sees the answers (so a
/// change of spacing inside a number that reads the same is not a change).
pub fn changed_answers(
    lang: impl Into<DocLang> + Copy,
    city: &str,
    before: &FormAnswers,
    after: &FormAnswers,
) -> Vec<ChangedAnswer> {
    Section::all()
        .flat_map(|section| {
            let fields = section.fields();
            let old = answer_rows(lang, &fields, &before.answers(section), city);
            let new = answer_rows(lang, &fields, &after.answers(section), city);
            old.into_iter()
                .zip(new)
                .filter(|(old, new)| old.shown != new.shown)
                .map(move |(old, new)| ChangedAnswer {
                    section,
                    label: new.label,
                    before: old.shown,
                    after: new.shown,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// An answer as the check-answers page shows it: the option's words rather than its code, a figure
/// with its year. Empty when unanswered.
pub fn shown_answer(lang: impl Into<DocLang> + Copy, spec: &FieldSpec, answers: &Value) -> String {
    let answer = answer_at(answers, &spec.path).trim();
    match spec.kind {
        FieldKind::Choice(options) => options
            .iter()
            .find(|(value, _)| *value == answer)
            .map(|(_, key)| translate(lang, key))
            .unwrap_or_else(|| answer.to_owned()),
        FieldKind::Checkbox if answer == "on" => translate(lang, "check-yes"),
        FieldKind::Checkbox => String::new(),
        FieldKind::Figure { .. } => {
            let value = answer_at(answers, &format!("{}.value", spec.path)).trim();
            let year = answer_at(answers, &format!("{}.year", spec.path)).trim();
            match (value.is_empty(), year.is_empty()) {
                (true, true) => String::new(),
                (false, true) => value.to_owned(),
                _ => translate_with(
                    lang,
                    "check-figure",
                    &[
                        ("value", Arg::Text(value.to_owned())),
                        ("year", Arg::Text(year.to_owned())),
                    ],
                ),
            }
        }
        _ => answer.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::application::SectionData;
    use serde_json::json;

    #[test]
    fn a_resubmission_lists_exactly_the_answers_it_changed() {
        let mut before = FormAnswers::default();
        let city: SectionData = serde_json::from_value(
            json!({ "City": { "name": "Cēsis", "website": "www.cesis.lv" } }),
        )
        .unwrap();
        city.apply_to(&mut before);
        let mut after = before.clone();
        let changed: SectionData = serde_json::from_value(
            json!({ "City": { "name": "Cēsis", "website": "www.cesis.lv/learning" } }),
        )
        .unwrap();
        changed.apply_to(&mut after);
        let narrative: SectionData = serde_json::from_value(json!({ "Narrative": {
            "context_and_motivation": "New text.", "implementation": ""
        } }))
        .unwrap();
        narrative.apply_to(&mut after);
        let changes = changed_answers(Lang::En, "Cēsis", &before, &after);
        assert_eq!(changes.len(), 2, "{changes:?}");
        assert_eq!(changes[0].section, Section::City);
        assert_eq!(changes[0].before, "www.cesis.lv");
        assert_eq!(changes[0].after, "www.cesis.lv/learning");
        assert_eq!(changes[1].section, Section::Narrative);
        assert_eq!(changes[1].before, "");
        assert_eq!(changes[1].after, "New text.");
        assert!(changed_answers(Lang::En, "Cēsis", &after, &after).is_empty());
    }

    #[test]
    fn labels_name_the_question_and_the_part_of_a_figure() {
        let fields = Section::CityProfile.fields();
        assert_eq!(
            path_label(Lang::En, &fields, "Cēsis", "population.year").as_deref(),
            Some("Population (Year of the figure)")
        );
        assert_eq!(path_label(Lang::En, &fields, "Cēsis", "nonsense"), None);
        let pledge = Section::Pledge.fields();
        let label = path_label(Lang::En, &pledge, "Cēsis", "adopts_guiding_documents").unwrap();
        assert!(label.contains("Cēsis"), "{label}");
    }

    #[test]
    fn answers_are_shown_in_words() {
        let mayor = Section::Mayor.fields();
        let answers = json!({"salutation": "ms", "surname": " <b>Ozola</b> "});
        assert_eq!(shown_answer(Lang::En, &mayor[0], &answers), "Ms");
        assert_eq!(shown_answer(Lang::En, &mayor[1], &answers), "<b>Ozola</b>");
        let profile = Section::CityProfile.fields();
        let answers = json!({"population": {"value": "23 050", "year": "2025"}});
        assert_eq!(
            shown_answer(Lang::En, &profile[0], &answers),
            "23 050 (2025)"
        );
        assert_eq!(shown_answer(Lang::En, &profile[1], &answers), "");
    }
}
