//! What both of the city's forms share: a draft read from its answers, and saving a section under a
//! version check. An application and a progress report differ only in the row that owns the answers;
//! everything else is one code path.

use super::access::{editable, visible};
use super::cycles::cycle_of;
use super::errors::db_error;
use crate::storage::begin_write;
use crate::storage::cycles::summary;
use crate::storage::decisions::standing_endorsement;
use crate::storage::entities::{answers, cities, users};
use crate::storage::forms::{answers_owner, insert_answers, saved_answers, touch, Stored};
use app::error::AppError;
use app::model::application::{
    Edit, FormAnswers, FormDraft, FormRef, SavedSection, SectionData, Timing,
};
use app::model::{CurrentUser, Deadline, Role};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The largest section a save may carry, as JSON: well above the form's own limits, far below harm.
const MAX_SECTION_BYTES: usize = 128 * 1024;

async fn name_of(db: &DatabaseConnection, user: Option<i32>) -> Result<String, AppError> {
    let Some(id) = user else {
        return Ok(String::new());
    };
    let user = users::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?;
    Ok(user.map(|u| u.full_name).unwrap_or_default())
}

/// The form's year and when it may be sent.
pub async fn timing(db: &impl ConnectionTrait, stored: &Stored) -> Result<(i32, Timing), AppError> {
    Ok(match stored {
        Stored::Application(application) => {
            let cycle = cycle_of(db, application).await?;
            (cycle.year, Timing::Window(summary(cycle)))
        }
        Stored::Report(report, _) => (report.period_year, Timing::Due(Deadline::at(report.due_at))),
    })
}

/// The form as its page shows it: answers, versions, files, and what the Commission asked to change.
pub async fn draft(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    user: &CurrentUser,
    form: FormRef,
) -> Result<FormDraft, AppError> {
    let stored = visible(db, user, form).await?;
    let city = cities::Entity::find_by_id(stored.city_id())
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let (year, timing) = timing(db, &stored).await?;
    let (answers, versions) = saved_answers(db, form).await.map_err(db_error)?;
    let (updated_at, updated_by) = stored.updated();
    let last_edit = match updated_by {
        Some(by) if stored.version() > 0 => Some(Edit {
            by: name_of(db, Some(by)).await?,
            at: Deadline::at(updated_at),
        }),
        _ => None,
    };
    let status = stored.status();
    let (requested_changes, endorsed) = match &stored {
        Stored::Application(application) => (
            super::comments::requested_changes(db, application).await?,
            status.counts_against_quota()
                && standing_endorsement(db, form.id)
                    .await
                    .map_err(db_error)?
                    .is_some(),
        ),
        Stored::Report(..) => (Vec::new(), false),
    };
    Ok(FormDraft {
        kind: form.kind,
        id: form.id,
        city: city.name,
        year,
        timing,
        now,
        status,
        form: answers,
        versions,
        last_edit,
        editable: user.role == Role::CityApplicant && status.is_editable_by_city(),
        attachments: super::attachments::list(db, form).await?,
        requested_changes,
        endorsed,
    })
}

/// The conflict to report when a save finds the answers `id` changed since the saver read them: who
/// saved them last, and when, read afresh so that a save that just won a race is the one named.
async fn conflict(db: &DatabaseConnection, id: i32) -> Result<AppError, AppError> {
    let row = answers::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    Ok(AppError::EditConflict {
        by: name_of(db, row.updated_by).await?,
        at: Deadline::at(row.updated_at),
    })
}

/// Saves one section's answers if nobody saved that section since the saver read it.
pub async fn save_section(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
    form: FormRef,
    base_version: i32,
    data: SectionData,
) -> Result<SavedSection, AppError> {
    let section = data.section();
    if !form.kind.has(section) {
        return Err(AppError::NotFound);
    }
    let stored = editable(db, applicant, form).await?;
    let (year, _) = timing(db, &stored).await?;
    let mut saved = FormAnswers::default();
    data.clone().apply_to(&mut saved);
    let state = saved.state(section, year);
    let json =
        serde_json::to_value(&data).map_err(|error| AppError::internal("answers-json", &error))?;
    if json.to_string().len() > MAX_SECTION_BYTES {
        return Err(AppError::TooLarge);
    }
    let txn = begin_write(db).await.map_err(db_error)?;
    let current = answers::Entity::find()
        .filter(answers_owner(form.kind).eq(form.id))
        .filter(answers::Column::Section.eq(section.slug()))
        .one(&*txn)
        .await
        .map_err(db_error)?;
    let version = match current {
        Some(row) if row.version != base_version => return Err(conflict(db, row.id).await?),
        Some(row) => {
            // Only if nobody wrote it since it was read: a simultaneous save finds the version moved.
            let written = answers::Entity::update_many()
                .col_expr(answers::Column::Data, Expr::value(json))
                .col_expr(answers::Column::Version, Expr::value(row.version + 1))
                .col_expr(answers::Column::UpdatedAt, Expr::value(now))
                .col_expr(answers::Column::UpdatedBy, Expr::value(applicant.id))
                .filter(answers::Column::Id.eq(row.id))
                .filter(answers::Column::Version.eq(row.version))
                .exec(&*txn)
                .await
                .map_err(db_error)?;
            if written.rows_affected != 1 {
                return Err(conflict(db, row.id).await?);
            }
            row.version + 1
        }
        None if base_version != 0 => {
            return Err(AppError::EditConflict {
                by: String::new(),
                at: Deadline::at(now),
            })
        }
        None => {
            insert_answers(&*txn, now, applicant.id, form, &data)
                .await
                .map_err(|_| AppError::EditConflict {
                    by: String::new(),
                    at: Deadline::at(now),
                })?;
            1
        }
    };
    touch(&*txn, now, applicant.id, form)
        .await
        .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;

    Ok(SavedSection {
        version,
        saved_at: Deadline::at(now),
        state,
    })
}
