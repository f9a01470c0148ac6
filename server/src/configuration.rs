//! Settings, read once from the environment. Every variable is documented in the README.

use anyhow::{bail, Context};
use chrono::{DateTime, Utc};
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Settings {
    /// What the privacy notice names: controller, contact and retention periods.
    pub privacy: app::model::PrivacyFacts,
    /// `sqlite://…` (default, a file under the data directory) or `postgres://…`.
    pub database_url: String,
    /// Where the server listens; port 0 picks a free one (tests).
    pub site_addr: SocketAddr,
    /// The folder cargo-leptos built the WASM, JS and CSS into.
    pub site_root: String,
    /// Uploads, the file outbox and the SQLite database live here.
    pub data_dir: PathBuf,
    /// Uploaded files; by default `uploads/` in the data directory.
    pub upload_dir: PathBuf,
    /// The address people reach the site at, used in links inside e-mails.
    pub public_url: Option<String>,
    /// Marks the session cookie `Secure`; on by default when the public URL is https.
    pub secure_cookies: bool,
    /// `smtp://user:pass@host:587` or `smtps://…`; unset writes each mail to `data/outbox/` instead.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// The Commission's office, which gets every submitted application.
    pub commission_email: String,
    /// UIL's learning-cities address, copied on every submitted application.
    pub uil_email: String,
    /// The Commission's Secretary-General, named on the endorsements; blank leaves a line to write on.
    pub secretary_general: String,
    /// Seed demo cities, a cycle and one account per role into an empty database.
    pub demo: bool,
    /// The demo accounts' password; random when unset.
    pub demo_password: Option<String>,
    /// Start the clock at this instant instead of now (demos and browser tests).
    pub clock_start: Option<DateTime<Utc>>,
    /// How often the reminder job looks for reminders that are due; `None` stops it (tests that
    /// send reminders themselves).
    pub reminders_every: Option<Duration>,
    /// Proxies whose `X-Forwarded-For` names the real client; nobody else's is believed.
    pub trusted_proxies: Vec<IpNet>,
    /// How long a request may take before it is answered with a translated 503.
    pub request_timeout: Duration,
    /// The same for an upload, which carries up to 10 MB from a phone.
    pub upload_timeout: Duration,
    /// Where the Prometheus metrics are served; `None` (the default) serves none.
    pub metrics_addr: Option<SocketAddr>,
}

