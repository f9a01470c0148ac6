//! Pieces shared by every page.

mod answer_fields;
mod countdown;
mod deadline_list;
mod error_summary;
mod form_field;
mod live;
mod pagination;
mod post_form;
mod site_chrome;
mod stacked_table;
mod status_panel;
mod window_notice;

pub use answer_fields::*;
pub use countdown::*;
pub use deadline_list::*;
pub use error_summary::*;
pub use form_field::*;
pub use live::*;
pub use pagination::*;
pub use post_form::*;
pub use site_chrome::*;
pub use stacked_table::*;
pub use status_panel::*;
pub use window_notice::*;
