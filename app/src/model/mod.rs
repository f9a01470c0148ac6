//! Typed domain models shared by the browser and the server.

pub mod application;
mod audit;
mod cycle;
mod deadline;
mod live;
mod member;
mod outbox;
mod reminder;
mod report_status;
mod review;
mod role;
mod status;
mod user;

pub use audit::*;
pub use cycle::*;
pub use deadline::*;
pub use live::*;
pub use member::*;
pub use outbox::*;
pub use reminder::*;
pub use report_status::*;
pub use review::*;
pub use role::*;
pub use status::*;
pub use user::*;
