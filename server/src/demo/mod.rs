//! Demo data for `cargo xtask run`: cities, the current cycle and one account per role, written only
//! into an empty database.

mod answers;

use crate::services::auth::hash_password;
use crate::storage;
use crate::storage::entities::{cycles, enums, member_cities, users};
pub use answers::{complete_answers, complete_report};

use anyhow::Context;
use app::model::AuditKind;
use app::model::{default_decision_due, default_window};
use chrono::{DateTime, Datelike, Utc};
use rand::distr::{Alphanumeric, SampleString};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, PaginatorTrait,
    TransactionTrait,
};

/// The password of demo accounts seeded on this start, when it was generated rather than chosen.
pub struct GeneratedPassword(pub String);

const ACCOUNTS: [(&str, &str, enums::Role, Option<&str>); 6] = [
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
        "reviewer2@demo.pieteikums.lv",
        "Marta Liepa",
        enums::Role::CommissionReviewer,
        None,
    ),
    (
        "valmiera@demo.pieteikums.lv",
        "Anna Bērziņa",
        enums::Role::CityApplicant,
        Some("Valmiera"),
    ),
    (
        "cesis@demo.pieteikums.lv",
        "Jānis Kalns",
        enums::Role::CityApplicant,
        Some("Cēsis"),
    ),
    (
        "jelgava@demo.pieteikums.lv",
        "Līga Priede",
        enums::Role::CityApplicant,
        Some("Jelgava"),
    ),
];

