//! Every answer of a form, section by section, and how far each section is.

use super::*;
use crate::error::FieldError;
use crate::model::application::values::LimitedText;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// True when every field of a form is blank.
fn all_blank(fields: &[&str]) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

/// Every section's form, as saved: a form uses the sections its kind lists and leaves the others empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FormAnswers {
    pub city: CityForm,
    pub mayor: MayorForm,
    pub contact: ContactForm,
    pub city_profile: CityProfileForm,
    pub narrative: NarrativeForm,
    pub interests: InterestsForm,
    pub pledge: PledgeForm,
    pub progress: BTreeMap<ProgressArea, ProgressForm>,
}

impl FormAnswers {
    /// An area's progress narrative; empty when not written.
    pub fn progress_of(&self, area: ProgressArea) -> ProgressForm {
        self.progress.get(&area).cloned().unwrap_or_default()
    }

    /// The problems of one section; empty when it is complete. `year` is the form's year (the cycle's,
    /// or the report's), after which no figure may be dated.
    pub fn problems(&self, section: Section, cycle_year: i32) -> Vec<FieldError> {
        fn of<T, E>(result: Result<T, E>) -> E
        where
            E: Default,
        {
            result.err().unwrap_or_default()
        }
        match section {
            Section::City => of(City::try_from(&self.city)),
            Section::Mayor => of(Mayor::try_from(&self.mayor)),
            Section::Contact => of(Contact::try_from(&self.contact)),
            Section::CityProfile => of(self.city_profile.parse(cycle_year)),
            Section::Narrative => of(Narrative::try_from(&self.narrative)),
            Section::Interests => of(Interests::try_from(&self.interests)),
            Section::Pledge => of(Pledge::try_from(&self.pledge)),
            Section::Progress(area) => of(LimitedText::try_from(&self.progress_of(area))),
        }
    }

    fn is_blank(&self, section: Section) -> bool {
        match section {
            Section::City => all_blank(&[&self.city.name, &self.city.website]),
            Section::Mayor => {
                let m = &self.mayor;
                all_blank(&[&m.salutation, &m.surname, &m.first_name, &m.title])
            }
            Section::Contact => {
                let c = &self.contact;
                all_blank(&[
                    &c.salutation,
                    &c.surname,
                    &c.first_name,
                    &c.title,
                    &c.organisation,
                    &c.address,
                    &c.postcode,
                    &c.phone,
                    &c.email,
                    &c.language,
                ])
            }
            Section::CityProfile => self
                .city_profile
                .figures()
                .iter()
                .all(|f| all_blank(&[&f.value, &f.year])),
            Section::Narrative => all_blank(&[
                &self.narrative.context_and_motivation,
                &self.narrative.implementation,
            ]),
            Section::Interests => self.interests.ratings.values().all(|v| v.trim().is_empty()),
            Section::Pledge => all_blank(&[&self.pledge.adopts_guiding_documents]),
            Section::Progress(area) => all_blank(&[&self.progress_of(area).narrative]),
        }
    }

    /// The section's place on the task list.
    pub fn state(&self, section: Section, cycle_year: i32) -> SectionState {
        SectionState::of(self.is_blank(section), &self.problems(section, cycle_year))
    }

    /// True when every section of `kind` is complete: the form may be submitted.
    pub fn is_complete(&self, kind: crate::model::application::FormKind, year: i32) -> bool {
        kind.sections()
            .iter()
            .all(|section| self.state(*section, year) == SectionState::Complete)
    }
}
