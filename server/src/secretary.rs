//! `server add-secretary EMAIL [--name NAME] [--lang lv|en|ru]`: the first secretary of an
//! installation (or another one), made from the command line because nobody can invite them yet.
//! Prints a link to choose a password, valid for 72 hours; an address that has an account is refused.

use crate::clock::Clock;
use crate::configuration::Settings;
use crate::services::people;
use crate::storage;
use anyhow::{bail, Context};
use app::error::AppError;
use app::i18n::{translate, Lang};
use app::model::{EmailAddress, PersonName};

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
pub struct NewSecretary {
    pub email: EmailAddress,
    pub full_name: PersonName,
    pub language: Lang,
}

pub const USAGE: &str = "server add-secretary EMAIL [--name \"FULL NAME\"] [--lang lv|en|ru]";

impl NewSecretary {
    /// Reads the arguments after `add-secretary`. Without `--name`, the name is the address's
    /// local part, which the secretary can change on their account page.
    pub fn parse(args: &[&str]) -> anyhow::Result<Self> {
        let (mut email, mut name, mut language) = (None, None, Lang::default());
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match *arg {
                "--name" => name = Some(*rest.next().context("--name needs a value")?),
                "--lang" => {
                    let code = rest.next().context("--lang needs a value")?;
                    language = Lang::parse(code)
                        .with_context(|| format!("--lang {code}: use lv, en or ru"))?;
                }
                flag if flag.starts_with("--") => bail!("unknown option {flag}; usage: {USAGE}"),
                value if email.is_none() => email = Some(value),
                value => bail!("unexpected argument {value}; usage: {USAGE}"),
            }
        }
        let Some(email) = email else {
            bail!("usage: {USAGE}");
        };
        let email = EmailAddress::parse(email)
            .map_err(|key| anyhow::anyhow!("{email}: {}", translate(Lang::En, key)))?;
        let local = email
            .as_str()
            .split('@')
            .next()
            .unwrap_or_default()
            .to_owned();
        let full_name = PersonName::parse(name.unwrap_or(&local))
            .map_err(|key| anyhow::anyhow!("--name: {}", translate(Lang::En, key)))?;
        Ok(NewSecretary {
            email,
            full_name,
            language,
        })
    }
}

/// Opens the account and answers the link to print.
pub async fn add(
    settings: &Settings,
    clock: &dyn Clock,
    secretary: NewSecretary,
) -> anyhow::Result<String> {
    let db = storage::connect(&settings.database_url).await?;
    let public_url = settings
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", settings.site_addr));
    let email = secretary.email.as_str().to_owned();
    let added = people::add_secretary(
        &db,
        clock.now(),
        &public_url,
        secretary.email,
        secretary.full_name,
        secretary.language,
    )
    .await;
    db.close().await?;
    match added {
        Ok(link) => Ok(link),
        Err(AppError::Validation(_)) => {
            bail!("{email} already has an account; nothing was changed")
        }
        Err(error) => Err(anyhow::anyhow!("{error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arguments_name_an_address_and_optionally_a_name_and_a_language() {
        let secretary =
            NewSecretary::parse(&["Anna@Unesco.LV", "--name", "Anna Bērziņa", "--lang", "en"])
                .unwrap();
        assert_eq!(secretary.email.as_str(), "anna@unesco.lv");
        assert_eq!(secretary.full_name.as_str(), "Anna Bērziņa");
        assert_eq!(secretary.language, Lang::En);
        let plain = NewSecretary::parse(&["office@unesco.lv"]).unwrap();
        assert_eq!(plain.full_name.as_str(), "office");
        assert_eq!(plain.language, Lang::Lv);
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        for (args, says) in [
            (&[][..], "usage"),
            (&["not-an-address"][..], "not-an-address"),
            (&["a@b.lv", "--lang", "de"][..], "--lang de"),
            (&["a@b.lv", "--name"][..], "--name needs a value"),
            (&["a@b.lv", "--role", "x"][..], "unknown option --role"),
            (&["a@b.lv", "b@c.lv"][..], "unexpected argument b@c.lv"),
        ] {
            let error = NewSecretary::parse(args).unwrap_err().to_string();
            assert!(error.contains(says), "{args:?}: {error}");
        }
    }
}
