//! `server backup` while the server runs, `server restore` into a fresh database and uploads folder:
//! every row and every file comes back the same, on SQLite and on PostgreSQL.

use crate::features::applications::{signed_in, start};
use crate::helpers::{postgres_database, spawn_app_with, APPLICANT};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, FromQueryResult, JsonValue};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Runs the server binary's `command` on `database_url` and `uploads`, and fails unless it succeeds.
fn server_command(command: &str, folder: &Path, database_url: &str, uploads: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .args([command])
        .arg(folder)
        .env("DATABASE_URL", database_url)
        .env("PIETEIKUMS_UPLOAD_DIR", uploads)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "server {command}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every row of every table, in key order, as JSON.
async fn everything(db: &DatabaseConnection) -> BTreeMap<String, Vec<JsonValue>> {
    let backend = db.get_database_backend();
    let tables = match backend {
        DbBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        }
        _ => {
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
        }
    };
    let mut rows = BTreeMap::new();
    for table in db
        .query_all(sea_orm::Statement::from_string(backend, tables))
        .await
        .unwrap()
    {
        let name: String = table.try_get("", "name").unwrap();
        let all = JsonValue::find_by_statement(sea_orm::Statement::from_string(
            backend,
            format!("SELECT * FROM \"{name}\" ORDER BY 1"),
        ))
        .all(db)
        .await
        .unwrap();
        rows.insert(name, all);
    }
    rows
}

/// Each file under `folder` by its path inside it, with its bytes.
fn files(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(next) = pending.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(folder).unwrap().display().to_string();
                found.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    found
}

/// Backs up a running demo server on `database_url`, restores into `restored_url`, and compares.
async fn backup_and_restore(database_url: String, restored_url: String) {
    let url = database_url.clone();
    let app = spawn_app_with(move |settings| settings.database_url = url).await;
    let valmiera = signed_in(&app, APPLICANT).await;
    start(&app, &valmiera).await;
    let uploads = app.data_dir.path().join("uploads");
    let before = everything(&app.db).await;
    let stored_files = files(&uploads);
    assert!(
        !stored_files.is_empty(),
        "the demo's attachments are stored"
    );

    let backup = tempfile::tempdir().unwrap();
    let folder = backup.path().join("2027-04-30");
    server_command("backup", &folder, &database_url, &uploads);
    let restored_uploads = tempfile::tempdir().unwrap();
    server_command("restore", &folder, &restored_url, restored_uploads.path());

    let restored = server::storage::connect(&restored_url).await.unwrap();
    let after = everything(&restored).await;
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (table, rows) in &before {
        assert_eq!(rows, &after[table], "{table}");
    }
    assert!(before["applications"].len() > 1);
    assert_eq!(files(restored_uploads.path()), stored_files);
}

#[tokio::test]
async fn a_sqlite_backup_taken_while_serving_restores_every_row_and_file() {
    let folder = tempfile::tempdir().unwrap();
    let source = format!("sqlite://{}", folder.path().join("live.sqlite").display());
    let target = format!(
        "sqlite://{}",
        folder.path().join("restored/p.sqlite").display()
    );
    backup_and_restore(source, target).await;
}

#[tokio::test]
async fn a_postgresql_backup_restores_every_row_and_file_into_a_new_database() {
    backup_and_restore(postgres_database().await, postgres_database().await).await;
}

#[tokio::test]
async fn restoring_from_a_folder_without_a_backup_changes_nothing() {
    let empty = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let database = data.path().join("p.sqlite");
    let uploads = data.path().join("uploads");
    std::fs::create_dir_all(&uploads).unwrap();
    std::fs::write(uploads.join("kept.pdf"), b"%PDF").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("restore")
        .arg(empty.path())
        .env("DATABASE_URL", format!("sqlite://{}", database.display()))
        .env("PIETEIKUMS_UPLOAD_DIR", &uploads)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("holds no SQLite backup"));
    assert!(!database.exists());
    assert_eq!(std::fs::read(uploads.join("kept.pdf")).unwrap(), b"%PDF");
}
