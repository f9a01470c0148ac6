//! Work the clock starts rather than a person: sending the outbox, the reminders' passes, and the
//! daily retention pass.

pub mod mail;
pub mod reminders;
pub mod retention;
