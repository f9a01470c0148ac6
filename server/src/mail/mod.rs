//! The outbox: every e-mail is first a row written in the same transaction as the change that causes
//! it, then sent by a worker that retries with backoff. A crash between the two loses nothing.

mod compose;
mod outbox;
mod purpose;
mod transport;

pub use compose::{mail_city_people, mail_people, Mailing};
pub use outbox::{
    backlog, backoff, drafts, forget_recipient, forget_texts, hold, queue, release, search,
    send_due, Backlog, OutboxFilter, MAX_ATTEMPTS,
};
pub use purpose::MailPurpose;
pub use transport::MailTransport;

use app::i18n::{Arg, Lang};
use serde::{Deserialize, Serialize};

/// A rendered e-mail waiting to be queued.
#[derive(Clone, Debug)]
pub struct OutgoingMail {
    pub purpose: MailPurpose,
    /// Queuing the same key twice queues one mail: repeated jobs and retried requests stay harmless.
    pub idempotency_key: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub language: Lang,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<MailAttachment>,
}

impl OutgoingMail {
    /// A mail for `purpose` to `to`, written in `language` with `args` in its words; without copies
    /// or files.
    pub fn compose(
        purpose: MailPurpose,
        idempotency_key: String,
        to: Vec<String>,
        language: Lang,
        args: &[(&'static str, Arg)],
    ) -> Self {
        let (subject, body) = purpose.words(language, args);
        OutgoingMail {
            purpose,
            idempotency_key,
            to,
            cc: Vec::new(),
            language,
            subject,
            body,
            attachments: Vec::new(),
        }
    }
}

/// A file sent with a mail, kept in the uploads folder until the mail has gone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailAttachment {
    /// The file's name inside the uploads folder.
    pub storage_key: String,
    /// The name the recipient sees.
    pub file_name: String,
    pub content_type: String,
}
