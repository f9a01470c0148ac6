//! The accounts the secretary keeps and the one each person keeps for themselves: the list's rows,
//! the changes the secretary makes, and a person's own name, mail language and password.

use super::{CityRef, Deadline, EmailAddress, PersonName, Role};
use crate::error::{FieldError, FieldProblems};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Where an account stands, as the secretary's list shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountState {
    Active,
    /// Invited; the newest link still works.
    Invited,
    /// Invited, and every link has run out or been used: a new one is needed.
    InvitationExpired,
    /// Deactivated by the Commission: cannot sign in, keeps its history.
    Deactivated,
    /// Erased by the Commission: a label in place of the person, for the history that remains.
    Erased,
}

impl AccountState {
    pub fn label_key(self) -> &'static str {
        match self {
            AccountState::Active => "admin-users-status-active",
            AccountState::Invited => "admin-users-status-invited",
            AccountState::InvitationExpired => "admin-users-status-expired",
            AccountState::Deactivated => "admin-users-status-deactivated",
            AccountState::Erased => "admin-users-status-erased",
        }
    }

    /// Whether the person still waits for a link to choose a password.
    pub fn awaits_password(self) -> bool {
        matches!(
            self,
            AccountState::Invited | AccountState::InvitationExpired
        )
    }
}

/// One account in the secretary's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: i32,
    pub email: String,
    pub full_name: String,
    pub role: Role,
    pub city: Option<CityRef>,
    pub language: Lang,
    pub state: AccountState,
    pub last_sign_in: Option<Deadline>,
    /// When the newest invitation link runs out, while the person has not used it.
    pub invitation_expires: Option<Deadline>,
}

/// The secretary's change of one account's role and city, exactly as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    pub role: String,
    pub city_id: String,
}

/// A role and, for a city's applicant, the city: checked in the browser and on the server alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub role: Role,
    pub city_id: Option<i32>,
}

impl Placement {
    fn check(problems: &mut FieldProblems, role: &str, city_id: &str) -> Option<Option<Placement>> {
        let role = problems.check("role", Role::parse(role).ok_or("error-role-required"));
        let city_id = city_id.trim().parse::<i32>().ok();
        if role.is_some_and(Role::needs_city) && city_id.is_none() {
            problems.add("city_id", "error-city-required");
            return None;
        }
        Some(role.map(|role| Placement {
            role,
            city_id: city_id.filter(|_| role.needs_city()),
        }))
    }
}

impl AccountForm {
    pub fn check(&self) -> Result<Placement, Vec<FieldError>> {
        let mut problems = FieldProblems::default();
        let placement = Placement::check(&mut problems, &self.role, &self.city_id);
        problems.finish(|| placement.flatten())
    }
}

/// What the secretary does to an account besides changing its role or city.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountAction {
    /// Signs the person out everywhere and keeps them out; their history stays under their name.
    Deactivate,
    Reactivate,
    /// A new set-password link; every earlier one stops working.
    ResendInvitation,
}

impl AccountAction {
    pub const ALL: [AccountAction; 3] = [
        AccountAction::Deactivate,
        AccountAction::Reactivate,
        AccountAction::ResendInvitation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountAction::Deactivate => "deactivate",
            AccountAction::Reactivate => "reactivate",
            AccountAction::ResendInvitation => "resend_invitation",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|action| action.as_str() == value)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            AccountAction::Deactivate => "admin-users-deactivate",
            AccountAction::Reactivate => "admin-users-reactivate",
            AccountAction::ResendInvitation => "admin-users-resend",
        }
    }

    /// The actions that make sense for an account in `state`.
    pub fn offered(state: AccountState) -> Vec<AccountAction> {
        match state {
            AccountState::Active => vec![AccountAction::Deactivate],
            AccountState::Invited | AccountState::InvitationExpired => {
                vec![AccountAction::ResendInvitation, AccountAction::Deactivate]
            }
            AccountState::Deactivated => vec![AccountAction::Reactivate],
            AccountState::Erased => Vec::new(),
        }
    }
}

/// A person's own name and mail language, exactly as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub full_name: String,
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub full_name: PersonName,
    pub language: Lang,
}

