//! Server functions, one resource a file. Each checks who is calling on the server.

pub mod accounts;
pub mod applications;
pub mod audit;
pub mod auth;
pub mod board;
pub mod conflicts;
pub mod cycles;
// `decide` takes one argument per field of the HTML form that posts to it, which works without
// JavaScript; the lint fires on the code the server macro writes from it.
#[allow(clippy::too_many_arguments)]
pub mod decisions;
pub mod members;
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod session;
