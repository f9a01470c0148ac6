//! The application lifecycle: every status, every event and the one table of allowed transitions.

use super::Role;
use serde::{Deserialize, Serialize};

/// Where an application stands. Stored by its identifier; shown through its translation key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ApplicationStatus {
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Resubmitted,
    Endorsed,
    ForwardedToUil,
    SentByCity,
    Rejected,
    Withdrawn,
    AcceptedByUil,
    NotAcceptedByUil,
}

/// Something a person does to an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ApplicationEvent {
    Submit,
    StartReview,
    RequestChanges,
    Resubmit,
    Endorse,
    ForwardToUil,
    RecordSentByCity,
    Reject,
    Withdraw,
    RecordUilAccepted,
    RecordUilNotAccepted,
    /// Undoes a Commission decision; the only way to change one once made.
    ReopenDecision,
}

/// Why a transition was refused; of an application unless other types are named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum TransitionError<
    S: std::fmt::Debug = ApplicationStatus,
    E: std::fmt::Debug = ApplicationEvent,
> {
    #[error("{event:?} is not possible from {from:?}")]
    NotFromThisStatus { from: S, event: E },
    #[error("{role:?} may not {event:?}")]
    RoleNotPermitted { role: Role, event: E },
}

/// The outcome of `event` by `role` from `from`, given the transition table's entry for the two:
/// the rule every lifecycle applies its own table by.
pub(super) fn apply_entry<S: Copy + std::fmt::Debug, E: Copy + std::fmt::Debug>(
    from: S,
    event: E,
    role: Role,
    entry: Option<(S, &[Role])>,
) -> Result<S, TransitionError<S, E>> {
    let (next, roles) = entry.ok_or(TransitionError::NotFromThisStatus { from, event })?;
    if roles.contains(&role) {
        Ok(next)
    } else {
        Err(TransitionError::RoleNotPermitted { role, event })
    }
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 12] = [
        ApplicationStatus::Draft,
        ApplicationStatus::Submitted,
        ApplicationStatus::InReview,
        ApplicationStatus::ChangesRequested,
        ApplicationStatus::Resubmitted,
        ApplicationStatus::Endorsed,
        ApplicationStatus::ForwardedToUil,
        ApplicationStatus::SentByCity,
        ApplicationStatus::Rejected,
        ApplicationStatus::Withdrawn,
        ApplicationStatus::AcceptedByUil,
        ApplicationStatus::NotAcceptedByUil,
    ];

    /// The lifecycle's only transition table: the target status and the roles allowed to cause it.
    fn transition(self, event: ApplicationEvent) -> Option<(ApplicationStatus, &'static [Role])> {
        use ApplicationEvent as E;
        use ApplicationStatus as S;
        const CITY: &[Role] = &[Role::CityApplicant];
        const COMMISSION: &[Role] = &[Role::CommissionReviewer, Role::CommissionSecretary];
        const SECRETARY: &[Role] = &[Role::CommissionSecretary];
        const CITY_OR_SECRETARY: &[Role] = &[Role::CityApplicant, Role::CommissionSecretary];
        Some(match (self, event) {
            (S::Draft, E::Submit) => (S::Submitted, CITY),
            (S::Submitted | S::Resubmitted, E::StartReview) => (S::InReview, COMMISSION),
            (S::InReview, E::RequestChanges) => (S::ChangesRequested, SECRETARY),
            (S::ChangesRequested, E::Resubmit) => (S::Resubmitted, CITY),
            (S::InReview, E::Endorse) => (S::Endorsed, SECRETARY),
            (S::InReview, E::Reject) => (S::Rejected, SECRETARY),
            (S::Endorsed, E::ForwardToUil) => (S::ForwardedToUil, SECRETARY),
            (S::Endorsed, E::RecordSentByCity) => (S::SentByCity, CITY_OR_SECRETARY),
            (S::ForwardedToUil | S::SentByCity, E::RecordUilAccepted) => {
                (S::AcceptedByUil, SECRETARY)
            }
            (S::ForwardedToUil | S::SentByCity, E::RecordUilNotAccepted) => {
                (S::NotAcceptedByUil, SECRETARY)
            }
            (S::Endorsed | S::Rejected | S::ChangesRequested, E::ReopenDecision) => {
                (S::InReview, SECRETARY)
            }
            (
                S::Draft | S::Submitted | S::InReview | S::ChangesRequested | S::Resubmitted,
                E::Withdraw,
            ) => (S::Withdrawn, CITY),
            _ => return None,
        })
    }

    /// Applies `event` made by someone with `role`; the status itself never changes any other way.
    pub fn apply(self, event: ApplicationEvent, role: Role) -> Result<Self, TransitionError> {
        apply_entry(self, event, role, self.transition(event))
    }

    /// The city may still change its answers only in these statuses.
    pub fn is_editable_by_city(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Draft | ApplicationStatus::ChangesRequested
        )
    }

    /// The Commission is still reviewing: reviewers may save and submit their reviews.
    pub fn is_under_review(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Submitted
                | ApplicationStatus::InReview
                | ApplicationStatus::Resubmitted
        )
    }

    /// The status a decision is taken from: a submission the secretary decides on without any review
    /// started is taken into review by the decision itself.
    pub fn for_decision(self) -> Self {
        match self {
            ApplicationStatus::Submitted | ApplicationStatus::Resubmitted => {
                ApplicationStatus::InReview
            }
            other => other,
        }
    }

    /// The Commission endorsed it, whatever UIL later made of it: it uses one of the cycle's places.
    pub fn counts_against_quota(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Endorsed
                | ApplicationStatus::ForwardedToUil
                | ApplicationStatus::SentByCity
                | ApplicationStatus::AcceptedByUil
                | ApplicationStatus::NotAcceptedByUil
        )
    }

    /// No further event is possible except through an explicit reopen.
    pub fn is_final(self) -> bool {
        ApplicationEvent::ALL
            .iter()
            .all(|event| self.transition(*event).is_none())
    }

    /// Stable identifier used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationStatus::Draft => "draft",
            ApplicationStatus::Submitted => "submitted",
            ApplicationStatus::InReview => "in_review",
            ApplicationStatus::ChangesRequested => "changes_requested",
            ApplicationStatus::Resubmitted => "resubmitted",
            ApplicationStatus::Endorsed => "endorsed",
            ApplicationStatus::ForwardedToUil => "forwarded_to_uil",
            ApplicationStatus::SentByCity => "sent_by_city",
            ApplicationStatus::Rejected => "rejected",
            ApplicationStatus::Withdrawn => "withdrawn",
            ApplicationStatus::AcceptedByUil => "accepted_by_uil",
            ApplicationStatus::NotAcceptedByUil => "not_accepted_by_uil",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == value)
    }

    /// Translation key of the status's name.
    pub fn label_key(self) -> &'static str {
        match self {
            ApplicationStatus::Draft => "status-draft",
            ApplicationStatus::Submitted => "status-submitted",
            ApplicationStatus::InReview => "status-in-review",
            ApplicationStatus::ChangesRequested => "status-changes-requested",
            ApplicationStatus::Resubmitted => "status-resubmitted",
            ApplicationStatus::Endorsed => "status-endorsed",
            ApplicationStatus::ForwardedToUil => "status-forwarded-to-uil",
            ApplicationStatus::SentByCity => "status-sent-by-city",
            ApplicationStatus::Rejected => "status-rejected",
            ApplicationStatus::Withdrawn => "status-withdrawn",
            ApplicationStatus::AcceptedByUil => "status-accepted-by-uil",
            ApplicationStatus::NotAcceptedByUil => "status-not-accepted-by-uil",
        }
    }
}

