//! The Commission's side: the board, each application's review desk, each reviewer's versioned review,
//! and conflicts of interest.

mod board;
mod desk;
mod ledger;
mod review;

pub use board::{board, BoardCache};
pub use desk::desk;
pub use review::{declare_conflict, save_review};
