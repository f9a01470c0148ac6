//! `server backup FOLDER` and `server restore FOLDER`: the database and the uploaded files together,
//! since neither is whole without the other. SQLite is copied online with `VACUUM INTO` (a consistent
//! snapshot while the server keeps serving); PostgreSQL with `pg_dump` and `pg_restore`, which must be
//! on the PATH (Debian's postgresql-client).

use crate::configuration::Settings;
use crate::storage;
use anyhow::{bail, Context};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use std::path::{Path, PathBuf};
use std::process::Command;

const SQLITE_FILE: &str = "database.sqlite";
const POSTGRES_FILE: &str = "database.pgdump";
const UPLOADS: &str = "uploads";

/// Writes the database and the uploads into `folder`, which must not exist yet or be empty.
pub async fn backup(settings: &Settings, folder: &Path) -> anyhow::Result<()> {
    if folder.exists() && folder.read_dir()?.next().is_some() {
        bail!("{} is not empty; choose a new folder", folder.display());
    }
    std::fs::create_dir_all(folder)
        .with_context(|| format!("cannot create {}", folder.display()))?;
    match sqlite_path(&settings.database_url) {
        Some(_) => {
            let db = storage::open(&settings.database_url).await?;
            let target = folder.join(SQLITE_FILE);
            let quoted = target.display().to_string().replace('\'', "''");
            db.execute(Statement::from_string(
                DbBackend::Sqlite,
                format!("VACUUM INTO '{quoted}'"),
            ))
            .await
            .context("SQLite could not write the copy")?;
            db.close().await?;
        }
        None => run(Command::new("pg_dump")
            .args(["--format=custom", "--no-owner", "--file"])
            .arg(folder.join(POSTGRES_FILE))
            .arg(format!("--dbname={}", settings.database_url)))?,
    }
    copy_folder(&settings.upload_dir, &folder.join(UPLOADS))
}

/// Replaces the database and the uploads with the backup in `folder`, then brings the database's
/// schema up to date. With SQLite the server must be stopped first.
pub async fn restore(settings: &Settings, folder: &Path) -> anyhow::Result<()> {
    match sqlite_path(&settings.database_url) {
        Some(target) => {
            let copy = folder.join(SQLITE_FILE);
            if !copy.is_file() {
                bail!("{} holds no SQLite backup", folder.display());
            }
            check_integrity(&copy).await?;
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let incoming = target.with_extension("restoring");
            std::fs::copy(&copy, &incoming)
                .with_context(|| format!("cannot write {}", incoming.display()))?;
            for stale in ["-wal", "-shm"] {
                let mut name = target.clone().into_os_string();
                name.push(stale);
                let _ = std::fs::remove_file(name);
            }
            std::fs::rename(&incoming, &target)
                .with_context(|| format!("cannot replace {}", target.display()))?;
        }
        None => {
            let copy = folder.join(POSTGRES_FILE);
            if !copy.is_file() {
                bail!("{} holds no PostgreSQL backup", folder.display());
            }
            run(Command::new("pg_restore")
                .args([
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                ])
                .arg(format!("--dbname={}", settings.database_url))
                .arg(copy))?;
        }
    }
    storage::connect(&settings.database_url)
        .await?
        .close()
        .await?;
    if settings.upload_dir.exists() {
        std::fs::remove_dir_all(&settings.upload_dir)
            .with_context(|| format!("cannot empty {}", settings.upload_dir.display()))?;
    }
    copy_folder(&folder.join(UPLOADS), &settings.upload_dir)
}

/// The file a SQLite URL names; `None` for PostgreSQL.
fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    Some(PathBuf::from(rest.split('?').next().unwrap_or(rest)))
}

async fn check_integrity(file: &Path) -> anyhow::Result<()> {
    let db = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", file.display())).await?;
    let verdict = db
        .query_one(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await?
        .map(|row| row.try_get_by_index::<String>(0))
        .transpose()?;
    db.close().await?;
    match verdict.as_deref() {
        Some("ok") => Ok(()),
        other => bail!("{} is damaged: {other:?}", file.display()),
    }
}

fn run(command: &mut Command) -> anyhow::Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let status = command
        .status()
        .with_context(|| format!("cannot run {program}; is it installed?"))?;
    if !status.success() {
        bail!("{program} failed with {status}");
    }
    Ok(())
}

/// Copies every file under `from` to the same place under `to`; a missing `from` copies nothing.
fn copy_folder(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    let Ok(entries) = std::fs::read_dir(from) else {
        return Ok(());
    };
    for entry in entries {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_folder(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("cannot copy {}", entry.path().display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file_and_postgresql_urls_none() {
        assert_eq!(
            sqlite_path("sqlite://data/pieteikums.sqlite"),
            Some(PathBuf::from("data/pieteikums.sqlite"))
        );
        assert_eq!(
            sqlite_path("sqlite:///srv/p.sqlite?mode=rwc"),
            Some(PathBuf::from("/srv/p.sqlite"))
        );
        assert_eq!(sqlite_path("postgres://app@127.0.0.1/p"), None);
    }
}
