//! The bundle's files (the WASM, its JS glue and the styles), and the translations its islands speak.
//! `cargo xtask` builds the bundle into `pkg/{hash of their content}/`, so a file's address changes
//! whenever its content does: browsers may then keep each one for a year without asking again, and
//! still never run an old bundle after an upgrade. A bundle built otherwise (straight into `pkg/`) is
//! served without that promise. The translations are named by their text likewise.

use anyhow::{bail, Context};
use axum::http::{header, HeaderValue, Response, StatusCode, Uri};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use std::path::Path;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

const PKG: &str = "pkg";

/// What browsers are told about a file under a content-named folder.
const FOREVER: &str = "public, max-age=31536000, immutable";

/// The bundle's folder below `site_root`, as Leptos' `site_pkg_dir`: `pkg/{hash}` when the build
/// named one, `pkg` otherwise. More than one named folder is a mistake at install (an old bundle
/// left beside the new one), and which one matches this server cannot be told.
pub fn site_pkg_dir(site_root: &Path, output_name: &str) -> anyhow::Result<String> {
    let pkg = site_root.join(PKG);
    if !pkg.is_dir() || pkg.join(format!("{output_name}.js")).is_file() {
        return Ok(PKG.to_owned());
    }
    let mut named = Vec::new();
    for entry in
        std::fs::read_dir(&pkg).with_context(|| format!("cannot read {}", pkg.display()))?
    {
        let entry = entry?;
        if entry.path().is_dir() {
            named.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    named.sort();
    match named.as_slice() {
        [] => Ok(PKG.to_owned()),
        [hash] => Ok(format!("{PKG}/{hash}")),
        several => bail!(
            "{} holds more than one bundle ({}): keep only the one built with this server",
            pkg.display(),
            several.join(", ")
        ),
    }
}

/// Serves `site_root/pkg` at `/pkg`, brotli-compressed files where the build made them, and a
/// page's translations at the address its head names. With a content-named folder every file found
/// is marked to be kept; a miss is not.
pub fn routes<S: Clone + Send + Sync + 'static>(site_root: &Path, site_pkg_dir: &str) -> Router<S> {
    let files = ServeDir::new(site_root.join(PKG)).precompressed_br();
    let translations = Router::new().route("/translations/{file}", get(translations));
    let router = Router::new().nest_service(&format!("/{PKG}"), files);
    if site_pkg_dir == PKG {
        return router.merge(translations);
    }
    router
        .merge(translations)
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            |response: &Response<_>| {
                let status = response.status();
                (status.is_success() || status == StatusCode::NOT_MODIFIED)
                    .then(|| HeaderValue::from_static(FOREVER))
            },
        ))
}

/// The translations a page in one language gives its islands (`app::i18n::translations`).
async fn translations(uri: Uri) -> impl IntoResponse {
    match app::i18n::translations_at(uri.path()) {
        Some(text) => (
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, FOREVER),
            ],
            text,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        tempfile::tempdir().expect("a temporary folder")
    }

    #[test]
    fn a_bundle_built_into_pkg_itself_is_served_from_there() -> anyhow::Result<()> {
        let site = site();
        assert_eq!(site_pkg_dir(site.path(), "pieteikums")?, "pkg");
        std::fs::create_dir_all(site.path().join("pkg"))?;
        std::fs::write(site.path().join("pkg/pieteikums.js"), "glue")?;
        assert_eq!(site_pkg_dir(site.path(), "pieteikums")?, "pkg");
        Ok(())
    }

    #[test]
    fn a_content_named_folder_is_the_bundle() -> anyhow::Result<()> {
        let site = site();
        std::fs::create_dir_all(site.path().join("pkg/0123456789abcdef"))?;
        assert_eq!(
            site_pkg_dir(site.path(), "pieteikums")?,
            "pkg/0123456789abcdef"
        );
        Ok(())
    }

    #[test]
    fn two_bundles_stop_the_server_naming_both() -> anyhow::Result<()> {
        let site = site();
        std::fs::create_dir_all(site.path().join("pkg/aaaa"))?;
        std::fs::create_dir_all(site.path().join("pkg/bbbb"))?;
        let problem = site_pkg_dir(site.path(), "pieteikums")
            .expect_err("two bundles")
            .to_string();
        assert!(problem.contains("aaaa, bbbb"), "{problem}");
        Ok(())
    }
}
