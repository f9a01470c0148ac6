//! The registry of member cities: the public list, the secretary's records, and the due dates of the
//! progress reports each member owes.

use super::access::secretary_only;
use super::errors::{db_error, refused};
use crate::mail::{mail_city_people, MailPurpose, Mailing};
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::cities::CityRecord;
use crate::storage::entities::{cities, enums, member_cities, progress_reports};
use crate::storage::users::city_people;
use app::error::AppError;
use app::i18n::Arg;
use app::model::AuditKind;
use app::model::{
    default_report_due, first_owed_period, next_owed_period, reports_in, riga_to_utc,
    CheckedMember, CityRef, CurrentUser, Deadline, MemberContact, MemberSummary, MembersOverview,
    PublicMember, ReportDue,
};
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait,
};

/// Every member with its city, the earliest members first (by name within a year).
pub(super) async fn members_with_cities(
    db: &impl ConnectionTrait,
) -> Result<Vec<(member_cities::Model, cities::Model)>, AppError> {
    let mut paired = storage::members::with_cities(db).await.map_err(db_error)?;
    paired.sort_by(|(a, a_city), (b, b_city)| {
        (a.joined_year, &a_city.name).cmp(&(b.joined_year, &b_city.name))
    });
    Ok(paired)
}

/// The public list: active members only.
pub async fn public(db: &DatabaseConnection) -> Result<Vec<PublicMember>, AppError> {
    Ok(members_with_cities(db)
        .await?
        .into_iter()
        .filter(|(member, _)| member.status == enums::MemberStatus::Active)
        .map(|(member, city)| PublicMember {
            name: city.name,
            joined_year: member.joined_year,
            website: city.website,
        })
        .collect())
}

/// The report a member owes next, with the due date the secretary may have moved.
pub(super) async fn next_report(
    db: &impl ConnectionTrait,
    member: &member_cities::Model,
) -> Result<Option<ReportDue>, AppError> {
    if member.status != enums::MemberStatus::Active {
        return Ok(None);
    }
    let reports = storage::members::reports(db, member.id)
        .await
        .map_err(db_error)?;
    let submitted: Vec<i32> = reports
        .iter()
        .filter(|report| report.submitted_at.is_some())
        .map(|report| report.period_year)
        .collect();
    let Some(period) = next_owed_period(member.joined_year, member.created_at, &submitted) else {
        return Ok(None);
    };
    let Some(default_due) = default_report_due(period) else {
        return Ok(None);
    };
    let row = reports.iter().find(|report| report.period_year == period);
    let due = row.map_or(default_due, |report| report.due_at);
    Ok(Some(ReportDue {
        period_year: period,
        due: Deadline::at(due),
        moved: due != default_due,
    }))
}

