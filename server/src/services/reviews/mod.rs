//! The Commission's side: the board, each application's review desk, each reviewer's versioned review,
//! and conflicts of interest.

mod board;
mod conflicts;
mod desk;
mod export;
mod ledger;
mod review;

pub use board::{board, BoardCache, BoardSource};
pub use conflicts::{
    declare_conflict, overview as conflicts, record as record_conflict, remove as remove_conflict,
};
pub use desk::{desk, history, previous_answers};
pub use export::{export as export_board, meeting_sheet, ExportFormat};
pub use review::save_review;
