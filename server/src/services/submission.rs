//! Sending a complete form to the Commission: an application inside its cycle's window, a progress
//! report at any time. The answers are frozen as a snapshot, printed for the mails, and the city and the
//! Commission are told (UIL in copy of an application).

use super::access::visible;
use super::cycles::cycle_of;
use super::errors::db_error;
use super::forms::draft;
use super::lifecycle::{move_application, move_report};
use super::printing::printed_form;
use crate::mail::{queue, MailPurpose, OutgoingMail};
use crate::storage::begin_write;
use crate::storage::entities::{applications, enums, form_snapshots, progress_reports};
use crate::storage::forms::{owner_ids, Stored};
use app::error::AppError;
use app::i18n::{Arg, Lang};
use app::model::application::{FormKind, FormRef};
use app::model::AuditKind;
use app::model::{
    ApplicationEvent, ApplicationStatus, CurrentUser, LiveEvent, ReportEvent, ReportStatus, Role,
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

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
    /// What the privacy notice names.
    pub privacy: app::model::PrivacyFacts,
}

/// The form's row as read, and the status a submission moves it to.
enum Next<'a> {
    Application(&'a applications::Model, ApplicationStatus),
    Report(&'a progress_reports::Model, i32, ReportStatus),
}

/// What a submission does to the form's row, and how it is recorded and announced.
struct Submission<'a> {
    next: Next<'a>,
    event_kind: AuditKind,
    /// An application goes to UIL in copy at once; a report waits for the Commission to forward it.
    uil_in_copy: bool,
    purposes: [MailPurpose; 2],
}

/// Checks that the form may be submitted now, by whom, and says what submitting does.
async fn submission<'a>(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
    stored: &'a Stored,
) -> Result<Submission<'a>, AppError> {
    match stored {
        Stored::Application(application) => {
            let from = ApplicationStatus::from(application.status);
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
                next: Next::Application(application, to),
                event_kind: match event {
                    ApplicationEvent::Resubmit => AuditKind::ApplicationResubmitted,
                    _ => AuditKind::ApplicationSubmitted,
                },
                uil_in_copy: true,
                purposes: [
                    MailPurpose::ApplicationSubmittedCity,
                    MailPurpose::ApplicationSubmittedCommission,
                ],
            })
        }
        Stored::Report(report, member) => {
            if applicant.role != Role::CityApplicant {
                return Err(AppError::Forbidden);
            }
            if member.status != enums::MemberStatus::Active {
                return Err(AppError::NotMember);
            }
            let from = ReportStatus::from(report.status);
            let event = match from {
                ReportStatus::ChangesRequested => ReportEvent::Resubmit,
                _ => ReportEvent::Submit,
            };
            let to = from
                .apply(event, applicant.role)
                .map_err(|_| AppError::AlreadyReported)?;
            Ok(Submission {
                next: Next::Report(report, member.city_id, to),
                event_kind: match event {
                    ReportEvent::Resubmit => AuditKind::ReportResubmitted,
                    _ => AuditKind::ReportSubmitted,
                },
                uil_in_copy: false,
                purposes: [
                    MailPurpose::ReportSubmittedCity,
                    MailPurpose::ReportSubmittedCommission,
                ],
            })
        }
    }
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
) -> Result<LiveEvent, AppError> {
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
        .map_err(|error| AppError::internal("snapshot-json", &error))?;

    let txn = begin_write(db).await.map_err(db_error)?;
    let audit = (
        submission.event_kind,
        serde_json::json!({ "version": version }),
    );
    let moved = match submission.next {
        Next::Application(application, to) => {
            move_application(&*txn, now, applicant, application, to, audit).await?
        }
        Next::Report(report, city_id, to) => {
            move_report(&*txn, now, applicant, (report, city_id), to, audit).await?
        }
    };
    let Some(change) = moved else {
        return Err(match form.kind {
            FormKind::Application => AppError::NotEditable,
            FormKind::Report => AppError::AlreadyReported,
        });
    };
    let (application_id, progress_report_id) = owner_ids(form);
    form_snapshots::ActiveModel {
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
    let city_mail = OutgoingMail {
        cc: (contact != applicant.email.to_lowercase())
            .then_some(contact)
            .into_iter()
            .collect(),
        attachments: vec![printed.clone()],
        ..OutgoingMail::compose(
            city_purpose,
            format!("{}:{id}:{version}", city_purpose.as_str()),
            vec![applicant.email.clone()],
            city_lang,
            &args(city_lang),
        )
    };
    // The Commission and UIL read the same mail; English is the language both work in.
    let office_lang = Lang::En;
    let office_mail = OutgoingMail {
        cc: submission
            .uil_in_copy
            .then(|| settings.uil.clone())
            .into_iter()
            .collect(),
        attachments: vec![printed],
        ..OutgoingMail::compose(
            office_purpose,
            format!("{}:{id}:{version}", office_purpose.as_str()),
            vec![settings.commission.clone()],
            office_lang,
            &args(office_lang),
        )
    };
    for mail in [city_mail, office_mail] {
        queue(&*txn, now, mail).await.map_err(db_error)?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(change)
}
