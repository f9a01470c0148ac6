//! The outbox table: queuing a mail in the caller's transaction, holding a decision's mails as drafts,
//! and one pass of sending what is due, each mail claimed by one worker and retried with backoff.

use super::{MailTransport, OutgoingMail};
use crate::clock::SharedClock;
use crate::storage::begin_write;
use crate::storage::entities::{enums, outbox_messages};
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Alias, Expr, Func, LikeExpr, OnConflict, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DbErr, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::path::Path;

/// After this many failed attempts a message stays `failed` for a person to look at.
pub const MAX_ATTEMPTS: i32 = 8;

/// Which mails the outbox page lists: all of them, or those in one state, of one purpose, or whose
/// recipients or subject contain a text (in any case).
#[derive(Clone, Debug, Default)]
pub struct OutboxFilter {
    pub state: Option<enums::OutboxState>,
    pub purpose: Option<String>,
    /// Nothing is searched for when empty.
    pub text: String,
}

impl OutboxFilter {
    fn condition(&self) -> Condition {
        let mut condition = Condition::all();
        if let Some(state) = self.state {
            condition = condition.add(outbox_messages::Column::State.eq(state));
        }
        if let Some(purpose) = &self.purpose {
            condition = condition.add(outbox_messages::Column::Purpose.eq(purpose.as_str()));
        }
        if !self.text.is_empty() {
            // The addresses are stored as JSON; as text they can be searched on either database.
            let escaped: String = self
                .text
                .to_lowercase()
                .chars()
                .flat_map(|c| match c {
                    '%' | '_' | '\\' => vec!['\\', c],
                    c => vec![c],
                })
                .collect();
            let pattern = format!("%{escaped}%");
            let like = |column: outbox_messages::Column, cast: bool| {
                let expr = if cast {
                    Expr::col(column).cast_as(Alias::new("text"))
                } else {
                    Expr::col(column).into()
                };
                Expr::expr(Func::lower(expr)).like(LikeExpr::new(pattern.clone()).escape('\\'))
            };
            condition = condition.add(
                Condition::any()
                    .add(like(outbox_messages::Column::Subject, false))
                    .add(like(outbox_messages::Column::ToAddresses, true))
                    .add(like(outbox_messages::Column::CcAddresses, true)),
            );
        }
        condition
    }
}

/// Page `page` (from 1; past the last, the last) of the mails `filter` keeps, `per_page` to a page,
/// drafts first (they wait for the secretary), then the newest; with how many it keeps in all and
/// the page given.
pub async fn search(
    db: &impl ConnectionTrait,
    filter: &OutboxFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<outbox_messages::Model>, u64, u64), DbErr> {
    let query = outbox_messages::Entity::find().filter(filter.condition());
    let total = query.clone().count(db).await?;
    let page = page.clamp(1, total.div_ceil(per_page).max(1));
    let draft_first = Expr::case(
        Expr::col(outbox_messages::Column::State).eq(enums::OutboxState::Draft),
        0,
    )
    .finally(1);
    let rows = query
        .order_by(SimpleExpr::Case(Box::new(draft_first)), Order::Asc)
        .order_by_desc(outbox_messages::Column::Id)
        .offset((page - 1) * per_page)
        .limit(per_page)
        .all(db)
        .await?;
    Ok((rows, total, page))
}

/// How many of a decision's mails wait as drafts.
pub async fn drafts(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    outbox_messages::Entity::find()
        .filter(outbox_messages::Column::State.eq(enums::OutboxState::Draft))
        .count(db)
        .await
}

/// What waits in the outbox: mails queued, mails failed for good, and when the oldest queued one was
/// queued.
pub struct Backlog {
    pub queued: u64,
    pub failed: u64,
    pub oldest_queued: Option<DateTime<Utc>>,
}

pub async fn backlog(db: &impl ConnectionTrait) -> Result<Backlog, DbErr> {
    let count = |state| {
        outbox_messages::Entity::find()
            .filter(outbox_messages::Column::State.eq(state))
            .count(db)
    };
    let oldest_queued = outbox_messages::Entity::find()
        .filter(outbox_messages::Column::State.eq(enums::OutboxState::Queued))
        .order_by_asc(outbox_messages::Column::CreatedAt)
        .one(db)
        .await?
        .map(|mail| mail.created_at);
    Ok(Backlog {
        queued: count(enums::OutboxState::Queued).await?,
        failed: count(enums::OutboxState::Failed).await?,
        oldest_queued,
    })
}

