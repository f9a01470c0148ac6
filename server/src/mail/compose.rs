//! Mails to several people, each written in the person's own language.

use super::{MailPurpose, OutgoingMail};
use crate::storage::entities::users;
use app::i18n::{Arg, Lang};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};

/// A mail to several people: what it is for (which chooses its words), and the idempotency key it is
/// queued under (followed by each person's id), so that asking again queues nothing new.
pub struct Mailing<'a> {
    pub purpose: MailPurpose,
    pub idempotency_key: &'a str,
}

/// Queues `mail` to every active person of `city`, each in their own language.
pub async fn mail_city_people(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    city: i32,
    mail: Mailing<'_>,
    args: impl Fn(Lang) -> Vec<(&'static str, Arg)>,
) -> Result<usize, DbErr> {
    let people = crate::storage::users::city_people(db, city).await?;
    mail_people(db, now, people, mail, args).await
}

/// Queues `mail` to each of `people` in their own language; answers how many.
pub async fn mail_people(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    people: Vec<users::Model>,
    mail: Mailing<'_>,
    args: impl Fn(Lang) -> Vec<(&'static str, Arg)>,
) -> Result<usize, DbErr> {
    let count = people.len();
    for person in people {
        let lang = person.language.into();
        let outgoing = OutgoingMail::compose(
            mail.purpose,
            format!("{}:{}", mail.idempotency_key, person.id),
            vec![person.email],
            lang,
            &args(lang),
        );
        super::queue(db, now, outgoing).await?;
    }
    Ok(count)
}
