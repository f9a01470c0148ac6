//! Pieces shared by every page.

mod countdown;
mod error_summary;
mod form_field;
mod site_chrome;
mod status_panel;

pub use countdown::*;
pub use error_summary::*;
pub use form_field::*;
pub use site_chrome::*;
pub use status_panel::*;
