use super::Role;
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

/// Who a session is signed in as: the account, and its session epoch at sign-in. The account's epoch
/// moves on when it is deactivated, changes its password or is erased, which ends every session
/// holding an older one at once, wherever it is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionAccount {
    pub id: i32,
    pub epoch: i32,
}

/// A person to choose in a list: a reviewer a conflict is recorded for, whose lines of the log to see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: i32,
    pub name: String,
}

/// A city as lists and pickers show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CityRef {
    pub id: i32,
    pub name: String,
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
}
