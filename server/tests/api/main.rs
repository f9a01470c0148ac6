//! Integration tests: each starts the real server on a random port with a fresh temporary database.
//! `features` follows what people do with the product; `robustness` proves it safe to run: faults,
//! bursts, several instances, generated requests, and who may reach what.

#[path = "../../benches/common/mod.rs"]
mod common;
mod features;
mod helpers;
mod robustness;
