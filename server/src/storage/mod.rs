//! Storage: connecting to SQLite or PostgreSQL, migrations, entities, the audit log's writer, and the
//! database's turns (SQLite's single writer, PostgreSQL's advisory locks). Only sea-orm and SQL here: no
//! wording for people, no mail, no live events, no files.

pub mod applications;
pub mod audit;
pub mod cities;
pub mod comments;
pub mod conflicts;
pub mod cycles;
pub mod decisions;
pub mod entities;
pub mod forms;
pub mod members;
pub mod migrations;
pub mod personal;
pub mod rate_limits;
pub mod reminders;
pub mod reviews;
pub mod sessions;
pub mod users;

use anyhow::Context;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

/// How many ids one query binds: databases limit a query's values (SQLite to 32,766, PostgreSQL to
/// 65,535), so long lists of ids are read in chunks of this many, well under either.
const MAX_BOUND: usize = 500;

/// Connects and migrates. SQLite is switched to write-ahead logging (readers never wait for the writer;
/// the setting is stored in the file) and foreign keys are checked to be enforced on the pool.
/// Instances starting together on one PostgreSQL database migrate one after the other.
pub async fn connect(database_url: &str) -> anyhow::Result<DatabaseConnection> {
    let db = open(database_url).await?;
    let turn = Exclusive::Startup.wait(&db).await?;
    migrate(&db).await?;
    turn.end().await?;
    Ok(db)
}

/// Applies the migrations the database has not had yet. With several instances, only during the
/// [`Exclusive::Startup`] turn.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    migrations::Migrator::up(db, None)
        .await
        .context("cannot apply the database migrations")
}

/// Connects without migrating.
pub async fn open(database_url: &str) -> anyhow::Result<DatabaseConnection> {
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
    Ok(db)
}

/// Records the pool's connections in use and idle, and its limit, as gauges.
pub fn record_pool_use(db: &DatabaseConnection) {
    use crate::telemetry::{DB_CONNECTIONS, DB_CONNECTIONS_MAX};
    let (size, idle, max) = match db {
        DatabaseConnection::SqlxSqlitePoolConnection(_) => {
            let pool = db.get_sqlite_connection_pool();
            (
                pool.size(),
                pool.num_idle(),
                pool.options().get_max_connections(),
            )
        }
        DatabaseConnection::SqlxPostgresPoolConnection(_) => {
            let pool = db.get_postgres_connection_pool();
            (
                pool.size(),
                pool.num_idle(),
                pool.options().get_max_connections(),
            )
        }
        _ => return,
    };
    let idle = u32::try_from(idle).unwrap_or(size);
    metrics::gauge!(DB_CONNECTIONS, "state" => "in_use").set(f64::from(size.saturating_sub(idle)));
    metrics::gauge!(DB_CONNECTIONS, "state" => "idle").set(f64::from(idle));
    metrics::gauge!(DB_CONNECTIONS_MAX).set(f64::from(max));
}

/// Work that one instance at a time does, when several share a PostgreSQL database: migrating and
/// seeding at start, and a reminders pass. SQLite has one instance per file, so it needs no turns.
#[derive(Clone, Copy, Debug)]
pub enum Exclusive {
    Startup = 1,
    Reminders = 2,
}

/// Whose advisory locks these are: "Piet" in ASCII, so that other software on the same database
/// would have to choose the same number to collide.
const ADVISORY_LOCKS: i32 = 0x5069_6574;

/// A turn at exclusive work: a transaction holding a PostgreSQL advisory lock, released when the turn
/// ends or is dropped (also when the instance dies: the connection closes).
pub struct Turn(Option<DatabaseTransaction>);

impl Turn {
    pub async fn end(self) -> Result<(), DbErr> {
        match self.0 {
            Some(txn) => txn.commit().await,
            None => Ok(()),
        }
    }
}

impl Exclusive {
    /// Waits for the turn.
    pub async fn wait(self, db: &DatabaseConnection) -> Result<Turn, DbErr> {
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(Turn(None));
        }
        let txn = db.begin().await?;
        txn.execute(self.statement("pg_advisory_xact_lock")).await?;
        Ok(Turn(Some(txn)))
    }

    /// The turn if nobody has it now; `None` means another instance is doing the work.
    pub async fn try_take(self, db: &DatabaseConnection) -> Result<Option<Turn>, DbErr> {
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(Some(Turn(None)));
        }
        let txn = db.begin().await?;
        let taken = txn
            .query_one(self.statement("pg_try_advisory_xact_lock"))
            .await?
            .map(|row| row.try_get_by_index::<bool>(0))
            .transpose()?
            .unwrap_or(false);
        Ok(taken.then_some(Turn(Some(txn))))
    }

    fn statement(self, function: &str) -> sea_orm::Statement {
        sea_orm::Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!("SELECT {function}($1, $2)"),
            [ADVISORY_LOCKS.into(), (self as i32).into()],
        )
    }
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
