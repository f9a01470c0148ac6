//! Member cities' progress reports: the city's list, and starting the report it owes next, prefilled
//! from what it wrote before. Reading, saving and submitting a report are the forms' (`forms`).

use super::applications::city_of;
use super::entities::{applications, cities, enums, member_cities, progress_reports};
use super::forms::{insert_answers, report_status, saved_answers};
use super::store::{db_error, record_event};
use app::error::AppError;
use app::model::application::{FormKind, FormRef, ReportSummary, ReportsOverview, SectionData};
use app::model::{CurrentUser, Deadline};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder,
};

/// The applicant's city's membership, if it is a member (active or lapsed).
async fn membership(
    db: &impl ConnectionTrait,
    applicant: &CurrentUser,
) -> Result<Option<member_cities::Model>, AppError> {
    let city_id = city_of(applicant)?;
    member_cities::Entity::find()
        .filter(member_cities::Column::CityId.eq(city_id))
        .one(db)
        .await
        .map_err(db_error)
}

/// A report counts as begun once the city started it here; a row the secretary made only to move its
/// due date is not one.
fn begun(report: &progress_reports::Model) -> bool {
    report.version > 0 || report.submitted_at.is_some()
}

pub async fn reports_of(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
) -> Result<ReportsOverview, AppError> {
    let Some(member) = membership(db, applicant).await? else {
        return Ok(ReportsOverview {
            member: false,
            reports: Vec::new(),
            owed: None,
            now,
        });
    };
    let city = cities::Entity::find_by_id(member.city_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let reports = progress_reports::Entity::find()
        .filter(progress_reports::Column::MemberCityId.eq(member.id))
        .order_by_desc(progress_reports::Column::PeriodYear)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(begun)
        .map(|report| ReportSummary {
            id: report.id,
            city: city.name.clone(),
            period_year: report.period_year,
            due: Deadline::at(report.due_at),
            status: report_status(report.status),
        })
        .collect();
    Ok(ReportsOverview {
        member: member.status == enums::MemberStatus::Active,
        reports,
        owed: super::members::next_report(db, &member).await?,
        now,
    })
}

/// What a new report starts from: the city's latest submitted report whole, else the focal point and
/// the figures of its latest application. Nothing for a city entered by the secretary without either.
async fn prefill(
    db: &impl ConnectionTrait,
    member: &member_cities::Model,
) -> Result<(Vec<SectionData>, Option<FormRef>), AppError> {
    let previous = progress_reports::Entity::find()
        .filter(progress_reports::Column::MemberCityId.eq(member.id))
        .filter(progress_reports::Column::SubmittedAt.is_not_null())
        .order_by_desc(progress_reports::Column::PeriodYear)
        .one(db)
        .await
        .map_err(db_error)?
        .map(|report| FormRef::report(report.id));
    let application = applications::Entity::find()
        .filter(applications::Column::CityId.eq(member.city_id))
        .filter(applications::Column::Status.ne(enums::ApplicationStatus::Withdrawn))
        .order_by_desc(applications::Column::CreatedAt)
        .one(db)
        .await
        .map_err(db_error)?
        .map(|application| FormRef::application(application.id));
    let Some(source) = previous.or(application) else {
        return Ok((Vec::new(), None));
    };
    let (answers, versions) = saved_answers(db, source).await?;
    let sections = FormKind::Report
        .sections()
        .iter()
        .filter(|section| versions.contains_key(section))
        .filter_map(|section| SectionData::from_answers(*section, answers.answers(*section)).ok())
        .collect();
    Ok((sections, Some(source)))
}

/// Starts the report the member owes next, or returns it if the city already began it.
pub async fn start(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
) -> Result<i32, AppError> {
    let member = membership(db, applicant)
        .await?
        .filter(|member| member.status == enums::MemberStatus::Active)
        .ok_or(AppError::NotMember)?;
    let owed = super::members::next_report(db, &member)
        .await?
        .ok_or(AppError::NotMember)?;
    let txn = super::begin_write(db).await.map_err(db_error)?;
    let existing = progress_reports::Entity::find()
        .filter(progress_reports::Column::MemberCityId.eq(member.id))
        .filter(progress_reports::Column::PeriodYear.eq(owed.period_year))
        .one(&*txn)
        .await
        .map_err(db_error)?;
    let report = match existing {
        Some(report) if begun(&report) => return Ok(report.id),
        Some(report) => report,
        None => progress_reports::ActiveModel {
            member_city_id: Set(member.id),
            period_year: Set(owed.period_year),
            due_at: Set(owed.due.at),
            status: Set(enums::ReportStatus::Draft),
            version: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&*txn)
        .await
        .map_err(db_error)?,
    };
    let form = FormRef::report(report.id);
    let (sections, source) = prefill(&*txn, &member).await?;
    for data in &sections {
        insert_answers(&*txn, now, applicant.id, form, data)
            .await
            .map_err(db_error)?;
    }
    super::forms::touch(&*txn, now, applicant.id, form).await?;
    record_event(
        &*txn,
        now,
        Some(applicant.id),
        ("report", report.id),
        "report_started",
        serde_json::json!({
            "period": owed.period_year,
            "prefilled_from": source.map(|source| (source.kind.as_str(), source.id)),
        }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(report.id)
}
