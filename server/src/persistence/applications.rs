//! Applications and their answers: starting one, reading a draft, saving a section with a version check.

use super::entities::{answers, applications, cities, cycles, enums, users};
use super::store::{current_cycle_model, cycle_of, db_error, record_event, summary};
use crate::mail::{queue, MailAttachment, OutgoingMail};
use app::error::AppError;
use app::model::application::{
    ApplicationDraft, ApplicationForm, ApplicationSummary, Edit, SavedSection, Section, SectionData,
};
use app::model::{CurrentUser, Deadline, Role};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};
use std::collections::BTreeMap;

/// The largest section a save may carry, as JSON: well above the form's own limits, far below harm.
const MAX_SECTION_BYTES: usize = 128 * 1024;

/// The applicant's city, which every applicant account has.
fn city_of(applicant: &CurrentUser) -> Result<i32, AppError> {
    match (&applicant.role, &applicant.city) {
        (Role::CityApplicant, Some(city)) => Ok(city.id),
        _ => Err(AppError::Forbidden),
    }
}

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

pub async fn applications_of(
    db: &DatabaseConnection,
    applicant: &CurrentUser,
) -> Result<Vec<ApplicationSummary>, AppError> {
    let city_id = city_of(applicant)?;
    let city = cities::Entity::find_by_id(city_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let years: BTreeMap<i32, i32> = cycles::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|cycle| (cycle.id, cycle.year))
        .collect();
    let rows = applications::Entity::find()
        .filter(applications::Column::CityId.eq(city_id))
        .order_by_desc(applications::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|application| ApplicationSummary {
            id: application.id,
            city: city.name.clone(),
            cycle_year: years
                .get(&application.cycle_id)
                .copied()
                .unwrap_or_default(),
            status: application.status.into(),
            updated_at: application.updated_at,
        })
        .collect())
}

