//! Changes pushed to open pages as they happen (server-sent events). The same types are written by
//! the server and read by the browser.

use super::application::{FormKind, FormRef};
use super::ApplicationStatus;
use serde::{Deserialize, Serialize};

/// One change, as a page needs it to redraw without a reload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LiveEvent {
    /// An application's status or answers moved on.
    ApplicationChanged {
        id: i32,
        city_id: i32,
        status: ApplicationStatus,
    },
    /// A member city's progress report was submitted or forwarded to UIL.
    ReportChanged {
        id: i32,
        city_id: i32,
        status: ApplicationStatus,
    },
    /// A reviewer saved, submitted or withdrew from a review, or declared a conflict: the board's
    /// counts and scores moved. Says nothing of the scores themselves, which each reader loads as allowed.
    ReviewChanged { application_id: i32 },
    /// The Commission commented on a progress report among itself. Says nothing of the comment.
    ReportCommented { id: i32 },
    /// A conflict of interest was declared, recorded or removed. Every application of the city it
    /// concerns is told of with a `ReviewChanged` as well, since who reviews it changed.
    ConflictsChanged,
    /// Someone of the Commission opened or left the review page of an application or a report. Names
    /// nobody: each reader asks who is there, and a recused reviewer is not told.
    PresenceChanged { form: FormRef },
    /// The secretary created or changed a cycle: its window, decision date, quota or score setting.
    CycleChanged { year: i32 },
    /// The secretary changed one of the Commission's registers: a person, a member city or a city.
    /// Says nothing of the change; the register's page reads it again as its reader is allowed.
    RegisterChanged { register: Register },
    /// Events were missed (a slow connection fell behind): what the page shows must be read again.
    Resync,
}

/// The registers the secretary keeps, each on an admin page of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Register {
    /// The people with an account.
    Accounts,
    /// The member cities and the reports they owe.
    Members,
    /// The cities and municipalities that may apply.
    Cities,
}

/// Who may hear of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The people of one city, and the Commission.
    City(i32),
    Commission,
    Everyone,
}

impl LiveEvent {
    pub fn audience(&self) -> Audience {
        match self {
            LiveEvent::ApplicationChanged { city_id, .. }
            | LiveEvent::ReportChanged { city_id, .. } => Audience::City(*city_id),
            LiveEvent::ReviewChanged { .. }
            | LiveEvent::ReportCommented { .. }
            | LiveEvent::ConflictsChanged
            | LiveEvent::PresenceChanged { .. }
            | LiveEvent::RegisterChanged { .. } => Audience::Commission,
            LiveEvent::CycleChanged { .. } | LiveEvent::Resync => Audience::Everyone,
        }
    }

    /// The application whose data the event changed, if any; presence changes no data.
    pub fn application(&self) -> Option<i32> {
        match self {
            LiveEvent::ApplicationChanged { id, .. } => Some(*id),
            LiveEvent::ReviewChanged { application_id } => Some(*application_id),
            LiveEvent::ReportChanged { .. }
            | LiveEvent::ReportCommented { .. }
            | LiveEvent::ConflictsChanged
            | LiveEvent::PresenceChanged { .. }
            | LiveEvent::CycleChanged { .. }
            | LiveEvent::RegisterChanged { .. }
            | LiveEvent::Resync => None,
        }
    }

    /// The form whose review page the event changed, if any: what that page follows.
    pub fn desk(&self) -> Option<FormRef> {
        match self {
            LiveEvent::ReportCommented { id } => Some(FormRef::report(*id)),
            _ => self.form().or(self.application().map(FormRef::application)),
        }
    }

    /// The city's form whose status the event moved, if any: what a wizard page follows.
    pub fn form(&self) -> Option<FormRef> {
        match self {
            LiveEvent::ApplicationChanged { id, .. } => Some(FormRef::application(*id)),
            LiveEvent::ReportChanged { id, .. } => Some(FormRef::report(*id)),
            _ => None,
        }
    }
}

/// What a part of a page drawn by the server follows: it is drawn again when an event it follows
/// arrives. Travels as an island's prop, so the browser knows which events concern the part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LiveTopic {
    /// Every application, with its reviews (the Commission's board).
    Board,
    /// One form's review page.
    Desk(FormRef),
    /// One form's pages in the city's wizard: its status.
    Form(FormRef),
    /// Every form of one kind the reader hears of: the city's list of its own, the Commission's list
    /// of members' progress reports.
    Forms(FormKind),
    /// The conflicts of interest.
    Conflicts,
    /// The application cycles' settings.
    Cycles,
    /// One of the secretary's registers.
    Register(Register),
}

