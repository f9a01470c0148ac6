//! The release as an administrator installs it: the `dist` folder copied into a temporary root as
//! INSTALL.md says, its systemd units verified, the server started with the unit's own command,
//! environment file and working folder (systemd itself does not run the tests), Caddy in front with
//! the deployed Caddyfile and a certificate of its own authority, and the production journey
//! (`end2end/tests/production.spec.ts`) run through it over HTTPS.

use crate::{dist, free_port, healthy, root, status, wait_for, TempFolder, E2E_PASSWORD};
use anyhow::{bail, Context, Result};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};

const UNITS: [&str; 3] = [
    "pieteikums.service",
    "pieteikums-backup.service",
    "pieteikums-backup.timer",
];

/// A process stopped when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn check() -> Result<()> {
    let folder = dist::package()?;
    let system = TempFolder::new("pieteikums-root")?;
    let root_dir = &system.0;
    install(&folder, root_dir)?;
    verify_units(root_dir)?;

    let (site, metrics, http, https) = (free_port()?, free_port()?, free_port()?, free_port()?);
    // What differs from a real machine: ports, the folders (under the temporary root), a clock inside
    // the application window, and demo accounts to sign in with. Later lines win, as in systemd.
    let env_file = root_dir.join("etc/pieteikums/env");
    let mut env = std::fs::read_to_string(&env_file)?;
    env.push_str(&format!(
        "\nLEPTOS_SITE_ADDR=127.0.0.1:{site}\n\
         LEPTOS_SITE_ROOT={root}/opt/pieteikums/site\n\
         PIETEIKUMS_DATA_DIR={root}/var/lib/pieteikums\n\
         PIETEIKUMS_PUBLIC_URL=https://localhost:{https}\n\
         PIETEIKUMS_METRICS_ADDR=127.0.0.1:{metrics}\n\
         PIETEIKUMS_CLOCK_START=2027-03-10T10:00:00Z\n\
         PIETEIKUMS_DEMO=1\n\
         PIETEIKUMS_DEMO_PASSWORD={E2E_PASSWORD}\n\
         RUST_LOG=warn\n",
        root = root_dir.display()
    ));
    std::fs::write(&env_file, env)?;
    let _server = start_as_unit(root_dir)?;
    wait_for("the installed server", || healthy(site))?;
    let _caddy = start_caddy(root_dir, site, http, https)?;
    wait_for("Caddy", || TcpStream::connect(("127.0.0.1", https)).is_ok())?;

    status(
        Command::new("npx")
            .args(["playwright", "test", "--project=production"])
            .args(["--project=production-phone", "--workers=1"])
            .current_dir(root().join("end2end"))
            .env("PROD_URL", format!("https://localhost:{https}"))
            .env("PROD_HTTP_URL", format!("http://localhost:{http}"))
            .env("PROD_DIRECT_URL", format!("http://127.0.0.1:{site}"))
            .env("PROD_METRICS_URL", format!("http://127.0.0.1:{metrics}"))
            .env("DEMO_PASSWORD", E2E_PASSWORD),
    )
}

/// As INSTALL.md: the folder to /opt/pieteikums, the units to /etc/systemd/system, the settings to
/// /etc/pieteikums/env, the Caddyfile to /etc/caddy/Caddyfile.
fn install(folder: &Path, root_dir: &Path) -> Result<()> {
    let under = |path: &str| root_dir.join(path.trim_start_matches('/'));
    dist::copy_tree(folder, &under("/opt/pieteikums"))?;
    let deploy = under("/opt/pieteikums/deploy");
    for (file, to) in UNITS
        .map(|unit| (unit, format!("/etc/systemd/system/{unit}")))
        .into_iter()
        .chain([
            ("env", "/etc/pieteikums/env".to_owned()),
            ("Caddyfile", "/etc/caddy/Caddyfile".to_owned()),
        ])
    {
        let target = under(&to);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(deploy.join(file), &target)
            .with_context(|| format!("cannot install {file}"))?;
    }
    Ok(())
}

/// `systemd-analyze verify` on the installed units. It checks that the programs they start exist, and
/// this machine has none under /opt, so the copies it reads point into the temporary root instead;
/// nothing else differs. It answers 0 even for an unknown or misspelt setting, which it only
/// mentions: any word from it fails the check.
fn verify_units(root_dir: &Path) -> Result<()> {
    let folder = root_dir.join("verify");
    std::fs::create_dir_all(&folder)?;
    let installed = root_dir.join("opt/pieteikums");
    let mut paths = Vec::new();
    for unit in UNITS {
        let text = std::fs::read_to_string(root_dir.join("etc/systemd/system").join(unit))?;
        let path = folder.join(unit);
        std::fs::write(
            &path,
            text.replace("/opt/pieteikums", &installed.display().to_string()),
        )?;
        paths.push(path);
    }
    let output = Command::new("systemd-analyze")
        .arg("verify")
        .args(&paths)
        .output()
        .context("cannot run systemd-analyze")?;
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if !output.status.success() || !said.trim().is_empty() {
        bail!("systemd-analyze verify found problems in the units:\n{said}");
    }
    println!(
        "systemd-analyze verify: {} units without a remark",
        UNITS.len()
    );
    Ok(())
}

