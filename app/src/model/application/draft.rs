//! What the wizard reads and writes: a form's draft, one section at a time.

use super::kind::{FormKind, FormRef};
use super::sections::{
    CityForm, CityProfileForm, ContactForm, FormAnswers, InterestsForm, MayorForm, NarrativeForm,
    PledgeForm, ProgressArea, ProgressForm, Section, SectionState,
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

/// When a form may be sent: an application inside its cycle's window; a report at any time, with its
/// due date counting down (a late report is still wanted).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timing {
    Window(CycleSummary),
    Due(Deadline),
}

/// A whole form (an application or a progress report) as the wizard shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormDraft {
    pub kind: FormKind,
    pub id: i32,
    pub city: String,
    /// The cycle's year, or the year the report is due: no figure may be dated after it.
    pub year: i32,
    pub timing: Timing,
    /// The server's time when the draft was read, so that countdowns tick from the server's clock.
    pub now: DateTime<Utc>,
    /// A report moves only through draft, submitted and forwarded to UIL.
    pub status: ApplicationStatus,
    pub form: FormAnswers,
    /// Each saved section's version; a section never saved is at version 0.
    pub versions: BTreeMap<Section, i32>,
    pub last_edit: Option<Edit>,
    /// Whether the person reading may change it: a person of the city, while it is a draft (or an
    /// application returned for changes). The server decides; the page only follows.
    pub editable: bool,
    pub attachments: Vec<super::AttachmentSummary>,
    /// The Commission's comments with its latest request for changes, while the city makes them.
    pub requested_changes: Vec<crate::model::CommentView>,
    /// Whether the Commission's endorsement can be downloaded (the city may send it to UIL itself).
    pub endorsed: bool,
    /// The standing endorsement's signed scan, once the secretary has uploaded it (among `attachments`).
    pub signed_endorsement: Option<i32>,
    /// Whether the reader may withdraw it: a person of the city, once it is submitted and until the
    /// Commission has decided.
    pub withdrawable: bool,
}

impl FormDraft {
    pub fn reference(&self) -> FormRef {
        FormRef {
            kind: self.kind,
            id: self.id,
        }
    }

    /// "Cēsis: application 2027" / "Valmiera: progress report 2028", on the city's pages and the
    /// Commission's alike.
    pub fn heading(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{translate_with, Arg};
        translate_with(
            lang,
            self.kind.heading_key(),
            &[
                ("city", Arg::Text(self.city.clone())),
                ("year", Arg::Text(self.year.to_string())),
            ],
        )
    }

    pub fn sections(&self) -> &'static [Section] {
        self.kind.sections()
    }

    /// The language the form is printed in for UIL: French where the city chose French as its
    /// language of communication with UIL, else English.
    pub fn uil_language(&self) -> crate::i18n::DocLang {
        let french = self.kind == FormKind::Application
            && super::CorrespondenceLanguage::parse(&self.form.contact.language)
                == Ok(super::CorrespondenceLanguage::French);
        if french {
            crate::i18n::DocLang::French
        } else {
            crate::i18n::Lang::En.into()
        }
    }

    pub fn version(&self, section: Section) -> i32 {
        self.versions.get(&section).copied().unwrap_or(0)
    }

    pub fn state(&self, section: Section) -> SectionState {
        self.form.state(section, self.year)
    }

    pub fn problems(&self, section: Section) -> Vec<crate::error::FieldError> {
        self.form.problems(section, self.year)
    }

    /// How many sections are complete.
    pub fn completed(&self) -> usize {
        self.sections()
            .iter()
            .filter(|section| self.state(**section) == SectionState::Complete)
            .count()
    }

    pub fn is_complete(&self) -> bool {
        self.form.is_complete(self.kind, self.year)
    }

    /// Whether what must be signed is: an application needs the scan the mayor signed; a report is
    /// sent on the city's own account and needs none.
    pub fn is_signed(&self) -> bool {
        self.kind == FormKind::Report
            || self
                .attachments
                .iter()
                .any(|attachment| attachment.kind == super::AttachmentKind::SignedApplication)
    }

    /// The standing endorsement's signed scan among the files, once the secretary has uploaded it.
    pub fn signed_endorsement_file(&self) -> Option<super::AttachmentSummary> {
        let scan = self.signed_endorsement?;
        self.attachments
            .iter()
            .find(|file| file.id == scan)
            .cloned()
    }

    /// Whether sending it now is on time: an application only while its window is open.
    pub fn window_open(&self) -> bool {
        match &self.timing {
            Timing::Window(cycle) => cycle.phase(self.now) == crate::model::WindowPhase::Open,
            Timing::Due(_) => true,
        }
    }
}

/// One line of a member city's list of progress reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSummary {
    pub id: i32,
    pub city: String,
    pub period_year: i32,
    pub due: Deadline,
    pub status: ApplicationStatus,
}

/// A member city's reports, and the one it owes next (which it can start), if it is a member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportsOverview {
    pub member: bool,
    pub reports: Vec<ReportSummary>,
    pub owed: Option<crate::model::ReportDue>,
    pub now: DateTime<Utc>,
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
    Progress(ProgressArea, ProgressForm),
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
            SectionData::Progress(area, _) => Section::Progress(*area),
        }
    }

    /// Puts these answers into `form`, replacing the section's previous answers.
    pub fn apply_to(self, form: &mut FormAnswers) {
        match self {
            SectionData::City(data) => form.city = data,
            SectionData::Mayor(data) => form.mayor = data,
            SectionData::Contact(data) => form.contact = data,
            SectionData::CityProfile(data) => form.city_profile = data,
            SectionData::Narrative(data) => form.narrative = data,
            SectionData::Interests(data) => form.interests = data,
            SectionData::Pledge(data) => form.pledge = data,
            SectionData::Progress(area, data) => {
                form.progress.insert(area, data);
            }
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
        let mut form = FormAnswers::default();
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
