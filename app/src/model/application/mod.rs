//! The city's forms (the GNLC application and the member's progress report): value types with their
//! validators, the sections built from them, and the draft the wizard reads and saves.

mod attachments;
mod draft;
mod fields;
mod kind;
mod reading;
mod sections;
mod values;

pub use attachments::*;
pub use draft::*;
pub use fields::*;
pub use kind::*;
pub use reading::*;
pub use sections::*;
pub use values::*;
