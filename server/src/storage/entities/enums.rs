//! Every enumerated column, stored as a readable string. Enums that exist in the domain (`app::model`)
//! mirror it variant for variant, with conversions both ways.

use sea_orm::entity::prelude::*;

/// Declares a string-valued column enum and, with `<=> path`, its two-way conversion to a domain enum.
macro_rules! stored_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
        pub enum $name {
            $(#[sea_orm(string_value = $value)] $variant,)+
        }
    };
    ($(#[$doc:meta])* $name:ident <=> $domain:path { $($variant:ident = $value:literal),+ $(,)? }) => {
        stored_enum!($(#[$doc])* $name { $($variant = $value),+ });
        impl From<$name> for $domain {
            fn from(value: $name) -> Self {
                match value { $($name::$variant => <$domain>::$variant,)+ }
            }
        }
        impl From<$domain> for $name {
            fn from(value: $domain) -> Self {
                match value { $(<$domain>::$variant => $name::$variant,)+ }
            }
        }
    };
}

stored_enum!(Role <=> app::model::Role {
    CityApplicant = "city_applicant",
    CommissionReviewer = "commission_reviewer",
    CommissionSecretary = "commission_secretary",
});

stored_enum!(
    /// The language a person reads e-mails in.
    Language <=> app::i18n::Lang { Lv = "lv", En = "en", Ru = "ru" }
);

stored_enum!(ApplicationStatus <=> app::model::ApplicationStatus {
    Draft = "draft",
    Submitted = "submitted",
    InReview = "in_review",
    ChangesRequested = "changes_requested",
    Resubmitted = "resubmitted",
    Endorsed = "endorsed",
    ForwardedToUil = "forwarded_to_uil",
    SentByCity = "sent_by_city",
    Rejected = "rejected",
    Withdrawn = "withdrawn",
    AcceptedByUil = "accepted_by_uil",
    NotAcceptedByUil = "not_accepted_by_uil",
});

stored_enum!(
    /// UIL accepts applications written in English or French only.
    AnswerLanguage { English = "en", French = "fr" }
);

stored_enum!(TokenPurpose { Invitation = "invitation", PasswordReset = "password_reset" });

stored_enum!(
    /// How a city became a member: through this system, or entered for an admission that came before it.
    JoinedVia <=> app::model::JoinedVia { ThisSystem = "this_system", Registered = "registered" }
);

stored_enum!(MemberStatus <=> app::model::MemberStatus { Active = "active", Lapsed = "lapsed" });

stored_enum!(ReportStatus <=> app::model::ReportStatus {
    Draft = "draft",
    Submitted = "submitted",
    ForwardedToUil = "forwarded_to_uil",
});

stored_enum!(AttachmentKind {
    SignedApplication = "signed_application",
    SignedEndorsement = "signed_endorsement",
    Supporting = "supporting",
});

stored_enum!(Recommendation <=> app::model::Recommendation {
    Endorse = "endorse",
    RequestChanges = "request_changes",
    Reject = "reject",
});

stored_enum!(CommentVisibility { Internal = "internal", ToCity = "to_city" });

stored_enum!(DecisionKind {
    Endorse = "endorse",
    RequestChanges = "request_changes",
    Reject = "reject",
    UilAccepted = "uil_accepted",
    UilNotAccepted = "uil_not_accepted",
});

stored_enum!(
    /// Who takes an endorsed application to UIL.
    EndorsementRoute { Commission = "commission", City = "city" }
);

stored_enum!(
    /// `Draft`: held for the secretary to read, edit and send (the mails of a decision).
    OutboxState <=> app::model::MailState {
        Draft = "draft",
        Queued = "queued",
        Sent = "sent",
        Failed = "failed",
    }
);

stored_enum!(ReminderKind <=> app::model::ReminderKind {
    WindowOpens = "window_opens",
    WindowClosing = "window_closing",
    ReportDue = "report_due",
    ReportOverdue = "report_overdue",
    ReviewWaiting = "review_waiting",
    DecisionDue = "decision_due",
});
