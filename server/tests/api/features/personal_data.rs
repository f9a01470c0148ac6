//! A person's data under the GDPR: their copy of everything stored about them, and their erasure by
//! the Commission, after which no table holds their name, address or telephone number while the
//! board and the records they took part in still add up.

use super::applications::{add_applicant, save, signed_in, start};
use super::board::{application_of, board_json, desk, review, row};
use super::submission::{fill_everything, in_the_window, submit};
use super::uploads::pdf;
use crate::helpers::account;
use crate::helpers::{spawn_app, TestApp, PASSWORD, REVIEWER, SECRETARY};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::{json, Value};
use server::storage::entities::{events, password_tokens, users};
use std::io::Read;

/// Valmiera's coordinator, who is also the application's contact person.
const PERSON: &str = "ieva.kalnina@valmiera.lv";
const NAME: &str = "Ieva Kalniņa";
const PHONE: &str = "+371 26 123 456";
const EARLIER_NAME: &str = "Ieva Kalniņa-Ozola";

/// Valmiera's application filled and submitted by the person, who had changed her name once, and
/// reviewed by a reviewer; answers the person's signed-in client and the application.
async fn a_city_coordinator_with_a_history(app: &TestApp) -> (reqwest::Client, i64) {
    app.clock.set(in_the_window());
    add_applicant(app, PERSON, EARLIER_NAME, "Valmiera").await;
    let person = signed_in(app, PERSON).await;
    let renamed = app
        .post_form(
            &person,
            "/api/update_profile",
            &[("form[full_name]", NAME), ("form[language]", "lv")],
        )
        .await;
    assert_eq!(renamed.status(), 200);
    let id = start(app, &person).await;
    fill_everything(app, &person, id).await;
    let contact = json!({ "Contact": {
        "salutation": "ms", "surname": "Kalniņa", "first_name": "Ieva", "title": "Head of Education",
        "organisation": "", "address": "Lāčplēša iela 2, Valmiera", "postcode": "LV-4201",
        "phone": PHONE, "email": PERSON, "language": "en"
    } });
    assert_eq!(save(app, &person, id, 1, contact).await.status(), 200);
    assert_eq!(submit(app, &person, id).await.status(), 200);
    let reviewer = signed_in(app, REVIEWER).await;
    let reviewed = review(app, &reviewer, id as i32, "4", None, "submit").await;
    assert_eq!(reviewed.status(), 200);
    (person, id)
}

