//! What both of the city's forms share in storage: who may see and change one, its draft read from
//! its answers, and saving a section under a version check. An application and a progress report differ
//! only in the row that owns the answers; everything else is one code path.

use super::entities::{
    answers, applications, attachments, cities, enums, member_cities, progress_reports, users,
};
use super::store::{cycle_of, db_error, summary};
use app::error::AppError;
use app::model::application::{
    Edit, FormAnswers, FormDraft, FormKind, FormRef, SavedSection, Section, SectionData, Timing,
};
use app::model::{ApplicationStatus, CurrentUser, Deadline, Role};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter,
};
use std::collections::BTreeMap;

/// The largest section a save may carry, as JSON: well above the form's own limits, far below harm.
const MAX_SECTION_BYTES: usize = 128 * 1024;

/// A form's own row.
pub(super) enum Stored {
    Application(applications::Model),
    Report(progress_reports::Model, member_cities::Model),
}

/// A report's stored status in the lifecycle's words: it only moves from draft to submitted to
/// forwarded to UIL.
pub(super) fn report_status(status: enums::ReportStatus) -> ApplicationStatus {
    match status {
        enums::ReportStatus::Draft => ApplicationStatus::Draft,
        enums::ReportStatus::Submitted => ApplicationStatus::Submitted,
        enums::ReportStatus::ForwardedToUil => ApplicationStatus::ForwardedToUil,
    }
}

impl Stored {
    pub(super) fn city_id(&self) -> i32 {
        match self {
            Stored::Application(application) => application.city_id,
            Stored::Report(_, member) => member.city_id,
        }
    }

    pub(super) fn status(&self) -> ApplicationStatus {
        match self {
            Stored::Application(application) => application.status.into(),
            Stored::Report(report, _) => report_status(report.status),
        }
    }

    pub(super) fn version(&self) -> i32 {
        match self {
            Stored::Application(application) => application.version,
            Stored::Report(report, _) => report.version,
        }
    }

    fn updated(&self) -> (DateTime<Utc>, Option<i32>) {
        match self {
            Stored::Application(application) => (application.updated_at, application.updated_by),
            Stored::Report(report, _) => (report.updated_at, report.updated_by),
        }
    }

    /// The form's year and when it may be sent.
    async fn timing(&self, db: &DatabaseConnection) -> Result<(i32, Timing), AppError> {
        Ok(match self {
            Stored::Application(application) => {
                let cycle = cycle_of(db, application).await?;
                (cycle.year, Timing::Window(summary(cycle)))
            }
            Stored::Report(report, _) => {
                (report.period_year, Timing::Due(Deadline::at(report.due_at)))
            }
        })
    }
}