impl Settings {
    pub fn from_env() -> anyhow::Result<Self> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`, so tests can supply their own environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let data_dir =
            PathBuf::from(get("PIETEIKUMS_DATA_DIR").unwrap_or_else(|| "data".to_owned()));
        let database_url = get("DATABASE_URL").unwrap_or_else(|| {
            format!("sqlite://{}", data_dir.join("pieteikums.sqlite").display())
        });
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres:")
            || database_url.starts_with("postgresql:"))
        {
            bail!("DATABASE_URL must start with sqlite: or postgres:");
        }
        let site_addr = get("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".to_owned())
            .parse()
            .context("LEPTOS_SITE_ADDR is not an address like 127.0.0.1:3000")?;
        let public_url =
            get("PIETEIKUMS_PUBLIC_URL").map(|url| url.trim_end_matches('/').to_owned());
        let secure_cookies = match get("PIETEIKUMS_SECURE_COOKIES").as_deref() {
            Some("true" | "1") => true,
            Some("false" | "0") => false,
            Some(other) => bail!("PIETEIKUMS_SECURE_COOKIES must be true or false, not {other}"),
            None => public_url
                .as_deref()
                .is_some_and(|url| url.starts_with("https://")),
        };
        let demo = matches!(get("PIETEIKUMS_DEMO").as_deref(), Some("1" | "true"));
        let clock_start = get("PIETEIKUMS_CLOCK_START")
            .map(|value| {
                DateTime::parse_from_rfc3339(&value)
                    .map(|at| at.with_timezone(&Utc))
                    .context(
                        "PIETEIKUMS_CLOCK_START is not an RFC 3339 time like 2027-04-30T20:00:00Z",
                    )
            })
            .transpose()?;
        let reminders_every = match get("PIETEIKUMS_REMINDERS_EVERY") {
            None => Some(60),
            Some(value) => match value.trim().parse::<u64>() {
                Ok(0) => None,
                Ok(seconds) => Some(seconds),
                Err(_) => {
                    bail!("PIETEIKUMS_REMINDERS_EVERY must be a number of seconds, not {value}")
                }
            },
        }
        .map(Duration::from_secs);
        // A whole number above 0 of `unit`s, or `default` when unset.
        let positive = |name: &str, default: u32, unit: &str| -> anyhow::Result<u32> {
            match get(name) {
                None => Ok(default),
                Some(value) => match value.trim().parse::<u32>() {
                    Ok(number) if number > 0 => Ok(number),
                    _ => bail!("{name} must be a whole number of {unit} above 0, not {value}"),
                },
            }
        };
        let seconds = |name: &str, default: u32| {
            positive(name, default, "seconds").map(|seconds| Duration::from_secs(seconds.into()))
        };
        let days = |name: &str, default: u32| positive(name, default, "days");
        let metrics_addr = get("PIETEIKUMS_METRICS_ADDR")
            .map(|value| {
                value.trim().parse::<SocketAddr>().with_context(|| {
                    format!(
                        "PIETEIKUMS_METRICS_ADDR is not an address like 127.0.0.1:9464: {value}"
                    )
                })
            })
            .transpose()?;
        if metrics_addr.is_some_and(|metrics| metrics == site_addr && site_addr.port() != 0) {
            bail!("PIETEIKUMS_METRICS_ADDR must differ from LEPTOS_SITE_ADDR, or the metrics would be public");
        }
        let upload_dir = get("PIETEIKUMS_UPLOAD_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| data_dir.join("uploads"));
        let commission_email =
            get("PIETEIKUMS_COMMISSION_EMAIL").unwrap_or_else(|| "office@unesco.lv".to_owned());
        let privacy = app::model::PrivacyFacts {
            controller: get("PIETEIKUMS_CONTROLLER").unwrap_or_else(|| {
                "UNESCO Latvijas Nacionālā komisija, Pils laukums 4–206, Rīga, LV-1050".to_owned()
            }),
            contact: get("PIETEIKUMS_PRIVACY_CONTACT").unwrap_or_else(|| commission_email.clone()),
            draft_days: days("PIETEIKUMS_DRAFT_RETENTION_DAYS", 730)?,
            mail_days: days("PIETEIKUMS_MAIL_RETENTION_DAYS", 365)?,
        };
        Ok(Settings {
            privacy,
            upload_dir,
            database_url,
            site_addr,
            site_root: get("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".to_owned()),
            data_dir,
            public_url,
            secure_cookies,
            smtp_url: get("SMTP_URL"),
            mail_from: get("MAIL_FROM")
                .unwrap_or_else(|| "Pieteikums <noreply@unesco.lv>".to_owned()),
            commission_email,
            uil_email: get("PIETEIKUMS_UIL_EMAIL")
                .unwrap_or_else(|| "learningcities@unesco.org".to_owned()),
            secretary_general: get("PIETEIKUMS_SECRETARY_GENERAL").unwrap_or_default(),
            demo,
            demo_password: get("PIETEIKUMS_DEMO_PASSWORD"),
            clock_start,
            reminders_every,
            trusted_proxies: get("PIETEIKUMS_TRUSTED_PROXIES")
                .map(|list| trusted_proxies(&list))
                .transpose()?
                .unwrap_or_default(),
            request_timeout: seconds("PIETEIKUMS_REQUEST_TIMEOUT", 30)?,
            upload_timeout: seconds("PIETEIKUMS_UPLOAD_TIMEOUT", 600)?,
            metrics_addr,
        })
    }
}

/// Addresses and CIDR ranges separated by commas or spaces; a bare address stands for itself alone.
fn trusted_proxies(list: &str) -> anyhow::Result<Vec<IpNet>> {
    list.split([',', ' '])
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<IpNet>()
                .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| {
                    anyhow::anyhow!(
                        "PIETEIKUMS_TRUSTED_PROXIES: {item} is not an address or a range like 10.0.0.0/8"
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(pairs: &[(&str, &str)]) -> anyhow::Result<Settings> {
        let env: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|name| env.get(name).cloned())
    }

    #[test]
    fn defaults_give_a_local_sqlite_server_on_port_3000() {
        let settings = settings(&[]).unwrap();
        assert_eq!(settings.database_url, "sqlite://data/pieteikums.sqlite");
        assert_eq!(settings.site_addr.to_string(), "127.0.0.1:3000");
        assert!(!settings.secure_cookies);
        assert!(!settings.demo);
        assert_eq!(settings.smtp_url, None);
        assert_eq!(settings.reminders_every, Some(Duration::from_secs(60)));
    }

    #[test]
    fn the_reminder_job_can_be_stopped_or_quickened_but_not_misread() {
        let off = settings(&[("PIETEIKUMS_REMINDERS_EVERY", "0")]).unwrap();
        assert_eq!(off.reminders_every, None);
        let quick = settings(&[("PIETEIKUMS_REMINDERS_EVERY", "1")]).unwrap();
        assert_eq!(quick.reminders_every, Some(Duration::from_secs(1)));
        assert!(settings(&[("PIETEIKUMS_REMINDERS_EVERY", "soon")]).is_err());
    }

    #[test]
    fn an_https_public_url_turns_on_secure_cookies() {
        let settings =
            settings(&[("PIETEIKUMS_PUBLIC_URL", "https://pieteikums.example/")]).unwrap();
        assert!(settings.secure_cookies);
        assert_eq!(
            settings.public_url.as_deref(),
            Some("https://pieteikums.example")
        );
    }

    #[test]
    fn bad_values_are_named_in_the_error() {
        let error = settings(&[("LEPTOS_SITE_ADDR", "localhost")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("LEPTOS_SITE_ADDR"), "{error}");
        let error = settings(&[("DATABASE_URL", "mysql://x")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("DATABASE_URL"), "{error}");
        let error = settings(&[("PIETEIKUMS_CLOCK_START", "tomorrow")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("PIETEIKUMS_CLOCK_START"), "{error}");
        let error = settings(&[("PIETEIKUMS_DRAFT_RETENTION_DAYS", "0")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("PIETEIKUMS_DRAFT_RETENTION_DAYS"), "{error}");
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges_and_nothing_else() {
        assert!(settings(&[]).unwrap().trusted_proxies.is_empty());
        let set = settings(&[("PIETEIKUMS_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8 ::1")]).unwrap();
        let shown: Vec<String> = set
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown, ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]);
        let error = settings(&[("PIETEIKUMS_TRUSTED_PROXIES", "10.0.0.0/8,proxy.lan")])
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("PIETEIKUMS_TRUSTED_PROXIES") && error.contains("proxy.lan"),
            "{error}"
        );
    }

    #[test]
    fn time_limits_and_the_metrics_address_are_checked() {
        let plain = settings(&[]).unwrap();
        assert_eq!(plain.request_timeout, Duration::from_secs(30));
        assert_eq!(plain.upload_timeout, Duration::from_secs(600));
        assert_eq!(plain.metrics_addr, None);
        let error = settings(&[("PIETEIKUMS_REQUEST_TIMEOUT", "0")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("PIETEIKUMS_REQUEST_TIMEOUT"), "{error}");
        let error = settings(&[("PIETEIKUMS_METRICS_ADDR", "127.0.0.1:3000")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("must differ"), "{error}");
        let set = settings(&[("PIETEIKUMS_METRICS_ADDR", "127.0.0.1:9464")]).unwrap();
        assert_eq!(set.metrics_addr.map(|a| a.port()), Some(9464));
    }

    #[test]
    fn the_privacy_notice_names_the_commission_and_keeps_its_periods_unless_told_otherwise() {
        let plain = settings(&[("PIETEIKUMS_COMMISSION_EMAIL", "birojs@unesco.lv")]).unwrap();
        assert_eq!(plain.privacy.contact, "birojs@unesco.lv");
        assert_eq!(
            (plain.privacy.draft_days, plain.privacy.mail_days),
            (730, 365)
        );
        let set = settings(&[
            ("PIETEIKUMS_PRIVACY_CONTACT", "dati@unesco.lv"),
            ("PIETEIKUMS_MAIL_RETENTION_DAYS", "90"),
        ])
        .unwrap();
        assert_eq!(set.privacy.contact, "dati@unesco.lv");
        assert_eq!(set.privacy.mail_days, 90);
    }
}
