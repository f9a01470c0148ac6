//! Section "City profile": the figures, each with the year it is from.

use crate::error::{FieldError, FieldProblems as Problems};
use crate::model::application::values::{
    AreaKm2, DataYear, Population, SchoolingYears, UsdPerCapita,
};
use serde::{Deserialize, Serialize};

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

    pub(super) fn figures(&self) -> [&FigureForm; 6] {
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
