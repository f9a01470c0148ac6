//! Where a storage error becomes an error a person is shown: a database out of reach is a moment to
//! wait, anything else a fault with a reference in the log.

use app::error::{AppError, FieldError};
use sea_orm::DbErr;

/// A refusal of one field's value, for checks that need the database.
pub fn refused(field: &str, key: &str) -> AppError {
    AppError::Validation(vec![FieldError::new(field, key)])
}

pub fn db_error(error: DbErr) -> AppError {
    if out_of_reach(&error) {
        tracing::warn!(%error, "database out of reach");
        return AppError::Unavailable;
    }
    AppError::internal("database", &error)
}

/// Whether `error` says the database could not be reached or let go of the connection (a restart, a
/// network break, every connection busy) rather than that the statement itself failed: the same
/// request will do once it is back.
fn out_of_reach(error: &DbErr) -> bool {
    use sea_orm::{sqlx, RuntimeErr};
    let cause = match error {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(RuntimeErr::SqlxError(cause))
        | DbErr::Exec(RuntimeErr::SqlxError(cause))
        | DbErr::Query(RuntimeErr::SqlxError(cause)) => cause,
        _ => return false,
    };
    match cause {
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        // PostgreSQL's classes 08 (connection exception) and 57P (the server shutting down or
        // starting up).
        sqlx::Error::Database(database) => database
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_out_of_reach_is_a_moment_to_wait_and_a_failed_statement_a_fault() {
        use sea_orm::{sqlx, ConnAcquireErr, RuntimeErr};
        let io = || sqlx::Error::Io(std::io::ErrorKind::ConnectionReset.into());
        for unreachable in [
            DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
            DbErr::Conn(RuntimeErr::SqlxError(io())),
            DbErr::Exec(RuntimeErr::SqlxError(io())),
            DbErr::Query(RuntimeErr::SqlxError(sqlx::Error::PoolClosed)),
        ] {
            assert_eq!(db_error(unreachable), AppError::Unavailable);
        }
        for fault in [
            DbErr::Query(RuntimeErr::SqlxError(sqlx::Error::ColumnNotFound(
                "x".into(),
            ))),
            DbErr::RecordNotFound("application".into()),
            DbErr::Custom("constraint".into()),
        ] {
            assert!(matches!(db_error(fault), AppError::Internal { .. }));
        }
    }
}
