//! The audit log as the secretary reads it: a page of lines with what each was about, and the same
//! lines as CSV.

use super::access::secretary_only;
use super::errors::db_error;
use crate::sheets::{Cell, Sheet};
use crate::storage;
use crate::storage::audit::Filter;
use crate::storage::entities::{applications, events, member_cities, progress_reports};
use app::error::AppError;
use app::i18n::{translate, Lang};
use app::model::{
    riga_to_utc, AuditEntry, AuditKind, AuditLog, AuditQuery, CityRef, CurrentUser, Deadline,
    PersonRef, AUDIT_PAGE,
};
use chrono::{NaiveDate, TimeDelta};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};

/// The most lines one CSV carries: years of a national commission's work, and a bound on the memory
/// one download takes.
const CSV_LINES: u64 = 100_000;

/// The page of the log `query` asks for (the last one if it asks for more), with the filters' choices.
pub async fn page(
    db: &DatabaseConnection,
    reader: &CurrentUser,
    query: &AuditQuery,
) -> Result<AuditLog, AppError> {
    secretary_only(reader)?;
    let filter = filter_of(db, query).await?;
    let wanted = u64::from(query.page.max(1));
    let (mut rows, total) =
        storage::audit::search(db, &filter, (wanted - 1) * AUDIT_PAGE, AUDIT_PAGE)
            .await
            .map_err(db_error)?;
    let pages = total.div_ceil(AUDIT_PAGE).max(1);
    let page = wanted.min(pages);
    if page != wanted {
        rows = storage::audit::search(db, &filter, (page - 1) * AUDIT_PAGE, AUDIT_PAGE)
            .await
            .map_err(db_error)?
            .0;
    }
    let mut people: Vec<PersonRef> = storage::users::names(db, None)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|(id, name)| PersonRef { id, name })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    let mut cities: Vec<CityRef> = storage::cities::names(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|(id, name)| CityRef { id, name })
        .collect();
    cities.sort_by(|a, b| a.name.cmp(&b.name));
    let years = storage::cycles::by_year(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|cycle| cycle.year)
        .collect();
    Ok(AuditLog {
        entries: describe(db, rows).await?,
        total,
        page: page as u32,
        pages: pages as u32,
        people,
        cities,
        years,
    })
}

/// Every line `query` keeps (up to `CSV_LINES`), newest first, as CSV with headings in `lang`; and the
/// name to save it under.
pub async fn csv(
    db: &DatabaseConnection,
    reader: &CurrentUser,
    query: &AuditQuery,
    lang: Lang,
    today: NaiveDate,
) -> Result<(String, Vec<u8>), AppError> {
    secretary_only(reader)?;
    let filter = filter_of(db, query).await?;
    let (rows, _) = storage::audit::search(db, &filter, 0, CSV_LINES)
        .await
        .map_err(db_error)?;
    let headings = [
        "audit-column-when",
        "audit-column-who",
        "audit-column-what",
        "audit-column-kind",
        "audit-column-about",
        "audit-column-before",
        "audit-column-after",
        "audit-column-details",
    ]
    .map(|key| translate(lang, key));
    let rows = describe(db, rows)
        .await?
        .into_iter()
        .map(|entry| {
            vec![
                Cell::Time(entry.at.riga),
                Cell::Text(entry.actor),
                Cell::Text(translate(lang, &entry.kind.history_key())),
                Cell::text(entry.kind.as_str()),
                Cell::Text(entry.subject),
                Cell::Text(entry.before.unwrap_or_default()),
                Cell::Text(entry.after.unwrap_or_default()),
                Cell::Text(entry.details),
            ]
        })
        .collect();
    let sheet = Sheet {
        name: translate(lang, "audit-title"),
        headings: headings.to_vec(),
        rows,
    };
    let bytes = sheet
        .csv(lang)
        .map_err(|error| AppError::internal("audit-csv", &error))?;
    Ok((format!("pieteikums-audit-{today}.csv"), bytes))
}

