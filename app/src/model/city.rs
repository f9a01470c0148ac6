//! The cities and municipalities that may apply, as the secretary keeps them.

use super::application::{Line, WebAddress};
use super::CityRef;
use crate::error::{FieldError, FieldProblems};
use serde::{Deserialize, Serialize};

/// One city in the secretary's list, with what refers to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitySummary {
    pub city: CityRef,
    pub official_name: Option<String>,
    pub website: Option<String>,
    pub retired: bool,
    /// Accounts of the city's people, applications and whether it is a member: a city that has any
    /// of them is retired, never deleted.
    pub people: usize,
    pub applications: usize,
    pub member: bool,
}

/// The city form exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CityForm {
    pub name: String,
    pub official_name: String,
    pub website: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedCity {
    pub name: Line,
    pub official_name: Option<Line>,
    pub website: Option<WebAddress>,
}

impl CityForm {
    pub fn of(city: &CitySummary) -> Self {
        CityForm {
            name: city.city.name.clone(),
            official_name: city.official_name.clone().unwrap_or_default(),
            website: city.website.clone().unwrap_or_default(),
        }
    }

    /// A name, and optionally the official name for UIL and a website: every problem at once.
    pub fn check(&self) -> Result<CheckedCity, Vec<FieldError>> {
        let mut p = FieldProblems::default();
        let name = p.check("name", Line::parse(&self.name));
        let official_name = optional(&mut p, "official_name", &self.official_name, Line::parse);
        let website = optional(&mut p, "website", &self.website, WebAddress::parse);
        p.finish(|| {
            Some(CheckedCity {
                name: name?,
                official_name: official_name?,
                website: website?,
            })
        })
    }
}

fn optional<T>(
    problems: &mut FieldProblems,
    field: &'static str,
    raw: &str,
    parse: impl FnOnce(&str) -> Result<T, &'static str>,
) -> Option<Option<T>> {
    if raw.trim().is_empty() {
        Some(None)
    } else {
        problems.check(field, parse(raw)).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_needs_a_name_and_may_have_an_official_name_and_a_website() {
        let form = CityForm {
            name: " Cēsis ".into(),
            official_name: "".into(),
            website: "cesis.lv".into(),
        };
        let city = form.check().unwrap();
        assert_eq!(city.name.as_str(), "Cēsis");
        assert_eq!(city.official_name, None);
        assert_eq!(city.website.unwrap().as_str(), "https://cesis.lv");
        let bad = CityForm {
            name: "  ".into(),
            official_name: "a\nb".into(),
            website: "not a site".into(),
        };
        let fields: Vec<String> = bad
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["name", "official_name", "website"]);
    }
}
