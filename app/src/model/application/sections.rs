//! The sections of the GNLC application, Part 1. Each section has a form (exactly what was typed, which
//! is what gets saved, so nothing typed is ever lost to a validation error) and a checked value made
//! from it by `TryFrom`, which lists every problem at once.

use super::values::{
    AreaKm2, CorrespondenceLanguage, DataYear, LimitedText, Line, PhoneNumber, Population,
    Postcode, Rating, Salutation, SchoolingYears, UsdPerCapita, WebAddress,
};
use crate::error::{FieldError, FieldProblems as Problems};
use crate::model::EmailAddress;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

/// True when every field of a form is blank.
fn all_blank(fields: &[&str]) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

/// Section "City".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CityForm {
    pub name: String,
    pub website: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct City {
    pub name: Line,
    pub website: WebAddress,
}

impl TryFrom<&CityForm> for City {
    type Error = Vec<FieldError>;

    fn try_from(form: &CityForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let name = p.check("name", Line::parse(&form.name));
        let website = p.check("website", WebAddress::parse(&form.website));
        p.finish(|| {
            Some(City {
                name: name?,
                website: website?,
            })
        })
    }
}

/// Section "Mayor".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MayorForm {
    pub salutation: String,
    pub surname: String,
    pub first_name: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mayor {
    pub salutation: Salutation,
    pub surname: Line,
    pub first_name: Line,
    pub title: Line,
}

impl TryFrom<&MayorForm> for Mayor {
    type Error = Vec<FieldError>;

    fn try_from(form: &MayorForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let salutation = p.check("salutation", Salutation::parse(&form.salutation));
        let surname = p.check("surname", Line::parse(&form.surname));
        let first_name = p.check("first_name", Line::parse(&form.first_name));
        let title = p.check("title", Line::parse(&form.title));
        p.finish(|| {
            Some(Mayor {
                salutation: salutation?,
                surname: surname?,
                first_name: first_name?,
                title: title?,
            })
        })
    }
}

/// Section "Contact person", the city's focal point for the network.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub salutation: String,
    pub surname: String,
    pub first_name: String,
    pub title: String,
    /// Only when the contact does not work for the municipality.
    pub organisation: String,
    pub address: String,
    pub postcode: String,
    pub phone: String,
    pub email: String,
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub salutation: Salutation,
    pub surname: Line,
    pub first_name: Line,
    pub title: Line,
    pub organisation: Option<Line>,
    pub address: Line,
    pub postcode: Postcode,
    pub phone: PhoneNumber,
    pub email: EmailAddress,
    pub language: CorrespondenceLanguage,
}

impl TryFrom<&ContactForm> for Contact {
    type Error = Vec<FieldError>;

    fn try_from(form: &ContactForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let salutation = p.check("salutation", Salutation::parse(&form.salutation));
        let surname = p.check("surname", Line::parse(&form.surname));
        let first_name = p.check("first_name", Line::parse(&form.first_name));
        let title = p.check("title", Line::parse(&form.title));
        let organisation = if form.organisation.trim().is_empty() {
            Some(None)
        } else {
            p.check("organisation", Line::parse(&form.organisation))
                .map(Some)
        };
        let address = p.check("address", Line::parse(&form.address));
        let postcode = p.check("postcode", Postcode::parse(&form.postcode));
        let phone = p.check("phone", PhoneNumber::parse(&form.phone));
        let email = p.check(
            "email",
            EmailAddress::parse(&form.email).map_err(|key| {
                if key == "error-email-required" {
                    "error-required"
                } else {
                    key
                }
            }),
        );
        let language = p.check("language", CorrespondenceLanguage::parse(&form.language));
        p.finish(|| {
            Some(Contact {
                salutation: salutation?,
                surname: surname?,
                first_name: first_name?,
                title: title?,
                organisation: organisation?,
                address: address?,
                postcode: postcode?,
                phone: phone?,
                email: email?,
                language: language?,
            })
        })
    }
}

/// One figure of the city profile with the year it describes, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FigureForm {
    pub value: String,
    pub year: String,
}

/// Section "City profile": the figures UIL publishes about each member.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CityProfileForm {
    pub population: FigureForm,
    pub area_km2: FigureForm,
    pub city_gdp_per_capita_usd: FigureForm,
    pub country_gdp_per_capita_usd: FigureForm,
    pub schooling_years_men: FigureForm,
    pub schooling_years_women: FigureForm,
}

/// A checked figure and its year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure<T> {
    pub value: T,
    pub year: DataYear,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CityProfile {
    pub population: Figure<Population>,
    pub area_km2: Figure<AreaKm2>,
    pub city_gdp_per_capita_usd: Figure<UsdPerCapita>,
    pub country_gdp_per_capita_usd: Figure<UsdPerCapita>,
    pub schooling_years_men: Figure<SchoolingYears>,
    pub schooling_years_women: Figure<SchoolingYears>,
}

