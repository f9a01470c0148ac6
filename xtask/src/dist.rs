//! `cargo xtask dist`: one folder to copy to a server, and a `.tar.gz` of it. The release binary, the
//! site's files (precompressed), the PDF fonts' licence, the deployment files and INSTALL.md; the same
//! release build the tests run, so what was tested is what is shipped.

use crate::{build_frontend, build_server, root, status, tools};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The files of `deploy/` that go into the folder's `deploy/`.
const DEPLOY_FILES: [&str; 5] = [
    "pieteikums.service",
    "pieteikums-backup.service",
    "pieteikums-backup.timer",
    "env",
    "Caddyfile",
];

/// Builds everything and lays the folder out; returns the folder.
pub fn dist() -> Result<PathBuf> {
    tools::ensure_build_tools()?;
    build_frontend()?;
    build_server()?;
    package()
}

/// Lays out the folder and its archive from what is already built.
pub fn package() -> Result<PathBuf> {
    let binary = root().join("target/release/server");
    let version = version_of(&binary)?;
    let name = format!("pieteikums-{version}");
    let out = root().join("target/dist");
    let folder = out.join(&name);
    if folder.exists() {
        std::fs::remove_dir_all(&folder)?;
    }
    std::fs::create_dir_all(folder.join("bin"))?;
    std::fs::copy(&binary, folder.join("bin/server"))?;
    // Debug information is a third of the binary; the symbols stay, so that a backtrace names functions.
    status(
        Command::new("strip")
            .arg("--strip-debug")
            .arg(folder.join("bin/server")),
    )?;
    copy_tree(&root().join("target/site"), &folder.join("site"))?;
    copy_tree(&root().join("server/fonts"), &folder.join("fonts"))?;
    std::fs::create_dir_all(folder.join("deploy"))?;
    for file in DEPLOY_FILES {
        std::fs::copy(
            root().join("deploy").join(file),
            folder.join("deploy").join(file),
        )
        .with_context(|| format!("cannot copy deploy/{file}"))?;
    }
    std::fs::copy(root().join("deploy/INSTALL.md"), folder.join("INSTALL.md"))?;
    std::fs::write(folder.join("VERSION"), format!("{version}\n"))?;
    let archive = out.join(format!("{name}.tar.gz"));
    status(
        Command::new("tar")
            .args(["--create", "--gzip", "--owner=0", "--group=0", "--file"])
            .arg(&archive)
            .arg("--directory")
            .arg(&out)
            .arg(&name),
    )?;
    println!("\n{}\n{}", folder.display(), archive.display());
    Ok(folder)
}

/// "0.1.0-1a2b3c4d5e6f" from the binary's `--version`.
fn version_of(binary: &Path) -> Result<String> {
    let output = Command::new(binary)
        .arg("--version")
        .output()
        .with_context(|| format!("cannot run {}", binary.display()))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut words = text.split_whitespace();
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some("pieteikums"), Some(version), Some("(commit"), Some(commit)) => {
            Ok(format!("{version}-{}", commit.trim_end_matches(')')))
        }
        _ => bail!("unexpected `server --version`: {text}"),
    }
}

/// The commit being built, with `-modified` when the working tree differs from it; what
/// `server --version` names.
pub fn commit() -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(root())
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
    };
    match git(&["rev-parse", "--short=12", "HEAD"]) {
        Some(commit) if git(&["status", "--porcelain"]).is_some_and(|s| s.is_empty()) => commit,
        Some(commit) => format!("{commit}-modified"),
        None => "unknown".to_owned(),
    }
}

/// Copies `from` into `to`, folders and all.
pub fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in
        std::fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))?
    {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("cannot copy {}", entry.path().display()))?;
        }
    }
    Ok(())
}
