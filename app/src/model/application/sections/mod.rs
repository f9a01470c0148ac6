//! The sections of the GNLC application, Part 1. Each section has a form (exactly what was typed, which
//! is what gets saved, so nothing typed is ever lost to a validation error) and a checked value made
//! from it by `TryFrom`, which lists every problem at once.

mod answers;
mod city;
mod city_profile;
mod contact;
mod interests;
mod mayor;
mod narrative;
mod pledge;
mod progress;

pub use answers::*;
pub use city::*;
pub use city_profile::*;
pub use contact::*;
pub use interests::*;
pub use mayor::*;
pub use narrative::*;
pub use pledge::*;
pub use progress::*;

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// The narrative answers' word limit set by UIL's form.
pub const NARRATIVE_WORDS: usize = 200;

/// The areas a city rates itself on: the six building blocks and three fundamental conditions of the
/// Key Features of Learning Cities. A list of data, so that a newer form can change it.
pub const RATED_AREAS: [&str; 9] = [
    "inclusive-learning",
    "learning-in-families-and-communities",
    "learning-for-and-in-the-workplace",
    "modern-learning-technologies",
    "quality-in-learning",
    "culture-of-learning",
    "political-will",
    "governance-and-participation",
    "mobilisation-of-resources",
];

/// The translation key naming a Key Features area (a rated area or a rubric criterion).
pub fn area_label_key(area: &str) -> String {
    format!("wizard-area-{area}")
}

/// How many of [`RATED_AREAS`] are building blocks; the rest are the fundamental conditions.
pub const BUILDING_BLOCKS: usize = 6;

/// The progress report's narratives' default word limit (shared/DOMAIN.md).
pub const REPORT_WORDS: usize = 300;

/// What a member reports progress on since joining: the Learning City Award's criteria. UIL does not
/// publish its survey's questions, so this list is data that a newer survey can change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ProgressArea {
    Plan,
    Partnerships,
    Resources,
    Monitoring,
    Access,
    Culture,
    Innovation,
    Network,
}

impl ProgressArea {
    pub const ALL: [ProgressArea; 8] = [
        ProgressArea::Plan,
        ProgressArea::Partnerships,
        ProgressArea::Resources,
        ProgressArea::Monitoring,
        ProgressArea::Access,
        ProgressArea::Culture,
        ProgressArea::Innovation,
        ProgressArea::Network,
    ];

    /// The URL segment and storage key of the area's section, and the end of its translation keys.
    pub fn slug(self) -> &'static str {
        match self {
            ProgressArea::Plan => "learning-city-plan",
            ProgressArea::Partnerships => "partnerships",
            ProgressArea::Resources => "resources",
            ProgressArea::Monitoring => "monitoring",
            ProgressArea::Access => "access-for-all",
            ProgressArea::Culture => "culture-of-learning",
            ProgressArea::Innovation => "innovation",
            ProgressArea::Network => "contributions-to-network",
        }
    }

    fn title_key(self) -> &'static str {
        match self {
            ProgressArea::Plan => "report-section-learning-city-plan",
            ProgressArea::Partnerships => "report-section-partnerships",
            ProgressArea::Resources => "report-section-resources",
            ProgressArea::Monitoring => "report-section-monitoring",
            ProgressArea::Access => "report-section-access-for-all",
            ProgressArea::Culture => "report-section-culture-of-learning",
            ProgressArea::Innovation => "report-section-innovation",
            ProgressArea::Network => "report-section-network-contributions",
        }
    }

    /// The question the area's narrative answers.
    pub fn question_key(self) -> &'static str {
        match self {
            ProgressArea::Plan => "report-question-learning-city-plan",
            ProgressArea::Partnerships => "report-question-partnerships",
            ProgressArea::Resources => "report-question-resources",
            ProgressArea::Monitoring => "report-question-monitoring",
            ProgressArea::Access => "report-question-access-for-all",
            ProgressArea::Culture => "report-question-culture-of-learning",
            ProgressArea::Innovation => "report-question-innovation",
            ProgressArea::Network => "report-question-network-contributions",
        }
    }
}