/// Queues `mail` inside the caller's transaction.
pub async fn queue(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    mail: OutgoingMail,
) -> Result<(), DbErr> {
    insert(db, now, mail, enums::OutboxState::Queued).await
}

/// Keeps `mail` as a draft inside the caller's transaction: it leaves only once a person has read it
/// (and perhaps edited it) and sent it.
pub async fn hold(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    mail: OutgoingMail,
) -> Result<(), DbErr> {
    insert(db, now, mail, enums::OutboxState::Draft).await
}

async fn insert(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    mail: OutgoingMail,
    state: enums::OutboxState,
) -> Result<(), DbErr> {
    let row = outbox_messages::ActiveModel {
        purpose: Set(mail.purpose.as_str().to_owned()),
        idempotency_key: Set(mail.idempotency_key),
        to_addresses: Set(serde_json::json!(mail.to)),
        cc_addresses: Set(serde_json::json!(mail.cc)),
        language: Set(mail.language.into()),
        subject: Set(mail.subject),
        body: Set(mail.body),
        attachments: Set(serde_json::json!(mail.attachments)),
        state: Set(state),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    };
    outbox_messages::Entity::insert(row)
        .on_conflict(
            OnConflict::column(outbox_messages::Column::IdempotencyKey)
                .do_nothing()
                .to_owned(),
        )
        .do_nothing()
        .exec(db)
        .await?;
    Ok(())
}