/// The row of a report not yet begun: made when the secretary moves its due date or the city starts it.
pub(super) fn new_report(
    member: i32,
    period: i32,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
) -> progress_reports::ActiveModel {
    progress_reports::ActiveModel {
        member_city_id: Set(member),
        period_year: Set(period),
        due_at: Set(due),
        status: Set(enums::ReportStatus::Draft),
        version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// Every member, with the people who speak for it and the report it owes next.
pub async fn overview(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
) -> Result<MembersOverview, AppError> {
    secretary_only(reader)?;
    let mut members = Vec::new();
    for (member, city) in members_with_cities(db).await? {
        let contacts = city_people(db, city.id)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|person| MemberContact {
                name: person.full_name,
                email: person.email,
            })
            .collect();
        members.push(MemberSummary {
            next_report: next_report(db, &member).await?,
            city: CityRef {
                id: city.id,
                name: city.name,
            },
            website: city.website,
            joined_year: member.joined_year,
            joined_via: member.joined_via.into(),
            status: member.status.into(),
            contacts,
        });
    }
    Ok(MembersOverview { members, now })
}

fn record(member: &member_cities::Model, city: &cities::Model) -> serde_json::Value {
    serde_json::json!({
        "city": city.name,
        "website": city.website,
        "joined_year": member.joined_year,
        "status": member.status.identifier(),
    })
}

/// Enters a membership that began before this system (`original` is `None`), or changes the record of
/// the member city `original`. A city is found by its name or made; a city that is already a member,
/// a name another city has, and a new joining year for a member admitted through this system (its
/// year is UIL's decision, on record) are refused.
pub async fn save(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    original: Option<i32>,
    form: CheckedMember,
) -> Result<i32, AppError> {
    secretary_only(secretary)?;
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let named = storage::cities::named(&*txn, form.city.as_str())
        .await
        .map_err(db_error)?;
    let website = form.website.as_ref().map(|site| site.as_str().to_owned());
    let (member, city, before) = match original {
        Some(city_id) => {
            let member = storage::members::of_city(&*txn, city_id)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?;
            let city = cities::Entity::find_by_id(city_id)
                .one(&*txn)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?;
            if named.as_ref().is_some_and(|other| other.id != city_id) {
                return Err(refused("city", "members-error-city-taken"));
            }
            if member.joined_via == enums::JoinedVia::ThisSystem
                && member.joined_year != form.joined_year
            {
                return Err(refused("joined_year", "members-error-joined-fixed"));
            }
            let before = record(&member, &city);
            let official_name = city.official_name.clone();
            let city = storage::cities::rewrite(
                &*txn,
                city,
                CityRecord {
                    name: form.city.as_str(),
                    official_name: official_name.as_deref(),
                    website: website.as_deref(),
                },
            )
            .await
            .map_err(db_error)?;
            let mut changed = member_cities::ActiveModel::from(member);
            changed.joined_year = Set(form.joined_year);
            changed.status = Set(form.status.into());
            let member = changed.update(&*txn).await.map_err(db_error)?;
            (member, city, Some(before))
        }
        None => {
            let city = match named {
                Some(city) => {
                    let already = storage::members::of_city(&*txn, city.id)
                        .await
                        .map_err(db_error)?;
                    if already.is_some() {
                        return Err(refused("city", "members-error-already-member"));
                    }
                    let (name, official_name) = (city.name.clone(), city.official_name.clone());
                    let record = CityRecord {
                        name: &name,
                        official_name: official_name.as_deref(),
                        website: website.as_deref(),
                    };
                    storage::cities::rewrite(&*txn, city, record)
                        .await
                        .map_err(db_error)?
                }
                None => {
                    let record = CityRecord {
                        name: form.city.as_str(),
                        official_name: None,
                        website: website.as_deref(),
                    };
                    storage::cities::insert(&*txn, now, record)
                        .await
                        .map_err(db_error)?
                }
            };
            let member = member_cities::ActiveModel {
                city_id: Set(city.id),
                joined_year: Set(form.joined_year),
                joined_via: Set(enums::JoinedVia::Registered),
                status: Set(form.status.into()),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&*txn)
            .await
            .map_err(db_error)?;
            (member, city, None)
        }
    };
    let kind = if before.is_some() {
        AuditKind::MemberChanged
    } else {
        AuditKind::MemberRegistered
    };
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("member_city", member.id),
        kind,
        serde_json::json!({ "before": before, "after": record(&member, &city) }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(city.id)
}

/// Moves the due date of the report of `period` owed by the member city `city_id`. Refused: a period
/// outside the member's schedule or before what it owes here, a report already submitted, a time in
/// the past. The city's people are told the new date.
pub async fn move_report_due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    city_id: i32,
    period: i32,
    due_local: NaiveDateTime,
) -> Result<(), AppError> {
    secretary_only(secretary)?;
    let due = riga_to_utc(due_local);
    let due_riga = Deadline::at(due).riga;
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let member = storage::members::of_city(&*txn, city_id)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    if member.status != enums::MemberStatus::Active {
        return Err(refused("period_year", "members-error-lapsed"));
    }
    let first = first_owed_period(member.joined_year, member.created_at);
    let Some(default_due) = default_report_due(period)
        .filter(|_| reports_in(member.joined_year, period) && first.is_some_and(|f| period >= f))
    else {
        return Err(refused("period_year", "members-error-period"));
    };
    let existing = storage::members::reports(&*txn, member.id)
        .await
        .map_err(db_error)?
        .into_iter()
        .find(|report| report.period_year == period);
    if existing
        .as_ref()
        .is_some_and(|report| report.submitted_at.is_some())
    {
        return Err(refused("period_year", "members-error-report-submitted"));
    }
    if due <= now {
        return Err(refused("due", "members-error-due-past"));
    }
    let before = existing
        .as_ref()
        .map_or(default_due, |report| report.due_at);
    match existing {
        Some(report) => {
            let mut changed = progress_reports::ActiveModel::from(report);
            changed.due_at = Set(due);
            changed.update(&*txn).await.map_err(db_error)?;
        }
        None => {
            new_report(member.id, period, due, now)
                .insert(&*txn)
                .await
                .map_err(db_error)?;
        }
    }
    record_event(
        &*txn,
        now,
        Some(secretary.id),
        ("member_city", member.id),
        AuditKind::ReportDueMoved,
        serde_json::json!({ "period": period, "before": before, "after": due }),
    )
    .await
    .map_err(db_error)?;
    let key = format!(
        "report-due-moved:{}:{period}:{}",
        member.id,
        due.timestamp()
    );
    let mail = Mailing {
        purpose: MailPurpose::ReportDueMoved,
        idempotency_key: &key,
    };
    mail_city_people(&*txn, now, city_id, mail, |lang| {
        vec![
            ("period", Arg::Number(period.into())),
            (
                "due",
                Arg::Text(app::model::format_wall_clock(lang, due_riga)),
            ),
        ]
    })
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
