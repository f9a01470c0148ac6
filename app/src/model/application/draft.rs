//! What the wizard reads and writes: an application's draft, one section at a time.

use super::sections::{
    ApplicationForm, CityForm, CityProfileForm, ContactForm, InterestsForm, MayorForm,
    NarrativeForm, PledgeForm, Section, SectionState,
};
use crate::model::{ApplicationStatus, CycleSummary, Deadline};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One line of the city's list of applications.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationSummary {
    pub id: i32,
    pub city: String,
    pub cycle_year: i32,
    pub status: ApplicationStatus,
    pub updated_at: DateTime<Utc>,
}

/// Who saved something last, and when: shown as "last edited by … at …".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub by: String,
    pub at: Deadline,
}

/// A whole application as the wizard shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationDraft {
    pub id: i32,
    pub city: String,
    /// The application's own cycle, whose window decides when it may be submitted.
    pub cycle: CycleSummary,
    /// The server's time when the draft was read, so that countdowns tick from the server's clock.
    pub now: DateTime<Utc>,
    pub status: ApplicationStatus,
    pub form: ApplicationForm,
    /// Each saved section's version; a section never saved is at version 0.
    pub versions: BTreeMap<Section, i32>,
    pub last_edit: Option<Edit>,
    /// Whether the person reading may change it: an applicant of the city, while it is a draft or
    /// returned for changes. The server decides; the page only follows.
    pub editable: bool,
    pub attachments: Vec<super::AttachmentSummary>,
    /// The Commission's comments with its latest request for changes, while the city makes them.
    pub requested_changes: Vec<crate::model::CommentView>,
    /// Whether the Commission's endorsement can be downloaded (the city may send it to UIL itself).
    pub endorsed: bool,
}

impl ApplicationDraft {
    pub fn version(&self, section: Section) -> i32 {
        self.versions.get(&section).copied().unwrap_or(0)
    }

    pub fn state(&self, section: Section) -> SectionState {
        self.form.state(section, self.cycle.year)
    }

    pub fn problems(&self, section: Section) -> Vec<crate::error::FieldError> {
        self.form.problems(section, self.cycle.year)
    }

    /// How many sections are complete.
    pub fn completed(&self) -> usize {
        Section::ALL
            .into_iter()
            .filter(|section| self.state(*section) == SectionState::Complete)
            .count()
    }

    pub fn is_complete(&self) -> bool {
        self.form.is_complete(self.cycle.year)
    }

    /// Whether the scan the mayor signed is uploaded; the application cannot go without it.
    pub fn is_signed(&self) -> bool {
        self.attachments
            .iter()
            .any(|attachment| attachment.kind == super::AttachmentKind::SignedApplication)
    }
}

/// One section's answers as typed, tagged with the section they belong to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectionData {
    City(CityForm),
    Mayor(MayorForm),
    Contact(ContactForm),
    CityProfile(CityProfileForm),
    Narrative(NarrativeForm),
    Interests(InterestsForm),
    Pledge(PledgeForm),
}

impl SectionData {
    pub fn section(&self) -> Section {
        match self {
            SectionData::City(_) => Section::City,
            SectionData::Mayor(_) => Section::Mayor,
            SectionData::Contact(_) => Section::Contact,
            SectionData::CityProfile(_) => Section::CityProfile,
            SectionData::Narrative(_) => Section::Narrative,
            SectionData::Interests(_) => Section::Interests,
            SectionData::Pledge(_) => Section::Pledge,
        }
    }

    /// Puts these answers into `form`, replacing the section's previous answers.
    pub fn apply_to(self, form: &mut ApplicationForm) {
        match self {
            SectionData::City(data) => form.city = data,
            SectionData::Mayor(data) => form.mayor = data,
            SectionData::Contact(data) => form.contact = data,
            SectionData::CityProfile(data) => form.city_profile = data,
            SectionData::Narrative(data) => form.narrative = data,
            SectionData::Interests(data) => form.interests = data,
            SectionData::Pledge(data) => form.pledge = data,
        }
    }
}

/// The answer to a save: the section's new version, when, and its new place on the task list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSection {
    pub version: i32,
    pub saved_at: Deadline,
    pub state: SectionState,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_data_replaces_only_its_own_section() {
        let mut form = ApplicationForm::default();
        form.mayor.surname = "Bērziņš".into();
        let city = SectionData::City(CityForm {
            name: "Cēsis".into(),
            website: "cesis.lv".into(),
        });
        assert_eq!(city.section(), Section::City);
        city.apply_to(&mut form);
        assert_eq!(form.city.name, "Cēsis");
        assert_eq!(form.mayor.surname, "Bērziņš");
    }

    #[test]
    fn section_data_is_tagged_on_the_wire() {
        let data = SectionData::Pledge(PledgeForm {
            adopts_guiding_documents: "on".into(),
        });
        let json = serde_json::to_string(&data).unwrap();
        assert_eq!(json, r#"{"Pledge":{"adopts_guiding_documents":"on"}}"#);
        assert_eq!(serde_json::from_str::<SectionData>(&json).unwrap(), data);
    }
}