/// The steps of the city's forms, each with its URL segment. Which steps a form has, and in which order,
/// is its [`FormKind`](super::FormKind)'s list; a section both forms ask (the contact person, the city
/// profile) is one section, so that a report can start from the application's answers. It travels as
/// its slug, so that it can key a JSON map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum Section {
    City,
    Mayor,
    Contact,
    CityProfile,
    Narrative,
    Interests,
    Pledge,
    Progress(ProgressArea),
}

impl Section {
    /// Every section of every form.
    pub fn all() -> impl Iterator<Item = Section> {
        // The application asks every section but the progress areas, which only the report asks.
        super::FormKind::Application
            .sections()
            .iter()
            .copied()
            .chain(ProgressArea::ALL.into_iter().map(Section::Progress))
    }

    /// The URL segment, e.g. `/lv/apply/7/city-profile`, and the key it is stored under.
    pub fn slug(self) -> &'static str {
        match self {
            Section::City => "city",
            Section::Mayor => "mayor",
            Section::Contact => "contact",
            Section::CityProfile => "city-profile",
            Section::Narrative => "narrative",
            Section::Interests => "interests",
            Section::Pledge => "pledge",
            Section::Progress(area) => area.slug(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::all().find(|section| section.slug() == slug)
    }

    /// Translation key of the section's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Section::City => "wizard-section-city",
            Section::Mayor => "wizard-section-mayor",
            Section::Contact => "wizard-section-contact",
            Section::CityProfile => "wizard-section-city-profile",
            Section::Narrative => "wizard-section-narrative",
            Section::Interests => "wizard-section-interests",
            Section::Pledge => "wizard-section-pledge",
            Section::Progress(area) => area.title_key(),
        }
    }

    /// Translation key of the short text under the section's title.
    pub fn intro_key(self) -> &'static str {
        match self {
            Section::City => "wizard-intro-city",
            Section::Mayor => "wizard-intro-mayor",
            Section::Contact => "wizard-intro-contact",
            Section::CityProfile => "wizard-intro-city-profile",
            Section::Narrative => "wizard-intro-narrative",
            Section::Interests => "wizard-intro-interests",
            Section::Pledge => "wizard-intro-pledge",
            Section::Progress(_) => "report-intro-progress",
        }
    }
}

impl From<Section> for &'static str {
    fn from(section: Section) -> Self {
        section.slug()
    }
}

impl TryFrom<String> for Section {
    type Error = String;

    fn try_from(slug: String) -> Result<Self, Self::Error> {
        Section::from_slug(&slug).ok_or(slug)
    }
}

/// A section's place on the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectionState {
    NotStarted,
    InProgress,
    Complete,
    HasErrors,
}

