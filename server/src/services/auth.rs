//! Password checks and the limits on sign-in attempts.

use crate::storage::rate_limits::{self, Rate};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::sync::OnceLock;
use std::time::Duration;

/// Limits attempts per account (guessing one password) and per client address (trying many
/// accounts), so that one guesser slows only their own address and the accounts they try, never
/// everyone. Counted in the database: instances sharing it share the counts, and a restart forgets
/// none. Checked before any password is verified, so a blocked attempt costs little.
#[derive(Clone, Copy, Debug)]
pub struct LoginLimiter {
    /// Keeps the sign-in, password-reset and current-password counts apart.
    scope: &'static str,
    per_account: Rate,
    per_address: Rate,
}

impl LoginLimiter {
    /// 5 quick attempts per account, then one every 30 s; 30 per address, then one every 2 s.
    pub fn new() -> Self {
        LoginLimiter {
            scope: "sign-in",
            per_account: rate(5, 30),
            per_address: rate(30, 2),
        }
    }

    /// 3 quick requests per address, then one every 10 minutes; 10 per client, then one a minute.
    pub fn for_resets() -> Self {
        LoginLimiter {
            scope: "reset",
            per_account: rate(3, 600),
            per_address: rate(10, 60),
        }
    }

    /// The same limits counted apart, under another name.
    pub fn named(self, scope: &'static str) -> Self {
        LoginLimiter { scope, ..self }
    }

    /// Counts one attempt at `now`; false when either limit is exhausted.
    pub async fn allow(
        &self,
        db: &impl ConnectionTrait,
        now: DateTime<Utc>,
        account: &str,
        address: IpAddr,
    ) -> Result<bool, DbErr> {
        let address_key = self.key("address", &address.to_canonical().to_string());
        let account_key = self.account_key(account);
        let address_ok = rate_limits::take(db, &address_key, now, self.per_address).await?;
        let account_ok = rate_limits::take(db, &account_key, now, self.per_account).await?;
        Ok(address_ok && account_ok)
    }

    fn account_key(&self, account: &str) -> String {
        self.key("account", &account.trim().to_lowercase())
    }

    /// A one-way key, so that the counters hold neither addresses nor e-mails.
    fn key(&self, kind: &str, value: &str) -> String {
        hex::encode(Sha256::digest(format!("{}:{kind}:{value}", self.scope)))
    }
}

/// The keys under which `email`'s attempts are counted, in every scope: what a person's data copy
/// shows and their erasure deletes.
pub fn account_keys(email: &str) -> Vec<String> {
    let sign_in = LoginLimiter::new();
    [
        sign_in,
        sign_in.named("current-password"),
        LoginLimiter::for_resets(),
    ]
    .iter()
    .map(|limiter| limiter.account_key(email))
    .collect()
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new()
    }
}

fn rate(burst: u32, every_seconds: u64) -> Rate {
    Rate {
        burst,
        every: Duration::from_secs(every_seconds),
    }
}

/// Hashes a new password with argon2 off the async threads: hashing is deliberately slow.
pub async fn hash_password(password: String) -> anyhow::Result<String> {
    Ok(tokio::task::spawn_blocking(move || password_auth::generate_hash(password)).await?)
}

/// Verifies `password` against `hash`; without a hash (unknown or inactive account) it verifies against
/// a fixed dummy so that the answer takes as long and reveals nothing.
pub async fn verify_password(password: String, hash: Option<String>) -> anyhow::Result<bool> {
    let known = hash.is_some();
    let hash = hash.unwrap_or_else(|| dummy_hash().to_owned());
    let matches = tokio::task::spawn_blocking(move || {
        password_auth::verify_password(password, &hash).is_ok()
    })
    .await?;
    Ok(known && matches)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| password_auth::generate_hash("not a real password"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_password_verifies_only_against_its_own_hash() {
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        assert!(hash.starts_with("$argon2"));
        assert!(
            verify_password("correct horse battery".into(), Some(hash.clone()))
                .await
                .unwrap()
        );
        assert!(!verify_password("wrong horse battery".into(), Some(hash))
            .await
            .unwrap());
        assert!(!verify_password("not a real password".into(), None)
            .await
            .unwrap());
    }

    async fn database() -> (tempfile::TempDir, sea_orm::DatabaseConnection) {
        let folder = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", folder.path().join("t.sqlite").display());
        let db = crate::storage::connect(&url).await.unwrap();
        (folder, db)
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    #[tokio::test]
    async fn the_account_limit_stops_guessing_one_account_whatever_the_case_and_refills() {
        let (_folder, db) = database().await;
        let limiter = LoginLimiter::new();
        let address: IpAddr = "127.0.0.1".parse().unwrap();
        for attempt in 0..5 {
            let account = if attempt % 2 == 0 { "A@x.lv" } else { "a@x.lv" };
            assert!(limiter.allow(&db, at(0), account, address).await.unwrap());
        }
        assert!(!limiter.allow(&db, at(1), "a@x.lv", address).await.unwrap());
        assert!(
            limiter.allow(&db, at(1), "b@x.lv", address).await.unwrap(),
            "another account is not blocked"
        );
        assert!(
            limiter.allow(&db, at(31), "a@x.lv", address).await.unwrap(),
            "one more attempt after 30 s"
        );
        assert!(!limiter.allow(&db, at(32), "a@x.lv", address).await.unwrap());
        assert!(
            LoginLimiter::for_resets()
                .allow(&db, at(32), "a@x.lv", address)
                .await
                .unwrap(),
            "resets are counted apart"
        );
    }

    #[tokio::test]
    async fn the_address_limit_stops_trying_many_accounts_from_one_place_only() {
        let (_folder, db) = database().await;
        let limiter = LoginLimiter::new();
        let address: IpAddr = "10.0.0.7".parse().unwrap();
        for n in 0..30 {
            let account = format!("user{n}@x.lv");
            assert!(limiter.allow(&db, at(0), &account, address).await.unwrap());
        }
        assert!(!limiter
            .allow(&db, at(0), "fresh@x.lv", address)
            .await
            .unwrap());
        let elsewhere: IpAddr = "10.0.0.8".parse().unwrap();
        assert!(limiter
            .allow(&db, at(0), "fresh@x.lv", elsewhere)
            .await
            .unwrap());
        let spent = crate::storage::rate_limits::forget_spent(&db, at(3600))
            .await
            .unwrap();
        assert_eq!(spent, 33, "every counter is spent an hour later");
    }

    #[tokio::test]
    async fn the_counters_hold_no_address_and_no_email() {
        let (_folder, db) = database().await;
        let address: IpAddr = "192.0.2.44".parse().unwrap();
        LoginLimiter::new()
            .allow(&db, at(0), "someone@x.lv", address)
            .await
            .unwrap();
        let rows = db
            .query_all(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT key FROM rate_limits",
            ))
            .await
            .unwrap();
        assert_eq!(rows.len(), 2);
        for row in rows {
            let key: String = row.try_get("", "key").unwrap();
            assert!(
                !key.contains("someone") && !key.contains("192.0.2"),
                "{key}"
            );
        }
    }
}
