//! A throwaway PostgreSQL cluster for the persistence tests: a temporary folder, a free loopback port,
//! run as the `postgres` user when started by root (PostgreSQL refuses to run as root).

use crate::tools::{is_root, postgres_program};
use crate::{free_port, status, TempFolder};
use anyhow::{bail, Result};
use std::path::PathBuf;
use std::process::Command;

pub struct TestPostgres {
    folder: TempFolder,
    port: u16,
    pg_ctl: PathBuf,
}

/// `program` run as the `postgres` user when we are root.
fn as_postgres(program: &PathBuf) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

impl TestPostgres {
    pub fn start() -> Result<Self> {
        let (Some(initdb), Some(pg_ctl)) = (postgres_program("initdb"), postgres_program("pg_ctl"))
        else {
            bail!("PostgreSQL is not installed (Debian package postgresql)");
        };
        let folder = TempFolder::new("pieteikums-pg")?;
        if is_root() {
            status(
                Command::new("chown")
                    .args(["-R", "postgres:postgres"])
                    .arg(&folder.0),
            )?;
        }
        let data = folder.0.join("data");
        status(
            as_postgres(&initdb)
                .arg("-D")
                .arg(&data)
                .args(["-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"])
                .stdout(std::process::Stdio::null()),
        )?;
        let port = free_port()?;
        let options = format!(
            "-p {port} -c listen_addresses=127.0.0.1 -k {} -c fsync=off",
            folder.0.display()
        );
        status(
            as_postgres(&pg_ctl)
                .arg("-D")
                .arg(&data)
                .args(["-o", &options, "-l"])
                .arg(folder.0.join("log"))
                .args(["-w", "start"]),
        )?;
        Ok(TestPostgres {
            folder,
            port,
            pg_ctl,
        })
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// The command that restarts this cluster (as `pg_ctl` does, stopping it with every connection
    /// cut, then starting it with the same options), as a JSON array of its words, for a test to run.
    pub fn restart_command(&self) -> String {
        let mut command = as_postgres(&self.pg_ctl);
        command
            .arg("-D")
            .arg(self.folder.0.join("data"))
            .arg("-l")
            .arg(self.folder.0.join("log"))
            .args(["-m", "fast", "-w", "restart"]);
        let words: Vec<String> = std::iter::once(command.get_program())
            .chain(command.get_args())
            .map(|word| word.to_string_lossy().into_owned())
            .collect();
        serde_json::Value::from(words).to_string()
    }
}

impl Drop for TestPostgres {
    fn drop(&mut self) {
        let _ = as_postgres(&self.pg_ctl)
            .arg("-D")
            .arg(self.folder.0.join("data"))
            .args(["-m", "fast", "-w", "stop"])
            .status();
    }
}