async fn download(app: &TestApp, client: &reqwest::Client) -> reqwest::Response {
    client
        .get(app.url("/files/my-data.zip"))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_persons_copy_holds_what_is_stored_about_them_and_their_files_without_secrets() {
    let app = spawn_app().await;
    let (person, id) = a_city_coordinator_with_a_history(&app).await;

    let response = download(&app, &person).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/zip");
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("pieteikums-data-2027-03-10.zip"));
    let bytes = response.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut text = String::new();
    zip.by_name("data.json")
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    assert!(!text.contains("password_hash") && !text.contains("$argon2"));
    let data: Value = serde_json::from_str(&text).unwrap();
    let records = &data["records"];
    assert_eq!(records["account"][0]["email"], PERSON);
    assert_eq!(records["account"][0]["full_name"], NAME);
    assert_eq!(records["applications_started"][0]["id"], id);
    let contact = records["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|answer| answer["section"] == "contact")
        .expect("the contact section she saved");
    assert!(contact["data"].to_string().contains(PHONE), "{contact}");
    let kinds: Vec<&str> = records["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|event| event["kind"].as_str())
        .collect();
    for kind in ["signed_in", "profile_changed", "application_submitted"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    assert!(
        !records["mails"].as_array().unwrap().is_empty(),
        "the submission's confirmation went to her"
    );
    let counters = records["attempt_counters"].as_array().unwrap();
    assert_eq!(counters.len(), 1, "her sign-ins were counted: {counters:?}");
    assert_eq!(
        counters[0]["key"].as_str().map(str::len),
        Some(64),
        "under a one-way key"
    );
    let file = &records["files_uploaded"][0];
    assert_eq!(file["file_name"], "signed.pdf");
    assert!(
        file.get("storage_key").is_none(),
        "where the site keeps it is its own"
    );
    let mut stored = Vec::new();
    zip.by_name(&format!("files/{}-signed.pdf", file["id"]))
        .unwrap()
        .read_to_end(&mut stored)
        .unwrap();
    assert_eq!(stored, pdf(4_000));

    // Each copy given is in the audit log; without a session there is none to give.
    let copies = events::Entity::find()
        .filter(events::Column::Kind.eq("personal_data_copied"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(copies.len(), 1);
    let stranger = download(&app, &app.client()).await;
    assert!(stranger.status().is_redirection());
    assert_eq!(stranger.headers()["location"], "/lv/login");
}

/// The first column of every row `sql` answers on the SQLite database, as text; empty for a NULL
/// and for bytes that are not text (the session store's records hold no names).
async fn texts(app: &TestApp, sql: String) -> Vec<Option<String>> {
    let statement = Statement::from_string(app.db.get_database_backend(), sql);
    let rows = app.db.query_all(statement).await.unwrap();
    rows.iter()
        .map(|row| row.try_get_by_index::<Option<String>>(0).ok().flatten())
        .collect()
}

/// Every table and column of the SQLite database in which `needle` occurs, whatever its case.
async fn where_found(app: &TestApp, needle: &str) -> Vec<String> {
    let needle = needle.to_lowercase();
    let sql = "SELECT name FROM sqlite_master WHERE type = 'table'".to_owned();
    let mut found = Vec::new();
    for table in texts(app, sql).await.into_iter().flatten() {
        let sql = format!("SELECT name FROM pragma_table_info('{table}')");
        for column in texts(app, sql).await.into_iter().flatten() {
            let sql = format!("SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\"");
            let values = texts(app, sql).await;
            if values
                .iter()
                .flatten()
                .any(|value| value.to_lowercase().contains(&needle))
            {
                found.push(format!("{table}.{column}"));
            }
        }
    }
    found
}

async fn erase(
    app: &TestApp,
    secretary: &reqwest::Client,
    id: i32,
    confirm: bool,
) -> reqwest::Response {
    let id = id.to_string();
    let mut form = vec![("id", id.as_str())];
    if confirm {
        form.push(("confirm", "yes"));
    }
    app.post_form(secretary, "/api/erase_account", &form).await
}

#[tokio::test]
async fn erasure_leaves_no_trace_of_the_person_and_the_records_still_add_up() {
    let app = spawn_app().await;
    let (person, id) = a_city_coordinator_with_a_history(&app).await;
    let before = account(&app, PERSON).await;
    for needle in [PERSON, NAME, PHONE, EARLIER_NAME] {
        assert!(
            !where_found(&app, needle).await.is_empty(),
            "{needle} is stored before"
        );
    }
    let secretary = signed_in(&app, SECRETARY).await;

    let unconfirmed = erase(&app, &secretary, before.id, false).await;
    assert_eq!(unconfirmed.status(), 422);
    assert!(unconfirmed
        .text()
        .await
        .unwrap()
        .contains("admin-users-error-erase-confirm"));
    assert_eq!(account(&app, PERSON).await, before, "nothing changed");

    let erased = erase(&app, &secretary, before.id, true).await;
    assert_eq!(erased.status(), 200);
    let answer: serde_json::Value = erased.json().await.unwrap();
    assert_eq!(answer["state"], "Erased", "{answer}");
    assert!(!answer.to_string().contains(NAME), "{answer}");
    for needle in [PERSON, NAME, PHONE, EARLIER_NAME, "Kalniņa Ieva"] {
        assert_eq!(
            where_found(&app, needle).await,
            Vec::<String>::new(),
            "{needle}"
        );
    }
    let erased = users::Entity::find_by_id(before.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let label = format!("Bijušais lietotājs {}", before.id);
    assert_eq!(erased.full_name, label);
    assert!(erased.erased_at.is_some() && erased.password_hash.is_none() && !erased.active);
    let links = password_tokens::Entity::find()
        .filter(password_tokens::Column::UserId.eq(before.id))
        .all(&app.db)
        .await
        .unwrap();
    assert!(links.is_empty());
    let counted = server::services::auth::account_keys(PERSON)
        .iter()
        .map(|key| format!("'{key}'"))
        .collect::<Vec<_>>()
        .join(",");
    let counters = texts(
        &app,
        format!("SELECT key FROM rate_limits WHERE key IN ({counted})"),
    )
    .await;
    assert_eq!(
        counters,
        Vec::<Option<String>>::new(),
        "her attempt counters are gone"
    );

    // She is signed out and cannot come back, under her address or by a reset.
    assert_eq!(app.me(&person).await, None);
    assert!(app
        .login(&app.client(), PERSON, PASSWORD)
        .await
        .status()
        .is_client_error());

    // The board, the desk, the printed application and the accounts list still stand.
    let reviewer = signed_in(&app, REVIEWER).await;
    let board = board_json(&app, &reviewer).await;
    assert_eq!(row(&board, "Valmiera")["status"], "InReview");
    assert_eq!(desk(&app, &secretary, id as i32).await.status(), 200);
    let printed = secretary
        .get(app.url(&format!("/files/applications/{id}/application.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(printed.status(), 200);
    let accounts = app.get_json(&secretary, "/api/accounts").await;
    let listed = accounts["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|account| account["id"] == before.id)
        .unwrap();
    assert_eq!(listed["full_name"], label);
    assert_eq!(listed["state"], "Erased");
    assert_eq!(listed["email"], "");
    assert_eq!(application_of(&app, "Valmiera").await, id as i32);

    // Once is enough; the secretary's own account, the only secretary's, is refused with the reason.
    assert_eq!(erase(&app, &secretary, before.id, true).await.status(), 409);
    let own = account(&app, SECRETARY).await;
    let refused = erase(&app, &secretary, own.id, true).await;
    assert_eq!(refused.status(), 422);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("admin-users-error-last-secretary"));
    assert_eq!(account(&app, SECRETARY).await, own);
}
