//! Installs the build and test tools that are missing, and only those.

use crate::{root, status};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

const CARGO_LEPTOS: &str = "0.3.10";
const CARGO_DENY: &str = "0.20.2";
/// Must equal the `wasm-bindgen` pin in Cargo.toml: cargo-leptos uses whichever one is on PATH.
const WASM_BINDGEN: &str = "0.2.130";

/// What `cargo xtask run` needs: the WASM target, cargo-leptos, wasm-bindgen and wasm-opt.
pub fn ensure_build_tools() -> Result<()> {
    add_to_path(&cargo_home().join("bin"));
    let targets = output(Command::new("rustup").args(["target", "list", "--installed"]))?;
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        status(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !output(Command::new("cargo").args(["leptos", "--version"]))
        .is_ok_and(|v| v.contains(CARGO_LEPTOS))
    {
        // Installed into the user's cargo folder, not the repository, so that fresh clones reuse it.
        status(Command::new("cargo").args([
            "install",
            "cargo-leptos",
            "--version",
            CARGO_LEPTOS,
            "--locked",
        ]))?;
    }
    if !output(Command::new("wasm-bindgen").arg("--version"))
        .is_ok_and(|v| v.contains(WASM_BINDGEN))
    {
        // Without --locked: its lockfile names a crate release the registry no longer serves.
        status(Command::new("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            WASM_BINDGEN,
            "--force",
        ]))?;
    }
    // wasm-opt comes from the npm package binaryen (Debian's is too old and breaks hydration).
    ensure_npm_packages()?;
    add_to_path(&root().join("end2end/node_modules/.bin"));
    Ok(())
}

/// Whether the toolchain's `rust-src` component is there, added if it is missing. A machine that
/// cannot fetch it still builds the bundle, from the prebuilt standard library, so this warns rather
/// than fails.
pub fn ensure_std_source() -> bool {
    let present = || {
        output(Command::new("rustc").args(["--print", "sysroot"])).is_ok_and(|sysroot| {
            Path::new(sysroot.trim())
                .join("lib/rustlib/src/rust/library/std")
                .is_dir()
        })
    };
    if present() {
        return true;
    }
    let added = status(Command::new("rustup").args(["component", "add", "rust-src"])).is_ok();
    if !(added && present()) {
        println!(
            "warning: no rust-src; the browser's bundle is built from the prebuilt standard \
             library and weighs about 25 KB (compressed) more"
        );
        return false;
    }
    true
}

/// What `cargo xtask test` needs on top: cargo-deny, and Chromium, PostgreSQL (with its client's
/// pg_dump and pg_restore), brotli, Caddy, curl and systemd's `systemd-analyze` from Debian.
pub fn ensure_test_tools() -> Result<()> {
    if !output(Command::new("cargo").args(["deny", "--version"]))
        .is_ok_and(|v| v.contains(CARGO_DENY))
    {
        status(Command::new("cargo").args([
            "install",
            "cargo-deny",
            "--version",
            CARGO_DENY,
            "--locked",
        ]))?;
    }
    let missing: Vec<&str> = [
        ("chromium", Path::new("/usr/bin/chromium").exists()),
        ("postgresql", postgres_program("initdb").is_some()),
        ("brotli", which("brotli")),
        ("caddy", which("caddy")),
        ("curl", which("curl")),
        ("systemd", which("systemd-analyze")),
    ]
    .into_iter()
    .filter(|(_, present)| !present)
    .map(|(package, _)| package)
    .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !is_root() {
        bail!(
            "please install these Debian packages first: {}",
            missing.join(" ")
        );
    }
    status(Command::new("apt-get").args(["update", "-q"]))?;
    status(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// `npm ci` in end2end/ when its packages are missing or older than the lockfile.
fn ensure_npm_packages() -> Result<()> {
    let folder = root().join("end2end");
    let installed = folder.join("node_modules/.package-lock.json");
    let lock = folder.join("package-lock.json");
    let fresh = match (modified(&installed), modified(&lock)) {
        (Some(installed), Some(lock)) => installed >= lock,
        _ => false,
    };
    if !fresh {
        status(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&folder),
        )?;
    }
    Ok(())
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn output(command: &mut Command) -> Result<String> {
    let output = command
        .output()
        .with_context(|| format!("cannot start {command:?}"))?;
    if !output.status.success() {
        bail!("{command:?} failed");
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A PostgreSQL program from Debian's versioned folder, the newest version first.
pub fn postgres_program(program: &str) -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    versions.sort();
    versions
        .into_iter()
        .rev()
        .map(|v| v.join("bin").join(program))
        .find(|p| p.is_file())
}

pub fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

pub fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_ok_and(|id| id.trim() == "0")
}

/// The day of the newest advisory in the copy of RustSec's database that `cargo deny` fetched on an
/// earlier run, if there is one.
pub fn advisory_db_copy() -> Option<String> {
    let copy = std::fs::read_dir(cargo_home().join("advisory-dbs"))
        .ok()?
        .filter_map(|entry| entry.ok())
        .find(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with("advisory-db-")
        })?
        .path();
    output(
        Command::new("git")
            .arg("-C")
            .arg(copy)
            .args(["show", "-s", "--format=%cs", "HEAD"]),
    )
    .ok()
    .map(|day| day.trim().to_owned())
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

/// Puts `dir` first on PATH for this process and the commands it starts.
fn add_to_path(dir: &Path) {
    let current = std::env::var_os("PATH").unwrap_or_default();
    let mut paths: Vec<PathBuf> = std::env::split_paths(&current).collect();
    if paths.first().map(PathBuf::as_path) != Some(dir) {
        paths.insert(0, dir.to_path_buf());
        if let Ok(joined) = std::env::join_paths(paths) {
            // Safe: xtask is single-threaded when it changes its environment.
            unsafe { std::env::set_var("PATH", joined) };
        }
    }
}
