//! Password checks and the limits on sign-in attempts.

use governor::clock::DefaultClock;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

type Keyed<K> = RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock>;

/// Limits sign-in attempts per account (guessing one password) and per client address (trying many
/// accounts). Both are checked before any password is verified, so a blocked attempt costs nothing.
#[derive(Clone)]
pub struct LoginLimiter {
    per_account: Arc<Keyed<String>>,
    per_address: Arc<Keyed<IpAddr>>,
}

impl LoginLimiter {
    /// 5 quick attempts per account, then one every 30 s; 30 per address, then one every 2 s.
    pub fn new() -> Self {
        Self::with_quotas(
            quota(5, Duration::from_secs(30)),
            quota(30, Duration::from_secs(2)),
        )
    }

    /// 3 quick requests per address, then one every 10 minutes; 10 per client, then one a minute.
    pub fn for_resets() -> Self {
        Self::with_quotas(
            quota(3, Duration::from_secs(600)),
            quota(10, Duration::from_secs(60)),
        )
    }

    pub fn with_quotas(per_account: Quota, per_address: Quota) -> Self {
        LoginLimiter {
            per_account: Arc::new(RateLimiter::keyed(per_account)),
            per_address: Arc::new(RateLimiter::keyed(per_address)),
        }
    }

    /// Counts one attempt; false when either limit is exhausted.
    pub fn allow(&self, account: &str, address: IpAddr) -> bool {
        let address_ok = self.per_address.check_key(&address).is_ok();
        let account_ok = self
            .per_account
            .check_key(&account.trim().to_lowercase())
            .is_ok();
        // Stale keys are dropped now and then so that the maps stay small.
        if self.per_account.len() > 10_000 {
            self.per_account.retain_recent();
        }
        if self.per_address.len() > 10_000 {
            self.per_address.retain_recent();
        }
        address_ok && account_ok
    }
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new()
    }
}

fn quota(burst: u32, refill_every: Duration) -> Quota {
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(refill_every)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst)
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

    #[test]
    fn the_account_limit_stops_guessing_one_account_whatever_the_case() {
        let limiter = LoginLimiter::new();
        let address: IpAddr = "127.0.0.1".parse().unwrap();
        for attempt in 0..5 {
            assert!(limiter.allow(if attempt % 2 == 0 { "A@x.lv" } else { "a@x.lv" }, address));
        }
        assert!(!limiter.allow("a@x.lv", address));
        assert!(
            limiter.allow("b@x.lv", address),
            "another account is not blocked"
        );
    }

    #[test]
    fn the_address_limit_stops_trying_many_accounts_from_one_place() {
        let limiter = LoginLimiter::new();
        let address: IpAddr = "10.0.0.7".parse().unwrap();
        for n in 0..30 {
            assert!(limiter.allow(&format!("user{n}@x.lv"), address));
        }
        assert!(!limiter.allow("fresh@x.lv", address));
        assert!(limiter.allow("fresh@x.lv", "10.0.0.8".parse().unwrap()));
    }
}
