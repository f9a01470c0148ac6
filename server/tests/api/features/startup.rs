//! The real binary, started as an operator would start it.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .env_clear()
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Runs the binary to its end and returns its exit code and what it wrote to stderr.
fn run_to_end(command: &mut Command) -> (Option<i32>, String) {
    let output = command.output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn an_unreachable_postgresql_is_one_line_and_exit_code_1() {
    let data = tempfile::tempdir().unwrap();
    let (code, stderr) = run_to_end(server().env("PIETEIKUMS_DATA_DIR", data.path()).env(
        "DATABASE_URL",
        "postgres://app:secret@127.0.0.1:1/pieteikums",
    ));
    assert_eq!(code, Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with(
            "pieteikums: cannot open the database at postgres://app:***@127.0.0.1:1/pieteikums"
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("secret"),
        "{stderr}"
    );
}

#[test]
fn a_data_folder_that_cannot_be_created_is_one_line_and_exit_code_1() {
    let (code, stderr) = run_to_end(server().env("PIETEIKUMS_DATA_DIR", "/proc/pieteikums-data"));
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot create the data folder /proc/pieteikums-data"),
        "{stderr}"
    );
}

#[test]
fn a_bad_setting_is_named_and_exit_code_1() {
    let (code, stderr) = run_to_end(server().env("LEPTOS_SITE_ADDR", "not an address"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("LEPTOS_SITE_ADDR"), "{stderr}");
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let data = tempfile::tempdir().unwrap();
    let mut child = server()
        .env("PIETEIKUMS_DATA_DIR", data.path())
        .env("RUST_LOG", "info")
        .env("LOG_FORMAT", "json")
        .spawn()
        .unwrap();
    // Wait for the structured "listening" line, which carries the port.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !std::fs::read_dir(data.path())
        .unwrap()
        .any(|e| e.unwrap().file_name() == "pieteikums.sqlite")
    {
        assert!(Instant::now() < deadline, "the database was never created");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(500));
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "still running 10 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(exit.code(), Some(0), "{stderr}");
    let logs = format!("{stdout}{stderr}");
    assert!(logs.contains("\"message\":\"listening\""), "{logs}");
    assert!(logs.contains("\"message\":\"shutting down\""), "{logs}");
}