impl SectionState {
    /// Nothing typed: not started. Everything valid: complete. Only gaps: in progress. Anything typed
    /// that is wrong: has errors.
    pub fn of(is_empty: bool, problems: &[FieldError]) -> Self {
        if is_empty {
            SectionState::NotStarted
        } else if problems.is_empty() {
            SectionState::Complete
        } else if problems.iter().all(|p| p.key == "error-required") {
            SectionState::InProgress
        } else {
            SectionState::HasErrors
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            SectionState::NotStarted => "wizard-state-not-started",
            SectionState::InProgress => "wizard-state-in-progress",
            SectionState::Complete => "wizard-state-complete",
            SectionState::HasErrors => "wizard-state-has-errors",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::application::FormKind;
    use std::collections::BTreeMap;

    fn figure(value: &str, year: &str) -> FigureForm {
        FigureForm {
            value: value.into(),
            year: year.into(),
        }
    }

    /// Valmiera's application, filled in completely.
    fn complete() -> FormAnswers {
        FormAnswers {
            city: CityForm {
                name: "Valmiera".into(),
                website: "valmiera.lv".into(),
            },
            mayor: MayorForm {
                salutation: "mr".into(),
                surname: "Bērziņš".into(),
                first_name: "Jānis".into(),
                title: "Chairman of Valmiera Municipal Council".into(),
            },
            contact: ContactForm {
                salutation: "ms".into(),
                surname: "Liepiņa".into(),
                first_name: "Anna".into(),
                title: "Head of Education".into(),
                organisation: "".into(),
                address: "Lāčplēša iela 2, Valmiera".into(),
                postcode: "4201".into(),
                phone: "+371 64 207 120".into(),
                email: "anna.liepina@valmiera.lv".into(),
                language: "en".into(),
            },
            city_profile: CityProfileForm {
                population: figure("23 050", "2025"),
                area_km2: figure("19,35", "2025"),
                city_gdp_per_capita_usd: figure("21 400", "2024"),
                country_gdp_per_capita_usd: figure("23 300", "2024"),
                schooling_years_men: figure("13,1", "2023"),
                schooling_years_women: figure("13,9", "2023"),
            },
            narrative: NarrativeForm {
                context_and_motivation: "Valmiera wants every resident to keep learning.".into(),
                implementation: "Our adult education centre coordinates local providers.".into(),
            },
            interests: InterestsForm {
                ratings: RATED_AREAS
                    .iter()
                    .map(|a| (a.to_string(), "4".to_string()))
                    .collect(),
            },
            pledge: PledgeForm {
                adopts_guiding_documents: "on".into(),
            },
            progress: BTreeMap::new(),
        }
    }

    #[test]
    fn a_completely_filled_application_is_complete_in_every_section() {
        let form = complete();
        for section in FormKind::Application.sections().iter().copied() {
            assert_eq!(
                form.state(section, 2027),
                SectionState::Complete,
                "{section:?}"
            );
        }
        assert!(form.is_complete(FormKind::Application, 2027));
        let contact = Contact::try_from(&form.contact).unwrap();
        assert_eq!(contact.postcode.as_str(), "LV-4201");
        assert_eq!(contact.organisation, None);
    }

    #[test]
    fn an_untouched_application_has_every_section_not_started() {
        let form = FormAnswers::default();
        for section in FormKind::Application.sections().iter().copied() {
            assert_eq!(
                form.state(section, 2027),
                SectionState::NotStarted,
                "{section:?}"
            );
        }
        assert!(!form.is_complete(FormKind::Application, 2027));
    }

    #[test]
    fn gaps_are_in_progress_but_wrong_values_are_errors() {
        let mut form = complete();
        form.mayor.title.clear();
        assert_eq!(form.state(Section::Mayor, 2027), SectionState::InProgress);
        form.contact.phone = "67 325 109".into();
        assert_eq!(form.state(Section::Contact, 2027), SectionState::HasErrors);
        let problems = form.problems(Section::Contact, 2027);
        assert_eq!(
            problems,
            vec![FieldError::new("phone", "error-phone-invalid")]
        );
        assert!(!form.is_complete(FormKind::Application, 2027));
    }

    #[test]
    fn every_bad_field_of_a_section_is_reported_with_its_path() {
        let mut form = complete();
        form.city_profile.population = figure("-10", "2030");
        form.city_profile.schooling_years_women = figure("99", "");
        let fields: Vec<(String, String)> = form
            .problems(Section::CityProfile, 2027)
            .into_iter()
            .map(|p| (p.field, p.key))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("population.value".into(), "error-number-too-small".into()),
                ("population.year".into(), "error-year-invalid".into()),
                (
                    "schooling_years_women.value".into(),
                    "error-number-too-large".into()
                ),
                ("schooling_years_women.year".into(), "error-required".into()),
            ]
        );
    }

