//! Storage: connecting to SQLite or PostgreSQL, migrations, entities, and the store behind the pages.

mod applications;
pub mod attachments;
mod cycle_settings;
mod deadlines;
mod decisions;
pub mod entities;
mod forms;
mod members;
pub mod migrations;
mod outbox;
mod reminders;
mod reports;
mod reviews;
mod store;

pub use forms::SubmissionSettings;
pub use reminders::{run_due as send_due_reminders, run_job as run_reminders};
pub use store::{record_event, SeaBackend};

use anyhow::Context;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

/// Connects and migrates. SQLite is switched to write-ahead logging (readers never wait for the writer;
/// the setting is stored in the file) and foreign keys are checked to be enforced on the pool.
pub async fn connect(database_url: &str) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(sqlite_url_creating_file(database_url));
    options
        .max_connections(if is_sqlite(database_url) { 8 } else { 20 })
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .with_context(|| format!("cannot open the database at {}", redact(database_url)))?;
    if db.get_database_backend() == DbBackend::Sqlite {
        let mode = pragma(&db, "PRAGMA journal_mode=WAL").await?;
        anyhow::ensure!(
            mode.eq_ignore_ascii_case("wal"),
            "SQLite stayed in {mode} mode, not WAL"
        );
        let foreign_keys = pragma(&db, "PRAGMA foreign_keys").await?;
        anyhow::ensure!(foreign_keys == "1", "SQLite foreign keys are not enforced");
    }
    migrations::Migrator::up(&db, None)
        .await
        .context("cannot apply the database migrations")?;
    Ok(db)
}

/// SQLite's writers take turns here. A transaction that reads and then writes fails at once with
/// "database is locked" when another writer committed in between (SQLite cannot wait: its snapshot is
/// stale), which autosave under load showed; queueing the writers first makes them wait instead. SQLite
/// has one writer at a time anyway, so nothing is lost. PostgreSQL needs no turns.
static SQLITE_WRITERS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A transaction that will write, holding SQLite's turn until it ends.
pub struct WriteTransaction {
    txn: DatabaseTransaction,
    _turn: Option<tokio::sync::MutexGuard<'static, ()>>,
}

impl std::ops::Deref for WriteTransaction {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

impl WriteTransaction {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}

/// Begins a transaction that will write; see [`SQLITE_WRITERS`].
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTransaction, DbErr> {
    let turn = match db.get_database_backend() {
        DbBackend::Sqlite => Some(SQLITE_WRITERS.lock().await),
        _ => None,
    };
    Ok(WriteTransaction {
        txn: db.begin().await?,
        _turn: turn,
    })
}

async fn pragma(db: &DatabaseConnection, sql: &str) -> anyhow::Result<String> {
    let row = db
        .query_one(sea_orm::Statement::from_string(DbBackend::Sqlite, sql))
        .await?
        .with_context(|| format!("{sql} returned nothing"))?;
    Ok(match row.try_get_by_index::<String>(0) {
        Ok(text) => text,
        Err(_) => row.try_get_by_index::<i64>(0)?.to_string(),
    })
}

fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// SQLite URLs create the file when it is missing unless they say otherwise.
fn sqlite_url_creating_file(url: &str) -> String {
    if !is_sqlite(url) || url.contains("mode=") {
        return url.to_owned();
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}mode=rwc")
}

/// The URL without its password, fit for an error message.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_create_the_file_unless_they_choose_a_mode() {
        assert_eq!(
            sqlite_url_creating_file("sqlite://data/p.sqlite"),
            "sqlite://data/p.sqlite?mode=rwc"
        );
        assert_eq!(
            sqlite_url_creating_file("sqlite://p.sqlite?mode=ro"),
            "sqlite://p.sqlite?mode=ro"
        );
        assert_eq!(
            sqlite_url_creating_file("postgres://h/db"),
            "postgres://h/db"
        );
    }

    #[test]
    fn passwords_are_hidden_in_database_urls() {
        assert_eq!(
            redact("postgres://app:s3cret@127.0.0.1:5432/p"),
            "postgres://app:***@127.0.0.1:5432/p"
        );
        assert_eq!(
            redact("postgres://app@127.0.0.1/p"),
            "postgres://app@127.0.0.1/p"
        );
        assert_eq!(redact("sqlite://data/p.sqlite"), "sqlite://data/p.sqlite");
    }
}
