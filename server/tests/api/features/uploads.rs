//! The signed scan and supporting documents: checked by content and size, stored with checksums,
//! readable only by the city and the Commission.

use crate::features::applications::{add_applicant, load, signed_in, start};
use crate::helpers::{spawn_app, TestApp, APPLICANT, REVIEWER};
use sea_orm::{ActiveModelTrait, EntityTrait};
use serde_json::Value;
use server::storage::entities::{applications, attachments, enums};
use sha2::{Digest, Sha256};

/// The start of a real PDF file: enough for a content check.
pub fn pdf(size: usize) -> Vec<u8> {
    let mut bytes =
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec();
    bytes.resize(size.max(bytes.len()), b' ');
    bytes
}

pub async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    kind: &str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let folder = format!("/files/applications/{id}");
    upload_to(app, client, &folder, kind, name, bytes).await
}

/// Uploads a file of `kind` to the form whose files are at `folder`, as the attachments page posts.
pub async fn upload_to(
    app: &TestApp,
    client: &reqwest::Client,
    folder: &str,
    kind: &str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    let form = reqwest::multipart::Form::new()
        .text("kind", kind.to_owned())
        .part("file", part);
    client
        .post(app.url(folder))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

pub fn location(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), 303, "uploads answer with a redirect");
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// The files stored on disk, leaving out the demo's signed scans of the applications it submits.
async fn files_on_disk(app: &TestApp) -> usize {
    match std::fs::read_dir(app.data_dir.path().join("uploads")) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter(|entry| !entry.file_name().to_string_lossy().starts_with("demo-"))
            .count(),
        Err(_) => 0,
    }
}

/// The attachments of application `id`.
async fn files_of(app: &TestApp, id: i64) -> Vec<attachments::Model> {
    use sea_orm::{ColumnTrait, QueryFilter};
    attachments::Entity::find()
        .filter(attachments::Column::ApplicationId.eq(id as i32))
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_signed_scan_is_stored_with_its_checksum_and_only_the_city_and_the_commission_read_it() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    let scan = pdf(200_000);
    let response = upload(
        &app,
        &client,
        id,
        "signed",
        "C:\\scans\\Valmiera parakstīts.pdf",
        scan.clone(),
    )
    .await;
    assert_eq!(
        location(&response),
        format!("/lv/apply/{id}/attachments?uploaded=1")
    );

    let draft: Value = load(&app, &client, id).await.json().await.unwrap();
    let file = &draft["attachments"][0];
    assert_eq!(file["kind"], "SignedApplication");
    assert_eq!(file["file_name"], "Valmiera parakstīts.pdf");
    assert_eq!(file["content_type"], "application/pdf");
    assert_eq!(file["size_bytes"], 200_000);
    assert_eq!(file["sha256"], hex::encode(Sha256::digest(&scan)));
    assert_eq!(file["uploaded_by"], "Anna Bērziņa");

    let url = app.url(&format!("/files/attachments/{}", file["id"]));
    let download = client.get(&url).send().await.unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    let disposition = download.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition.contains("filename*=UTF-8''Valmiera%20parakst%C4%ABts%2Epdf"),
        "{disposition}"
    );
    assert_eq!(download.bytes().await.unwrap().to_vec(), scan);

    // Shown in a frame of the site's own pages, and only there.
    let view = format!("{url}/view");
    let shown = client.get(&view).send().await.unwrap();
    assert_eq!(shown.status(), 200);
    assert_eq!(shown.headers()["content-type"], "application/pdf");
    assert_eq!(shown.headers()["content-disposition"], "inline");
    assert_eq!(shown.headers()["x-frame-options"], "SAMEORIGIN");
    assert_eq!(
        shown.headers()["content-security-policy"],
        "frame-ancestors 'self'"
    );
    assert_eq!(shown.headers()["x-content-type-options"], "nosniff");
    assert_eq!(shown.bytes().await.unwrap().to_vec(), scan);
    let page = client.get(app.url("/lv/apply")).send().await.unwrap();
    assert_eq!(
        page.headers()["x-frame-options"],
        "DENY",
        "pages never framed"
    );

    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(reviewer.get(&url).send().await.unwrap().status(), 200);
    assert_eq!(reviewer.get(&view).send().await.unwrap().status(), 200);
    add_applicant(&app, "ventspils@x.lv", "Ilga Ventere", "Ventspils").await;
    let ventspils = signed_in(&app, "ventspils@x.lv").await;
    assert_eq!(ventspils.get(&url).send().await.unwrap().status(), 404);
    let hidden = ventspils.get(&view).send().await.unwrap();
    assert_eq!(hidden.status(), 404);
    assert_eq!(hidden.headers()["x-frame-options"], "DENY");
    let anonymous = app.client().get(&url).send().await.unwrap();
    assert_eq!(anonymous.status(), 303, "a visitor is sent to sign in");
    let anonymous = app.client().get(&view).send().await.unwrap();
    assert_eq!(anonymous.status(), 303);
    let stolen = upload(&app, &ventspils, id, "supporting", "x.pdf", pdf(100)).await;
    assert_eq!(
        stolen.status(),
        404,
        "another city's application is not found"
    );
}

