//! The city's two forms, an application and a progress report, in storage: the row that owns a form's
//! answers and files, its sections' answers, and the version counted on every change.

use super::entities::{
    answers, applications, attachments, form_snapshots, member_cities, progress_reports,
};
use app::model::application::{FormAnswers, FormKind, FormRef, Section, SectionData};
use app::model::{ApplicationStatus, ReportStatus};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::BTreeMap;

/// A form's own row.
pub enum Stored {
    Application(applications::Model),
    Report(progress_reports::Model, member_cities::Model),
}

impl Stored {
    pub fn form(&self) -> FormRef {
        match self {
            Stored::Application(application) => FormRef::application(application.id),
            Stored::Report(report, _) => FormRef::report(report.id),
        }
    }

    pub fn city_id(&self) -> i32 {
        match self {
            Stored::Application(application) => application.city_id,
            Stored::Report(_, member) => member.city_id,
        }
    }

    pub fn status(&self) -> ApplicationStatus {
        match self {
            Stored::Application(application) => application.status.into(),
            Stored::Report(report, _) => ReportStatus::from(report.status).shown(),
        }
    }

    pub fn version(&self) -> i32 {
        match self {
            Stored::Application(application) => application.version,
            Stored::Report(report, _) => report.version,
        }
    }

    pub fn updated(&self) -> (DateTime<Utc>, Option<i32>) {
        match self {
            Stored::Application(application) => (application.updated_at, application.updated_by),
            Stored::Report(report, _) => (report.updated_at, report.updated_by),
        }
    }
}

/// The form's own row, if there is one.
pub async fn load(db: &impl ConnectionTrait, form: FormRef) -> Result<Option<Stored>, DbErr> {
    Ok(match form.kind {
        FormKind::Application => applications::Entity::find_by_id(form.id)
            .one(db)
            .await?
            .map(Stored::Application),
        FormKind::Report => match progress_reports::Entity::find_by_id(form.id)
            .one(db)
            .await?
        {
            Some(report) => member_cities::Entity::find_by_id(report.member_city_id)
                .one(db)
                .await?
                .map(|member| Stored::Report(report, member)),
            None => None,
        },
    })
}

/// The column of `answers` naming the form that owns a row.
pub fn answers_owner(kind: FormKind) -> answers::Column {
    match kind {
        FormKind::Application => answers::Column::ApplicationId,
        FormKind::Report => answers::Column::ProgressReportId,
    }
}

/// The column of `attachments` naming the form that owns a file.
pub fn attachments_owner(kind: FormKind) -> attachments::Column {
    match kind {
        FormKind::Application => attachments::Column::ApplicationId,
        FormKind::Report => attachments::Column::ProgressReportId,
    }
}

/// The form a stored row belongs to.
pub fn owner_of(application: Option<i32>, report: Option<i32>) -> Option<FormRef> {
    application
        .map(FormRef::application)
        .or(report.map(FormRef::report))
}

/// The answers' or attachments' owner columns for a new row: `(application_id, progress_report_id)`.
pub fn owner_ids(form: FormRef) -> (Option<i32>, Option<i32>) {
    match form.kind {
        FormKind::Application => (Some(form.id), None),
        FormKind::Report => (None, Some(form.id)),
    }
}

/// Every saved section of a form, with its version. Answers that no longer read are logged and left out.
pub async fn saved_answers(
    db: &impl ConnectionTrait,
    form: FormRef,
) -> Result<(FormAnswers, BTreeMap<Section, i32>), DbErr> {
    let rows = answers::Entity::find()
        .filter(answers_owner(form.kind).eq(form.id))
        .all(db)
        .await?;
    let mut answers = FormAnswers::default();
    let mut versions = BTreeMap::new();
    for row in rows {
        let Some(section) = Section::from_slug(&row.section) else {
            continue;
        };
        match serde_json::from_value::<SectionData>(row.data) {
            Ok(data) => {
                data.apply_to(&mut answers);
                versions.insert(section, row.version);
            }
            Err(error) => {
                tracing::error!(?form, section = row.section, %error, "stored answers do not read back")
            }
        }
    }
    Ok((answers, versions))
}

/// Counts a change to the form on its own row: its version, when and by whom.
pub async fn touch(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    by: i32,
    form: FormRef,
) -> Result<(), DbErr> {
    fn bump<C: ColumnTrait>(version: C) -> SimpleExpr {
        Expr::col(version).add(1)
    }
    match form.kind {
        FormKind::Application => applications::Entity::update_many()
            .col_expr(
                applications::Column::Version,
                bump(applications::Column::Version),
            )
            .col_expr(applications::Column::UpdatedAt, Expr::value(now))
            .col_expr(applications::Column::UpdatedBy, Expr::value(by))
            .filter(applications::Column::Id.eq(form.id))
            .exec(db)
            .await
            .map(|_| ()),
        FormKind::Report => progress_reports::Entity::update_many()
            .col_expr(
                progress_reports::Column::Version,
                bump(progress_reports::Column::Version),
            )
            .col_expr(progress_reports::Column::UpdatedAt, Expr::value(now))
            .col_expr(progress_reports::Column::UpdatedBy, Expr::value(by))
            .filter(progress_reports::Column::Id.eq(form.id))
            .exec(db)
            .await
            .map(|_| ()),
    }
}