pub async fn start(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
) -> Result<i32, AppError> {
    let city_id = city_of(applicant)?;
    let cycle = current_cycle_model(db, now)
        .await?
        .filter(|cycle| cycle.window_closes_at > now)
        .ok_or(AppError::NoOpenCycle)?;
    let txn = super::begin_write(db).await.map_err(db_error)?;
    let existing = applications::Entity::find()
        .filter(applications::Column::CityId.eq(city_id))
        .filter(applications::Column::CycleId.eq(cycle.id))
        .filter(applications::Column::Status.ne(enums::ApplicationStatus::Withdrawn))
        .one(&*txn)
        .await
        .map_err(db_error)?;
    if let Some(application) = existing {
        return Ok(application.id);
    }
    let application = applications::ActiveModel {
        city_id: Set(city_id),
        cycle_id: Set(cycle.id),
        status: Set(enums::ApplicationStatus::Draft),
        version: Set(0),
        answer_language: Set(enums::AnswerLanguage::English),
        created_by: Set(applicant.id),
        created_at: Set(now),
        updated_at: Set(now),
        updated_by: Set(Some(applicant.id)),
        submitted_at: Set(None),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(applicant.id),
        ("application", application.id),
        "application_started",
        serde_json::json!({ "cycle": cycle.year }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(application.id)
}

/// The application if `user` may see it: applicants their own city's, the Commission every one.
pub(super) async fn visible(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i32,
) -> Result<applications::Model, AppError> {
    let application = applications::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?;
    match application {
        Some(application)
            if user.role == Role::CommissionReviewer
                && super::reviews::recused(db, user.id, application.city_id).await? =>
        {
            Err(AppError::NotFound)
        }
        Some(application) if user.role.is_commission() => Ok(application),
        Some(application)
            if user
                .city
                .as_ref()
                .is_some_and(|c| c.id == application.city_id) =>
        {
            Ok(application)
        }
        _ => Err(AppError::NotFound),
    }
}

pub async fn draft(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    user: &CurrentUser,
    id: i32,
) -> Result<ApplicationDraft, AppError> {
    let application = visible(db, user, id).await?;
    let city = cities::Entity::find_by_id(application.city_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let cycle = cycle_of(db, &application).await?;
    let rows = answers::Entity::find()
        .filter(answers::Column::ApplicationId.eq(id))
        .all(db)
        .await
        .map_err(db_error)?;
    let mut form = ApplicationForm::default();
    let mut versions = BTreeMap::new();
    for row in rows {
        let Some(section) = Section::from_slug(&row.section) else {
            continue;
        };
        match serde_json::from_value::<SectionData>(row.data) {
            Ok(data) => {
                data.apply_to(&mut form);
                versions.insert(section, row.version);
            }
            Err(error) => {
                tracing::error!(id, section = row.section, %error, "stored answers do not read back")
            }
        }
    }
    let last_edit = match application.updated_by {
        Some(by) if application.version > 0 => Some(Edit {
            by: name_of(db, Some(by)).await?,
            at: Deadline::at(application.updated_at),
        }),
        _ => None,
    };
    Ok(ApplicationDraft {
        id,
        city: city.name,
        cycle: summary(cycle),
        now,
        status: application.status.into(),
        form,
        versions,
        last_edit,
        editable: user.role == Role::CityApplicant
            && app::model::ApplicationStatus::from(application.status).is_editable_by_city(),
        attachments: super::attachments::list(db, id).await?,
        requested_changes: super::decisions::requested_changes(db, &application).await?,
        endorsed: app::model::ApplicationStatus::from(application.status).counts_against_quota()
            && super::decisions::endorsement(db, id).await?.is_some(),
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

pub async fn save_section(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
    id: i32,
    base_version: i32,
    data: SectionData,
) -> Result<SavedSection, AppError> {
    let application = visible(db, applicant, id).await?;
    if !app::model::ApplicationStatus::from(application.status).is_editable_by_city() {
        return Err(AppError::NotEditable);
    }
    let section = data.section();
    let cycle = cycle_of(db, &application).await?;
    let mut saved = ApplicationForm::default();
    data.clone().apply_to(&mut saved);
    let state = saved.state(section, cycle.year);
    let json = serde_json::to_value(&data)
        .map_err(|error| app::api::session::internal("answers-json", &error))?;
    if json.to_string().len() > MAX_SECTION_BYTES {
        return Err(AppError::TooLarge);
    }
    let txn = super::begin_write(db).await.map_err(db_error)?;
    let current = answers::Entity::find()
        .filter(answers::Column::ApplicationId.eq(id))
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
            answers::ActiveModel {
                application_id: Set(Some(id)),
                progress_report_id: Set(None),
                section: Set(section.slug().to_owned()),
                data: Set(json),
                version: Set(1),
                updated_at: Set(now),
                updated_by: Set(Some(applicant.id)),
                ..Default::default()
            }
            .insert(&*txn)
            .await
            .map_err(|_| AppError::EditConflict {
                by: String::new(),
                at: Deadline::at(now),
            })?;
            1
        }
    };
    applications::Entity::update_many()
        .col_expr(
            applications::Column::Version,
            Expr::col(applications::Column::Version).add(1),
        )
        .col_expr(applications::Column::UpdatedAt, Expr::value(now))
        .col_expr(applications::Column::UpdatedBy, Expr::value(applicant.id))
        .filter(applications::Column::Id.eq(id))
        .exec(&*txn)
        .await
        .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;

    Ok(SavedSection {
        version,
        saved_at: Deadline::at(now),
        state,
    })
}

/// Where submission mails go, from the configuration, and where their attachments are kept.
#[derive(Clone, Debug)]
pub struct SubmissionSettings {
    /// The Commission's office, which reviews the application.
    pub commission: String,
    /// UIL's learning-cities address, which gets a copy (the Commission's call, step 4).
    pub uil: String,
    /// Named on the Commission's endorsements.
    pub secretary_general: String,
    /// The site's address, for the link in the mails.
    pub public_url: String,
    /// The uploads folder, which also keeps the printed application sent with the mails.
    pub files: std::path::PathBuf,
}

/// Submits a complete application inside its cycle's window (a resubmission after the Commission asked
/// for changes is not bound to the window): freezes the answers as a snapshot, moves the status on and
/// queues the mails to the city and to the Commission with UIL in copy, all in one transaction.
/// Returns the change for open pages to show.
pub async fn submit(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
    id: i32,
    settings: &SubmissionSettings,
) -> Result<app::model::LiveEvent, AppError> {
    use app::i18n::{translate_with, Arg, Lang};
    use app::model::{ApplicationEvent, ApplicationStatus};

    let application = visible(db, applicant, id).await?;
    let status = ApplicationStatus::from(application.status);
    let event = match status {
        ApplicationStatus::ChangesRequested => ApplicationEvent::Resubmit,
        _ => ApplicationEvent::Submit,
    };
    let next = status
        .apply(event, applicant.role)
        .map_err(|_| AppError::NotEditable)?;
    let cycle = cycle_of(db, &application).await?;
    let window_open = cycle.window_opens_at <= now && now < cycle.window_closes_at;
    if event == ApplicationEvent::Submit && !window_open {
        return Err(AppError::WindowClosed);
    }
    let draft = draft(db, now, applicant, id).await?;
    if !draft.is_complete() {
        return Err(AppError::Incomplete);
    }
    if !draft.is_signed() {
        return Err(AppError::NotSigned);
    }
    let printed = printed_application(&draft, &settings.files, application.version).await?;
    let snapshot = serde_json::to_value(&draft.form)
        .map_err(|error| app::api::session::internal("snapshot-json", &error))?;

    let txn = super::begin_write(db).await.map_err(db_error)?;
    // Only from the status read above: a second, simultaneous submit finds it moved and changes nothing.
    let moved = applications::Entity::update_many()
        .col_expr(
            applications::Column::Status,
            Expr::value(enums::ApplicationStatus::from(next)),
        )
        .col_expr(applications::Column::SubmittedAt, Expr::value(now))
        .col_expr(applications::Column::UpdatedAt, Expr::value(now))
        .col_expr(applications::Column::UpdatedBy, Expr::value(applicant.id))
        .filter(applications::Column::Id.eq(id))
        .filter(applications::Column::Status.eq(application.status))
        .exec(&*txn)
        .await
        .map_err(db_error)?;
    if moved.rows_affected != 1 {
        return Err(AppError::NotEditable);
    }
    super::entities::form_snapshots::ActiveModel {
        application_id: Set(Some(id)),
        progress_report_id: Set(None),
        version: Set(application.version),
        data: Set(snapshot),
        created_at: Set(now),
        created_by: Set(applicant.id),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(applicant.id),
        ("application", id),
        event_kind(event),
        serde_json::json!({ "version": application.version }),
    )
    .await
    .map_err(db_error)?;

    let args = |lang: Lang| {
        vec![
            ("city", Arg::Text(draft.city.clone())),
            ("year", Arg::Text(draft.cycle.year.to_string())),
            ("name", Arg::Text(applicant.full_name.clone())),
            (
                "link",
                Arg::Text(format!(
                    "{}{}",
                    settings.public_url,
                    app::paths::check_answers(lang, id)
                )),
            ),
        ]
    };
    let city_lang = applicant.language;
    let contact = draft.form.contact.email.trim().to_lowercase();
    let city_mail = OutgoingMail {
        purpose: "application-submitted-city",
        idempotency_key: format!("application-submitted-city:{id}:{}", application.version),
        to: vec![applicant.email.clone()],
        cc: (contact != applicant.email.to_lowercase())
            .then_some(contact)
            .into_iter()
            .collect(),
        language: city_lang,
        subject: translate_with(city_lang, "mail-submitted-city-subject", &args(city_lang)),
        body: translate_with(city_lang, "mail-submitted-city-body", &args(city_lang)),
        attachments: vec![printed.clone()],
    };
    // The Commission and UIL read the same mail; English is the language both work in.
    let office_lang = Lang::En;
    let office_mail = OutgoingMail {
        purpose: "application-submitted-commission",
        idempotency_key: format!(
            "application-submitted-commission:{id}:{}",
            application.version
        ),
        to: vec![settings.commission.clone()],
        cc: vec![settings.uil.clone()],
        language: office_lang,
        subject: translate_with(
            office_lang,
            "mail-submitted-commission-subject",
            &args(office_lang),
        ),
        body: translate_with(
            office_lang,
            "mail-submitted-commission-body",
            &args(office_lang),
        ),
        attachments: vec![printed],
    };
    for mail in [city_mail, office_mail] {
        queue(&*txn, now, mail).await.map_err(db_error)?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(app::model::LiveEvent::ApplicationChanged {
        id,
        city_id: application.city_id,
        status: next,
    })
}

/// Prints the submitted answers in English, the language UIL reads, and keeps the file for the mails.
pub(super) async fn printed_application(
    draft: &ApplicationDraft,
    files: &std::path::Path,
    version: i32,
) -> Result<MailAttachment, AppError> {
    let printed = crate::pdf::print(draft.clone(), app::i18n::Lang::En).await?;
    let storage_key = format!("application-{}-v{version}.pdf", draft.id);
    super::attachments::write_file(files, &storage_key, &printed)
        .await
        .map_err(|error| app::api::session::internal("pdf-write", &error))?;
    Ok(MailAttachment {
        storage_key,
        file_name: crate::pdf::file_name(draft),
        content_type: "application/pdf".to_owned(),
    })
}

fn event_kind(event: app::model::ApplicationEvent) -> &'static str {
    match event {
        app::model::ApplicationEvent::Resubmit => "application_resubmitted",
        _ => "application_submitted",
    }
}