impl ProfileForm {
    pub fn check(&self) -> Result<Profile, Vec<FieldError>> {
        let mut problems = FieldProblems::default();
        let full_name = problems.check("full_name", PersonName::parse(&self.full_name));
        let language = problems.check(
            "language",
            Lang::parse(&self.language).ok_or("error-language-required"),
        );
        problems.finish(|| {
            Some(Profile {
                full_name: full_name?,
                language: language?,
            })
        })
    }
}

/// The secretary's request to open an account, checked field by field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub email: EmailAddress,
    pub full_name: PersonName,
    pub placement: Placement,
    pub language: Lang,
}

/// The invitation form exactly as typed, so that nothing is lost when it comes back with errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvitationForm {
    pub email: String,
    pub full_name: String,
    pub role: String,
    pub city_id: String,
    pub language: String,
}

impl TryFrom<&InvitationForm> for Invitation {
    type Error = Vec<FieldError>;

    fn try_from(form: &InvitationForm) -> Result<Self, Self::Error> {
        let mut problems = FieldProblems::default();
        let email = problems.check("email", EmailAddress::parse(&form.email));
        let full_name = problems.check("full_name", PersonName::parse(&form.full_name));
        let placement = Placement::check(&mut problems, &form.role, &form.city_id);
        let language = problems.check(
            "language",
            Lang::parse(&form.language).ok_or("error-language-required"),
        );
        problems.finish(|| {
            Some(Invitation {
                email: email?,
                full_name: full_name?,
                placement: placement.flatten()?,
                language: language?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_reports_every_bad_field_at_once() {
        let form = InvitationForm {
            email: "nope".into(),
            full_name: " ".into(),
            role: "city_applicant".into(),
            city_id: "".into(),
            language: "de".into(),
        };
        let errors = Invitation::try_from(&form).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["email", "full_name", "city_id", "language"]);
    }

    #[test]
    fn commission_invitations_drop_any_city() {
        let form = InvitationForm {
            email: "reviewer@unesco.lv".into(),
            full_name: "Ilze Ozola".into(),
            role: "commission_reviewer".into(),
            city_id: "3".into(),
            language: "en".into(),
        };
        let invitation = Invitation::try_from(&form).unwrap();
        assert_eq!(invitation.placement.city_id, None);
        assert_eq!(invitation.language, Lang::En);
    }

    #[test]
    fn a_change_of_role_needs_a_city_only_for_a_citys_applicant() {
        let to_city = AccountForm {
            role: "city_applicant".into(),
            city_id: " ".into(),
        };
        let errors = to_city.check().unwrap_err();
        assert_eq!(errors[0].field, "city_id");
        let to_reviewer = AccountForm {
            role: "commission_reviewer".into(),
            city_id: "4".into(),
        };
        assert_eq!(
            to_reviewer.check().unwrap(),
            Placement {
                role: Role::CommissionReviewer,
                city_id: None
            }
        );
        let unknown = AccountForm {
            role: "mayor".into(),
            city_id: "4".into(),
        };
        assert_eq!(unknown.check().unwrap_err()[0].field, "role");
    }

    #[test]
    fn the_offered_actions_follow_the_state() {
        assert_eq!(
            AccountAction::offered(AccountState::Active),
            vec![AccountAction::Deactivate]
        );
        assert_eq!(
            AccountAction::offered(AccountState::Deactivated),
            vec![AccountAction::Reactivate]
        );
        assert!(AccountAction::offered(AccountState::InvitationExpired)
            .contains(&AccountAction::ResendInvitation));
        for action in AccountAction::ALL {
            assert_eq!(AccountAction::parse(action.as_str()), Some(action));
        }
        assert_eq!(AccountAction::parse("delete"), None);
        assert!(AccountAction::offered(AccountState::Erased).is_empty());
    }

    #[test]
    fn a_profile_needs_a_name_and_a_language_we_speak() {
        let form = ProfileForm {
            full_name: "  Anna Bērziņa ".into(),
            language: "ru".into(),
        };
        let profile = form.check().unwrap();
        assert_eq!(profile.full_name.as_str(), "Anna Bērziņa");
        assert_eq!(profile.language, Lang::Ru);
        let bad = ProfileForm {
            full_name: "".into(),
            language: "fr".into(),
        };
        let fields: Vec<String> = bad
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["full_name", "language"]);
    }
}
