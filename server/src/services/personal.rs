//! A person's copy of their data (GDPR article 15): one ZIP with everything stored about them as JSON
//! and the files they uploaded.

use super::errors::db_error;
use crate::storage;
use crate::storage::audit::record_event;
use crate::storage::begin_write;
use crate::storage::entities::users;
use app::error::AppError;
use app::model::{AuditKind, CurrentUser};
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};
use std::io::Write;
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// The name a file is kept under inside the ZIP: its id first, so that two files of one name stay
/// apart, and nothing that could climb out of the folder it is unpacked in.
fn entry_name(id: i32, file_name: &str) -> String {
    let safe: String = file_name
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    format!("files/{id}-{}", safe.trim_start_matches('.'))
}

/// The copy of everything stored about `reader`, with the name to save it under; recorded in the
/// audit log, as every copy given is.
pub async fn copy(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    uploads: &Path,
    reader: &CurrentUser,
) -> Result<(String, Vec<u8>), AppError> {
    let user: users::Model = users::Entity::find_by_id(reader.id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Unauthenticated)?;
    let mut sections = storage::personal::about(db, &user)
        .await
        .map_err(db_error)?;
    let counters = storage::rate_limits::read(db, &super::auth::account_keys(&user.email))
        .await
        .map_err(db_error)?;
    sections.push((
        "attempt_counters",
        counters
            .into_iter()
            .map(|(key, full_again_at)| serde_json::json!({ "key": key, "full_again_at": full_again_at }))
            .collect(),
    ));
    let files = storage::personal::uploads(db, user.id)
        .await
        .map_err(db_error)?;
    let data = serde_json::json!({
        "produced_at": now,
        "records": sections
            .into_iter()
            .map(|(name, rows)| (name.to_owned(), serde_json::Value::from(rows)))
            .collect::<serde_json::Map<_, _>>(),
    });
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let packing = |error: zip::result::ZipError| AppError::internal("personal-data-zip", &error);
    zip.start_file("data.json", options).map_err(packing)?;
    let json = serde_json::to_vec_pretty(&data)
        .map_err(|error| AppError::internal("personal-data-json", &error))?;
    zip.write_all(&json)
        .map_err(|error| AppError::internal("personal-data-zip", &error))?;
    for file in files {
        let bytes = tokio::fs::read(uploads.join(&file.storage_key))
            .await
            .map_err(|error| AppError::internal("attachment-read", &error))?;
        zip.start_file(entry_name(file.id, &file.file_name), options)
            .map_err(packing)?;
        zip.write_all(&bytes)
            .map_err(|error| AppError::internal("personal-data-zip", &error))?;
    }
    let bytes = zip.finish().map_err(packing)?.into_inner();
    let txn = begin_write(db).await.map_err(db_error)?;
    record_event(
        &*txn,
        now,
        Some(user.id),
        ("user", user.id),
        AuditKind::PersonalDataCopied,
        serde_json::json!({ "bytes": bytes.len() }),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok((
        format!("pieteikums-data-{}.zip", now.format("%Y-%m-%d")),
        bytes,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_name_in_the_copy_stays_inside_its_folder() {
        assert_eq!(entry_name(3, "../../etc/passwd"), "files/3-_.._etc_passwd");
        assert_eq!(
            entry_name(4, "Pieteikums C:\\scan.pdf"),
            "files/4-Pieteikums C__scan.pdf"
        );
        assert_eq!(entry_name(5, "parakstīts.pdf"), "files/5-parakstīts.pdf");
    }
}
