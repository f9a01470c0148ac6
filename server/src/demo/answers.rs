//! The demo's answers: a city's application and a member's progress report, each answered completely
//! as the wizard stores them. The integration tests submit the same answers.

/// Every section of a city's application, answered completely, as the wizard stores them; `domain` is
/// the city's web domain, e.g. `valmiera.lv`.
pub fn complete_answers(city: &str, domain: &str) -> Vec<serde_json::Value> {
    use serde_json::json;
    let figure = |value: &str, year: &str| json!({ "value": value, "year": year });
    let ratings: serde_json::Map<String, serde_json::Value> = app::model::application::RATED_AREAS
        .iter()
        .map(|area| (area.to_string(), json!("4")))
        .collect();
    vec![
        json!({ "City": { "name": city, "website": format!("www.{domain}") } }),
        json!({ "Mayor": { "salutation": "mr", "surname": "Bērziņš", "first_name": "Jānis", "title": format!("Chairman of {city} Municipal Council") } }),
        json!({ "Contact": {
            "salutation": "ms", "surname": "Liepiņa", "first_name": "Anna", "title": "Head of Education",
            "organisation": "", "address": format!("Lāčplēša iela 2, {city}"), "postcode": "LV-4201",
            "phone": "+371 64 207 120", "email": format!("anna.liepina@{domain}"), "language": "en"
        } }),
        json!({ "CityProfile": {
            "population": figure("23 050", "2025"), "area_km2": figure("19,35", "2025"),
            "city_gdp_per_capita_usd": figure("21 400", "2024"),
            "country_gdp_per_capita_usd": figure("23 300", "2024"),
            "schooling_years_men": figure("13,1", "2023"), "schooling_years_women": figure("13,9", "2023")
        } }),
        json!({ "Narrative": {
            "context_and_motivation": format!("{city} wants every resident to keep learning."),
            "implementation": format!("Our adult education centre coordinates local providers: https://{domain}/plan")
        } }),
        json!({ "Interests": { "ratings": ratings } }),
        json!({ "Pledge": { "adopts_guiding_documents": "on" } }),
    ]
}

/// A member's progress report answered completely, as the wizard stores it.
pub fn complete_report(city: &str, domain: &str) -> Vec<serde_json::Value> {
    use app::model::application::{FormKind, ProgressArea};
    use serde_json::json;
    let kept = |value: &serde_json::Value| {
        let section = serde_json::from_value::<app::model::application::SectionData>(value.clone())
            .map(|data| data.section());
        section.is_ok_and(|section| FormKind::Report.has(section))
    };
    let progress = ProgressArea::ALL.into_iter().map(|area| {
        let narrative = format!(
            "{city} reports its {} work: https://{domain}/learning-city/{}",
            area.slug().replace('-', " "),
            area.slug()
        );
        json!({ "Progress": [area, { "narrative": narrative }] })
    });
    complete_answers(city, domain)
        .into_iter()
        .filter(kept)
        .chain(progress)
        .collect()
}
