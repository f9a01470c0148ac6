//! Typed domain models shared by the browser and the server.

mod account;
pub mod application;
mod audit;
mod audit_log;
mod city;
mod cycle;
mod deadline;
mod live;
mod member;
mod outbox;
mod privacy;
mod reminder;
mod report_status;
mod review;
mod role;
mod status;
mod user;

pub use account::*;
pub use audit::*;
pub use audit_log::*;
pub use city::*;
pub use cycle::*;
pub use deadline::*;
pub use live::*;
pub use member::*;
pub use outbox::*;
pub use privacy::*;
pub use reminder::*;
pub use report_status::*;
pub use review::*;
pub use role::*;
pub use status::*;
pub use user::*;
