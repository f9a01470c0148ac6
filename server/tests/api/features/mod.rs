//! What people do with the product, one file per area.

pub mod accounts;
pub mod applications;
mod audit_log;
mod backup;
pub mod board;
mod conflicts;
pub mod cycles;
mod deadlines;
pub mod decisions;
mod exports;
mod members;
mod metrics;
mod outbox;
mod outcomes;
mod pages;
mod people;
mod persistence;
mod personal_data;
mod reminders;
mod reports;
mod retention;
mod sign_in;
mod startup;
pub mod submission;
pub mod uploads;
