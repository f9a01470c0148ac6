//! One-time links that let a person choose a password: the invitation to a new account and the reset
//! of a forgotten password share them. Only the SHA-256 of a link's token is stored, so a leaked
//! database holds no usable link; a new link, a password set by any means and a deactivation use up
//! every earlier one.

use crate::mail::{self, MailPurpose, OutgoingMail};
use crate::storage;
use crate::storage::entities::{enums, users};
use app::i18n::Arg;
use chrono::{DateTime, TimeDelta, Utc};
use rand::RngCore;
use sea_orm::{ConnectionTrait, DbErr};
use sha2::{Digest, Sha256};

/// How long an invitation link stays valid.
pub const INVITATION_HOURS: i64 = 72;
/// How long a link to reset a forgotten password stays valid.
pub const RESET_MINUTES: i64 = 60;

/// The SHA-256 of a link token, as stored.
pub(super) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// What a link is for: its lifetime and the mail that carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    Invitation,
    Reset,
}

impl LinkPurpose {
    fn lifetime(self) -> TimeDelta {
        match self {
            LinkPurpose::Invitation => TimeDelta::hours(INVITATION_HOURS),
            LinkPurpose::Reset => TimeDelta::minutes(RESET_MINUTES),
        }
    }

    fn stored(self) -> enums::TokenPurpose {
        match self {
            LinkPurpose::Invitation => enums::TokenPurpose::Invitation,
            LinkPurpose::Reset => enums::TokenPurpose::PasswordReset,
        }
    }
}

/// Makes a new link for `user` (every earlier one stops working) and answers its address, in the
/// person's language.
pub(super) async fn issue(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    public_url: &str,
    user: &users::Model,
    purpose: LinkPurpose,
) -> Result<String, DbErr> {
    storage::users::revoke_links(db, user.id, now).await?;
    let mut secret = [0_u8; 32];
    rand::rng().fill_bytes(&mut secret);
    let token = hex::encode(secret);
    let expires_at = now + purpose.lifetime();
    storage::users::insert_link(
        db,
        now,
        user.id,
        token_hash(&token),
        purpose.stored(),
        expires_at,
    )
    .await?;
    let lang = app::i18n::Lang::from(user.language);
    Ok(format!("{public_url}/{}/set-password/{token}", lang.code()))
}

/// Makes a new link for `user` and queues the mail that carries it, in the person's language.
pub(super) async fn send(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    public_url: &str,
    user: &users::Model,
    purpose: LinkPurpose,
) -> Result<(), DbErr> {
    let link = issue(db, now, public_url, user, purpose).await?;
    let lang = app::i18n::Lang::from(user.language);
    let (mail_purpose, lifetime) = match purpose {
        LinkPurpose::Invitation => (MailPurpose::AccountInvitation, ("hours", INVITATION_HOURS)),
        LinkPurpose::Reset => (MailPurpose::PasswordReset, ("minutes", RESET_MINUTES)),
    };
    // Each link is a mail of its own: a resent invitation is not the first one queued twice.
    let key = format!(
        "{}:{}:{}",
        mail_purpose.as_str(),
        user.id,
        &token_hash(&link)[..16]
    );
    let mail = OutgoingMail::compose(
        mail_purpose,
        key,
        vec![user.email.clone()],
        lang,
        &[
            ("name", Arg::Text(user.full_name.clone())),
            ("link", Arg::Text(link)),
            (
                "privacy",
                Arg::Text(format!("{public_url}/{}/privacy", lang.code())),
            ),
            (lifetime.0, Arg::Number(lifetime.1)),
        ],
    );
    mail::queue(db, now, mail).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_hashes_are_hex_sha256() {
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