/// The storage filter for `query`: its days are Riga's, from the first's midnight to the last's end.
async fn filter_of(db: &DatabaseConnection, query: &AuditQuery) -> Result<Filter, AppError> {
    let cycle = match query.year {
        Some(year) => {
            let cycles = storage::cycles::by_year(db).await.map_err(db_error)?;
            // A year without a cycle still finds that year's reminders.
            let id = cycles
                .iter()
                .find(|cycle| cycle.year == year)
                .map_or(0, |cycle| cycle.id);
            Some((id, year))
        }
        None => None,
    };
    let midnight = |day: NaiveDate| riga_to_utc(day.and_time(chrono::NaiveTime::MIN));
    Ok(Filter {
        kind: query.kind,
        person: query.person,
        city: query.city,
        cycle,
        from: query.from.map(midnight),
        before: query
            .to
            .and_then(|day| day.checked_add_signed(TimeDelta::days(1)))
            .map(midnight),
    })
}

/// The lines as people read them: who by name, and what each was about.
async fn describe(
    db: &DatabaseConnection,
    rows: Vec<events::Model>,
) -> Result<Vec<AuditEntry>, AppError> {
    let ids_of = |subject_type: &str| -> Vec<i32> {
        rows.iter()
            .filter(|row| row.subject_type == subject_type)
            .map(|row| row.subject_id)
            .collect::<HashSet<i32>>()
            .into_iter()
            .collect()
    };
    let names = storage::users::names(db, None).await.map_err(db_error)?;
    let cities = storage::cities::names(db).await.map_err(db_error)?;
    let years: HashMap<i32, i32> = storage::cycles::by_year(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|cycle| (cycle.id, cycle.year))
        .collect();
    let city = |id: i32| cities.get(&id).cloned().unwrap_or_default();
    let applications: HashMap<i32, String> = applications::Entity::find()
        .filter(applications::Column::Id.is_in(ids_of("application")))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|application| {
            let year = years
                .get(&application.cycle_id)
                .copied()
                .unwrap_or_default();
            (
                application.id,
                format!("{} {year}", city(application.city_id)),
            )
        })
        .collect();
    let members: HashMap<i32, i32> = member_cities::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|member| (member.id, member.city_id))
        .collect();
    let member_city = |id: i32| members.get(&id).map(|city_id| city(*city_id));
    let reports: HashMap<i32, String> = progress_reports::Entity::find()
        .filter(progress_reports::Column::Id.is_in(ids_of("report")))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|report| {
            let city = member_city(report.member_city_id).unwrap_or_default();
            (report.id, format!("{city} {}", report.period_year))
        })
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let kind = AuditKind::parse(&row.kind)?;
            let id = row.subject_id;
            let subject = match row.subject_type.as_str() {
                "application" => applications.get(&id).cloned(),
                "report" => reports.get(&id).cloned(),
                "city" => cities.get(&id).cloned(),
                "member_city" => member_city(id),
                "user" => names.get(&id).cloned(),
                "cycle" => years.get(&id).map(i32::to_string),
                "reminders" => Some(id.to_string()),
                _ => None,
            }
            .unwrap_or_default();
            let mut data = row.data;
            let mut take = |key: &str| {
                data.as_object_mut()
                    .and_then(|object| object.remove(key))
                    .filter(|value| !value.is_null())
                    .map(|value| value.to_string())
            };
            let (before, after) = (take("before"), take("after"));
            let details = match &data {
                serde_json::Value::Object(object) if object.is_empty() => String::new(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            Some(AuditEntry {
                id: row.id,
                at: Deadline::at(row.occurred_at),
                actor: row
                    .actor_id
                    .and_then(|actor| names.get(&actor).cloned())
                    .unwrap_or_default(),
                kind,
                subject,
                before,
                after,
                details,
            })
        })
        .collect())
}
