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

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == raw)
    }
}

/// The translation key naming a mail's purpose.
pub fn purpose_label_key(purpose: &str) -> String {
    format!("outbox-purpose-{purpose}")
}

/// The longest text the outbox is searched for; an address or a subject is shorter.
pub const SEARCH_CHARS: usize = 200;

/// Mails on one page of the outbox.
pub const OUTBOX_PAGE: usize = 25;

/// The outbox's filters, carried in the address so that the form works without JavaScript.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutboxQuery {
    pub state: Option<MailState>,
    /// What the mails are for, as the outbox names it (e.g. `reminder`).
    pub purpose: Option<String>,
    /// Found in the recipients' addresses and the subject, in any case.
    pub text: String,
    /// From 1; 0 reads as 1, and a page past the last shows the last.
    pub page: u32,
}

impl OutboxQuery {
    pub const KEYS: [&'static str; 4] = ["state", "purpose", "q", "page"];

    /// Reads the address's query; anything unknown is ignored, like a search form.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = OutboxQuery::default();
        for (key, value) in pairs {
            match key {
                "state" => query.state = MailState::parse(value),
                "purpose" => {
                    query.purpose = Some(value.trim().to_owned()).filter(|value| !value.is_empty())
                }
                "q" => query.text = value.trim().chars().take(SEARCH_CHARS).collect(),
                "page" => query.page = value.parse().unwrap_or(1),
                _ => {}
            }
        }
        query
    }

    /// The filters as an address's pairs, the page left out.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(state) = self.state {
            pairs.push(("state", state.as_str().to_owned()));
        }
        if let Some(purpose) = &self.purpose {
            pairs.push(("purpose", purpose.clone()));
        }
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        pairs
    }
}

/// One page of the outbox: drafts waiting for the secretary first, then the newest mails.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    pub mails: Vec<OutboxItem>,
    /// How many mails the filters keep, and how many drafts wait in the whole outbox.
    pub matching: u32,
    pub drafts: u32,
    pub page: u32,
    pub pages: u32,
    /// Every purpose a mail can have, to filter by.
    pub purposes: Vec<String>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_reads_back_from_its_pairs_and_ignores_what_it_does_not_know() {
        let query = OutboxQuery::from_pairs([
            ("state", "draft"),
            ("purpose", "reminder"),
            ("q", "  cesis@ "),
            ("page", "3"),
            ("sort", "x"),
        ]);
        assert_eq!(query.state, Some(MailState::Draft));
        assert_eq!(query.purpose.as_deref(), Some("reminder"));
        assert_eq!(query.text, "cesis@");
        let pairs = query.pairs();
        let back = OutboxQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, OutboxQuery { page: 0, ..query });
        let unknown = OutboxQuery::from_pairs([("state", "lost"), ("purpose", " ")]);
        assert_eq!(unknown, OutboxQuery::default());
    }
}
