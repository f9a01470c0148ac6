//! The outbox as the secretary reads it: every mail the site sends, with where it stands.

use super::Deadline;
use serde::{Deserialize, Serialize};

/// Where an outgoing mail stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailState {
    /// Held for the secretary to read, edit and send (a decision's mails).
    Draft,
    Queued,
    Sent,
    /// Every attempt failed; the secretary may send it again.
    Failed,
}

impl MailState {
    pub const ALL: [MailState; 4] = [
        MailState::Draft,
        MailState::Queued,
        MailState::Sent,
        MailState::Failed,
    ];

    pub fn label_key(self) -> &'static str {
        match self {
            MailState::Draft => "outbox-state-draft",
            MailState::Queued => "outbox-state-queued",
            MailState::Sent => "outbox-state-sent",
            MailState::Failed => "outbox-state-failed",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MailState::Draft => "draft",
            MailState::Queued => "queued",
            MailState::Sent => "sent",
            MailState::Failed => "failed",
        }
    }
}

/// One mail of the outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub id: i32,
    pub purpose: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    /// The attached files' names.
    pub attachments: Vec<String>,
    pub state: MailState,
    pub attempts: i32,
    /// The last failure, as the mail server or the network reported it.
    pub last_error: Option<String>,
    pub created_at: Deadline,
    pub sent_at: Option<Deadline>,
}

/// The longest subject and body the secretary may send.
pub const SUBJECT_CHARS: usize = 300;
pub const BODY_CHARS: usize = 20_000;
