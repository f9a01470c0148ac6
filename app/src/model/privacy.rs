//! What the privacy notice says that depends on the installation: who the controller is, whom to
//! write to, and how long what is kept.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyFacts {
    /// The controller's name and address, as one line.
    pub controller: String,
    /// Where people ask for a copy of their data, a correction or erasure.
    pub contact: String,
    /// Days after which an application or report that was never submitted is deleted.
    pub draft_days: u32,
    /// Days after which the text of a sent mail is deleted (its date, purpose and recipients stay).
    pub mail_days: u32,
}
