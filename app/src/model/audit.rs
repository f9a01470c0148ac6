//! What the audit log records: one kind per change, stored by its identifier.

use super::ApplicationEvent;
use serde::{Deserialize, Serialize};

/// One kind of change in the audit log. A Commission decision is recorded under its event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditKind {
    SignedIn,
    AccountInvited,
    PasswordSet,
    AccountChanged,
    AccountDeactivated,
    AccountReactivated,
    InvitationResent,
    AccountErased,
    PersonalDataCopied,
    ProfileChanged,
    PasswordChanged,
    PasswordResetRequested,
    SecretaryAdded,
    CityAdded,
    CityChanged,
    CityRetired,
    CityReinstated,
    RetentionRun,
    ApplicationStarted,
    ApplicationSubmitted,
    ApplicationResubmitted,
    AttachmentAdded,
    AttachmentRemoved,
    ReviewStarted,
    ReviewSubmitted,
    ConflictDeclared,
    ConflictRecorded,
    ConflictRemoved,
    CommentAdded,
    Decision(ApplicationEvent),
    CycleCreated,
    CycleChanged,
    CycleExtended,
    MemberRegistered,
    MemberChanged,
    ReportDueMoved,
    ReportStarted,
    ReportSubmitted,
    ReportResubmitted,
    ReportForwarded,
    RemindersOn,
    RemindersOff,
}

impl AuditKind {
    /// Every kind but the decisions, which are one per event of the decision form.
    const PLAIN: [AuditKind; 41] = [
        AuditKind::SignedIn,
        AuditKind::AccountInvited,
        AuditKind::PasswordSet,
        AuditKind::AccountChanged,
        AuditKind::AccountDeactivated,
        AuditKind::AccountReactivated,
        AuditKind::InvitationResent,
        AuditKind::AccountErased,
        AuditKind::PersonalDataCopied,
        AuditKind::ProfileChanged,
        AuditKind::PasswordChanged,
        AuditKind::PasswordResetRequested,
        AuditKind::SecretaryAdded,
        AuditKind::CityAdded,
        AuditKind::CityChanged,
        AuditKind::CityRetired,
        AuditKind::CityReinstated,
        AuditKind::RetentionRun,
        AuditKind::ApplicationStarted,
        AuditKind::ApplicationSubmitted,
        AuditKind::ApplicationResubmitted,
        AuditKind::AttachmentAdded,
        AuditKind::AttachmentRemoved,
        AuditKind::ReviewStarted,
        AuditKind::ReviewSubmitted,
        AuditKind::ConflictDeclared,
        AuditKind::ConflictRecorded,
        AuditKind::ConflictRemoved,
        AuditKind::CommentAdded,
        AuditKind::CycleCreated,
        AuditKind::CycleChanged,
        AuditKind::CycleExtended,
        AuditKind::MemberRegistered,
        AuditKind::MemberChanged,
        AuditKind::ReportDueMoved,
        AuditKind::ReportStarted,
        AuditKind::ReportSubmitted,
        AuditKind::ReportResubmitted,
        AuditKind::ReportForwarded,
        AuditKind::RemindersOn,
        AuditKind::RemindersOff,
    ];

    /// Every kind the log can hold.
    pub fn all() -> impl Iterator<Item = AuditKind> {
        Self::PLAIN.into_iter().chain(
            ApplicationEvent::DECISIONS
                .into_iter()
                .map(AuditKind::Decision),
        )
    }

    /// Stable identifier used in storage, e.g. `application_submitted`, `decision_endorse`.
    pub fn as_str(self) -> String {
        let plain = match self {
            AuditKind::SignedIn => "signed_in",
            AuditKind::AccountInvited => "account_invited",
            AuditKind::PasswordSet => "password_set",
            AuditKind::AccountChanged => "account_changed",
            AuditKind::AccountDeactivated => "account_deactivated",
            AuditKind::AccountReactivated => "account_reactivated",
            AuditKind::InvitationResent => "invitation_resent",
            AuditKind::AccountErased => "account_erased",
            AuditKind::PersonalDataCopied => "personal_data_copied",
            AuditKind::ProfileChanged => "profile_changed",
            AuditKind::PasswordChanged => "password_changed",
            AuditKind::PasswordResetRequested => "password_reset_requested",
            AuditKind::SecretaryAdded => "secretary_added",
            AuditKind::CityAdded => "city_added",
            AuditKind::CityChanged => "city_changed",
            AuditKind::CityRetired => "city_retired",
            AuditKind::CityReinstated => "city_reinstated",
            AuditKind::RetentionRun => "retention_run",
            AuditKind::ApplicationStarted => "application_started",
            AuditKind::ApplicationSubmitted => "application_submitted",
            AuditKind::ApplicationResubmitted => "application_resubmitted",
            AuditKind::AttachmentAdded => "attachment_added",
            AuditKind::AttachmentRemoved => "attachment_removed",
            AuditKind::ReviewStarted => "review_started",
            AuditKind::ReviewSubmitted => "review_submitted",
            AuditKind::ConflictDeclared => "conflict_declared",
            AuditKind::ConflictRecorded => "conflict_recorded",
            AuditKind::ConflictRemoved => "conflict_removed",
            AuditKind::CommentAdded => "comment_added",
            AuditKind::Decision(event) => return format!("decision_{}", event.as_str()),
            AuditKind::CycleCreated => "cycle_created",
            AuditKind::CycleChanged => "cycle_changed",
            AuditKind::CycleExtended => "cycle_extended",
            AuditKind::MemberRegistered => "member_registered",
            AuditKind::MemberChanged => "member_changed",
            AuditKind::ReportDueMoved => "report_due_moved",
            AuditKind::ReportStarted => "report_started",
            AuditKind::ReportSubmitted => "report_submitted",
            AuditKind::ReportResubmitted => "report_resubmitted",
            AuditKind::ReportForwarded => "report_forwarded",
            AuditKind::RemindersOn => "reminders_on",
            AuditKind::RemindersOff => "reminders_off",
        };
        plain.to_owned()
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::all().find(|kind| kind.as_str() == value)
    }

    /// Translation key of the line an application's history shows for it.
    pub fn history_key(self) -> String {
        format!("history-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_identifier_and_no_two_share_one() {
        let kinds: Vec<AuditKind> = AuditKind::all().collect();
        for kind in &kinds {
            assert_eq!(AuditKind::parse(&kind.as_str()), Some(*kind));
        }
        let mut identifiers: Vec<String> = kinds.iter().map(|kind| kind.as_str()).collect();
        identifiers.sort();
        identifiers.dedup();
        assert_eq!(identifiers.len(), kinds.len());
        assert_eq!(AuditKind::parse("decision_approve"), None);
    }

    #[test]
    fn every_kind_reads_as_words_in_every_language() {
        use crate::i18n::{translate, Lang};
        for kind in AuditKind::all() {
            let key = kind.history_key();
            for lang in Lang::ALL {
                assert_ne!(translate(lang, &key), key, "{lang:?}");
            }
        }
    }

    #[test]
    fn decisions_are_recorded_under_their_event_and_shown_with_its_words() {
        let endorse = AuditKind::Decision(ApplicationEvent::Endorse);
        assert_eq!(endorse.as_str(), "decision_endorse");
        assert_eq!(endorse.history_key(), "history-decision-endorse");
        assert_eq!(
            AuditKind::ApplicationResubmitted.history_key(),
            "history-application-resubmitted"
        );
    }
}
