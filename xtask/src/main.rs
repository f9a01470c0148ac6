//! Developer commands: `cargo xtask run` serves the app with demo data, `cargo xtask test` runs every
//! test. Both install what is missing first, and skip what is already there. `cargo xtask layers`
//! checks the server's import rule alone, and `cargo xtask production` the built release installed
//! behind Caddy alone (`cargo xtask test` does both). `cargo xtask dist` builds the release.

mod bench;
mod dist;
mod layers;
mod postgres;
mod production;
mod tools;

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode};
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(),
        Some("test") => test(),
        Some("bench") => bench::bench(),
        Some("dist") => dist::dist().map(|_| ()),
        Some("production") => production::check(),
        Some("layers") => check_layers(),
        _ => {
            eprintln!("usage: cargo xtask run | test | bench | dist | production | layers");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Fails naming every import across the server's layers and every import cycle in the server and in
/// xtask (see `layers.rs`).
fn check_layers() -> Result<()> {
    let mut problems = Vec::new();
    for (crate_name, layers) in [("server", layers::SERVER), ("xtask", &[][..])] {
        let src = root().join(crate_name).join("src");
        problems.extend(
            layers::check(&src, layers)?
                .into_iter()
                .map(|problem| format!("{crate_name}: {problem}")),
        );
    }
    if !problems.is_empty() {
        bail!("the layering rule is broken:\n  {}", problems.join("\n  "));
    }
    println!("layers and imports: as the rule says");
    Ok(())
}

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Runs `command` (in the workspace root unless it names a folder) and fails unless it succeeds.
fn status(command: &mut Command) -> Result<()> {
    if command.get_current_dir().is_none() {
        command.current_dir(root());
    }
    let shown = format!("{command:?}");
    let status = command
        .status()
        .with_context(|| format!("cannot start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed with {status}");
    }
    Ok(())
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

/// Cargo for the server's release build: tells the binary which commit it is built from. Every build
/// of it goes through here, so that the value, and so the binary, stays the same between them.
fn server_cargo() -> Command {
    static COMMIT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let mut command = cargo();
    command.env("PIETEIKUMS_COMMIT", COMMIT.get_or_init(dist::commit));
    command
}

/// Timed phases, printed as a table at the end.
struct Timings(Vec<(&'static str, Duration)>);

impl Timings {
    fn phase<T>(&mut self, name: &'static str, work: impl FnOnce() -> Result<T>) -> Result<T> {
        println!("\n==> {name}");
        let start = Instant::now();
        let result = work();
        self.0.push((name, start.elapsed()));
        result
    }

    fn print(&self) {
        println!("\nTimings:");
        for (name, took) in &self.0 {
            println!("  {name:<40} {:>7.1} s", took.as_secs_f64());
        }
    }
}

/// The bundle's standard library is compiled with it rather than taken prebuilt, so that panics stop
/// the module at once instead of formatting a message, and carry no source locations: together
/// about 25 KB (7 %) less to send to a phone (README, Performance). A panic in an island is a bug
/// that the journeys catch either way; the browser then reports it as `unreachable` without the
/// message. These are unstable compiler options, enabled for this one build by `RUSTC_BOOTSTRAP`.
const BUNDLE_STD: &str = "-Zbuild-std=std,panic_abort";
/// Replaces `[build] rustflags` of `.cargo/config.toml` for this build, so it repeats them.
const BUNDLE_RUSTFLAGS: &[&str] = &[
    "--cfg",
    "erase_components",
    "-Zlocation-detail=none",
    "-Zunstable-options",
    "-Cpanic=immediate-abort",
];

/// The WASM bundle, its JS glue and styles, built for release by cargo-leptos into `target/site`.
/// One module for every page: split into lazily loaded chunks, the pages' islands came as up to 243
/// files, a waterfall of round trips on a phone (README, Performance). The folder is emptied first,
/// so that files of an earlier build are neither served nor counted. The files then move into
/// `pkg/{hash of their content}/`: the server serves that folder as never changing, and a new build
/// has a new address, so no browser keeps an old bundle after an upgrade.
fn build_frontend() -> Result<()> {
    let pkg = root().join("target/site/pkg");
    if pkg.exists() {
        std::fs::remove_dir_all(&pkg).with_context(|| format!("cannot empty {}", pkg.display()))?;
    }
    let mut build = cargo();
    build.args(["leptos", "build", "--release", "--frontend-only"]);
    if tools::ensure_std_source() {
        build
            .arg(format!("--lib-cargo-args={BUNDLE_STD}"))
            .env("RUSTFLAGS", BUNDLE_RUSTFLAGS.join(" "))
            .env("RUSTC_BOOTSTRAP", "1");
    }
    status(&mut build)?;
    let versioned = pkg.join(content_hash(&pkg)?);
    let entries: Vec<PathBuf> = std::fs::read_dir(&pkg)?
        .map(|entry| Ok(entry?.path()))
        .collect::<Result<_>>()?;
    std::fs::create_dir(&versioned)?;
    // The files and wasm-bindgen's `snippets/` folder, which the JS glue imports from beside itself.
    for entry in &entries {
        std::fs::rename(
            entry,
            versioned.join(entry.file_name().context("a file has no name")?),
        )?;
    }
    precompress(&files_in(&versioned)?)
}

/// The built bundle's folder, `target/site/pkg/{hash}`.
fn bundle() -> Result<PathBuf> {
    let pkg = root().join("target/site/pkg");
    let mut folders = std::fs::read_dir(&pkg)
        .with_context(|| format!("{} was not built", pkg.display()))?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.is_dir());
    match (folders.next(), folders.next()) {
        (Some(folder), None) => Ok(folder),
        _ => bail!("{} should hold one bundle folder", pkg.display()),
    }
}

/// The files in `folder` and the folders below it, by path.
fn files_in(folder: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(files_in(&path)?);
        } else if path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The first 16 hex digits of the SHA-256 of the paths (below `folder`) and contents of its files.
fn content_hash(folder: &Path) -> Result<String> {
    let mut hasher = Sha256::new();
    for file in files_in(folder)? {
        let name = file.strip_prefix(folder)?;
        hasher.update(name.as_os_str().as_encoded_bytes());
        hasher.update([0]);
        hasher.update(std::fs::read(&file)?);
    }
    let digest = hasher.finalize();
    Ok(digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

/// Writes `name.br` next to each of the bundle's files, at brotli's best quality, which the server sends
/// to browsers that accept it: compressed once here rather than on every request. Without the `brotli`
/// tool the server compresses the files as it sends them, at a faster, lower quality.
fn precompress(files: &[PathBuf]) -> Result<()> {
    if !tools::which("brotli") {
        println!("note: the brotli tool is missing, so the bundle is not precompressed");
        return Ok(());
    }
    for file in files {
        let compressible = file
            .extension()
            .and_then(|extension| extension.to_str())
            .is_some_and(|extension| matches!(extension, "wasm" | "js" | "css" | "json"));
        if compressible {
            status(
                Command::new("brotli")
                    .args(["-q", "11", "-k", "-f"])
                    .arg(file),
            )?;
        }
    }
    Ok(())
}

/// The packages and features of the one release build that serves `run`, the tests and the browser
/// tests alike, so that switching between `run` and `test` recompiles nothing.
const SERVER_BUILD: [&str; 7] = [
    "--release",
    "-p",
    "app",
    "-p",
    "server",
    "--features",
    "app/ssr",
];

/// Builds `target/release/server` together with the test binaries.
fn build_server() -> Result<()> {
    status(
        server_cargo()
            .arg("test")
            .args(SERVER_BUILD)
            .arg("--no-run"),
    )
}

fn run() -> Result<()> {
    tools::ensure_build_tools()?;
    build_frontend()?;
    build_server()?;
    let data = root().join("data");
    std::fs::create_dir_all(&data)?;
    let password = demo_password(&data)?;
    let address = std::env::var("LEPTOS_SITE_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    println!("\nServing on http://{address} (Ctrl-C stops)\n");
    status(
        Command::new(root().join("target/release/server"))
            .env("PIETEIKUMS_DEMO", "1")
            .env("PIETEIKUMS_DEMO_PASSWORD", &password)
            .env("LEPTOS_SITE_ROOT", root().join("target/site"))
            .env("LEPTOS_SITE_ADDR", &address),
    )
}

/// The demo password, chosen once per data folder so that it can be printed on every run.
fn demo_password(data: &Path) -> Result<String> {
    let file = data.join(".demo-password");
    if let Ok(password) = std::fs::read_to_string(&file) {
        return Ok(password.trim().to_owned());
    }
    let mut bytes = [0_u8; 9];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    let password: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(&file, &password)?;
    Ok(password)
}

fn test() -> Result<()> {
    let total = Instant::now();
    let mut timings = Timings(Vec::new());
    timings.phase("install missing tools", || {
        tools::ensure_build_tools()?;
        tools::ensure_test_tools()
    })?;
    timings.phase("cargo fmt --check", || {
        status(cargo().args(["fmt", "--all", "--", "--check"]))
    })?;
    timings.phase("layers and import cycles (server, xtask)", || {
        status(cargo().args(["test", "-p", "xtask", "--quiet"]))?;
        check_layers()
    })?;
    timings.phase("clippy (server, browser, xtask)", || {
        status(cargo().args([
            "clippy",
            "--release",
            "-p",
            "server",
            "-p",
            "app",
            "--features",
            "app/ssr",
            "--tests",
            "--benches",
            "--",
            "-D",
            "warnings",
        ]))?;
        status(cargo().args([
            "clippy",
            "--release",
            "-p",
            "frontend",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]))?;
        status(cargo().args(["clippy", "-p", "xtask", "--", "-D", "warnings"]))
    })?;
    timings.phase("cargo deny", deny)?;
    timings.phase("build the WASM frontend (cargo-leptos)", build_frontend)?;
    bench::report_bundle_size()?;
    timings.phase("build the server and the tests", build_server)?;
    // The second cluster is the one a test restarts: the tests using the first go on meanwhile.
    let (database, restarted) = timings.phase("start PostgreSQL", || {
        Ok((
            postgres::TestPostgres::start()?,
            postgres::TestPostgres::start()?,
        ))
    })?;
    timings.phase("unit and integration tests", || {
        status(
            server_cargo()
                .arg("test")
                .args(SERVER_BUILD)
                .env("PIETEIKUMS_TEST_POSTGRES_URL", database.url())
                .env("PIETEIKUMS_TEST_RESTARTED_POSTGRES_URL", restarted.url())
                .env(
                    "PIETEIKUMS_TEST_RESTART_POSTGRES",
                    restarted.restart_command(),
                ),
        )
    })?;
    drop((database, restarted));
    timings.phase("Playwright journeys (desktop and phones)", playwright)?;
    timings.phase(
        "the release installed behind Caddy (HTTPS, HTTP/2)",
        production::check,
    )?;
    timings.print();
    println!("  {:<40} {:>7.1} s", "total", total.elapsed().as_secs_f64());
    Ok(())
}

/// Licences, banned and duplicated crates, and where crates come from, as `deny.toml` says; security
/// advisories too when RustSec's database can be fetched, or against the copy fetched before (it lives
/// on GitHub, which a machine that reaches only the package registries cannot reach; with no copy
/// either, this says so and checks the rest).
fn deny() -> Result<()> {
    let mut check = cargo();
    check.args(["deny", "--workspace"]);
    let mut checks = vec!["bans", "licenses", "sources"];
    if status(cargo().args(["deny", "fetch", "db"])).is_ok() {
        checks.push("advisories");
    } else if let Some(day) = tools::advisory_db_copy() {
        println!("note: the advisory database is out of reach; advisories are checked against the copy of {day}");
        check.arg("--offline");
        checks.push("advisories");
    } else {
        println!("note: the advisory database is out of reach; advisories are not checked");
    }
    // Each duplicate's graph of who pulls it in runs to thousands of lines; `cargo deny check` without
    // this flag shows them when one is wanted.
    status(check.args(["check", "--hide-inclusion-graph"]).args(checks))
}

/// A server started for the browser tests on a free port with a fresh demo database.
struct TestServer {
    child: Child,
    _data: TempFolder,
    url: String,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A folder under the system's temporary directory, removed on drop.
pub struct TempFolder(pub PathBuf);

impl TempFolder {
    pub fn new(prefix: &str) -> Result<Self> {
        let mut bytes = [0_u8; 6];
        std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
        let name: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let path = std::env::temp_dir().join(format!("{prefix}-{name}"));
        std::fs::create_dir_all(&path)?;
        Ok(TempFolder(path))
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl TestServer {
    fn start() -> Result<Self> {
        let data = TempFolder::new("pieteikums-e2e")?;
        let port = free_port()?;
        let binary = root().join("target/release/server");
        let child = Command::new(&binary)
            .env("PIETEIKUMS_DATA_DIR", &data.0)
            .env("PIETEIKUMS_DEMO", "1")
            .env("PIETEIKUMS_DEMO_PASSWORD", E2E_PASSWORD)
            .env("LEPTOS_SITE_ROOT", root().join("target/site"))
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .spawn()
            .with_context(|| format!("cannot start {}", binary.display()))?;
        let server = TestServer {
            child,
            _data: data,
            url: format!("http://127.0.0.1:{port}"),
        };
        wait_for(&format!("the test server on port {port}"), || healthy(port))?;
        Ok(server)
    }
}

/// Waits up to 30 s until `ready` says yes; fails naming `what`.
fn wait_for(what: &str, ready: impl Fn() -> bool) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !ready() {
        if Instant::now() > deadline {
            bail!("{what} was not ready after 30 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// The demo password the browser tests sign in with.
const E2E_PASSWORD: &str = "playwright demo password";

pub fn healthy(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream
        .write_all(b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.0 200")
}

fn playwright() -> Result<()> {
    let server = TestServer::start()?;
    status(
        Command::new("npx")
            .args(["playwright", "test"])
            .current_dir(root().join("end2end"))
            .env("BASE_URL", &server.url)
            .env("DEMO_PASSWORD", E2E_PASSWORD)
            .env("SERVER_BINARY", root().join("target/release/server"))
            .env("SITE_ROOT", root().join("target/site")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_name_follows_every_file_name_and_content_below_it() -> Result<()> {
        let folder = TempFolder::new("pieteikums-hash")?;
        let write = |name: &str, content: &str| std::fs::write(folder.0.join(name), content);
        write("pieteikums.js", "glue")?;
        write("pieteikums.wasm", "module")?;
        let first = content_hash(&folder.0)?;
        assert_eq!(first.len(), 16);
        assert!(first.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(content_hash(&folder.0)?, first);

        write("pieteikums.wasm", "module 2")?;
        let changed = content_hash(&folder.0)?;
        assert_ne!(changed, first);

        std::fs::rename(folder.0.join("pieteikums.js"), folder.0.join("other.js"))?;
        let renamed = content_hash(&folder.0)?;
        assert_ne!(renamed, changed);

        std::fs::create_dir(folder.0.join("snippets"))?;
        write("snippets/translations.js", "fetch")?;
        assert_ne!(content_hash(&folder.0)?, renamed);
        Ok(())
    }
}