/// The value of the first `key=` line of a unit file.
fn unit_setting(unit: &str, key: &str) -> Result<String> {
    unit.lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .map(|value| value.trim().to_owned())
        .with_context(|| format!("the unit has no {key}="))
}

/// An environment file as systemd reads it: `NAME=value` lines, `#` comments, the last line of a
/// name winning.
fn environment(text: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, value)) = line.split_once('=') {
            let value = value.trim().trim_matches('"').to_owned();
            pairs.retain(|(known, _)| known != name.trim());
            pairs.push((name.trim().to_owned(), value));
        }
    }
    pairs
}

/// Starts the server with the unit's `ExecStart`, `EnvironmentFile` and `WorkingDirectory`, in the
/// temporary root, with nothing else in its environment; its `StateDirectory` made as systemd would.
fn start_as_unit(root_dir: &Path) -> Result<Running> {
    let unit = std::fs::read_to_string(root_dir.join("etc/systemd/system/pieteikums.service"))?;
    let under = |path: String| root_dir.join(path.trim_start_matches('/'));
    let program = under(unit_setting(&unit, "ExecStart")?);
    let env_file = under(unit_setting(&unit, "EnvironmentFile")?);
    let working = under(unit_setting(&unit, "WorkingDirectory")?);
    let state = under(format!(
        "/var/lib/{}",
        unit_setting(&unit, "StateDirectory")?
    ));
    std::fs::create_dir_all(&state)?;
    std::fs::create_dir_all(&working)?;
    let child = Command::new(&program)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .envs(environment(&std::fs::read_to_string(env_file)?))
        .current_dir(working)
        .spawn()
        .with_context(|| format!("cannot start {}", program.display()))?;
    Ok(Running(child))
}

/// Caddy with the installed Caddyfile, on loopback ports, its certificates from its own authority
/// (`local_certs`, as `tls internal`) and its state in the temporary root.
fn start_caddy(root_dir: &Path, site: u16, http: u16, https: u16) -> Result<Running> {
    let state: PathBuf = root_dir.join("var/lib/caddy");
    std::fs::create_dir_all(&state)?;
    let config = root_dir.join("etc/caddy/test.Caddyfile");
    std::fs::write(
        &config,
        format!(
            "{{\n\tadmin off\n\thttp_port {http}\n\thttps_port {https}\n\tlocal_certs\n\tskip_install_trust\n\
             \tstorage file_system {state}\n}}\n\nimport {installed}\n",
            state = state.display(),
            installed = root_dir.join("etc/caddy/Caddyfile").display(),
        ),
    )?;
    // Its access log, a JSON line per request, is kept out of the test's output.
    let log = std::fs::File::create(root_dir.join("caddy.log"))?;
    let child = Command::new("caddy")
        .args(["run", "--adapter", "caddyfile", "--config"])
        .arg(&config)
        .stdout(log.try_clone()?)
        .stderr(log)
        .env("PIETEIKUMS_DOMAIN", format!("localhost:{https}"))
        .env("PIETEIKUMS_UPSTREAM", format!("127.0.0.1:{site}"))
        .env("HOME", &state)
        .env("XDG_DATA_HOME", &state)
        .env("XDG_CONFIG_HOME", &state)
        .spawn()
        .context("cannot start caddy")?;
    Ok(Running(child))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_environment_file_is_read_as_systemd_reads_it() {
        let pairs =
            environment("# comment\nA=1\n\nMAIL_FROM=Pieteikums <noreply@x.lv>\nA=2\nB=\"q\"\n");
        assert_eq!(
            pairs,
            [
                (
                    "MAIL_FROM".to_owned(),
                    "Pieteikums <noreply@x.lv>".to_owned()
                ),
                ("A".to_owned(), "2".to_owned()),
                ("B".to_owned(), "q".to_owned()),
            ]
        );
    }

    #[test]
    fn the_deployed_unit_names_what_the_test_starts() {
        let unit = std::fs::read_to_string(root().join("deploy/pieteikums.service")).unwrap();
        assert_eq!(
            unit_setting(&unit, "ExecStart").unwrap(),
            "/opt/pieteikums/bin/server"
        );
        assert_eq!(
            unit_setting(&unit, "EnvironmentFile").unwrap(),
            "/etc/pieteikums/env"
        );
        assert_eq!(unit_setting(&unit, "ProtectSystem").unwrap(), "strict");
        assert_eq!(unit_setting(&unit, "NoNewPrivileges").unwrap(), "yes");
    }
}
