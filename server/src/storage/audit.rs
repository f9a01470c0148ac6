//! The audit log: one line per change, appended inside the transaction that makes the change, and read
//! back as a subject's history or searched as the whole log.

use super::entities::{applications, events, member_cities, progress_reports};
use app::model::AuditKind;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// Appends one line to the audit log inside the caller's transaction.
pub async fn record_event(
    db: &impl ConnectionTrait,
    at: DateTime<Utc>,
    actor: Option<i32>,
    subject: (&str, i32),
    kind: AuditKind,
    data: serde_json::Value,
) -> Result<(), DbErr> {
    events::ActiveModel {
        occurred_at: Set(at),
        actor_id: Set(actor),
        subject_type: Set(subject.0.to_owned()),
        subject_id: Set(subject.1),
        kind: Set(kind.as_str()),
        data: Set(data),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A subject's lines, oldest first.
pub async fn history(
    db: &impl ConnectionTrait,
    subject: (&str, i32),
) -> Result<Vec<events::Model>, DbErr> {
    events::Entity::find()
        .filter(events::Column::SubjectType.eq(subject.0))
        .filter(events::Column::SubjectId.eq(subject.1))
        .order_by_asc(events::Column::OccurredAt)
        .order_by_asc(events::Column::Id)
        .all(db)
        .await
}

/// When each of the subjects of a type among `ids` last had a line.
pub async fn latest(
    db: &impl ConnectionTrait,
    subject_type: &str,
    ids: &[i32],
) -> Result<HashMap<i32, DateTime<Utc>>, DbErr> {
    let mut latest = HashMap::new();
    for chunk in ids.chunks(super::MAX_BOUND) {
        let rows: Vec<(i32, DateTime<Utc>)> = events::Entity::find()
            .select_only()
            .column(events::Column::SubjectId)
            .column_as(events::Column::OccurredAt.max(), "latest")
            .filter(events::Column::SubjectType.eq(subject_type))
            .filter(events::Column::SubjectId.is_in(chunk.iter().copied()))
            .group_by(events::Column::SubjectId)
            .into_tuple()
            .all(db)
            .await?;
        latest.extend(rows);
    }
    Ok(latest)
}

/// Which lines of the log to read; each part set narrows it.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub kind: Option<AuditKind>,
    /// Lines by this person, or about their account.
    pub person: Option<i32>,
    /// Lines about the city, its applications, its membership or its reports.
    pub city: Option<i32>,
    /// Lines about the cycle (by id and year), its applications or its reminders.
    pub cycle: Option<(i32, i32)>,
    pub from: Option<DateTime<Utc>>,
    pub before: Option<DateTime<Utc>>,
}

fn about(subject_type: &str, id: impl Into<sea_orm::sea_query::SimpleExpr>) -> Condition {
    Condition::all()
        .add(events::Column::SubjectType.eq(subject_type))
        .add(Expr::col(events::Column::SubjectId).eq(id))
}

fn about_any(subject_type: &str, ids: sea_orm::sea_query::SelectStatement) -> Condition {
    Condition::all()
        .add(events::Column::SubjectType.eq(subject_type))
        .add(events::Column::SubjectId.in_subquery(ids))
}

/// The ids of the applications whose `column` is `value`.
fn applications_where(column: applications::Column, value: i32) -> SelectStatement {
    Query::select()
        .column(applications::Column::Id)
        .from(applications::Entity)
        .and_where(column.eq(value))
        .to_owned()
}

impl Filter {
    /// The filter as one condition; the city's and the cycle's records are found by subqueries, so a
    /// cycle of a thousand applications binds no thousand values.
    fn condition(&self) -> Condition {
        let mut all = Condition::all();
        if let Some(kind) = self.kind {
            all = all.add(events::Column::Kind.eq(kind.as_str()));
        }
        if let Some(person) = self.person {
            all = all.add(
                Condition::any()
                    .add(events::Column::ActorId.eq(person))
                    .add(about("user", person)),
            );
        }
        if let Some(city) = self.city {
            let members = Query::select()
                .column(member_cities::Column::Id)
                .from(member_cities::Entity)
                .and_where(member_cities::Column::CityId.eq(city))
                .to_owned();
            let reports = Query::select()
                .column(progress_reports::Column::Id)
                .from(progress_reports::Entity)
                .and_where(progress_reports::Column::MemberCityId.in_subquery(members.clone()))
                .to_owned();
            let applications = applications_where(applications::Column::CityId, city);
            all = all.add(
                Condition::any()
                    .add(about("city", city))
                    .add(about_any("application", applications))
                    .add(about_any("report", reports))
                    .add(about_any("member_city", members)),
            );
        }
        if let Some((cycle, year)) = self.cycle {
            let applications = applications_where(applications::Column::CycleId, cycle);
            all = all.add(
                Condition::any()
                    .add(about("cycle", cycle))
                    .add(about("reminders", year))
                    .add(about_any("application", applications)),
            );
        }
        if let Some(from) = self.from {
            all = all.add(events::Column::OccurredAt.gte(from));
        }
        if let Some(before) = self.before {
            all = all.add(events::Column::OccurredAt.lt(before));
        }
        all
    }
}

/// The lines `filter` keeps, newest first, `limit` of them from `offset`, and how many it keeps in all.
pub async fn search(
    db: &impl ConnectionTrait,
    filter: &Filter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<events::Model>, u64), DbErr> {
    let query = events::Entity::find().filter(filter.condition());
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(events::Column::OccurredAt)
        .order_by_desc(events::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}
