//! Demo data for `cargo xtask run`: cities, the current cycle and one account per role, written only
//! into an empty database.

use crate::auth::hash_password;
use crate::persistence::entities::{cities, cycles, enums, member_cities, users};
use anyhow::Context;
use app::model::{default_decision_due, default_window};
use chrono::{DateTime, Datelike, Utc};
use rand::distr::{Alphanumeric, SampleString};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, PaginatorTrait,
    TransactionTrait,
};

/// The password of demo accounts seeded on this start, when it was generated rather than chosen.
pub struct GeneratedPassword(pub String);

const ACCOUNTS: [(&str, &str, enums::Role, Option<&str>); 3] = [
    (
        "secretary@demo.pieteikums.lv",
        "Ilze Kalniņa",
        enums::Role::CommissionSecretary,
        None,
    ),
    (
        "reviewer@demo.pieteikums.lv",
        "Pēteris Ozols",
        enums::Role::CommissionReviewer,
        None,
    ),
    (
        "valmiera@demo.pieteikums.lv",
        "Anna Bērziņa",
        enums::Role::CityApplicant,
        Some("Valmiera"),
    ),
];

/// City, website, and the year it joined the network if it is a member.
const CITIES: [(&str, &str, Option<i32>); 5] = [
    ("Valmiera", "https://www.valmierasnovads.lv", Some(2016)),
    ("Ventspils", "https://www.ventspils.lv", Some(2022)),
    ("Cēsis", "https://www.cesis.lv", None),
    ("Jelgava", "https://www.jelgava.lv", None),
    ("Liepāja", "https://www.liepaja.lv", None),
];

/// The demo accounts and their password, for the person trying the product.
pub fn describe(password: Option<&str>) -> String {
    let mut text = match password {
        Some(password) => format!("Demo accounts (password: {password}):\n"),
        None => "Demo accounts (password as set when the database was seeded):\n".to_owned(),
    };
    for (email, name, role, _) in ACCOUNTS {
        let role = app::model::Role::from(role).as_str();
        text.push_str(&format!("  {email:<32} {name} ({role})\n"));
    }
    text
}

/// Seeds when there are no users yet; returns the password when it had to generate one.
pub async fn seed_if_empty(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    password: Option<String>,
) -> anyhow::Result<Option<GeneratedPassword>> {
    if users::Entity::find().count(db).await? > 0 {
        return Ok(None);
    }
    let generated = password.is_none();
    let password = password.unwrap_or_else(|| Alphanumeric.sample_string(&mut rand::rng(), 16));
    let hash = hash_password(password.clone()).await?;
    let txn = db.begin().await?;
    let mut city_ids = Vec::new();
    for (name, website, joined) in CITIES {
        let city = cities::ActiveModel {
            name: Set(name.to_owned()),
            country: Set("LV".to_owned()),
            website: Set(Some(website.to_owned())),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some(year) = joined {
            member_cities::ActiveModel {
                city_id: Set(city.id),
                joined_year: Set(year),
                joined_via: Set(enums::JoinedVia::Registered),
                status: Set(enums::MemberStatus::Active),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        city_ids.push((name, city.id));
    }
    let year = current_cycle_year(now);
    let (opens, closes) = default_window(year).context("no default window for that year")?;
    cycles::ActiveModel {
        year: Set(year),
        window_opens_at: Set(opens),
        window_closes_at: Set(closes),
        decision_due_at: Set(default_decision_due(year).context("no decision date for that year")?),
        quota: Set(3),
        scores_visible_before_review: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (email, name, role, city) in ACCOUNTS {
        let city_id =
            city.and_then(|city| city_ids.iter().find(|(n, _)| *n == city).map(|(_, id)| *id));
        users::ActiveModel {
            email: Set(email.to_owned()),
            full_name: Set(name.to_owned()),
            role: Set(role),
            city_id: Set(city_id),
            language: Set(enums::Language::Lv),
            password_hash: Set(Some(hash.clone())),
            active: Set(true),
            created_at: Set(now),
            last_login_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(generated.then_some(GeneratedPassword(password)))
}

/// This year's cycle until its window has closed, then next year's.
fn current_cycle_year(now: DateTime<Utc>) -> i32 {
    let year = now.year();
    match default_window(year) {
        Some((_, closes)) if now >= closes => year + 1,
        _ => year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_demo_description_names_every_account_and_the_password() {
        let text = describe(Some("s3cret"));
        assert!(text.starts_with("Demo accounts (password: s3cret):"));
        for (email, _, _, _) in ACCOUNTS {
            assert!(text.contains(email), "{email}");
        }
        assert!(text.contains("(commission_secretary)"));
        assert!(!describe(None).contains("s3cret"));
    }

    #[test]
    fn the_demo_cycle_is_this_years_until_its_window_closes() {
        assert_eq!(
            current_cycle_year(Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()),
            2027
        );
        assert_eq!(
            current_cycle_year(Utc.with_ymd_and_hms(2027, 1, 10, 9, 0, 0).unwrap()),
            2027
        );
        assert_eq!(
            current_cycle_year(Utc.with_ymd_and_hms(2027, 4, 30, 20, 59, 58).unwrap()),
            2027
        );
        assert_eq!(
            current_cycle_year(Utc.with_ymd_and_hms(2027, 4, 30, 21, 0, 0).unwrap()),
            2028
        );
    }
}
