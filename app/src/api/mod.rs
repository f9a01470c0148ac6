//! Server functions, one resource a file. Each checks who is calling on the server.

pub mod accounts;
pub mod applications;
pub mod audit;
pub mod auth;
pub mod board;
pub mod conflicts;
pub mod cycles;
pub mod members;
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod session;
