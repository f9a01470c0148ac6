//! The Pieteikums server: configuration, storage, sign-in, mail and the HTTP application.

pub mod auth;
pub mod backup;
pub mod calendar;
pub mod clock;
pub mod configuration;
pub mod demo;
pub mod language;
pub mod live;
pub mod mail;
pub mod pdf;
pub mod persistence;
pub mod security;
pub mod server_fn_status;
pub mod sessions;
pub mod signed_in;
pub mod startup;
pub mod telemetry;
pub mod uploads;
