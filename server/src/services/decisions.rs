//! The Commission's decisions: endorse within the national quota, ask for changes, reject, take the
//! endorsed application to UIL (or record that the city did), record UIL's outcome, and reopen — each
//! confirmed, audited, and told to the people it concerns through the outbox. The city's withdrawal
//! goes the same way, so that it and a decision taken at the same moment cannot both happen.

use super::cycles::cycle_of;
use super::endorsements;
use super::errors::db_error;
use super::lifecycle::move_application;
use super::printing::printed_form;
use super::submission::SubmissionSettings;
use crate::mail::{hold, queue, MailAttachment, MailPurpose, OutgoingMail};
use crate::pdf::Endorsement;
use crate::storage::applications::endorsed_in_cycle;
use crate::storage::decisions::standing_endorsement;
use crate::storage::entities::{decisions, enums, member_cities, users};
use crate::storage::forms::attachments_of;
use crate::storage::users::city_people;
use app::error::{AppError, FieldError};
use app::i18n::{Arg, Lang};
use app::model::application::{FormKind, FormRef};
use app::model::AuditKind;
use app::model::{
    ApplicationEvent, ApplicationStatus, CurrentUser, Deadline, DecisionRequest, DecisionView,
    LiveEvent, Role, COMMENT_CHARS,
};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait};
use std::collections::HashMap;

fn decision_kind(event: ApplicationEvent) -> Option<enums::DecisionKind> {
    Some(match event {
        ApplicationEvent::Endorse => enums::DecisionKind::Endorse,
        ApplicationEvent::RequestChanges => enums::DecisionKind::RequestChanges,
        ApplicationEvent::Reject => enums::DecisionKind::Reject,
        ApplicationEvent::RecordUilAccepted => enums::DecisionKind::UilAccepted,
        ApplicationEvent::RecordUilNotAccepted => enums::DecisionKind::UilNotAccepted,
        _ => return None,
    })
}

fn event_of(kind: enums::DecisionKind) -> ApplicationEvent {
    match kind {
        enums::DecisionKind::Endorse => ApplicationEvent::Endorse,
        enums::DecisionKind::RequestChanges => ApplicationEvent::RequestChanges,
        enums::DecisionKind::Reject => ApplicationEvent::Reject,
        enums::DecisionKind::UilAccepted => ApplicationEvent::RecordUilAccepted,
        enums::DecisionKind::UilNotAccepted => ApplicationEvent::RecordUilNotAccepted,
    }
}

/// The decisions taken so far, oldest first, a reopened one with the reopen after it.
pub async fn history(
    db: &DatabaseConnection,
    application: i32,
    names: &HashMap<i32, String>,
) -> Result<Vec<DecisionView>, AppError> {
    let rows = crate::storage::decisions::of_application(db, application)
        .await
        .map_err(db_error)?;
    let name = |id: i32| names.get(&id).cloned().unwrap_or_default();
    let mut shown = Vec::new();
    for row in rows {
        shown.push(DecisionView {
            event: event_of(row.kind),
            reason: row.reason.clone().unwrap_or_default(),
            by: name(row.decided_by),
            at: Deadline::at(row.decided_at),
        });
        if let (Some(by), Some(at)) = (row.reopened_by, row.reopened_at) {
            shown.push(DecisionView {
                event: ApplicationEvent::ReopenDecision,
                reason: String::new(),
                by: name(by),
                at: Deadline::at(at),
            });
        }
    }
    Ok(shown)
}