impl LiveTopic {
    pub fn follows(self, event: &LiveEvent) -> bool {
        match self {
            LiveTopic::Board => event.application().is_some(),
            LiveTopic::Desk(form) => event.desk() == Some(form),
            LiveTopic::Form(form) => event.form() == Some(form),
            LiveTopic::Forms(kind) => event.form().is_some_and(|form| form.kind == kind),
            LiveTopic::Conflicts => *event == LiveEvent::ConflictsChanged,
            LiveTopic::Cycles => matches!(event, LiveEvent::CycleChanged { .. }),
            LiveTopic::Register(register) => *event == LiveEvent::RegisterChanged { register },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_travel_as_json_named_by_their_kind() {
        let event = LiveEvent::ApplicationChanged {
            id: 4,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        };
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"ApplicationChanged":{"id":4,"city_id":2,"status":"Submitted"}}"#
        );
        assert_eq!(serde_json::from_str::<LiveEvent>(&json).unwrap(), event);
        assert_eq!(event.audience(), Audience::City(2));
        assert_eq!(event.application(), Some(4));
        let review = LiveEvent::ReviewChanged { application_id: 4 };
        assert_eq!(review.audience(), Audience::Commission);
        assert_eq!(review.application(), Some(4));
        assert_eq!(LiveEvent::Resync.audience(), Audience::Everyone);
        assert_eq!(LiveEvent::ConflictsChanged.audience(), Audience::Commission);
        let presence = LiveEvent::PresenceChanged {
            form: FormRef::report(4),
        };
        assert_eq!(presence.audience(), Audience::Commission);
        assert_eq!(presence.application(), None);
        assert_eq!(presence.desk(), None);
        assert_eq!(review.desk(), Some(FormRef::application(4)));
        let commented = LiveEvent::ReportCommented { id: 4 };
        assert_eq!(commented.audience(), Audience::Commission);
        assert_eq!(commented.desk(), Some(FormRef::report(4)));
        assert_eq!(commented.form(), None);
        let report = LiveEvent::ReportChanged {
            id: 4,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        };
        assert_eq!(report.audience(), Audience::City(2));
        assert_eq!(report.application(), None);
        assert_eq!(report.form(), Some(FormRef::report(4)));
        assert_eq!(report.desk(), Some(FormRef::report(4)));
        assert_eq!(event.form(), Some(FormRef::application(4)));
        assert_eq!(event.desk(), Some(FormRef::application(4)));
    }

    #[test]
    fn the_board_follows_applications_and_their_reviews() {
        let changed = LiveEvent::ApplicationChanged {
            id: 4,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        };
        assert!(LiveTopic::Board.follows(&changed));
        assert!(LiveTopic::Board.follows(&LiveEvent::ReviewChanged { application_id: 4 }));
        assert!(!LiveTopic::Board.follows(&LiveEvent::ConflictsChanged));
        assert!(!LiveTopic::Board.follows(&LiveEvent::PresenceChanged {
            form: FormRef::application(4)
        }));
        assert!(!LiveTopic::Board.follows(&LiveEvent::ReportCommented { id: 4 }));
    }

    #[test]
    fn a_review_page_follows_its_own_form_only() {
        let desk = LiveTopic::Desk(FormRef::report(4));
        assert!(desk.follows(&LiveEvent::ReportCommented { id: 4 }));
        assert!(!desk.follows(&LiveEvent::ReportCommented { id: 5 }));
        assert!(!desk.follows(&LiveEvent::ReviewChanged { application_id: 4 }));
        assert!(!desk.follows(&LiveEvent::PresenceChanged {
            form: FormRef::report(4)
        }));
        let application = LiveTopic::Desk(FormRef::application(4));
        assert!(application.follows(&LiveEvent::ReviewChanged { application_id: 4 }));
        assert!(application.follows(&LiveEvent::ApplicationChanged {
            id: 4,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        }));
    }

    #[test]
    fn a_wizard_page_follows_its_form_s_status_only() {
        let form = LiveTopic::Form(FormRef::application(4));
        assert!(form.follows(&LiveEvent::ApplicationChanged {
            id: 4,
            city_id: 2,
            status: ApplicationStatus::ChangesRequested,
        }));
        assert!(!form.follows(&LiveEvent::ApplicationChanged {
            id: 5,
            city_id: 2,
            status: ApplicationStatus::ChangesRequested,
        }));
        assert!(!form.follows(&LiveEvent::ReviewChanged { application_id: 4 }));
        assert!(!LiveTopic::Form(FormRef::report(4)).follows(&LiveEvent::ReportCommented { id: 4 }));
    }

    #[test]
    fn a_city_s_list_follows_its_forms_of_that_kind() {
        let applications = LiveTopic::Forms(FormKind::Application);
        let changed = |id| LiveEvent::ApplicationChanged {
            id,
            city_id: 2,
            status: ApplicationStatus::Endorsed,
        };
        assert!(applications.follows(&changed(4)));
        assert!(applications.follows(&changed(5)));
        let report = LiveEvent::ReportChanged {
            id: 4,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        };
        assert!(!applications.follows(&report));
        assert!(LiveTopic::Forms(FormKind::Report).follows(&report));
        assert!(!LiveTopic::Forms(FormKind::Report).follows(&changed(4)));
        assert!(!applications.follows(&LiveEvent::ReviewChanged { application_id: 4 }));
    }

    #[test]
    fn the_conflicts_and_cycles_lists_follow_their_own_changes_only() {
        assert!(LiveTopic::Conflicts.follows(&LiveEvent::ConflictsChanged));
        assert!(!LiveTopic::Conflicts.follows(&LiveEvent::ReviewChanged { application_id: 4 }));
        assert!(LiveTopic::Cycles.follows(&LiveEvent::CycleChanged { year: 2027 }));
        assert!(!LiveTopic::Cycles.follows(&LiveEvent::ConflictsChanged));
    }

    #[test]
    fn a_register_page_follows_its_own_register_only_and_only_the_commission_hears_of_it() {
        let people = LiveEvent::RegisterChanged {
            register: Register::Accounts,
        };
        assert_eq!(people.audience(), Audience::Commission);
        assert_eq!(people.application(), None);
        assert_eq!(people.form(), None);
        assert!(LiveTopic::Register(Register::Accounts).follows(&people));
        assert!(!LiveTopic::Register(Register::Cities).follows(&people));
        assert!(!LiveTopic::Cycles.follows(&people));
        assert!(!LiveTopic::Register(Register::Members).follows(&LiveEvent::Resync));
        let json = serde_json::to_string(&people).unwrap();
        assert_eq!(json, r#"{"RegisterChanged":{"register":"Accounts"}}"#);
    }
}