impl CityProfileForm {
    /// Checks the figures; years may not lie after `latest_year` (the cycle's year).
    pub fn parse(&self, latest_year: i32) -> Result<CityProfile, Vec<FieldError>> {
        let mut p = Problems::default();
        let year = latest_year;
        let population = figure(
            &mut p,
            "population",
            &self.population,
            year,
            Population::parse,
        );
        let area_km2 = figure(&mut p, "area_km2", &self.area_km2, year, AreaKm2::parse);
        let city_gdp = figure(
            &mut p,
            "city_gdp_per_capita_usd",
            &self.city_gdp_per_capita_usd,
            year,
            UsdPerCapita::parse,
        );
        let country_gdp = figure(
            &mut p,
            "country_gdp_per_capita_usd",
            &self.country_gdp_per_capita_usd,
            year,
            UsdPerCapita::parse,
        );
        let men = figure(
            &mut p,
            "schooling_years_men",
            &self.schooling_years_men,
            year,
            SchoolingYears::parse,
        );
        let women = figure(
            &mut p,
            "schooling_years_women",
            &self.schooling_years_women,
            year,
            SchoolingYears::parse,
        );
        p.finish(|| {
            Some(CityProfile {
                population: population?,
                area_km2: area_km2?,
                city_gdp_per_capita_usd: city_gdp?,
                country_gdp_per_capita_usd: country_gdp?,
                schooling_years_men: men?,
                schooling_years_women: women?,
            })
        })
    }

    fn figures(&self) -> [&FigureForm; 6] {
        [
            &self.population,
            &self.area_km2,
            &self.city_gdp_per_capita_usd,
            &self.country_gdp_per_capita_usd,
            &self.schooling_years_men,
            &self.schooling_years_women,
        ]
    }
}

/// Checks one figure and its year, recording problems under `{name}.value` and `{name}.year`.
fn figure<T>(
    p: &mut Problems,
    name: &str,
    form: &FigureForm,
    latest_year: i32,
    parse: fn(&str) -> Result<T, &'static str>,
) -> Option<Figure<T>> {
    let value = p.check(&format!("{name}.value"), parse(&form.value));
    let year = p.check(
        &format!("{name}.year"),
        DataYear::parse(&form.year, latest_year),
    );
    Some(Figure {
        value: value?,
        year: year?,
    })
}

/// Section "Narrative": two answers of at most 200 words each.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NarrativeForm {
    /// (a) The city's social context and its motivation to join.
    pub context_and_motivation: String,
    /// (b) How the city implements, or plans to implement, the learning-city concept, with links.
    pub implementation: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Narrative {
    pub context_and_motivation: LimitedText,
    pub implementation: LimitedText,
}

impl TryFrom<&NarrativeForm> for Narrative {
    type Error = Vec<FieldError>;

    fn try_from(form: &NarrativeForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let context = p.check(
            "context_and_motivation",
            LimitedText::parse(&form.context_and_motivation, NARRATIVE_WORDS),
        );
        let implementation = p.check(
            "implementation",
            LimitedText::parse(&form.implementation, NARRATIVE_WORDS),
        );
        p.finish(|| {
            Some(Narrative {
                context_and_motivation: context?,
                implementation: implementation?,
            })
        })
    }
}

/// Section "Interests and expertise": a rating for each of [`RATED_AREAS`], keyed by area.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterestsForm {
    pub ratings: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interests {
    pub ratings: BTreeMap<&'static str, Rating>,
}

impl TryFrom<&InterestsForm> for Interests {
    type Error = Vec<FieldError>;

    fn try_from(form: &InterestsForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let mut ratings = BTreeMap::new();
        for area in RATED_AREAS {
            let typed = form
                .ratings
                .get(area)
                .map(String::as_str)
                .unwrap_or_default();
            if let Some(rating) = p.check(&format!("ratings.{area}"), Rating::parse(typed)) {
                ratings.insert(area, rating);
            }
        }
        p.finish(|| Some(Interests { ratings }))
    }
}

/// Section "Pledge": the city adopts the Beijing Declaration and the Key Features; the mayor signs the
/// printed application (uploaded as a scan with the attachments).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PledgeForm {
    /// "on" when the box is ticked, as a browser posts a checkbox.
    pub adopts_guiding_documents: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pledge;

impl TryFrom<&PledgeForm> for Pledge {
    type Error = Vec<FieldError>;

    fn try_from(form: &PledgeForm) -> Result<Self, Self::Error> {
        match form.adopts_guiding_documents.as_str() {
            "on" | "true" => Ok(Pledge),
            _ => Err(vec![FieldError::new(
                "adopts_guiding_documents",
                "error-required",
            )]),
        }
    }
}

/// A progress report's section: what changed in one area since the city joined or last reported.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressForm {
    pub narrative: String,
}

impl TryFrom<&ProgressForm> for LimitedText {
    type Error = Vec<FieldError>;

    fn try_from(form: &ProgressForm) -> Result<Self, Self::Error> {
        LimitedText::parse(&form.narrative, REPORT_WORDS)
            .map_err(|key| vec![FieldError::new("narrative", key)])
    }
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
    pub fn is_complete(&self, kind: super::FormKind, year: i32) -> bool {
        kind.sections()
            .iter()
            .all(|section| self.state(*section, year) == SectionState::Complete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::application::FormKind;

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