#[tokio::test]
async fn files_are_checked_by_content_and_size_and_refusals_store_nothing() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;

    let html = upload(
        &app,
        &client,
        id,
        "signed",
        "scan.pdf",
        b"<html><script>alert(1)</script></html>".to_vec(),
    )
    .await;
    assert_eq!(
        location(&html),
        format!("/lv/apply/{id}/attachments?problem=wrong-type")
    );
    let too_large = upload(
        &app,
        &client,
        id,
        "signed",
        "big.pdf",
        pdf(10 * 1024 * 1024 + 1),
    )
    .await;
    assert_eq!(
        location(&too_large),
        format!("/lv/apply/{id}/attachments?problem=too-large")
    );
    let empty = upload(&app, &client, id, "signed", "empty.pdf", Vec::new()).await;
    assert_eq!(
        location(&empty),
        format!("/lv/apply/{id}/attachments?problem=no-file")
    );
    let no_kind = upload(&app, &client, id, "passport", "scan.pdf", pdf(100)).await;
    assert_eq!(
        location(&no_kind),
        format!("/lv/apply/{id}/attachments?problem=no-kind")
    );
    assert!(files_of(&app, id).await.is_empty());
    assert_eq!(files_on_disk(&app).await, 0);

    // A PNG named .pdf is a PNG: the content decides.
    let png =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec();
    let response = upload(&app, &client, id, "supporting", "photo.pdf", png).await;
    assert!(location(&response).ends_with("?uploaded=1"));
    let stored = files_of(&app, id).await;
    assert_eq!(stored[0].content_type, "image/png");
    assert_eq!(files_on_disk(&app).await, 1);
}

#[tokio::test]
async fn files_can_be_removed_until_the_application_is_submitted() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    upload(&app, &client, id, "supporting", "plan.pdf", pdf(1_000)).await;
    upload(&app, &client, id, "supporting", "report.pdf", pdf(2_000)).await;
    let stored = files_of(&app, id).await;
    assert_eq!(files_on_disk(&app).await, 2);

    let removed = app
        .post_form(
            &client,
            &format!("/files/attachments/{}/delete", stored[0].id),
            &[],
        )
        .await;
    assert_eq!(removed.status(), 303);
    assert_eq!(files_of(&app, id).await.len(), 1);
    assert_eq!(files_on_disk(&app).await, 1, "the file went with its row");

    applications::ActiveModel {
        id: sea_orm::ActiveValue::Set(id as i32),
        status: sea_orm::ActiveValue::Set(enums::ApplicationStatus::Submitted),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    let late = upload(&app, &client, id, "signed", "scan.pdf", pdf(100)).await;
    assert_eq!(
        location(&late),
        format!("/lv/apply/{id}/attachments?problem=locked")
    );
    let late_removal = app
        .post_form(
            &client,
            &format!("/files/attachments/{}/delete", stored[1].id),
            &[],
        )
        .await;
    assert_eq!(late_removal.status(), 409);
    assert_eq!(files_on_disk(&app).await, 1);
}

#[tokio::test]
async fn a_file_name_neither_climbs_out_of_the_uploads_folder_nor_breaks_the_download_header() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    let sent = upload(
        &app,
        &client,
        id,
        "signed",
        "../..\\../etc/plan\"; x=\"y.pdf",
        pdf(2_000),
    )
    .await;
    assert_eq!(
        location(&sent),
        format!("/lv/apply/{id}/attachments?uploaded=1"),
        "stored"
    );
    let stored = files_of(&app, id).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].file_name, "plan\"; x=\"y.pdf");
    assert!(
        stored[0]
            .storage_key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'),
        "{}",
        stored[0].storage_key
    );
    assert_eq!(files_on_disk(&app).await, 1, "inside the uploads folder");

    let download = client
        .get(app.url(&format!("/files/attachments/{}", stored[0].id)))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    let disposition = download.headers()["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment; filename=\"plan__ x__y.pdf\"; filename*=UTF-8''"),
        "{disposition}"
    );
    assert_eq!(download.bytes().await.unwrap().len(), 2_000);
}
