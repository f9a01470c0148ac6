//! Integration tests: each starts the real server on a random port with a fresh temporary database.

mod access;
mod accounts;
mod applications;
mod backup;
mod board;
mod bursts;
#[path = "../../benches/common/mod.rs"]
mod common;
mod cycles;
mod deadlines;
mod decisions;
mod faults;
mod fuzz;
mod helpers;
mod instances;
mod members;
mod pages;
mod persistence;
mod reminders;
mod reports;
mod security;
mod sign_in;
mod startup;
mod submission;
mod uploads;
