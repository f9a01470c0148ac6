//! A progress report's lifecycle: its statuses, its events and their one transition table.

use super::status::apply_entry;
use super::{ApplicationStatus, Role, TransitionError};
use serde::{Deserialize, Serialize};

/// Where a progress report stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReportStatus {
    /// Begun by the city, not sent yet.
    Draft,
    /// Sent to the Commission.
    Submitted,
    /// Sent on to UIL by the Commission.
    ForwardedToUil,
}

/// Something a person does to a progress report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReportEvent {
    Submit,
    ForwardToUil,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 3] = [
        ReportStatus::Draft,
        ReportStatus::Submitted,
        ReportStatus::ForwardedToUil,
    ];

    /// The report lifecycle's only transition table: the target status and the roles allowed.
    fn transition(self, event: ReportEvent) -> Option<(ReportStatus, &'static [Role])> {
        use ReportEvent as E;
        use ReportStatus as S;
        Some(match (self, event) {
            (S::Draft, E::Submit) => (S::Submitted, &[Role::CityApplicant]),
            (S::Submitted, E::ForwardToUil) => (S::ForwardedToUil, &[Role::CommissionSecretary]),
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
            ReportStatus::ForwardedToUil => "forwarded_to_uil",
        }
    }

    /// The status in the words the pages use for an application's, which a report's pages share.
    pub fn shown(self) -> ApplicationStatus {
        match self {
            ReportStatus::Draft => ApplicationStatus::Draft,
            ReportStatus::Submitted => ApplicationStatus::Submitted,
            ReportStatus::ForwardedToUil => ApplicationStatus::ForwardedToUil,
        }
    }
}

impl ReportEvent {
    pub const ALL: [ReportEvent; 2] = [ReportEvent::Submit, ReportEvent::ForwardToUil];
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
            E::ForwardToUil,
            S::ForwardedToUil,
            &[R::CommissionSecretary],
        ),
    ];

    #[test]
    fn every_status_event_and_role_combination_matches_the_lifecycle() {
        let checked = assert_lifecycle(&S::ALL, &E::ALL, EXPECTED, S::apply);
        assert_eq!(checked, 3 * 2 * 3);
    }

    #[test]
    fn a_report_reads_in_the_words_of_an_application_and_only_a_draft_is_the_citys_to_change() {
        let shown: Vec<ApplicationStatus> = S::ALL.into_iter().map(S::shown).collect();
        assert_eq!(
            shown,
            vec![
                ApplicationStatus::Draft,
                ApplicationStatus::Submitted,
                ApplicationStatus::ForwardedToUil
            ]
        );
        let editable: Vec<S> = S::ALL
            .into_iter()
            .filter(|status| status.shown().is_editable_by_city())
            .collect();
        assert_eq!(editable, vec![S::Draft]);
    }
}
