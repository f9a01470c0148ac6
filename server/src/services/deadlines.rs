//! The deadlines that concern a reader: the window for everyone, the Commission's decision date for
//! the Commission and for a city whose application waits on it, the progress report a member city
//! owes (every member's, for the secretary).

use super::errors::db_error;
use super::members::{members_with_cities, next_report};
use crate::storage;
use crate::storage::entities::member_cities;
use app::error::AppError;
use app::model::{
    CityRef, CurrentUser, Deadline, DeadlineKind, Role, UpcomingDeadline, UpcomingDeadlines,
};
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub async fn upcoming(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: Option<&CurrentUser>,
) -> Result<UpcomingDeadlines, AppError> {
    let mut deadlines = Vec::new();
    let mut add = |kind, year, city: Option<CityRef>, at: DateTime<Utc>| {
        if at > now {
            deadlines.push(UpcomingDeadline {
                kind,
                year,
                city,
                deadline: Deadline::at(at),
            });
        }
    };
    let mut cycles: Vec<_> = storage::cycles::by_year(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(|cycle| cycle.decision_due_at > now)
        .collect();
    cycles.sort_by_key(|cycle| cycle.window_opens_at);
    // The window of the cycle that is open or opens next; a later year's waits its turn.
    if let Some(cycle) = cycles.iter().find(|cycle| cycle.window_closes_at > now) {
        add(
            DeadlineKind::WindowOpens,
            cycle.year,
            None,
            cycle.window_opens_at,
        );
        add(
            DeadlineKind::WindowCloses,
            cycle.year,
            None,
            cycle.window_closes_at,
        );
    }
    let role = reader.map(|user| user.role);
    let city = reader.and_then(|user| user.city.as_ref().map(|city| city.id));
    let submitted_cycles: Vec<i32> = match (role, city) {
        (Some(Role::CityApplicant), Some(city)) => storage::applications::of_city(db, city)
            .await
            .map_err(db_error)?
            .into_iter()
            .filter(|application| application.submitted_at.is_some())
            .map(|application| application.cycle_id)
            .collect(),
        _ => Vec::new(),
    };
    for cycle in &cycles {
        let concerns = match role {
            Some(Role::CommissionReviewer | Role::CommissionSecretary) => true,
            Some(Role::CityApplicant) => submitted_cycles.contains(&cycle.id),
            None => false,
        };
        if concerns {
            add(
                DeadlineKind::DecisionDue,
                cycle.year,
                None,
                cycle.decision_due_at,
            );
        }
    }
    // A lapsed member owes nothing: `next_report` answers `None` for it.
    let owes = |member: &member_cities::Model| match (role, city) {
        (Some(Role::CommissionSecretary), _) => true,
        (Some(Role::CityApplicant), Some(city)) => member.city_id == city,
        _ => false,
    };
    let members = match role {
        Some(Role::CommissionSecretary | Role::CityApplicant) => members_with_cities(db).await?,
        _ => Vec::new(),
    };
    for (member, member_city) in members.into_iter().filter(|(member, _)| owes(member)) {
        let Some(report) = next_report(db, &member).await? else {
            continue;
        };
        // A report is owed until it is in, so an overdue one stays on the list.
        deadlines.push(UpcomingDeadline {
            kind: DeadlineKind::ReportDue,
            year: report.period_year,
            city: Some(CityRef {
                id: member_city.id,
                name: member_city.name,
            }),
            deadline: report.due,
        });
    }
    deadlines.sort_by_key(|deadline| deadline.deadline.at);
    Ok(UpcomingDeadlines { deadlines, now })
}