impl ApplicationEvent {
    /// What is decided on a submitted application, through one form and one server function: the
    /// secretary's decisions on the desk, in the order the decision form offers them, and the city's
    /// own steps (that it took the endorsed application to UIL itself, that it withdraws). The
    /// transition table says who may take which.
    pub const DECISIONS: [ApplicationEvent; 9] = [
        ApplicationEvent::Endorse,
        ApplicationEvent::RequestChanges,
        ApplicationEvent::Reject,
        ApplicationEvent::ForwardToUil,
        ApplicationEvent::RecordSentByCity,
        ApplicationEvent::RecordUilAccepted,
        ApplicationEvent::RecordUilNotAccepted,
        ApplicationEvent::ReopenDecision,
        ApplicationEvent::Withdraw,
    ];

    /// Stable identifier used in forms and the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationEvent::Submit => "submit",
            ApplicationEvent::StartReview => "start_review",
            ApplicationEvent::RequestChanges => "request_changes",
            ApplicationEvent::Resubmit => "resubmit",
            ApplicationEvent::Endorse => "endorse",
            ApplicationEvent::ForwardToUil => "forward_to_uil",
            ApplicationEvent::RecordSentByCity => "record_sent_by_city",
            ApplicationEvent::Reject => "reject",
            ApplicationEvent::Withdraw => "withdraw",
            ApplicationEvent::RecordUilAccepted => "record_uil_accepted",
            ApplicationEvent::RecordUilNotAccepted => "record_uil_not_accepted",
            ApplicationEvent::ReopenDecision => "reopen_decision",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|event| event.as_str() == value)
    }

    /// Translation key of the action's name, e.g. on the decision form.
    pub fn label_key(self) -> String {
        format!("decision-{}", self.as_str().replace('_', "-"))
    }

    /// The action's name on the decision form of a form of `kind`: a report goes to UIL as it stands,
    /// not as an endorsed application.
    pub fn label_key_for(self, kind: super::application::FormKind) -> String {
        match (kind, self) {
            (super::application::FormKind::Report, ApplicationEvent::ForwardToUil) => {
                "decision-forward-report-to-uil".to_owned()
            }
            _ => self.label_key(),
        }
    }

    /// A decision the city must be told the reason for, a reopen, which is audited with its reason,
    /// or a withdrawal, whose reason the Commission is told.
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            ApplicationEvent::RequestChanges
                | ApplicationEvent::Reject
                | ApplicationEvent::ReopenDecision
                | ApplicationEvent::Withdraw
        )
    }

    pub const ALL: [ApplicationEvent; 12] = [
        ApplicationEvent::Submit,
        ApplicationEvent::StartReview,
        ApplicationEvent::RequestChanges,
        ApplicationEvent::Resubmit,
        ApplicationEvent::Endorse,
        ApplicationEvent::ForwardToUil,
        ApplicationEvent::RecordSentByCity,
        ApplicationEvent::Reject,
        ApplicationEvent::Withdraw,
        ApplicationEvent::RecordUilAccepted,
        ApplicationEvent::RecordUilNotAccepted,
        ApplicationEvent::ReopenDecision,
    ];
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use ApplicationEvent as E;
    use ApplicationStatus as S;
    use Role as R;

    /// The lifecycle as the product describes it, written out independently of the table in the code.
    const EXPECTED: &[(S, E, S, &[R])] = &[
        (S::Draft, E::Submit, S::Submitted, &[R::CityApplicant]),
        (S::Draft, E::Withdraw, S::Withdrawn, &[R::CityApplicant]),
        (
            S::Submitted,
            E::StartReview,
            S::InReview,
            &[R::CommissionReviewer, R::CommissionSecretary],
        ),
        (S::Submitted, E::Withdraw, S::Withdrawn, &[R::CityApplicant]),
        (
            S::InReview,
            E::RequestChanges,
            S::ChangesRequested,
            &[R::CommissionSecretary],
        ),
        (
            S::InReview,
            E::Endorse,
            S::Endorsed,
            &[R::CommissionSecretary],
        ),
        (
            S::InReview,
            E::Reject,
            S::Rejected,
            &[R::CommissionSecretary],
        ),
        (S::InReview, E::Withdraw, S::Withdrawn, &[R::CityApplicant]),
        (
            S::ChangesRequested,
            E::Resubmit,
            S::Resubmitted,
            &[R::CityApplicant],
        ),
        (
            S::ChangesRequested,
            E::Withdraw,
            S::Withdrawn,
            &[R::CityApplicant],
        ),
        (
            S::ChangesRequested,
            E::ReopenDecision,
            S::InReview,
            &[R::CommissionSecretary],
        ),
        (
            S::Resubmitted,
            E::StartReview,
            S::InReview,
            &[R::CommissionReviewer, R::CommissionSecretary],
        ),
        (
            S::Resubmitted,
            E::Withdraw,
            S::Withdrawn,
            &[R::CityApplicant],
        ),
        (
            S::Endorsed,
            E::ForwardToUil,
            S::ForwardedToUil,
            &[R::CommissionSecretary],
        ),
        (
            S::Endorsed,
            E::RecordSentByCity,
            S::SentByCity,
            &[R::CityApplicant, R::CommissionSecretary],
        ),
        (
            S::Endorsed,
            E::ReopenDecision,
            S::InReview,
            &[R::CommissionSecretary],
        ),
        (
            S::Rejected,
            E::ReopenDecision,
            S::InReview,
            &[R::CommissionSecretary],
        ),
        (
            S::ForwardedToUil,
            E::RecordUilAccepted,
            S::AcceptedByUil,
            &[R::CommissionSecretary],
        ),
        (
            S::ForwardedToUil,
            E::RecordUilNotAccepted,
            S::NotAcceptedByUil,
            &[R::CommissionSecretary],
        ),
        (
            S::SentByCity,
            E::RecordUilAccepted,
            S::AcceptedByUil,
            &[R::CommissionSecretary],
        ),
        (
            S::SentByCity,
            E::RecordUilNotAccepted,
            S::NotAcceptedByUil,
            &[R::CommissionSecretary],
        ),
    ];

    /// Checks `apply` for every status, event and role against `expected`, a lifecycle written out a
    /// second time by hand (from, event, to, who may); answers how many combinations it checked.
    pub(crate) fn assert_lifecycle<S, E>(
        statuses: &[S],
        events: &[E],
        expected: &[(S, E, S, &[Role])],
        apply: impl Fn(S, E, Role) -> Result<S, TransitionError<S, E>>,
    ) -> usize
    where
        S: Copy + PartialEq + std::fmt::Debug,
        E: Copy + PartialEq + std::fmt::Debug,
    {
        let mut checked = 0;
        for &from in statuses {
            for &event in events {
                let entry = expected
                    .iter()
                    .find(|(f, e, _, _)| *f == from && *e == event);
                for role in Role::ALL {
                    let outcome = apply(from, event, role);
                    let wanted = match entry {
                        Some((_, _, to, roles)) if roles.contains(&role) => Ok(*to),
                        Some(_) => Err(TransitionError::RoleNotPermitted { role, event }),
                        None => Err(TransitionError::NotFromThisStatus { from, event }),
                    };
                    assert_eq!(outcome, wanted, "{from:?} + {event:?} by {role:?}");
                    checked += 1;
                }
            }
        }
        checked
    }

    #[test]
    fn every_status_event_and_role_combination_matches_the_lifecycle() {
        let checked = assert_lifecycle(&S::ALL, &E::ALL, EXPECTED, S::apply);
        assert_eq!(checked, 12 * 12 * 3);
    }

    #[test]
    fn uil_outcomes_and_withdrawal_are_final() {
        let finals: Vec<S> = S::ALL.into_iter().filter(|s| s.is_final()).collect();
        assert_eq!(
            finals,
            vec![S::Withdrawn, S::AcceptedByUil, S::NotAcceptedByUil]
        );
    }

    #[test]
    fn the_city_edits_only_drafts_and_returned_applications() {
        let editable: Vec<S> = S::ALL
            .into_iter()
            .filter(|s| s.is_editable_by_city())
            .collect();
        assert_eq!(editable, vec![S::Draft, S::ChangesRequested]);
    }

    #[test]
    fn reviews_happen_before_the_decision_and_endorsements_count_after_it() {
        let reviewing: Vec<S> = S::ALL.into_iter().filter(|s| s.is_under_review()).collect();
        assert_eq!(reviewing, vec![S::Submitted, S::InReview, S::Resubmitted]);
        let counted: Vec<S> = S::ALL
            .into_iter()
            .filter(|s| s.counts_against_quota())
            .collect();
        assert_eq!(
            counted,
            vec![
                S::Endorsed,
                S::ForwardedToUil,
                S::SentByCity,
                S::AcceptedByUil,
                S::NotAcceptedByUil
            ]
        );
    }

    #[test]
    fn every_event_round_trips_through_its_identifier() {
        for event in E::ALL {
            assert_eq!(E::parse(event.as_str()), Some(event));
            assert!(event.label_key().starts_with("decision-"));
        }
        assert_eq!(E::parse("approve"), None);
        assert_eq!(E::Endorse.label_key(), "decision-endorse");
        use crate::model::application::FormKind;
        assert_eq!(
            E::ForwardToUil.label_key_for(FormKind::Application),
            "decision-forward-to-uil"
        );
        assert_eq!(
            E::ForwardToUil.label_key_for(FormKind::Report),
            "decision-forward-report-to-uil"
        );
        assert_eq!(
            E::RequestChanges.label_key_for(FormKind::Report),
            "decision-request-changes"
        );
        let with_reason: Vec<E> = E::DECISIONS
            .into_iter()
            .filter(|e| e.needs_reason())
            .collect();
        assert_eq!(
            with_reason,
            vec![E::RequestChanges, E::Reject, E::ReopenDecision, E::Withdraw]
        );
    }

    #[test]
    fn every_status_round_trips_through_its_identifier_and_has_a_label() {
        for status in S::ALL {
            assert_eq!(S::parse(status.as_str()), Some(status));
            assert!(status.label_key().starts_with("status-"));
        }
        assert_eq!(S::parse("approved"), None);
    }
}