/// Cities whose application the demo shows as already submitted, so that the review board has work.
const SUBMITTED: [(&str, &str); 2] = [("Cēsis", "cesis.lv"), ("Jelgava", "jelgava.lv")];

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
    files: &std::path::Path,
) -> anyhow::Result<Option<GeneratedPassword>> {
    if users::Entity::find().count(db).await? > 0 {
        return Ok(None);
    }
    let generated = password.is_none();
    let password = password.unwrap_or_else(|| Alphanumeric.sample_string(&mut rand::rng(), 16));
    let hash = hash_password(password.clone()).await?;
    let txn = db.begin().await?;
    let mut city_ids = Vec::new();
    let mut members = Vec::new();
    for (name, website, joined) in CITIES {
        let record = storage::cities::CityRecord {
            name,
            official_name: None,
            website: Some(website),
        };
        let city = storage::cities::insert(&txn, now, record).await?;
        if let Some(year) = joined {
            let member = member_cities::ActiveModel {
                city_id: Set(city.id),
                joined_year: Set(year),
                joined_via: Set(enums::JoinedVia::Registered),
                status: Set(enums::MemberStatus::Active),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            members.push((name, website, member));
        }
        city_ids.push((name, city.id));
    }
    let year = current_cycle_year(now);
    let (opens, closes) = default_window(year).context("no default window for that year")?;
    let cycle = cycles::ActiveModel {
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
        let user = users::ActiveModel {
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
        if let Some((city, domain)) = SUBMITTED.iter().find(|(name, _)| Some(*name) == city) {
            let city_id = user.city_id.context("a city account has a city")?;
            let seeded = SeededApplication {
                cycle_id: cycle.id,
                city_id,
                applicant: user.id,
                city,
                domain,
            };
            seed_submitted(&txn, now, files, seeded).await?;
        }
        if let Some((city, website, member)) =
            members.iter().find(|(name, _, _)| Some(*name) == city)
        {
            let domain = website.trim_start_matches("https://www.");
            seed_previous_report(&txn, member, user.id, city, domain).await?;
        }
    }
    txn.commit().await?;
    Ok(generated.then_some(GeneratedPassword(password)))
}

/// Whose application the demo submits.
struct SeededApplication<'a> {
    cycle_id: i32,
    city_id: i32,
    applicant: i32,
    city: &'a str,
    domain: &'a str,
}

/// A city's application with every section answered and a stand-in for the signed scan, submitted at
/// `now`.
async fn seed_submitted(
    txn: &sea_orm::DatabaseTransaction,
    now: DateTime<Utc>,
    files: &std::path::Path,
    seeded: SeededApplication<'_>,
) -> anyhow::Result<()> {
    use crate::storage::entities::{applications, attachments};
    use sha2::{Digest, Sha256};
    let SeededApplication {
        cycle_id,
        city_id,
        applicant,
        city,
        domain,
    } = seeded;
    let sections = complete_answers(city, domain);
    let application = applications::ActiveModel {
        city_id: Set(city_id),
        cycle_id: Set(cycle_id),
        status: Set(enums::ApplicationStatus::Submitted),
        version: Set(sections.len() as i32),
        answer_language: Set(enums::AnswerLanguage::English),
        created_by: Set(applicant),
        created_at: Set(now),
        updated_at: Set(now),
        updated_by: Set(Some(applicant)),
        submitted_at: Set(Some(now)),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let owner = (Some(application.id), None);
    let written = Written {
        at: now,
        by: applicant,
        version: application.version,
    };
    seed_answers(txn, owner, written, sections).await?;
    let scan = crate::pdf::note_pdf(
        &format!("{city}: signed application (demo)"),
        city,
        "The demo stands in for the scan of the application the mayor signed and stamped.",
    );
    let storage_key = format!("demo-signed-{}.pdf", application.id);
    crate::files::write(files, &storage_key, &scan).await?;
    attachments::ActiveModel {
        application_id: Set(Some(application.id)),
        progress_report_id: Set(None),
        kind: Set(enums::AttachmentKind::SignedApplication),
        file_name: Set("signed-application.pdf".to_owned()),
        content_type: Set("application/pdf".to_owned()),
        size_bytes: Set(scan.len() as i64),
        sha256: Set(hex::encode(Sha256::digest(&scan))),
        storage_key: Set(storage_key),
        uploaded_by: Set(applicant),
        uploaded_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for kind in [
        AuditKind::ApplicationStarted,
        AuditKind::ApplicationSubmitted,
    ] {
        crate::storage::audit::record_event(
            txn,
            now,
            Some(applicant),
            ("application", application.id),
            kind,
            serde_json::json!({}),
        )
        .await?;
    }
    Ok(())
}

/// When and by whom seeded answers were written, and the form's version they make.
#[derive(Clone, Copy)]
struct Written {
    at: DateTime<Utc>,
    by: i32,
    version: i32,
}

/// Writes a form's answers as the wizard stores them, with the snapshot its submission froze. `owner`
/// is the form's `(application_id, progress_report_id)`.
async fn seed_answers(
    txn: &sea_orm::DatabaseTransaction,
    owner: (Option<i32>, Option<i32>),
    written: Written,
    sections: Vec<serde_json::Value>,
) -> anyhow::Result<()> {
    use crate::storage::entities::{answers, form_snapshots};
    use app::model::application::{FormAnswers, SectionData};
    let (application_id, progress_report_id) = owner;
    let mut form = FormAnswers::default();
    for data in sections {
        let section: SectionData = serde_json::from_value(data.clone())?;
        let slug = section.section().slug();
        section.apply_to(&mut form);
        answers::ActiveModel {
            application_id: Set(application_id),
            progress_report_id: Set(progress_report_id),
            section: Set(slug.to_owned()),
            data: Set(data),
            version: Set(1),
            updated_at: Set(written.at),
            updated_by: Set(Some(written.by)),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    form_snapshots::ActiveModel {
        application_id: Set(application_id),
        progress_report_id: Set(progress_report_id),
        version: Set(written.version),
        data: Set(serde_json::to_value(&form)?),
        created_at: Set(written.at),
        created_by: Set(written.by),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The member's report before the one it owes next, sent and forwarded to UIL, so that the demo's next
/// report starts from it.
async fn seed_previous_report(
    txn: &sea_orm::DatabaseTransaction,
    member: &member_cities::Model,
    applicant: i32,
    city: &str,
    domain: &str,
) -> anyhow::Result<()> {
    use crate::storage::entities::progress_reports;
    let owed = app::model::first_owed_period(member.joined_year, member.created_at)
        .context("no report period for the member")?;
    let period = owed - app::model::REPORT_INTERVAL_YEARS;
    if period <= member.joined_year {
        return Ok(());
    }
    let due = app::model::default_report_due(period).context("no due date for the period")?;
    let sent = due - chrono::TimeDelta::days(10);
    let sections = complete_report(city, domain);
    let report = progress_reports::ActiveModel {
        member_city_id: Set(member.id),
        period_year: Set(period),
        due_at: Set(due),
        status: Set(enums::ReportStatus::ForwardedToUil),
        version: Set(sections.len() as i32),
        created_at: Set(sent),
        updated_at: Set(sent),
        updated_by: Set(Some(applicant)),
        submitted_at: Set(Some(sent)),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let written = Written {
        at: sent,
        by: applicant,
        version: report.version,
    };
    seed_answers(txn, (None, Some(report.id)), written, sections).await
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
