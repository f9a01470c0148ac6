//! Schema migrations, applied at start-up; the same steps run on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

mod m20261126_000001_initial_schema;
mod m20261127_000001_reminders;
mod m20261203_000001_accounts;
mod m20261203_000002_erasure;
mod m20261204_000001_rate_limits;
mod m20261205_000001_conflicts_recorded_by;
mod m20261206_000001_report_comments;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_initial_schema::Migration),
            Box::new(m20261127_000001_reminders::Migration),
            Box::new(m20261203_000001_accounts::Migration),
            Box::new(m20261203_000002_erasure::Migration),
            Box::new(m20261204_000001_rate_limits::Migration),
            Box::new(m20261205_000001_conflicts_recorded_by::Migration),
            Box::new(m20261206_000001_report_comments::Migration),
        ]
    }
}
