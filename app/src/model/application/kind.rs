//! The city's two forms, one machinery: the application to join the network, and a member's
//! biennial progress report. Each kind names its sections and its addresses; the wizard, the check
//! page, autosave and the printed copy follow whichever form they are given.

use super::sections::{ProgressArea, Section};
use serde::{Deserialize, Serialize};

/// Which form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormKind {
    #[default]
    Application,
    Report,
}

const APPLICATION_SECTIONS: [Section; 7] = [
    Section::City,
    Section::Mayor,
    Section::Contact,
    Section::CityProfile,
    Section::Narrative,
    Section::Interests,
    Section::Pledge,
];

/// The report asks the focal point and the figures again (they change), then the progress areas.
const REPORT_SECTIONS: [Section; 10] = [
    Section::Contact,
    Section::CityProfile,
    Section::Progress(ProgressArea::Plan),
    Section::Progress(ProgressArea::Partnerships),
    Section::Progress(ProgressArea::Resources),
    Section::Progress(ProgressArea::Monitoring),
    Section::Progress(ProgressArea::Access),
    Section::Progress(ProgressArea::Culture),
    Section::Progress(ProgressArea::Innovation),
    Section::Progress(ProgressArea::Network),
];

impl FormKind {
    /// The form's sections in order.
    pub fn sections(self) -> &'static [Section] {
        match self {
            FormKind::Application => &APPLICATION_SECTIONS,
            FormKind::Report => &REPORT_SECTIONS,
        }
    }

    pub fn has(self, section: Section) -> bool {
        self.sections().contains(&section)
    }

    /// The first segment of the form's addresses after the language: `/lv/apply/7`, `/lv/report/3`.
    pub fn segment(self) -> &'static str {
        match self {
            FormKind::Application => "apply",
            FormKind::Report => "report",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FormKind::Application => "application",
            FormKind::Report => "report",
        }
    }

    pub fn parse(text: &str) -> Option<FormKind> {
        [FormKind::Application, FormKind::Report]
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }

    /// The section after `section` in this form, if any.
    pub fn next(self, section: Section) -> Option<Section> {
        let sections = self.sections();
        let index = sections.iter().position(|s| *s == section)?;
        sections.get(index + 1).copied()
    }

    /// The section before `section` in this form, if any.
    pub fn previous(self, section: Section) -> Option<Section> {
        let sections = self.sections();
        let index = sections.iter().position(|s| *s == section)?;
        index.checked_sub(1).map(|i| sections[i])
    }

    /// The title of the form's own pages, e.g. "Applications", "Progress reports".
    pub fn title_key(self) -> &'static str {
        match self {
            FormKind::Application => "apply-title",
            FormKind::Report => "report-title",
        }
    }

    /// The title of the form's files page: an application's carries the mayor's signature.
    pub fn attachments_key(self) -> &'static str {
        match self {
            FormKind::Application => "attachments-title",
            FormKind::Report => "attachments-report-title",
        }
    }

    /// The link to the printed form on the Commission's page of it.
    pub fn printed_key(self) -> &'static str {
        match self {
            FormKind::Application => "desk-printed",
            FormKind::Report => "desk-printed-report",
        }
    }

    /// The title of the page that checks the answers and sends the form.
    pub fn check_key(self) -> &'static str {
        match self {
            FormKind::Application => "check-title",
            FormKind::Report => "check-report-title",
        }
    }

    /// "Cēsis's application, 2027" / "Valmiera's progress report, 2028".
    pub fn heading_key(self) -> &'static str {
        match self {
            FormKind::Application => "apply-application-of",
            FormKind::Report => "report-of",
        }
    }
}

/// One form of one city: what the wizard's pages, its server functions and its addresses name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FormRef {
    pub kind: FormKind,
    pub id: i32,
}

impl FormRef {
    pub fn application(id: i32) -> Self {
        FormRef {
            kind: FormKind::Application,
            id,
        }
    }

    pub fn report(id: i32) -> Self {
        FormRef {
            kind: FormKind::Report,
            id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_form_walks_its_own_sections() {
        let application = FormKind::Application;
        assert_eq!(application.previous(Section::City), None);
        assert_eq!(application.next(Section::City), Some(Section::Mayor));
        assert_eq!(application.next(Section::Pledge), None);
        assert_eq!(
            application.previous(Section::Pledge),
            Some(Section::Interests)
        );
        let report = FormKind::Report;
        assert_eq!(report.previous(Section::Contact), None);
        assert_eq!(
            report.next(Section::CityProfile),
            Some(Section::Progress(ProgressArea::Plan))
        );
        assert_eq!(report.next(Section::Progress(ProgressArea::Network)), None);
        assert_eq!(report.next(Section::Mayor), None);
        assert!(!report.has(Section::Pledge));
        assert!(!application.has(Section::Progress(ProgressArea::Plan)));
    }

    #[test]
    fn every_section_belongs_to_a_form_and_every_kind_reads_back() {
        for section in Section::all() {
            assert!(
                FormKind::Application.has(section) || FormKind::Report.has(section),
                "{section:?}"
            );
        }
        for kind in [FormKind::Application, FormKind::Report] {
            assert_eq!(FormKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(FormKind::parse("survey"), None);
    }
}