/// Sends a draft, with the subject and body as the person last edited them, or a failed mail again
/// from its first attempt. Returns whether there was such a mail to send.
pub async fn release(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    id: i32,
    edited: Option<(String, String)>,
) -> Result<bool, DbErr> {
    let mut update = outbox_messages::Entity::update_many()
        .col_expr(
            outbox_messages::Column::State,
            sea_orm::sea_query::Expr::value(enums::OutboxState::Queued),
        )
        .col_expr(
            outbox_messages::Column::Attempts,
            sea_orm::sea_query::Expr::value(0),
        )
        .col_expr(
            outbox_messages::Column::NextAttemptAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(outbox_messages::Column::Id.eq(id));
    update = match edited {
        Some((subject, body)) => update
            .col_expr(
                outbox_messages::Column::Subject,
                sea_orm::sea_query::Expr::value(subject),
            )
            .col_expr(
                outbox_messages::Column::Body,
                sea_orm::sea_query::Expr::value(body),
            )
            .filter(outbox_messages::Column::State.eq(enums::OutboxState::Draft)),
        None => update.filter(outbox_messages::Column::State.eq(enums::OutboxState::Failed)),
    };
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// Wait before the next attempt: 30 s, 1 min, 2 min, … capped at one hour.
pub fn backoff(attempts: i32) -> TimeDelta {
    let exponent = attempts.clamp(1, 8) - 1;
    TimeDelta::seconds(30 * (1_i64 << exponent)).min(TimeDelta::hours(1))
}

/// One pass over the messages that are due; returns how many were sent. Attachments are read from
/// `files`, the uploads folder.
pub async fn send_due(
    db: &DatabaseConnection,
    transport: &MailTransport,
    clock: &SharedClock,
    files: &Path,
) -> Result<usize, DbErr> {
    let due = outbox_messages::Entity::find()
        .filter(outbox_messages::Column::State.eq(enums::OutboxState::Queued))
        .filter(outbox_messages::Column::NextAttemptAt.lte(clock.now()))
        .order_by_asc(outbox_messages::Column::Id)
        .limit(50)
        .all(db)
        .await?;
    let mut sent = 0;
    for message in due {
        let id = message.id;
        let Some(attempts) = claim(db, &message, clock.now()).await? else {
            continue;
        };
        let mut update = outbox_messages::ActiveModel {
            id: Set(id),
            ..Default::default()
        };
        match transport.send(&message, files).await {
            Ok(()) => {
                tracing::info!(id, purpose = %message.purpose, to = %message.to_addresses, subject = %message.subject, "mail sent");
                update.state = Set(enums::OutboxState::Sent);
                update.sent_at = Set(Some(clock.now()));
                update.last_error = Set(None);
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(id, attempts, %error, "mail not sent");
                update.last_error = Set(Some(format!("{error:#}")));
                if attempts >= MAX_ATTEMPTS {
                    update.state = Set(enums::OutboxState::Failed);
                } else {
                    update.next_attempt_at = Set(clock.now() + backoff(attempts));
                }
            }
        }
        // In SQLite's writers' turn: a write between another transaction's read and its write
        // would otherwise fail that transaction with "database is locked".
        let txn = begin_write(db).await?;
        outbox_messages::Entity::update(update).exec(&*txn).await?;
        txn.commit().await?;
    }
    Ok(sent)
}

/// How long a worker has to send a message it claimed before another worker may try it: a worker
/// that died mid-send leaves its messages to the others after this.
const CLAIM_FOR: TimeDelta = TimeDelta::minutes(5);

/// Makes `message` this worker's to send and counts the attempt, whose number it answers; `None` if
/// another worker (another instance on the same database) claimed it first: the update only matches
/// the row as it was read.
async fn claim(
    db: &DatabaseConnection,
    message: &outbox_messages::Model,
    now: DateTime<Utc>,
) -> Result<Option<i32>, DbErr> {
    let attempt = message.attempts + 1;
    let txn = begin_write(db).await?;
    let claimed = outbox_messages::Entity::update_many()
        .col_expr(
            outbox_messages::Column::Attempts,
            sea_orm::sea_query::Expr::value(attempt),
        )
        .col_expr(
            outbox_messages::Column::NextAttemptAt,
            sea_orm::sea_query::Expr::value(now + CLAIM_FOR),
        )
        .filter(outbox_messages::Column::Id.eq(message.id))
        .filter(outbox_messages::Column::State.eq(enums::OutboxState::Queued))
        .filter(outbox_messages::Column::Attempts.eq(message.attempts))
        .filter(outbox_messages::Column::NextAttemptAt.lte(now))
        .exec(&*txn)
        .await?
        .rows_affected
        == 1;
    txn.commit().await?;
    Ok(claimed.then_some(attempt))
}

/// Empties the text of every mail sent before `before`, keeping whom it went to, about what and
/// when; answers how many were emptied.
pub async fn forget_texts(db: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    let emptied = outbox_messages::Entity::update_many()
        .col_expr(
            outbox_messages::Column::Body,
            sea_orm::sea_query::Expr::value(""),
        )
        .filter(outbox_messages::Column::State.eq(enums::OutboxState::Sent))
        .filter(outbox_messages::Column::SentAt.lt(before))
        .filter(outbox_messages::Column::Body.ne(""))
        .exec(db)
        .await?;
    Ok(emptied.rows_affected)
}

/// Takes `email` off every mail not yet sent (queued, held as a draft, or given up on): the person
/// has been erased. A mail that was only for them is deleted; answers how many were.
pub async fn forget_recipient(db: &impl ConnectionTrait, email: &str) -> Result<u64, DbErr> {
    let unsent = outbox_messages::Entity::find()
        .filter(outbox_messages::Column::State.ne(enums::OutboxState::Sent))
        .all(db)
        .await?;
    let mut deleted = 0;
    for message in unsent {
        let keep = |list: &serde_json::Value| -> Vec<String> {
            list.as_array()
                .into_iter()
                .flatten()
                .filter_map(serde_json::Value::as_str)
                .filter(|address| !address.trim().eq_ignore_ascii_case(email.trim()))
                .map(str::to_owned)
                .collect()
        };
        let (to, cc) = (keep(&message.to_addresses), keep(&message.cc_addresses));
        if to.is_empty() {
            outbox_messages::Entity::delete_by_id(message.id)
                .exec(db)
                .await?;
            deleted += 1;
        } else if serde_json::json!(to) != message.to_addresses
            || serde_json::json!(cc) != message.cc_addresses
        {
            outbox_messages::ActiveModel {
                id: Set(message.id),
                to_addresses: Set(serde_json::json!(to)),
                cc_addresses: Set(serde_json::json!(cc)),
                ..Default::default()
            }
            .update(db)
            .await?;
        }
    }
    Ok(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_up_to_an_hour() {
        let waits: Vec<i64> = (1..=9).map(|n| backoff(n).num_seconds()).collect();
        assert_eq!(waits, vec![30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }
}
