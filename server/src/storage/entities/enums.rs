//! Every enumerated column, stored as a readable string. Enums that exist in the domain (`app::model`)
//! mirror it variant for variant, with conversions both ways, and are stored as its identifiers.

use sea_orm::entity::prelude::*;

/// Declares a string-valued column enum. Written `Name { Variant = "value", … }` for an enum storage
/// alone has; written `Name <=> domain::Type as method { Variant, … }` for one that mirrors a domain enum,
/// which is then stored as the domain's own identifier (`method`, looked up again in the domain's `ALL`)
/// and converts to and from it: the identifiers are written once, in the domain.
macro_rules! stored_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
        pub enum $name {
            $(#[sea_orm(string_value = $value)] $variant,)+
        }
    };
    ($(#[$doc:meta])* $name:ident <=> $domain:path as $identifier:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, DeriveValueType)]
        #[sea_orm(value_type = "String")]
        pub enum $name {
            $($variant,)+
        }
        impl $name {
            /// What is stored: the domain's identifier.
            pub fn identifier(self) -> &'static str {
                <$domain>::from(self).$identifier()
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.identifier())
            }
        }
        impl std::str::FromStr for $name {
            type Err = String;

            fn from_str(stored: &str) -> Result<Self, String> {
                <$domain>::ALL
                    .into_iter()
                    .find(|value| value.$identifier() == stored)
                    .map(Self::from)
                    .ok_or_else(|| format!("{stored:?} is no {}", stringify!($name)))
            }
        }
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

stored_enum!(Role <=> app::model::Role as as_str { CityApplicant, CommissionReviewer, CommissionSecretary });

stored_enum!(
    /// The language a person reads e-mails in.
    Language <=> app::i18n::Lang as code { Lv, En, Ru }
);

stored_enum!(ApplicationStatus <=> app::model::ApplicationStatus as as_str { Draft, Submitted, InReview, ChangesRequested, Resubmitted, Endorsed, ForwardedToUil, SentByCity, Rejected, Withdrawn, AcceptedByUil, NotAcceptedByUil });

stored_enum!(
    /// UIL accepts applications written in English or French only.
    AnswerLanguage { English = "en", French = "fr" }
);

stored_enum!(TokenPurpose { Invitation = "invitation", PasswordReset = "password_reset" });

stored_enum!(
    /// How a city became a member: through this system, or entered for an admission that came before it.
    JoinedVia <=> app::model::JoinedVia as as_str { ThisSystem, Registered }
);

stored_enum!(MemberStatus <=> app::model::MemberStatus as as_str { Active, Lapsed });

stored_enum!(ReportStatus <=> app::model::ReportStatus as as_str { Draft, Submitted, ChangesRequested, Resubmitted, ForwardedToUil });

stored_enum!(AttachmentKind {
    SignedApplication = "signed_application",
    SignedEndorsement = "signed_endorsement",
    Supporting = "supporting",
});

stored_enum!(Recommendation <=> app::model::Recommendation as as_str { Endorse, RequestChanges, Reject });

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
    OutboxState <=> app::model::MailState as as_str { Draft, Queued, Sent, Failed }
);

stored_enum!(ReminderKind <=> app::model::ReminderKind as as_str { WindowOpens, WindowClosing, ReportDue, ReportOverdue, ReviewWaiting, DecisionDue });

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::sea_query::ValueType;
    use sea_orm::Value;

    /// Each value as stored, and read back from what is stored.
    fn stored<S>(values: impl IntoIterator<Item = S>) -> Vec<String>
    where
        S: Copy + std::fmt::Debug + PartialEq + Into<Value> + ValueType,
    {
        values
            .into_iter()
            .map(|value| {
                let written: Value = value.into();
                assert_eq!(S::try_from(written.clone()).ok(), Some(value));
                match written {
                    Value::String(Some(text)) => *text,
                    other => panic!("{value:?} is stored as {other:?}"),
                }
            })
            .collect()
    }

    #[test]
    fn domain_enums_are_stored_under_the_identifiers_the_databases_already_hold() {
        use app::model as domain;
        let all = |names: &[&str]| names.iter().copied().map(String::from).collect::<Vec<_>>();
        assert_eq!(
            stored(domain::Role::ALL.map(Role::from)),
            all(&[
                "city_applicant",
                "commission_reviewer",
                "commission_secretary"
            ])
        );
        assert_eq!(
            stored(app::i18n::Lang::ALL.map(Language::from)),
            all(&["lv", "en", "ru"])
        );
        assert_eq!(
            stored(domain::ApplicationStatus::ALL.map(ApplicationStatus::from)),
            all(&[
                "draft",
                "submitted",
                "in_review",
                "changes_requested",
                "resubmitted",
                "endorsed",
                "forwarded_to_uil",
                "sent_by_city",
                "rejected",
                "withdrawn",
                "accepted_by_uil",
                "not_accepted_by_uil",
            ])
        );
        assert_eq!(
            stored(domain::JoinedVia::ALL.map(JoinedVia::from)),
            all(&["this_system", "registered"])
        );
        assert_eq!(
            stored(domain::MemberStatus::ALL.map(MemberStatus::from)),
            all(&["active", "lapsed"])
        );
        assert_eq!(
            stored(domain::ReportStatus::ALL.map(ReportStatus::from)),
            all(&[
                "draft",
                "submitted",
                "changes_requested",
                "resubmitted",
                "forwarded_to_uil"
            ])
        );
        assert_eq!(
            stored(domain::Recommendation::ALL.map(Recommendation::from)),
            all(&["endorse", "request_changes", "reject"])
        );
        assert_eq!(
            stored(domain::MailState::ALL.map(OutboxState::from)),
            all(&["draft", "queued", "sent", "failed"])
        );
        assert_eq!(
            stored(domain::ReminderKind::ALL.map(ReminderKind::from)),
            all(&[
                "window_opens",
                "window_closing",
                "report_due",
                "report_overdue",
                "review_waiting",
                "decision_due",
            ])
        );
    }

    #[test]
    fn a_value_that_is_no_variant_does_not_read() {
        assert!(<ReportStatus as ValueType>::try_from(Value::from("archived")).is_err());
    }
}
