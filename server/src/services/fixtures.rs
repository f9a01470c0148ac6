//! A small database for the services' unit tests: one city, its applicant, and its draft application.

use crate::storage::entities::{
    applications, cycles, enums, member_cities, progress_reports, users,
};
use app::model::{CityRef, CurrentUser, Role};
use chrono::{DateTime, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

pub(crate) fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 4, day, 9, 0, 0).unwrap()
}

/// A migrated database with Cēsis, its applicant, and its draft application of 2027.
pub(crate) async fn cesis() -> (
    tempfile::TempDir,
    DatabaseConnection,
    CurrentUser,
    applications::Model,
) {
    let folder = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", folder.path().join("t.sqlite").display());
    let db = crate::storage::connect(&url).await.unwrap();
    let city = crate::storage::cities::insert(
        &db,
        at(1),
        crate::storage::cities::CityRecord {
            name: "Cēsis",
            official_name: None,
            website: None,
        },
    )
    .await
    .unwrap();
    let (opens, closes) = app::model::default_window(2027).unwrap();
    let cycle = cycles::ActiveModel {
        year: Set(2027),
        window_opens_at: Set(opens),
        window_closes_at: Set(closes),
        decision_due_at: Set(app::model::default_decision_due(2027).unwrap()),
        quota: Set(3),
        scores_visible_before_review: Set(false),
        created_at: Set(at(1)),
        updated_at: Set(at(1)),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let user = users::ActiveModel {
        email: Set("cesis@example.org".into()),
        full_name: Set("Ilze Ozola".into()),
        role: Set(enums::Role::CityApplicant),
        city_id: Set(Some(city.id)),
        language: Set(enums::Language::Lv),
        password_hash: Set(None),
        active: Set(true),
        created_at: Set(at(1)),
        last_login_at: Set(None),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let application = applications::ActiveModel {
        city_id: Set(city.id),
        cycle_id: Set(cycle.id),
        status: Set(enums::ApplicationStatus::Draft),
        version: Set(3),
        answer_language: Set(enums::AnswerLanguage::English),
        created_by: Set(user.id),
        created_at: Set(at(1)),
        updated_at: Set(at(1)),
        updated_by: Set(None),
        submitted_at: Set(None),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let applicant = CurrentUser {
        id: user.id,
        email: user.email,
        full_name: user.full_name,
        role: Role::CityApplicant,
        city: Some(CityRef {
            id: city.id,
            name: city.name,
        }),
        language: app::i18n::Lang::Lv,
    };
    (folder, db, applicant, application)
}

/// The city made a member in 2020, with its progress report of 2027 in `status`, due on 30 April.
pub(crate) async fn member_report(
    db: &DatabaseConnection,
    city_id: i32,
    status: enums::ReportStatus,
) -> (member_cities::Model, progress_reports::Model) {
    let member = member_cities::ActiveModel {
        city_id: Set(city_id),
        joined_year: Set(2020),
        joined_via: Set(enums::JoinedVia::Registered),
        status: Set(enums::MemberStatus::Active),
        created_at: Set(at(1)),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let report = progress_reports::ActiveModel {
        member_city_id: Set(member.id),
        period_year: Set(2027),
        due_at: Set(at(30)),
        status: Set(status),
        version: Set(1),
        created_at: Set(at(1)),
        updated_at: Set(at(1)),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    (member, report)
}