/// Writes a section's first answers for a form, at version 1.
pub async fn insert_answers(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    by: i32,
    form: FormRef,
    data: &SectionData,
) -> Result<(), DbErr> {
    let (application_id, progress_report_id) = owner_ids(form);
    let json = serde_json::to_value(data).map_err(|error| DbErr::Json(error.to_string()))?;
    answers::ActiveModel {
        application_id: Set(application_id),
        progress_report_id: Set(progress_report_id),
        section: Set(data.section().slug().to_owned()),
        data: Set(json),
        version: Set(1),
        updated_at: Set(now),
        updated_by: Set(Some(by)),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// What came of overwriting a section's answers.
pub enum Overwrite {
    /// Written; the section's new version.
    Written(i32),
    /// Someone saved the section after the saver read it; the row to name them from.
    Moved(i32),
    /// The section has never been saved.
    Absent,
}

/// Overwrites one section's answers (`json`, as the caller serialized them) only if they are still at
/// `base_version`: the version is compared in the update itself, so that of two simultaneous saves
/// from the same version one finds it moved.
pub async fn overwrite_answers(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    by: i32,
    (form, section): (FormRef, Section),
    json: serde_json::Value,
    base_version: i32,
) -> Result<Overwrite, DbErr> {
    let current = answers::Entity::find()
        .filter(answers_owner(form.kind).eq(form.id))
        .filter(answers::Column::Section.eq(section.slug()))
        .one(db)
        .await?;
    let Some(row) = current else {
        return Ok(Overwrite::Absent);
    };
    if row.version != base_version {
        return Ok(Overwrite::Moved(row.id));
    }
    let written = answers::Entity::update_many()
        .col_expr(answers::Column::Data, Expr::value(json))
        .col_expr(answers::Column::Version, Expr::value(row.version + 1))
        .col_expr(answers::Column::UpdatedAt, Expr::value(now))
        .col_expr(answers::Column::UpdatedBy, Expr::value(by))
        .filter(answers::Column::Id.eq(row.id))
        .filter(answers::Column::Version.eq(row.version))
        .exec(db)
        .await?;
    Ok(if written.rows_affected == 1 {
        Overwrite::Written(row.version + 1)
    } else {
        Overwrite::Moved(row.id)
    })
}

/// The answers of the form's submission before the latest, as they were when it was submitted.
pub async fn previous_submission(
    db: &impl ConnectionTrait,
    form: FormRef,
) -> Result<Option<serde_json::Value>, DbErr> {
    let owner = match form.kind {
        FormKind::Application => form_snapshots::Column::ApplicationId,
        FormKind::Report => form_snapshots::Column::ProgressReportId,
    };
    Ok(form_snapshots::Entity::find()
        .filter(owner.eq(form.id))
        .order_by_desc(form_snapshots::Column::Id)
        .offset(1)
        .one(db)
        .await?
        .map(|snapshot| snapshot.data))
}

/// The files attached to the form, the first uploaded first.
pub async fn attachments_of(
    db: &impl ConnectionTrait,
    form: FormRef,
) -> Result<Vec<attachments::Model>, DbErr> {
    attachments::Entity::find()
        .filter(attachments_owner(form.kind).eq(form.id))
        .order_by_asc(attachments::Column::Id)
        .all(db)
        .await
}

/// The applications and progress reports started before `before` and never submitted: what the
/// retention period lets go of.
pub async fn never_submitted_before(
    db: &impl ConnectionTrait,
    before: DateTime<Utc>,
) -> Result<Vec<FormRef>, DbErr> {
    let applications = applications::Entity::find()
        .filter(applications::Column::SubmittedAt.is_null())
        .filter(applications::Column::Status.eq(super::entities::enums::ApplicationStatus::Draft))
        .filter(applications::Column::CreatedAt.lt(before))
        .all(db)
        .await?
        .into_iter()
        .map(|application| FormRef::application(application.id));
    let reports = progress_reports::Entity::find()
        .filter(progress_reports::Column::SubmittedAt.is_null())
        .filter(progress_reports::Column::CreatedAt.lt(before))
        .all(db)
        .await?
        .into_iter()
        .map(|report| FormRef::report(report.id));
    Ok(applications.chain(reports).collect())
}

/// Deletes the form's row; its answers, snapshots and files' rows go with it (the foreign keys
/// cascade). The files themselves are the caller's to remove.
pub async fn delete(db: &impl ConnectionTrait, form: FormRef) -> Result<(), DbErr> {
    match form.kind {
        FormKind::Application => applications::Entity::delete_by_id(form.id).exec(db).await?,
        FormKind::Report => {
            progress_reports::Entity::delete_by_id(form.id)
                .exec(db)
                .await?
        }
    };
    Ok(())
}
