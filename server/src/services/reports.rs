//! Member cities' progress reports: the city's list, starting the report it owes next (prefilled from
//! what it wrote before), the Commission's view of every report, a sent report's own page, and the
//! secretary's decisions on it (ask for changes, forward to UIL). Reading, saving and submitting a
//! report are the forms' (`forms`).

use super::access::{city_of, reviewable_form, secretary_only};
use super::errors::db_error;
use super::lifecycle::move_report;
use super::printing::printed_form;
use super::submission::SubmissionSettings;
use crate::mail::{hold, queue, MailPurpose, OutgoingMail};
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::entities::{cities, enums, member_cities, progress_reports};
use crate::storage::forms::Stored;
use crate::storage::forms::{insert_answers, saved_answers};
use app::error::{AppError, FieldError};
use app::i18n::{Arg, Lang};
use app::model::application::{FormKind, FormRef, ReportSummary, ReportsOverview, SectionData};
use app::model::AuditKind;
use app::model::{
    ApplicationStatus, CurrentUser, Deadline, DecisionRequest, LiveEvent, ReportDesk, ReportEvent,
    ReportLine, ReportStatus, ReportsBoard, Role,
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait};

/// The applicant's city's membership, if it is a member (active or lapsed).
async fn membership(
    db: &impl ConnectionTrait,
    applicant: &CurrentUser,
) -> Result<Option<member_cities::Model>, AppError> {
    let city_id = city_of(applicant)?;
    crate::storage::members::of_city(db, city_id)
        .await
        .map_err(db_error)
}

/// A report counts as begun once the city started it here; a row the secretary made only to move its
/// due date is not one.
fn begun(report: &progress_reports::Model) -> bool {
    report.version > 0 || report.submitted_at.is_some()
}

pub async fn reports_of(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
) -> Result<ReportsOverview, AppError> {
    let Some(member) = membership(db, applicant).await? else {
        return Ok(ReportsOverview {
            member: false,
            reports: Vec::new(),
            owed: None,
            now,
        });
    };
    let city = city_of_member(db, &member).await?;
    let reports = storage::members::reports(db, member.id)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(begun)
        .map(|report| ReportSummary {
            id: report.id,
            city: city.name.clone(),
            period_year: report.period_year,
            due: Deadline::at(report.due_at),
            status: ReportStatus::from(report.status).shown(),
        })
        .collect();
    Ok(ReportsOverview {
        member: member.status == enums::MemberStatus::Active,
        reports,
        owed: super::members::next_report(db, &member).await?,
        now,
    })
}

/// What a new report starts from: the city's latest submitted report whole, else the focal point and
/// the figures of its latest application. Nothing for a city entered by the secretary without either.
async fn prefill(
    db: &impl ConnectionTrait,
    member: &member_cities::Model,
) -> Result<(Vec<SectionData>, Option<FormRef>), AppError> {
    let previous = storage::members::reports(db, member.id)
        .await
        .map_err(db_error)?
        .into_iter()
        .find(|report| report.submitted_at.is_some())
        .map(|report| FormRef::report(report.id));
    let application = storage::applications::of_city(db, member.city_id)
        .await
        .map_err(db_error)?
        .into_iter()
        .find(|application| application.status != enums::ApplicationStatus::Withdrawn)
        .map(|application| FormRef::application(application.id));
    let Some(source) = previous.or(application) else {
        return Ok((Vec::new(), None));
    };
    let (answers, versions) = saved_answers(db, source).await.map_err(db_error)?;
    let sections = FormKind::Report
        .sections()
        .iter()
        .filter(|section| versions.contains_key(section))
        .filter_map(|section| SectionData::from_answers(*section, answers.answers(*section)).ok())
        .collect();
    Ok((sections, Some(source)))
}

