//! The release server binary in a process of its own, as it runs in production: for benchmarks (its
//! memory is its own) and for fault tests (it can be killed).

use anyhow::{bail, Context};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// A running server; killed when dropped.
pub struct ServerProcess {
    child: Child,
    pub base: String,
    log: PathBuf,
}

/// The server's log, in its data folder: warnings and errors.
const LOG: &str = "server.log";

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

impl ServerProcess {
    /// Starts the server on a free loopback port with its data in `data` and its database at
    /// `database_url`, demo accounts (password `password`) and the clock inside the 2027 window;
    /// waits until it answers its health check.
    pub async fn start(data: &Path, database_url: &str, password: &str) -> anyhow::Result<Self> {
        let site = std::env::var("SITE_ROOT")
            .map(PathBuf::from)
            .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site"));
        let port = free_port()?;
        let binary = env!("CARGO_BIN_EXE_server");
        let log = data.join(LOG);
        let child = Command::new(binary)
            .env("PIETEIKUMS_DATA_DIR", data)
            .env("DATABASE_URL", database_url)
            .env("PIETEIKUMS_DEMO", "1")
            .env("PIETEIKUMS_DEMO_PASSWORD", password)
            .env("PIETEIKUMS_CLOCK_START", "2027-04-10T09:00:00Z")
            .env("PIETEIKUMS_REMINDERS_EVERY", "0")
            .env("LEPTOS_SITE_ROOT", &site)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            // Below the benches' own 30 s, so that a request that hangs in the server is answered
            // and logged there before its client gives up.
            .env("PIETEIKUMS_REQUEST_TIMEOUT", "20")
            .stdout(std::fs::File::create(&log)?)
            .spawn()
            .with_context(|| format!("starting {binary}"))?;
        let server = ServerProcess {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(response) = reqwest::get(format!("{}/healthz", server.base)).await {
                if response.status().is_success() {
                    return Ok(server);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("the server did not become healthy")
    }

    /// The warnings and errors the server logged, without the expected refusals of sign-ins past
    /// the limit.
    pub fn warnings(&self) -> anyhow::Result<Vec<String>> {
        Ok(std::fs::read_to_string(&self.log)?
            .lines()
            .filter(|line| line.contains("WARN") || line.contains("ERROR"))
            .filter(|line| !line.contains("sign-in attempts limited"))
            .map(str::to_owned)
            .collect())
    }

    /// Ends the process at once, as a crash or SIGKILL does: nothing is flushed or closed.
    pub fn kill(&mut self) -> anyhow::Result<()> {
        self.child.kill()?;
        self.child.wait()?;
        Ok(())
    }

    /// Resident memory now and at its highest, in MiB, as the kernel counts it.
    pub fn memory(&self) -> anyhow::Result<(f64, f64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let field = |name: &str| -> anyhow::Result<f64> {
            let line = status
                .lines()
                .find(|line| line.starts_with(name))
                .with_context(|| format!("no {name} in /proc status"))?;
            let kib: f64 = line
                .split_whitespace()
                .nth(1)
                .context("no value")?
                .parse()?;
            Ok(kib / 1024.0)
        };
        Ok((field("VmRSS:")?, field("VmHWM:")?))
    }
}