/// Whether `user` may see the forms of `city_id`: the city's own people, and the Commission unless the
/// reviewer declared a conflict of interest with the city. Anyone else is told it does not exist.
pub(super) async fn may_see(
    db: &DatabaseConnection,
    user: &CurrentUser,
    city_id: i32,
) -> Result<(), AppError> {
    let own_city = user.city.as_ref().is_some_and(|city| city.id == city_id);
    let commission = user.role.is_commission()
        && !(user.role == Role::CommissionReviewer
            && super::reviews::recused(db, user.id, city_id).await?);
    if own_city || commission {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The form if `user` may see it.
pub(super) async fn visible(
    db: &DatabaseConnection,
    user: &CurrentUser,
    form: FormRef,
) -> Result<Stored, AppError> {
    let stored = match form.kind {
        FormKind::Application => applications::Entity::find_by_id(form.id)
            .one(db)
            .await
            .map_err(db_error)?
            .map(Stored::Application),
        FormKind::Report => {
            let report = progress_reports::Entity::find_by_id(form.id)
                .one(db)
                .await
                .map_err(db_error)?;
            match report {
                Some(report) => member_cities::Entity::find_by_id(report.member_city_id)
                    .one(db)
                    .await
                    .map_err(db_error)?
                    .map(|member| Stored::Report(report, member)),
                None => None,
            }
        }
    }
    .ok_or(AppError::NotFound)?;
    may_see(db, user, stored.city_id()).await?;
    Ok(stored)
}

/// The form if `applicant` may still change it: a person of its city while it is a draft (or an
/// application returned for changes).
pub(super) async fn editable(
    db: &DatabaseConnection,
    applicant: &CurrentUser,
    form: FormRef,
) -> Result<Stored, AppError> {
    let stored = visible(db, applicant, form).await?;
    if applicant.role != Role::CityApplicant {
        return Err(AppError::Forbidden);
    }
    if !stored.status().is_editable_by_city() {
        return Err(AppError::NotEditable);
    }
    Ok(stored)
}

/// The column of `answers` naming the form that owns a row.
fn answers_owner(kind: FormKind) -> answers::Column {
    match kind {
        FormKind::Application => answers::Column::ApplicationId,
        FormKind::Report => answers::Column::ProgressReportId,
    }
}

/// The column of `attachments` naming the form that owns a file.
pub(super) fn attachments_owner(kind: FormKind) -> attachments::Column {
    match kind {
        FormKind::Application => attachments::Column::ApplicationId,
        FormKind::Report => attachments::Column::ProgressReportId,
    }
}

/// The form a stored row belongs to.
pub(super) fn owner_of(application: Option<i32>, report: Option<i32>) -> Option<FormRef> {
    application
        .map(FormRef::application)
        .or(report.map(FormRef::report))
}

/// The answers' or attachments' owner columns for a new row: `(application_id, progress_report_id)`.
pub(super) fn owner_ids(form: FormRef) -> (Option<i32>, Option<i32>) {
    match form.kind {
        FormKind::Application => (Some(form.id), None),
        FormKind::Report => (None, Some(form.id)),
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

/// Every saved section of a form, with its version. Answers that no longer read are logged and left out.
pub(super) async fn saved_answers(
    db: &impl ConnectionTrait,
    form: FormRef,
) -> Result<(FormAnswers, BTreeMap<Section, i32>), AppError> {
    let rows = answers::Entity::find()
        .filter(answers_owner(form.kind).eq(form.id))
        .all(db)
        .await
        .map_err(db_error)?;
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
    let (year, timing) = stored.timing(db).await?;
    let (answers, versions) = saved_answers(db, form).await?;
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
            super::decisions::requested_changes(db, application).await?,
            status.counts_against_quota()
                && super::decisions::endorsement(db, form.id).await?.is_some(),
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

/// Counts a change to the form on its own row: its version, when and by whom.
pub(super) async fn touch(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    by: i32,
    form: FormRef,
) -> Result<(), AppError> {
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
    .map_err(db_error)
}

/// Writes a section's first answers for a form, at version 1.
pub(super) async fn insert_answers(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    by: i32,
    form: FormRef,
    data: &SectionData,
) -> Result<(), sea_orm::DbErr> {
    let (application_id, progress_report_id) = owner_ids(form);
    let json =
        serde_json::to_value(data).map_err(|error| sea_orm::DbErr::Json(error.to_string()))?;
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
    let (year, _) = stored.timing(db).await?;
    let mut saved = FormAnswers::default();
    data.clone().apply_to(&mut saved);
    let state = saved.state(section, year);
    let json = serde_json::to_value(&data)
        .map_err(|error| app::api::session::internal("answers-json", &error))?;
    if json.to_string().len() > MAX_SECTION_BYTES {
        return Err(AppError::TooLarge);
    }
    let txn = super::begin_write(db).await.map_err(db_error)?;
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
    touch(&*txn, now, applicant.id, form).await?;
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

/// What a submission does to the form's row, and how it is recorded and announced.
struct Submission {
    from: ApplicationStatus,
    to: ApplicationStatus,
    event_kind: &'static str,
    /// An application goes to UIL in copy at once; a report waits for the Commission to forward it.
    uil_in_copy: bool,
    purposes: [&'static str; 2],
    city_keys: [&'static str; 2],
    office_keys: [&'static str; 2],
}

/// Checks that the form may be submitted now, by whom, and says what submitting does.
async fn submission(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
    stored: &Stored,
) -> Result<Submission, AppError> {
    use app::model::ApplicationEvent;
    let from = stored.status();
    match stored {
        Stored::Application(application) => {
            let event = match from {
                ApplicationStatus::ChangesRequested => ApplicationEvent::Resubmit,
                _ => ApplicationEvent::Submit,
            };
            let to = from
                .apply(event, applicant.role)
                .map_err(|_| AppError::NotEditable)?;
            // A resubmission after the Commission asked for changes is not bound to the window.
            let cycle = cycle_of(db, application).await?;
            let window_open = cycle.window_opens_at <= now && now < cycle.window_closes_at;
            if event == ApplicationEvent::Submit && !window_open {
                return Err(AppError::WindowClosed);
            }
            Ok(Submission {
                from,
                to,
                event_kind: match event {
                    ApplicationEvent::Resubmit => "application_resubmitted",
                    _ => "application_submitted",
                },
                uil_in_copy: true,
                purposes: [
                    "application-submitted-city",
                    "application-submitted-commission",
                ],
                city_keys: ["mail-submitted-city-subject", "mail-submitted-city-body"],
                office_keys: [
                    "mail-submitted-commission-subject",
                    "mail-submitted-commission-body",
                ],
            })
        }
        Stored::Report(_, member) => {
            if applicant.role != Role::CityApplicant {
                return Err(AppError::Forbidden);
            }
            if member.status != enums::MemberStatus::Active {
                return Err(AppError::NotMember);
            }
            if from != ApplicationStatus::Draft {
                return Err(AppError::AlreadyReported);
            }
            Ok(Submission {
                from,
                to: ApplicationStatus::Submitted,
                event_kind: "report_submitted",
                uil_in_copy: false,
                purposes: [
                    "progress-report-submitted-city",
                    "progress-report-submitted-commission",
                ],
                city_keys: [
                    "mail-report-submitted-city-subject",
                    "mail-report-submitted-city-body",
                ],
                office_keys: [
                    "mail-report-submitted-commission-subject",
                    "mail-report-submitted-commission-body",
                ],
            })
        }
    }
}

/// Moves the form's row from the status read to the submitted one; false when a simultaneous submit
/// moved it first.
async fn mark_submitted(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    by: i32,
    form: FormRef,
    submission: &Submission,
) -> Result<bool, AppError> {
    let moved = match form.kind {
        FormKind::Application => {
            applications::Entity::update_many()
                .col_expr(
                    applications::Column::Status,
                    Expr::value(enums::ApplicationStatus::from(submission.to)),
                )
                .col_expr(applications::Column::SubmittedAt, Expr::value(now))
                .col_expr(applications::Column::UpdatedAt, Expr::value(now))
                .col_expr(applications::Column::UpdatedBy, Expr::value(by))
                .filter(applications::Column::Id.eq(form.id))
                .filter(
                    applications::Column::Status
                        .eq(enums::ApplicationStatus::from(submission.from)),
                )
                .exec(db)
                .await
        }
        FormKind::Report => {
            progress_reports::Entity::update_many()
                .col_expr(
                    progress_reports::Column::Status,
                    Expr::value(enums::ReportStatus::Submitted),
                )
                .col_expr(progress_reports::Column::SubmittedAt, Expr::value(now))
                .col_expr(progress_reports::Column::UpdatedAt, Expr::value(now))
                .col_expr(progress_reports::Column::UpdatedBy, Expr::value(by))
                .filter(progress_reports::Column::Id.eq(form.id))
                .filter(progress_reports::Column::Status.eq(enums::ReportStatus::Draft))
                .exec(db)
                .await
        }
    }
    .map_err(db_error)?;
    Ok(moved.rows_affected == 1)
}

/// Submits a complete form (an application inside its cycle's window, a report at any time, late
/// included): freezes the answers as a snapshot, moves the status on and queues the mails to the city
/// and to the Commission (UIL in copy of an application), all in one transaction. Returns the change
/// for open pages to show.
pub async fn submit(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
    form: FormRef,
    settings: &SubmissionSettings,
) -> Result<app::model::LiveEvent, AppError> {
    use crate::mail::{queue, OutgoingMail};
    use app::i18n::{translate_with, Arg, Lang};

    let stored = visible(db, applicant, form).await?;
    let submission = submission(db, now, applicant, &stored).await?;
    let draft = draft(db, now, applicant, form).await?;
    if !draft.is_complete() {
        return Err(AppError::Incomplete);
    }
    if !draft.is_signed() {
        return Err(AppError::NotSigned);
    }
    let version = stored.version();
    let printed = printed_form(&draft, &settings.files, version).await?;
    let snapshot = serde_json::to_value(&draft.form)
        .map_err(|error| app::api::session::internal("snapshot-json", &error))?;

    let txn = super::begin_write(db).await.map_err(db_error)?;
    if !mark_submitted(&*txn, now, applicant.id, form, &submission).await? {
        return Err(match form.kind {
            FormKind::Application => AppError::NotEditable,
            FormKind::Report => AppError::AlreadyReported,
        });
    }
    let (application_id, progress_report_id) = owner_ids(form);
    super::entities::form_snapshots::ActiveModel {
        application_id: Set(application_id),
        progress_report_id: Set(progress_report_id),
        version: Set(version),
        data: Set(snapshot),
        created_at: Set(now),
        created_by: Set(applicant.id),
        ..Default::default()
    }
    .insert(&*txn)
    .await
    .map_err(db_error)?;
    super::store::record_event(
        &*txn,
        now,
        Some(applicant.id),
        (form.kind.as_str(), form.id),
        submission.event_kind,
        serde_json::json!({ "version": version }),
    )
    .await
    .map_err(db_error)?;

    let args = |lang: Lang| {
        vec![
            ("city", Arg::Text(draft.city.clone())),
            ("year", Arg::Text(draft.year.to_string())),
            ("name", Arg::Text(applicant.full_name.clone())),
            (
                "link",
                Arg::Text(format!(
                    "{}{}",
                    settings.public_url,
                    app::paths::check_answers(lang, form)
                )),
            ),
        ]
    };
    let id = form.id;
    let city_lang = applicant.language;
    let contact = draft.form.contact.email.trim().to_lowercase();
    let [city_purpose, office_purpose] = submission.purposes;
    let [city_subject, city_body] = submission.city_keys;
    let [office_subject, office_body] = submission.office_keys;
    let city_mail = OutgoingMail {
        purpose: city_purpose,
        idempotency_key: format!("{city_purpose}:{id}:{version}"),
        to: vec![applicant.email.clone()],
        cc: (contact != applicant.email.to_lowercase())
            .then_some(contact)
            .into_iter()
            .collect(),
        language: city_lang,
        subject: translate_with(city_lang, city_subject, &args(city_lang)),
        body: translate_with(city_lang, city_body, &args(city_lang)),
        attachments: vec![printed.clone()],
    };
    // The Commission and UIL read the same mail; English is the language both work in.
    let office_lang = Lang::En;
    let office_mail = OutgoingMail {
        purpose: office_purpose,
        idempotency_key: format!("{office_purpose}:{id}:{version}"),
        to: vec![settings.commission.clone()],
        cc: submission
            .uil_in_copy
            .then(|| settings.uil.clone())
            .into_iter()
            .collect(),
        language: office_lang,
        subject: translate_with(office_lang, office_subject, &args(office_lang)),
        body: translate_with(office_lang, office_body, &args(office_lang)),
        attachments: vec![printed],
    };
    for mail in [city_mail, office_mail] {
        queue(&*txn, now, mail).await.map_err(db_error)?;
    }
    txn.commit().await.map_err(db_error)?;
    let city_id = stored.city_id();
    let status = submission.to;
    Ok(match form.kind {
        FormKind::Application => app::model::LiveEvent::ApplicationChanged {
            id,
            city_id,
            status,
        },
        FormKind::Report => app::model::LiveEvent::ReportChanged {
            id,
            city_id,
            status,
        },
    })
}

/// Prints the submitted answers in English, the language UIL reads, and keeps the file for the mails.
pub(super) async fn printed_form(
    draft: &FormDraft,
    files: &std::path::Path,
    version: i32,
) -> Result<crate::mail::MailAttachment, AppError> {
    let printed = crate::pdf::print(draft.clone(), app::i18n::Lang::En).await?;
    let storage_key = format!("{}-{}-v{version}.pdf", draft.kind.as_str(), draft.id);
    super::attachments::write_file(files, &storage_key, &printed)
        .await
        .map_err(|error| app::api::session::internal("pdf-write", &error))?;
    Ok(crate::mail::MailAttachment {
        storage_key,
        file_name: crate::pdf::file_name(draft),
        content_type: "application/pdf".to_owned(),
    })
}