/// A decision's mail to each of the city's people, in their own language; keyed by the form's id and
/// the decision's time, so that each decision writes its own.
pub fn to_each_person<A>(
    people: &[users::Model],
    purpose: MailPurpose,
    (id, decided_at): (i32, DateTime<Utc>),
    args: impl Fn(Lang) -> A,
) -> Vec<OutgoingMail>
where
    A: AsRef<[(&'static str, Arg)]>,
{
    people
        .iter()
        .map(|person| {
            let lang = Lang::from(person.language);
            OutgoingMail::compose(
                purpose,
                format!(
                    "{}:{id}:{}:{}",
                    purpose.as_str(),
                    decided_at.timestamp(),
                    person.id
                ),
                vec![person.email.clone()],
                lang,
                args(lang).as_ref(),
            )
        })
        .collect()
}

/// Checks what was asked before anything is read for the decision on a form of `kind`: confirmed, with
/// a reason where one is needed, comments short enough and only on the form's sections.
pub fn check_request(kind: FormKind, request: &DecisionRequest) -> Result<(), AppError> {
    let mut problems = Vec::new();
    let reason = request.reason.trim();
    if request.event.needs_reason() && reason.is_empty() {
        problems.push(FieldError::new("reason", "error-required"));
    }
    if reason.chars().count() > COMMENT_CHARS {
        problems.push(FieldError::new("reason", "error-too-long"));
    }
    super::comments::check_section_comments(kind, &request.section_comments, &mut problems);
    if !request.confirmed {
        problems.push(FieldError::new("confirm", "error-confirm-required"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AppError::Validation(problems))
    }
}

/// Takes the decision. The application must be one the decider may see; the transition table decides
/// whether the event is possible now and for this role; the status moves only from the one read, so
/// two simultaneous decisions cannot both happen.
pub async fn decide(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    settings: &SubmissionSettings,
    decider: &CurrentUser,
    id: i32,
    request: DecisionRequest,
) -> Result<(LiveEvent, bool), AppError> {
    let application = super::access::visible_application(db, decider, id).await?;
    if decider.role == Role::CommissionReviewer {
        return Err(AppError::Forbidden);
    }
    // Refused for who they are before what the status allows: the secretary cannot withdraw for a
    // city, whether or not it is still possible.
    let ever_allowed = ApplicationStatus::ALL
        .into_iter()
        .any(|status| status.apply(request.event, decider.role).is_ok());
    if !ever_allowed {
        return Err(AppError::Forbidden);
    }
    let status = ApplicationStatus::from(application.status);
    let next = match status.for_decision().apply(request.event, decider.role) {
        Ok(next) => next,
        Err(app::model::TransitionError::RoleNotPermitted { .. }) => {
            return Err(AppError::Forbidden)
        }
        Err(app::model::TransitionError::NotFromThisStatus { .. }) => return Err(AppError::NotNow),
    };
    check_request(FormKind::Application, &request)?;
    // What goes to UIL as the endorsement: the signed scan, or, when the secretary says so, the print.
    let signed_endorsement = if request.event == ApplicationEvent::ForwardToUil {
        let scan = crate::storage::decisions::signed_scan(db, id)
            .await
            .map_err(db_error)?;
        if scan.is_none() && !request.unsigned {
            return Err(AppError::Validation(vec![FieldError::new(
                "unsigned",
                "error-unsigned-confirm",
            )]));
        }
        scan
    } else {
        None
    };
    let reason = request.reason.trim().to_owned();
    let cycle = cycle_of(db, &application).await?;
    let city = crate::storage::entities::cities::Entity::find_by_id(application.city_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    // Printed before the transaction: laying out pages should not hold SQLite's writer.
    let forwarded = if request.event == ApplicationEvent::ForwardToUil {
        let form = FormRef::application(id);
        let draft = super::forms::draft(db, now, decider, form).await?;
        Some(printed_form(&draft, &settings.files, application.version).await?)
    } else {
        None
    };

    let txn = crate::storage::begin_write(db).await.map_err(db_error)?;
    if request.event == ApplicationEvent::Endorse {
        let endorsed = endorsed_in_cycle(&*txn, cycle.id).await.map_err(db_error)?;
        let quota = u32::try_from(cycle.quota).unwrap_or_default();
        if endorsed.len() as u32 >= quota {
            return Err(AppError::QuotaReached { quota, endorsed });
        }
    }
    let audit = (
        AuditKind::Decision(request.event),
        serde_json::json!({ "reason": reason, "version": application.version }),
    );
    let change = move_application(&*txn, now, decider, &application, next, audit)
        .await?
        .ok_or(AppError::NotNow)?;
    let decision = match decision_kind(request.event) {
        Some(kind) => Some(
            decisions::ActiveModel {
                application_id: Set(id),
                kind: Set(kind),
                reason: Set(Some(reason.clone()).filter(|r| !r.is_empty())),
                route: Set(None),
                decided_by: Set(decider.id),
                decided_at: Set(now),
                reopened_by: Set(None),
                reopened_at: Set(None),
                ..Default::default()
            }
            .insert(&*txn)
            .await
            .map_err(db_error)?,
        ),
        None => None,
    };
    match request.event {
        ApplicationEvent::ReopenDecision => {
            crate::storage::decisions::reopen(&*txn, id, decider.id, now)
                .await
                .map_err(db_error)?;
        }
        ApplicationEvent::ForwardToUil | ApplicationEvent::RecordSentByCity => {
            let route = if request.event == ApplicationEvent::ForwardToUil {
                enums::EndorsementRoute::Commission
            } else {
                enums::EndorsementRoute::City
            };
            crate::storage::decisions::set_route(&*txn, id, route)
                .await
                .map_err(db_error)?;
        }
        ApplicationEvent::RecordUilAccepted => {
            let already = crate::storage::members::of_city(&*txn, application.city_id)
                .await
                .map_err(db_error)?;
            if already.is_none() {
                member_cities::ActiveModel {
                    city_id: Set(application.city_id),
                    joined_year: Set(cycle.year),
                    joined_via: Set(enums::JoinedVia::ThisSystem),
                    status: Set(enums::MemberStatus::Active),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(&*txn)
                .await
                .map_err(db_error)?;
            }
        }
        _ => {}
    }
    if request.event == ApplicationEvent::RequestChanges {
        let form = FormRef::application(id);
        super::comments::insert_request(
            &*txn,
            now,
            decider,
            form,
            &reason,
            &request.section_comments,
        )
        .await?;
    }

    let people = city_people(&*txn, application.city_id)
        .await
        .map_err(db_error)?;
    let link = |lang: Lang| {
        format!(
            "{}{}",
            settings.public_url,
            app::paths::task_list(lang, FormRef::application(id))
        )
    };
    let args = |lang: Lang| {
        vec![
            ("city", Arg::Text(city.name.clone())),
            ("year", Arg::Text(cycle.year.to_string())),
            ("reason", Arg::Text(reason.clone())),
            ("link", Arg::Text(link(lang))),
        ]
    };
    let mut mails = Vec::new();
    // The city hears of every decision that changes what it can do, each person in their language.
    let city_purpose = match request.event {
        ApplicationEvent::RequestChanges => Some(MailPurpose::DecisionChangesCity),
        ApplicationEvent::Reject => Some(MailPurpose::DecisionRejectedCity),
        ApplicationEvent::Endorse => Some(MailPurpose::DecisionEndorsedCity),
        _ => None,
    };
    if let Some(purpose) = city_purpose {
        mails.extend(to_each_person(&people, purpose, (id, now), args));
    }
    if let Some(decision) = decision
        .as_ref()
        .filter(|_| request.event == ApplicationEvent::Endorse)
    {
        let endorsement = Endorsement {
            city: city.name.clone(),
            year: cycle.year,
            secretary_general: settings.secretary_general.clone(),
            decided_at: now,
            remarks: reason.clone(),
        };
        endorsements::write(&settings.files, id, decision.id, &endorsement).await?;
    }
    if let Some(printed) = forwarded {
        let endorsement = standing_endorsement(&*txn, id)
            .await
            .map_err(db_error)?
            .ok_or(AppError::NotNow)?;
        let signed: Vec<_> = attachments_of(&*txn, FormRef::application(id))
            .await
            .map_err(db_error)?
            .into_iter()
            .filter(|file| file.kind == enums::AttachmentKind::SignedApplication)
            .collect();
        let endorsement_file = match signed_endorsement {
            Some(scan) => super::attachments::as_mail_file(scan),
            None => MailAttachment {
                storage_key: endorsements::key(id, endorsement.id),
                file_name: endorsements::file_name(&city.name, cycle.year),
                content_type: "application/pdf".to_owned(),
            },
        };
        let mut files = vec![printed, endorsement_file];
        files.extend(signed.into_iter().map(super::attachments::as_mail_file));
        let lang = Lang::En;
        let purpose = MailPurpose::DecisionForwardedUil;
        mails.push(OutgoingMail {
            cc: people.iter().map(|p| p.email.clone()).collect(),
            attachments: files,
            ..OutgoingMail::compose(
                purpose,
                format!("{}:{id}:{}", purpose.as_str(), endorsement.id),
                vec![settings.uil.clone()],
                lang,
                &args(lang),
            )
        });
    }
    if request.event == ApplicationEvent::Withdraw {
        // The city's own step: the Commission is told at once, in the site's own language, with a
        // link to the application's page, which keeps everything the city sent.
        let lang = Lang::Lv;
        let purpose = MailPurpose::ApplicationWithdrawnCommission;
        let desk = format!(
            "{}{}",
            settings.public_url,
            app::paths::review_desk(lang, id)
        );
        let mut words = args(lang);
        words.retain(|(name, _)| *name != "link");
        words.push(("link", Arg::Text(desk)));
        let mail = OutgoingMail::compose(
            purpose,
            format!("{}:{id}", purpose.as_str()),
            vec![settings.commission.clone()],
            lang,
            &words,
        );
        queue(&*txn, now, mail).await.map_err(db_error)?;
    }
    // A decision's mails wait for the secretary to read them, and perhaps edit them, before they go.
    let held = !mails.is_empty();
    for mail in mails {
        hold(&*txn, now, mail).await.map_err(db_error)?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok((change, held))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn request(event: ApplicationEvent, reason: &str, confirmed: bool) -> DecisionRequest {
        DecisionRequest {
            event,
            reason: reason.to_owned(),
            section_comments: BTreeMap::new(),
            confirmed,
            unsigned: false,
        }
    }

    fn fields(result: Result<(), AppError>) -> Vec<(String, String)> {
        match result {
            Ok(()) => Vec::new(),
            Err(AppError::Validation(problems)) => problems
                .into_iter()
                .map(|problem| (problem.field, problem.key))
                .collect(),
            Err(other) => panic!("not a validation error: {other:?}"),
        }
    }

    #[test]
    fn nothing_is_decided_unconfirmed_and_a_refusal_or_request_for_changes_says_why() {
        assert!(fields(check_request(
            FormKind::Application,
            &request(ApplicationEvent::Endorse, "", true)
        ))
        .is_empty());
        assert_eq!(
            fields(check_request(
                FormKind::Application,
                &request(ApplicationEvent::Endorse, "", false)
            )),
            vec![("confirm".into(), "error-confirm-required".into())]
        );
        for event in [ApplicationEvent::Reject, ApplicationEvent::RequestChanges] {
            assert_eq!(
                fields(check_request(
                    FormKind::Application,
                    &request(event, "   ", true)
                )),
                vec![("reason".into(), "error-required".into())],
                "{event:?}"
            );
        }
        let long = "ā".repeat(COMMENT_CHARS + 1);
        assert_eq!(
            fields(check_request(
                FormKind::Application,
                &request(ApplicationEvent::Reject, &long, true)
            )),
            vec![("reason".into(), "error-too-long".into())]
        );
    }

    #[test]
    fn comments_go_only_on_real_sections_and_stay_short() {
        let mut asked = request(ApplicationEvent::RequestChanges, "See the sections.", true);
        asked
            .section_comments
            .insert("city".into(), "Name the department.".into());
        asked
            .section_comments
            .insert("nonsense".into(), "Lost.".into());
        asked
            .section_comments
            .insert("mayor".into(), "x".repeat(COMMENT_CHARS + 1));
        asked
            .section_comments
            .insert("partnerships".into(), "A report's section.".into());
        assert_eq!(
            fields(check_request(FormKind::Application, &asked)),
            vec![
                ("comment-mayor".into(), "error-too-long".into()),
                ("comment-nonsense".into(), "error-choice-invalid".into()),
                ("comment-partnerships".into(), "error-choice-invalid".into()),
            ]
        );
        // The same comments on a report: its own sections are Contact, the figures and the areas.
        asked.section_comments.remove("mayor");
        assert_eq!(
            fields(check_request(FormKind::Report, &asked)),
            vec![
                ("comment-city".into(), "error-choice-invalid".into()),
                ("comment-nonsense".into(), "error-choice-invalid".into()),
            ]
        );
    }

    #[test]
    fn every_recorded_decision_reads_back_as_the_event_that_made_it() {
        let recorded: Vec<ApplicationEvent> = ApplicationEvent::DECISIONS
            .into_iter()
            .filter(|event| decision_kind(*event).is_some())
            .collect();
        assert_eq!(
            recorded,
            vec![
                ApplicationEvent::Endorse,
                ApplicationEvent::RequestChanges,
                ApplicationEvent::Reject,
                ApplicationEvent::RecordUilAccepted,
                ApplicationEvent::RecordUilNotAccepted,
            ]
        );
        for event in recorded {
            assert_eq!(decision_kind(event).map(event_of), Some(event));
        }
    }
}
