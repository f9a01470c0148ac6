//! What server functions need from the server, as a trait the `server` crate implements with sea-orm.
//! Keeping it here lets `app` stay free of any database crate.

use crate::error::AppError;
use crate::model::{AccountSummary, CityRef, CurrentUser, CycleSummary, Invitation, NewPassword};
use chrono::{DateTime, Utc};
use std::net::IpAddr;
use std::sync::Arc;

#[async_trait::async_trait]
pub trait Backend: Send + Sync + 'static {
    /// The current time from the injected clock; never read the system clock elsewhere.
    fn now(&self) -> DateTime<Utc>;

    /// The cycle whose window is open now, else the next one to open, else the last one that closed.
    async fn current_cycle(&self) -> Result<Option<CycleSummary>, AppError>;

    /// Checks an e-mail and password, counting the attempt against the account's and the address's limits.
    async fn authenticate(
        &self,
        email: &str,
        password: &str,
        client: IpAddr,
    ) -> Result<CurrentUser, AppError>;

    /// The active account with this id, if it still exists.
    async fn user(&self, id: i32) -> Result<Option<CurrentUser>, AppError>;

    async fn cities(&self) -> Result<Vec<CityRef>, AppError>;

    async fn accounts(&self) -> Result<Vec<AccountSummary>, AppError>;

    /// Creates an inactive account and queues its one-time set-password mail, in one transaction.
    async fn invite(&self, by: &CurrentUser, invitation: Invitation) -> Result<(), AppError>;

    /// Uses a set-password link once.
    async fn set_password(&self, token: &str, password: NewPassword) -> Result<(), AppError>;
}

pub type SharedBackend = Arc<dyn Backend>;

/// The backend given to the request's context by the server.
pub fn backend() -> Result<SharedBackend, AppError> {
    leptos::prelude::use_context::<SharedBackend>().ok_or_else(|| AppError::Internal {
        trace_id: "no-backend".to_owned(),
    })
}
