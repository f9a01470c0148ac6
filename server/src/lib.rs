//! The Pieteikums server, in layers that import only downward:
//! `startup` (the composition root) → `http` → `jobs` → `services` → `mail`, `live` → `storage`,
//! `files`, `pdf`; `configuration`, `clock` and `telemetry` serve every layer. The README's
//! Architecture section states the rule, and `cargo xtask test` checks it.

pub mod backup;
pub mod clock;
pub mod configuration;
pub mod demo;
pub mod files;
pub mod http;
pub mod jobs;
pub mod live;
pub mod mail;
pub mod pdf;
pub mod secretary;
pub mod services;
pub mod sheets;
pub mod startup;
pub mod storage;
pub mod telemetry;
