//! The uploads folder: the city's files, the printed forms kept for the mails that carry them, and the
//! Commission's endorsements, each under its storage key.

use std::path::Path;

/// Writes `bytes` as `folder/key`: under a temporary name first, then renamed, so that a crash never
/// leaves half a file in place.
pub async fn write(folder: &Path, key: &str, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(folder).await?;
    let partial = folder.join(format!("{key}.partial"));
    tokio::fs::write(&partial, bytes).await?;
    tokio::fs::rename(&partial, folder.join(key)).await
}

/// Removes `folder/key`; one already gone counts as removed.
pub async fn remove(folder: &Path, key: &str) -> std::io::Result<()> {
    match tokio::fs::remove_file(folder.join(key)).await {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}
