//! The GNLC application form: value types with their validators, and the sections built from them.

mod sections;
mod values;

pub use sections::*;
pub use values::*;