/// Starts the report the member owes next, or returns it if the city already began it; with the change
/// for open pages when it began now.
pub async fn start(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    applicant: &CurrentUser,
) -> Result<(i32, Option<LiveEvent>), AppError> {
    let member = membership(db, applicant)
        .await?
        .filter(|member| member.status == enums::MemberStatus::Active)
        .ok_or(AppError::NotMember)?;
    let owed = super::members::next_report(db, &member)
        .await?
        .ok_or(AppError::NotMember)?;
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let existing = storage::members::reports(&*txn, member.id)
        .await
        .map_err(db_error)?
        .into_iter()
        .find(|report| report.period_year == owed.period_year);
    let report = match existing {
        Some(report) if begun(&report) => return Ok((report.id, None)),
        Some(report) => report,
        None => super::members::new_report(member.id, owed.period_year, owed.due.at, now)
            .insert(&*txn)
            .await
            .map_err(db_error)?,
    };
    let form = FormRef::report(report.id);
    let (sections, source) = prefill(&*txn, &member).await?;
    for data in &sections {
        insert_answers(&*txn, now, applicant.id, form, data)
            .await
            .map_err(db_error)?;
    }
    crate::storage::forms::touch(&*txn, now, applicant.id, form)
        .await
        .map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(applicant.id),
        ("report", report.id),
        AuditKind::ReportStarted,
        serde_json::json!({
            "period": owed.period_year,
            "prefilled_from": source.map(|source| (source.kind.as_str(), source.id)),
        }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    let begun = LiveEvent::ReportChanged {
        id: report.id,
        city_id: member.city_id,
        status: ApplicationStatus::Draft,
    };
    Ok((report.id, Some(begun)))
}

/// A begun report as a line of the Commission's list of reports.
fn line_of(city: &str, report: &progress_reports::Model) -> ReportLine {
    ReportLine {
        city: city.to_owned(),
        period_year: report.period_year,
        due: Deadline::at(report.due_at),
        status: Some(ReportStatus::from(report.status).shown()),
        report: Some(report.id),
        submitted: report.submitted_at.map(Deadline::at),
    }
}

/// A sent report on its own page: its answers and files, what changed since it was last sent, the
/// Commission's comments, its history, and what the reader may decide.
pub async fn desk(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
    id: i32,
) -> Result<ReportDesk, AppError> {
    let form = FormRef::report(id);
    let Stored::Report(report, member) = reviewable_form(db, reader, form).await? else {
        return Err(AppError::NotFound);
    };
    let city = city_of_member(db, &member).await?;
    let names = storage::users::names(db, None).await.map_err(db_error)?;
    let status = ReportStatus::from(report.status);
    let can_decide = if reader.role == Role::CommissionSecretary {
        ReportEvent::DECISIONS
            .into_iter()
            .filter(|event| status.apply(*event, reader.role).is_ok())
            .map(ReportEvent::shown)
            .collect()
    } else {
        Vec::new()
    };
    Ok(ReportDesk {
        line: line_of(&city.name, &report),
        draft: super::forms::draft(db, now, reader, form).await?,
        history: super::reviews::history(db, form, &names).await?,
        comments: super::comments::comments_of(db, form, false, None).await?,
        previous: super::reviews::previous_answers(db, form).await?,
        can_decide,
    })
}

async fn city_of_member(
    db: &impl ConnectionTrait,
    member: &member_cities::Model,
) -> Result<cities::Model, AppError> {
    cities::Entity::find_by_id(member.city_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

/// The secretary's decision on a sent report, taken on its page: forward it to UIL, or ask the city
/// for changes, with comments on its sections. Answers the change for open pages, and whether mails
/// now wait in the outbox for the secretary to read.
pub async fn decide(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    settings: &SubmissionSettings,
    secretary: &CurrentUser,
    id: i32,
    request: DecisionRequest,
) -> Result<(LiveEvent, bool), AppError> {
    let form = FormRef::report(id);
    let Stored::Report(report, member) = reviewable_form(db, secretary, form).await? else {
        return Err(AppError::NotFound);
    };
    secretary_only(secretary)?;
    let event = ReportEvent::decision(request.event).ok_or_else(|| {
        AppError::Validation(vec![FieldError::new("action", "error-choice-invalid")])
    })?;
    let to = ReportStatus::from(report.status)
        .apply(event, secretary.role)
        .map_err(|_| AppError::NotNow)?;
    super::decisions::check_request(FormKind::Report, &request)?;
    if event == ReportEvent::ForwardToUil {
        let change = send_to_uil(db, now, secretary, (&report, &member), to, settings).await?;
        return Ok((change, false));
    }
    let city = city_of_member(db, &member).await?;
    let reason = request.reason.trim();
    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let audit = (
        AuditKind::Decision(request.event),
        serde_json::json!({ "reason": reason, "period": report.period_year, "version": report.version }),
    );
    let change = move_report(&*txn, now, secretary, (&report, member.city_id), to, audit)
        .await?
        .ok_or(AppError::NotNow)?;
    super::comments::insert_request(
        &*txn,
        now,
        secretary,
        form,
        reason,
        &request.section_comments,
    )
    .await?;
    let people = crate::storage::users::city_people(&*txn, member.city_id)
        .await
        .map_err(db_error)?;
    let args = |lang: Lang| {
        let link = app::paths::task_list(lang, form);
        [
            ("city", Arg::Text(city.name.clone())),
            ("year", Arg::Text(report.period_year.to_string())),
            ("reason", Arg::Text(reason.to_owned())),
            ("link", Arg::Text(format!("{}{link}", settings.public_url))),
        ]
    };
    let purpose = MailPurpose::ReportChangesCity;
    for mail in super::decisions::to_each_person(&people, purpose, (id, now), args) {
        hold(&*txn, now, mail).await.map_err(db_error)?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok((change, !people.is_empty()))
}

/// The Commission's view of progress reports: each active member's owed report, and every report sent.
/// A reviewer who declared a conflict with a city does not see its reports.
pub async fn board(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    reader: &CurrentUser,
) -> Result<ReportsBoard, AppError> {
    if !reader.role.is_commission() {
        return Err(AppError::Forbidden);
    }
    let mut lines = Vec::new();
    for (member, city) in super::members::members_with_cities(db).await? {
        if super::access::may_see(db, reader, city.id).await.is_err() {
            continue;
        }
        let reports = storage::members::reports(db, member.id)
            .await
            .map_err(db_error)?;
        lines.extend(
            reports
                .iter()
                .filter(|report| report.submitted_at.is_some())
                .map(|report| line_of(&city.name, report)),
        );
        if let Some(owed) = super::members::next_report(db, &member).await? {
            let begun = reports
                .iter()
                .find(|report| report.period_year == owed.period_year && begun(report));
            lines.push(match begun {
                Some(report) => ReportLine {
                    due: owed.due,
                    ..line_of(&city.name, report)
                },
                None => ReportLine {
                    city: city.name.clone(),
                    period_year: owed.period_year,
                    due: owed.due,
                    status: None,
                    report: None,
                    submitted: None,
                },
            });
        }
    }
    ReportsBoard::sort(&mut lines);
    Ok(ReportsBoard {
        lines,
        now,
        can_forward: reader.role == Role::CommissionSecretary,
    })
}

/// The secretary forwards a sent report to UIL: the printed report and its files go to UIL's address
/// with the city's people in copy, through the outbox, once.
pub async fn forward(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    id: i32,
    settings: &SubmissionSettings,
) -> Result<LiveEvent, AppError> {
    secretary_only(secretary)?;
    let form = FormRef::report(id);
    let Stored::Report(report, member) = super::access::visible(db, secretary, form).await? else {
        return Err(AppError::NotFound);
    };
    let to = ReportStatus::from(report.status)
        .apply(ReportEvent::ForwardToUil, secretary.role)
        .map_err(|_| AppError::NotNow)?;
    send_to_uil(db, now, secretary, (&report, &member), to, settings).await
}

/// Mails the report as read, already checked for forwarding to `to`, to UIL through the outbox, and
/// moves it on from the status read.
async fn send_to_uil(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    secretary: &CurrentUser,
    (report, member): (&progress_reports::Model, &member_cities::Model),
    to: ReportStatus,
    settings: &SubmissionSettings,
) -> Result<LiveEvent, AppError> {
    let id = report.id;
    let form = FormRef::report(id);
    let draft = super::forms::draft(db, now, secretary, form).await?;
    let mut files = vec![printed_form(&draft, &settings.files, report.version).await?];
    files.extend(super::attachments::mail_files(db, form).await?);
    let mut copy: Vec<String> = crate::storage::users::city_people(db, member.city_id)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|person| person.email)
        .collect();
    let contact = draft.form.contact.email.trim().to_lowercase();
    if !contact.is_empty()
        && !copy
            .iter()
            .any(|email| email.eq_ignore_ascii_case(&contact))
    {
        copy.push(contact);
    }
    let lang = Lang::En;
    let args = [
        ("city", Arg::Text(draft.city.clone())),
        ("year", Arg::Text(draft.year.to_string())),
    ];
    let purpose = MailPurpose::ReportForwardedUil;
    let mail = OutgoingMail {
        cc: copy,
        attachments: files,
        ..OutgoingMail::compose(
            purpose,
            format!("{}:{id}", purpose.as_str()),
            vec![settings.uil.clone()],
            lang,
            &args,
        )
    };

    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    let audit = (
        AuditKind::ReportForwarded,
        serde_json::json!({ "period": draft.year }),
    );
    let change = move_report(&*txn, now, secretary, (report, member.city_id), to, audit)
        .await?
        .ok_or(AppError::NotNow)?;
    queue(&*txn, now, mail).await.map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(change)
}