    #[test]
    fn narratives_over_200_words_are_refused() {
        let mut form = complete();
        form.narrative.implementation = vec!["word"; 201].join(" ");
        assert_eq!(
            form.problems(Section::Narrative, 2027),
            vec![FieldError::new("implementation", "error-too-many-words")]
        );
    }

    #[test]
    fn every_rated_area_needs_a_rating_from_one_to_five() {
        let mut form = complete();
        form.interests.ratings.remove("political-will");
        form.interests
            .ratings
            .insert("quality-in-learning".into(), "7".into());
        let problems = form.problems(Section::Interests, 2027);
        assert!(problems.contains(&FieldError::new("ratings.political-will", "error-required")));
        assert!(problems.contains(&FieldError::new(
            "ratings.quality-in-learning",
            "error-rating-invalid"
        )));
        assert_eq!(
            form.state(Section::Interests, 2027),
            SectionState::HasErrors
        );
    }

    #[test]
    fn the_pledge_needs_its_box_ticked() {
        let mut form = complete();
        form.pledge.adopts_guiding_documents.clear();
        assert_eq!(form.state(Section::Pledge, 2027), SectionState::NotStarted);
        assert!(!form.is_complete(FormKind::Application, 2027));
    }

    #[test]
    fn sections_round_trip_through_their_url_segments() {
        for section in Section::all() {
            assert_eq!(Section::from_slug(section.slug()), Some(section));
        }
        for section in FormKind::Application.sections() {
            assert!(section.title_key().starts_with("wizard-section-"));
        }
        assert_eq!(Section::from_slug("budget"), None);
    }

    #[test]
    fn a_saved_draft_reads_back_exactly_as_typed() {
        let mut form = complete();
        form.contact.phone = "not a number <b>".into();
        let json = serde_json::to_string(&form).unwrap();
        let back: FormAnswers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, form);
    }

    #[test]
    fn sections_travel_as_their_slugs_and_can_key_a_map() {
        let versions: BTreeMap<Section, i32> = [
            (Section::CityProfile, 2),
            (Section::Progress(ProgressArea::Plan), 1),
        ]
        .into();
        let json = serde_json::to_string(&versions).unwrap();
        assert_eq!(json, r#"{"city-profile":2,"learning-city-plan":1}"#);
        assert_eq!(
            serde_json::from_str::<BTreeMap<Section, i32>>(&json).unwrap(),
            versions
        );
        assert!(serde_json::from_str::<Section>(r#""budget""#).is_err());
    }

    #[test]
    fn a_progress_narrative_is_required_and_held_to_300_words() {
        let mut form = FormAnswers::default();
        let plan = Section::Progress(ProgressArea::Plan);
        assert_eq!(form.state(plan, 2028), SectionState::NotStarted);
        form.progress.insert(
            ProgressArea::Plan,
            ProgressForm {
                narrative: vec!["word"; 300].join(" "),
            },
        );
        assert_eq!(form.state(plan, 2028), SectionState::Complete);
        form.progress.insert(
            ProgressArea::Plan,
            ProgressForm {
                narrative: vec!["word"; 301].join(" "),
            },
        );
        assert_eq!(
            form.problems(plan, 2028),
            vec![FieldError::new("narrative", "error-too-many-words")]
        );
        assert_eq!(
            form.state(Section::Progress(ProgressArea::Network), 2028),
            SectionState::NotStarted
        );
    }

    #[test]
    fn a_report_is_complete_without_the_application_only_sections() {
        let mut form = complete();
        form.mayor = MayorForm::default();
        form.pledge = PledgeForm::default();
        assert!(!form.is_complete(FormKind::Report, 2028));
        for area in ProgressArea::ALL {
            form.progress.insert(
                area,
                ProgressForm {
                    narrative: format!("Progress in {}.", area.slug()),
                },
            );
        }
        assert!(form.is_complete(FormKind::Report, 2028));
        assert!(!form.is_complete(FormKind::Application, 2028));
    }
}
