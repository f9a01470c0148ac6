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
use crate::storage::forms::{
    insert_answers, overwrite_answers, saved_answers, touch, Overwrite, Stored,
};
use app::error::AppError;
use app::model::application::{
    Edit, FormAnswers, FormDraft, FormKind, FormRef, SavedSection, SectionData, Timing,
};
use app::model::{ApplicationEvent, ApplicationStatus, CurrentUser, Deadline, Role};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};

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
    let requested_changes = super::comments::requested_changes(db, &stored).await?;
    let endorsed = match &stored {
        Stored::Application(..) => {
            status.counts_against_quota()
                && standing_endorsement(db, form.id)
                    .await
                    .map_err(db_error)?
                    .is_some()
        }
        Stored::Report(..) => false,
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
        // A draft the Commission has not seen needs no withdrawal: it is simply not sent.
        signed_endorsement: match endorsed {
            true => crate::storage::decisions::signed_scan(db, form.id)
                .await
                .map_err(db_error)?
                .map(|scan| scan.id),
            false => None,
        },
        withdrawable: form.kind == FormKind::Application
            && status != ApplicationStatus::Draft
            && status.apply(ApplicationEvent::Withdraw, user.role).is_ok(),
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
    let overwrite = overwrite_answers(
        &*txn,
        now,
        applicant.id,
        (form, section),
        json,
        base_version,
    )
    .await
    .map_err(db_error)?;
    let version = match overwrite {
        Overwrite::Written(version) => version,
        Overwrite::Moved(row) => return Err(conflict(db, row).await?),
        Overwrite::Absent if base_version != 0 => {
            return Err(AppError::EditConflict {
                by: String::new(),
                at: Deadline::at(now),
            })
        }
        Overwrite::Absent => {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::fixtures::{at, cesis};
    use app::model::application::NarrativeForm;

    fn narrative(text: &str) -> SectionData {
        SectionData::Narrative(NarrativeForm {
            context_and_motivation: text.to_owned(),
            implementation: String::new(),
        })
    }

    async fn stored_text(db: &DatabaseConnection, form: FormRef) -> Option<String> {
        let (answers, versions) = saved_answers(db, form).await.unwrap();
        let section = app::model::application::Section::Narrative;
        versions.get(&section)?;
        match SectionData::from_answers(section, answers.answers(section)).ok()? {
            SectionData::Narrative(form) => Some(form.context_and_motivation),
            _ => None,
        }
    }

    #[tokio::test]
    async fn each_save_moves_the_version_on_and_a_save_from_an_old_version_names_who_saved_since() {
        let (_folder, db, applicant, application) = cesis().await;
        let form = FormRef::application(application.id);
        let first = save_section(&db, at(10), &applicant, form, 0, narrative("one"))
            .await
            .unwrap();
        assert_eq!(first.version, 1);
        let second = save_section(&db, at(11), &applicant, form, 1, narrative("two"))
            .await
            .unwrap();
        assert_eq!(second.version, 2);
        let stale = save_section(&db, at(12), &applicant, form, 1, narrative("three")).await;
        match stale {
            Err(AppError::EditConflict { by, at: when }) => {
                assert_eq!(by, "Ilze Ozola");
                assert_eq!(when.at, at(11));
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(stored_text(&db, form).await.as_deref(), Some("two"));
    }

    #[tokio::test]
    async fn a_first_save_that_claims_a_version_the_section_never_had_is_a_conflict() {
        let (_folder, db, applicant, application) = cesis().await;
        let form = FormRef::application(application.id);
        let claimed = save_section(&db, at(10), &applicant, form, 4, narrative("one")).await;
        assert!(matches!(claimed, Err(AppError::EditConflict { .. })));
        assert_eq!(stored_text(&db, form).await, None);
    }

    #[tokio::test]
    async fn a_section_over_the_size_limit_is_refused_and_leaves_the_saved_answers_as_they_were() {
        let (_folder, db, applicant, application) = cesis().await;
        let form = FormRef::application(application.id);
        save_section(&db, at(10), &applicant, form, 0, narrative("kept"))
            .await
            .unwrap();
        let huge = "ā".repeat(MAX_SECTION_BYTES / 2 + 1);
        let refused = save_section(&db, at(11), &applicant, form, 1, narrative(&huge)).await;
        assert!(matches!(refused, Err(AppError::TooLarge)));
        assert_eq!(stored_text(&db, form).await.as_deref(), Some("kept"));
        let just_under = "a".repeat(MAX_SECTION_BYTES - 200);
        let saved = save_section(&db, at(12), &applicant, form, 1, narrative(&just_under))
            .await
            .unwrap();
        assert_eq!(saved.version, 2);
    }

    #[tokio::test]
    async fn of_two_saves_from_the_same_version_only_one_is_written() {
        let (_folder, db, applicant, application) = cesis().await;
        let form = FormRef::application(application.id);
        save_section(&db, at(10), &applicant, form, 0, narrative("one"))
            .await
            .unwrap();
        let (a, b) = tokio::join!(
            save_section(&db, at(11), &applicant, form, 1, narrative("a")),
            save_section(&db, at(11), &applicant, form, 1, narrative("b")),
        );
        let written: Vec<_> = [&a, &b].into_iter().filter(|save| save.is_ok()).collect();
        assert_eq!(written.len(), 1, "{a:?} {b:?}");
        assert!([&a, &b]
            .into_iter()
            .any(|save| matches!(save, Err(AppError::EditConflict { .. }))));
        let kept = stored_text(&db, form).await.unwrap();
        let winner = if a.is_ok() { "a" } else { "b" };
        assert_eq!(kept, winner);
    }
}
