use super::Role;
use crate::error::{FieldError, FieldProblems};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The signed-in person as every page and server function sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i32,
    pub email: String,
    pub full_name: String,
    pub role: Role,
    pub city: Option<CityRef>,
    pub language: Lang,
}

/// A city as lists and pickers show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CityRef {
    pub id: i32,
    pub name: String,
}

/// One account in the secretary's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: i32,
    pub email: String,
    pub full_name: String,
    pub role: Role,
    pub city: Option<String>,
    /// False until the person has chosen a password through their invitation.
    pub active: bool,
}

/// An e-mail address that has passed the same checks in the browser and on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Accepts one address with a local part, a dotted domain and no spaces; stored lower-case so that
    /// look-ups do not depend on how someone typed it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err("error-email-required");
        }
        let valid = value.len() <= 254
            && !value
                .chars()
                .any(|c| c.is_whitespace() || c == ',' || c == ';')
            && match value.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                }
                None => false,
            };
        if valid {
            Ok(EmailAddress(value))
        } else {
            Err("error-email-invalid")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name as they want it written; only surrounding space is removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 200;

    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let value = raw.trim();
        if value.is_empty() {
            Err("error-name-required")
        } else if value.chars().count() > Self::MAX_CHARS {
            Err("error-name-too-long")
        } else {
            Ok(PersonName(value.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password someone has just chosen: long enough to resist guessing, short enough to hash cheaply.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(password: &str, confirmation: &str) -> Result<Self, &'static str> {
        let chars = password.chars().count();
        if chars < Self::MIN_CHARS {
            Err("error-password-too-short")
        } else if chars > Self::MAX_CHARS {
            Err("error-password-too-long")
        } else if password != confirmation {
            Err("error-password-mismatch")
        } else {
            Ok(NewPassword(password.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

/// The secretary's request to open an account, checked field by field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub email: EmailAddress,
    pub full_name: PersonName,
    pub role: Role,
    pub city_id: Option<i32>,
    pub language: Lang,
}

/// The invitation form exactly as typed, so that nothing is lost when it comes back with errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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
        let role = problems.check("role", Role::parse(&form.role).ok_or("error-role-required"));
        let city_id = form.city_id.trim().parse::<i32>().ok();
        if role.is_some_and(Role::needs_city) && city_id.is_none() {
            problems.add("city_id", "error-city-required");
        }
        let language = problems.check(
            "language",
            Lang::parse(&form.language).ok_or("error-language-required"),
        );
        problems.finish(|| {
            let role = role?;
            Some(Invitation {
                email: email?,
                full_name: full_name?,
                role,
                city_id: city_id.filter(|_| role.needs_city()),
                language: language?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_trimmed_lowercased_and_checked() {
        assert_eq!(
            EmailAddress::parse("  Anna.Berzina@Valmiera.LV ")
                .unwrap()
                .as_str(),
            "anna.berzina@valmiera.lv"
        );
        assert_eq!(EmailAddress::parse(""), Err("error-email-required"));
        for bad in [
            "anna",
            "anna@",
            "@valmiera.lv",
            "anna@valmiera",
            "a b@c.lv",
            "a@b@c.lv",
            "a@.lv",
            "a@b.lv;c@d.lv",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err("error-email-invalid"),
                "{bad}"
            );
        }
    }

    #[test]
    fn names_keep_their_letters_and_refuse_blank_or_huge_input() {
        assert_eq!(
            PersonName::parse(" Jānis Bērziņš ").unwrap().as_str(),
            "Jānis Bērziņš"
        );
        assert_eq!(PersonName::parse("   "), Err("error-name-required"));
        assert_eq!(
            PersonName::parse(&"ā".repeat(201)),
            Err("error-name-too-long")
        );
    }

    #[test]
    fn new_passwords_need_length_and_a_matching_confirmation() {
        assert_eq!(
            NewPassword::parse("short", "short"),
            Err("error-password-too-short")
        );
        assert_eq!(
            NewPassword::parse("long enough!", "long enough?"),
            Err("error-password-mismatch")
        );
        assert_eq!(
            NewPassword::parse(&"x".repeat(257), &"x".repeat(257)),
            Err("error-password-too-long")
        );
        assert_eq!(
            NewPassword::parse("long enough!", "long enough!")
                .unwrap()
                .expose(),
            "long enough!"
        );
        assert_eq!(
            format!(
                "{:?}",
                NewPassword::parse("long enough!", "long enough!").unwrap()
            ),
            "NewPassword(..)"
        );
    }

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
        assert_eq!(invitation.city_id, None);
        assert_eq!(invitation.language, Lang::En);
    }
}
