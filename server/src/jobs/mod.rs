//! Work the clock starts rather than a person: sending the outbox, and the reminders' passes.

pub mod mail;
pub mod reminders;
