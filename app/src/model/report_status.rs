//! A progress report's lifecycle: its statuses, its events and their one transition table.

use super::status::apply_entry;
use super::{ApplicationEvent, ApplicationStatus, Role, TransitionError};
use serde::{Deserialize, Serialize};

/// Where a progress report stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReportStatus {
    /// Begun by the city, not sent yet.
    Draft,
    /// Sent to the Commission.
    Submitted,
    /// The Commission asked the city to change it; the city edits it again.
    ChangesRequested,
    /// Sent again after the changes asked for.
    Resubmitted,
    /// Sent on to UIL by the Commission.
    ForwardedToUil,
}

/// Something a person does to a progress report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReportEvent {
    Submit,
    RequestChanges,
    Resubmit,
    ForwardToUil,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 5] = [
        ReportStatus::Draft,
        ReportStatus::Submitted,
        ReportStatus::ChangesRequested,
        ReportStatus::Resubmitted,
        ReportStatus::ForwardedToUil,
    ];

    /// The report lifecycle's only transition table: the target status and the roles allowed.
    fn transition(self, event: ReportEvent) -> Option<(ReportStatus, &'static [Role])> {
        use ReportEvent as E;
        use ReportStatus as S;
        Some(match (self, event) {
            (S::Draft, E::Submit) => (S::Submitted, &[Role::CityApplicant]),
            (S::ChangesRequested, E::Resubmit) => (S::Resubmitted, &[Role::CityApplicant]),
            (S::Submitted | S::Resubmitted, E::RequestChanges) => {
                (S::ChangesRequested, &[Role::CommissionSecretary])
            }
            (S::Submitted | S::Resubmitted, E::ForwardToUil) => {
                (S::ForwardedToUil, &[Role::CommissionSecretary])
            }
            _ => return None,
        })
    }

    /// Applies `event` made by someone with `role`; the status itself never changes any other way.
    pub fn apply(
        self,
        event: ReportEvent,
        role: Role,
    ) -> Result<Self, TransitionError<ReportStatus, ReportEvent>> {
        apply_entry(self, event, role, self.transition(event))
    }

    /// Stable identifier used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Draft => "draft",
            ReportStatus::Submitted => "submitted",
            ReportStatus::ChangesRequested => "changes_requested",
            ReportStatus::Resubmitted => "resubmitted",
            ReportStatus::ForwardedToUil => "forwarded_to_uil",
        }
    }

    /// The status in the words the pages use for an application's, which a report's pages share.
    pub fn shown(self) -> ApplicationStatus {
        match self {
            ReportStatus::Draft => ApplicationStatus::Draft,
            ReportStatus::Submitted => ApplicationStatus::Submitted,
            ReportStatus::ChangesRequested => ApplicationStatus::ChangesRequested,
            ReportStatus::Resubmitted => ApplicationStatus::Resubmitted,
            ReportStatus::ForwardedToUil => ApplicationStatus::ForwardedToUil,
        }
    }
}

impl ReportEvent {
    pub const ALL: [ReportEvent; 4] = [
        ReportEvent::Submit,
        ReportEvent::RequestChanges,
        ReportEvent::Resubmit,
        ReportEvent::ForwardToUil,
    ];

    /// What the Commission decides on a sent report, in the order its page offers them.
    pub const DECISIONS: [ReportEvent; 2] =
        [ReportEvent::RequestChanges, ReportEvent::ForwardToUil];

    /// The event in the words of an application's, so that one decision form, one server function and
    /// one set of labels serve both.
    pub fn shown(self) -> ApplicationEvent {
        match self {
            ReportEvent::Submit => ApplicationEvent::Submit,
            ReportEvent::RequestChanges => ApplicationEvent::RequestChanges,
            ReportEvent::Resubmit => ApplicationEvent::Resubmit,
            ReportEvent::ForwardToUil => ApplicationEvent::ForwardToUil,
        }
    }

    /// The report's decision an application's event names, if it is one.
    pub fn decision(event: ApplicationEvent) -> Option<Self> {
        Self::DECISIONS
            .into_iter()
            .find(|decision| decision.shown() == event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::status::tests::assert_lifecycle;
    use ReportEvent as E;
    use ReportStatus as S;
    use Role as R;

    /// The lifecycle written out a second time, by hand: from, event, to, and who may.
    const EXPECTED: &[(S, E, S, &[R])] = &[
        (S::Draft, E::Submit, S::Submitted, &[R::CityApplicant]),
        (
            S::Submitted,
            E::RequestChanges,
            S::ChangesRequested,
            &[R::CommissionSecretary],
        ),
        (
            S::Submitted,
            E::ForwardToUil,
            S::ForwardedToUil,
            &[R::CommissionSecretary],
        ),
        (
            S::ChangesRequested,
            E::Resubmit,
            S::Resubmitted,
            &[R::CityApplicant],
        ),
        (
            S::Resubmitted,
            E::RequestChanges,
            S::ChangesRequested,
            &[R::CommissionSecretary],
        ),
        (
            S::Resubmitted,
            E::ForwardToUil,
            S::ForwardedToUil,
            &[R::CommissionSecretary],
        ),
    ];

    #[test]
    fn every_status_event_and_role_combination_matches_the_lifecycle() {
        let checked = assert_lifecycle(&S::ALL, &E::ALL, EXPECTED, S::apply);
        assert_eq!(checked, 5 * 4 * 3);
    }

    #[test]
    fn a_report_reads_in_the_words_of_an_application_and_only_a_draft_is_the_citys_to_change() {
        let shown: Vec<ApplicationStatus> = S::ALL.into_iter().map(S::shown).collect();
        assert_eq!(
            shown,
            vec![
                ApplicationStatus::Draft,
                ApplicationStatus::Submitted,
                ApplicationStatus::ChangesRequested,
                ApplicationStatus::Resubmitted,
                ApplicationStatus::ForwardedToUil
            ]
        );
        let editable: Vec<S> = S::ALL
            .into_iter()
            .filter(|status| status.shown().is_editable_by_city())
            .collect();
        assert_eq!(editable, vec![S::Draft, S::ChangesRequested]);
    }

    #[test]
    fn a_report_decision_is_named_by_the_application_event_of_the_same_words_and_only_those() {
        assert_eq!(
            E::decision(ApplicationEvent::RequestChanges),
            Some(E::RequestChanges)
        );
        assert_eq!(
            E::decision(ApplicationEvent::ForwardToUil),
            Some(E::ForwardToUil)
        );
        assert_eq!(E::decision(ApplicationEvent::Endorse), None);
        assert_eq!(E::decision(ApplicationEvent::Submit), None);
        assert_eq!(E::decision(ApplicationEvent::Resubmit), None);
    }
}
