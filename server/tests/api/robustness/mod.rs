//! The server under strain and attack: faults, bursts, several instances, generated requests, who may
//! reach what, and the security headers and refusals.

mod access;
mod bursts;
pub mod faults;
mod fuzz;
pub mod instances;
mod proxies;
mod security;
