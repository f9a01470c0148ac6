use crate::helpers::{city_id, spawn_app, TestApp, APPLICANT, PASSWORD, REVIEWER};
use chrono::TimeZone;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use serde_json::{json, Value};
use server::storage::entities::{applications, enums, users};

/// Opens an account for `email` as an applicant of `city`, with the test password.
pub async fn add_applicant(app: &TestApp, email: &str, name: &str, city: &str) {
    let city = city_id(app, city).await;
    users::ActiveModel {
        email: Set(email.into()),
        full_name: Set(name.into()),
        role: Set(enums::Role::CityApplicant),
        city_id: Set(Some(city)),
        language: Set(enums::Language::Lv),
        password_hash: Set(Some(
            server::services::auth::hash_password(PASSWORD.into())
                .await
                .unwrap(),
        )),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
        last_login_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

pub async fn signed_in(app: &TestApp, email: &str) -> reqwest::Client {
    let client = app.client();
    TestApp::assert_sent_to(&app.login(&client, email, PASSWORD).await, "/en/account");
    client
}

pub async fn start(app: &TestApp, client: &reqwest::Client) -> i64 {
    let response = app.post_form(client, "/api/start_application", &[]).await;
    assert_eq!(response.status(), 200);
    response.json::<i64>().await.unwrap()
}

pub async fn load(app: &TestApp, client: &reqwest::Client, id: i64) -> reqwest::Response {
    client
        .get(app.url(&format!("/api/draft?kind=application&id={id}")))
        .send()
        .await
        .unwrap()
}

/// Saves one section as autosave does: the answers posted as `answers[…]` form fields. `data` names
/// the section as the stored answers do, e.g. `{"City": {"name": …}}`.
pub async fn save(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    base: i64,
    data: Value,
) -> reqwest::Response {
    save_then(app, client, id, base, data, &[]).await
}

/// Saves as the section's form posts without JavaScript, with `extra` fields such as `then`.
pub async fn save_then(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    base: i64,
    data: Value,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let (variant, answers) = data.as_object().unwrap().iter().next().unwrap();
    let slug = match variant.as_str() {
        "CityProfile" => "city-profile".to_owned(),
        other => other.to_lowercase(),
    };
    let mut form = vec![
        ("id".to_owned(), id.to_string()),
        ("section".to_owned(), slug),
        ("base_version".to_owned(), base.to_string()),
    ];
    flatten("answers", answers, &mut form);
    form.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let mut request = client.post(app.url("/api/save_answers")).form(&form);
    if !extra.is_empty() {
        // A section's buttons post as a browser does without JavaScript.
        request = request.header("accept", "text/html,application/xhtml+xml");
    }
    request.send().await.unwrap()
}

/// `{"a": {"b": "x"}}` under `answers` → `answers[a][b]=x`, as a browser posts nested names.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                flatten(&format!("{prefix}[{key}]"), value, out);
            }
        }
        Value::String(text) => out.push((prefix.to_owned(), text.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

pub fn city(name: &str) -> Value {
    json!({ "City": { "name": name, "website": "valmiera.lv" } })
}

#[tokio::test]
async fn an_applicant_starts_one_application_per_cycle_for_their_city() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    assert_eq!(
        start(&app, &client).await,
        id,
        "starting twice returns the same application"
    );
    let list = app.get_json(&client, "/api/applications").await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["city"], "Valmiera");
    assert_eq!(list[0]["cycle_year"], 2027);
    assert_eq!(list[0]["status"], "Draft");

    let draft: Value = load(&app, &client, id).await.json().await.unwrap();
    assert_eq!(draft["versions"], json!({}));
    assert_eq!(draft["last_edit"], Value::Null);
    assert_eq!(draft["form"]["city"]["name"], "");
}

#[tokio::test]
async fn a_saved_section_reads_back_exactly_as_typed_with_who_saved_it() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    let typed = "Valmiera <script>alert(1)</script>";
    let saved = save(&app, &client, id, 0, city(typed)).await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["version"], 1);
    assert_eq!(saved["state"], "Complete");

    let half = save(
        &app,
        &client,
        id,
        0,
        json!({ "Mayor": { "salutation": "mr", "surname": "", "first_name": "", "title": "" } }),
    )
    .await;
    assert_eq!(half.json::<Value>().await.unwrap()["state"], "InProgress");

    let draft: Value = load(&app, &client, id).await.json().await.unwrap();
    assert_eq!(draft["form"]["city"]["name"], typed);
    assert_eq!(draft["versions"]["city"], 1);
    assert_eq!(draft["versions"]["mayor"], 1);
    assert_eq!(draft["last_edit"]["by"], "Anna Bērziņa");
}

#[tokio::test]
async fn a_save_on_an_outdated_version_is_refused_and_names_who_changed_it() {
    let app = spawn_app().await;
    add_applicant(&app, "juris@valmiera.lv", "Juris Kalns", "Valmiera").await;
    let anna = signed_in(&app, APPLICANT).await;
    let juris = signed_in(&app, "juris@valmiera.lv").await;
    let id = start(&app, &anna).await;
    assert_eq!(
        start(&app, &juris).await,
        id,
        "colleagues share the city's application"
    );

    assert_eq!(
        save(&app, &anna, id, 0, city("Anna's text")).await.status(),
        200
    );
    let late = save(&app, &juris, id, 0, city("Juris's text")).await;
    assert_eq!(late.status(), 409);
    let conflict: Value = late.json().await.unwrap();
    assert_eq!(conflict["EditConflict"]["by"], "Anna Bērziņa");
    let draft: Value = load(&app, &juris, id).await.json().await.unwrap();
    assert_eq!(
        draft["form"]["city"]["name"], "Anna's text",
        "the late save changed nothing"
    );
    // Autosave then shows the dialog the section's page draws: Juris's answers, kept in his session,
    // next to Anna's, and the version that keeping his saves over.
    let dialog = app
        .html_as(&juris, &format!("/en/apply/{id}/city?conflict=1"))
        .await;
    assert!(dialog.contains(r#"data-testid="conflict""#), "{dialog}");
    assert!(dialog.contains("Juris's text"), "{dialog}");
    assert!(dialog.contains(r#"data-their-version="1""#));

    // Having seen Anna's version, Juris saves on top of it.
    assert_eq!(
        save(&app, &juris, id, 1, city("Juris's text"))
            .await
            .status(),
        200
    );
    let draft: Value = load(&app, &anna, id).await.json().await.unwrap();
    assert_eq!(draft["versions"]["city"], 2);
    assert_eq!(draft["last_edit"]["by"], "Juris Kalns");
}

#[tokio::test]
async fn another_citys_application_does_not_exist_for_them() {
    let app = spawn_app().await;
    add_applicant(&app, "ventspils@x.lv", "Ilga Ventere", "Ventspils").await;
    let valmiera = signed_in(&app, APPLICANT).await;
    let id = start(&app, &valmiera).await;
    let ventspils = signed_in(&app, "ventspils@x.lv").await;
    assert_eq!(load(&app, &ventspils, id).await.status(), 404);
    assert_eq!(
        save(&app, &ventspils, id, 0, city("taken over"))
            .await
            .status(),
        404
    );
    assert_eq!(
        load(&app, &ventspils, 9_999).await.status(),
        404,
        "a missing id looks the same"
    );

    let reviewer = signed_in(&app, REVIEWER).await;
    assert_eq!(
        load(&app, &reviewer, id).await.status(),
        200,
        "the Commission reads every application"
    );
    assert_eq!(
        save(&app, &reviewer, id, 0, city("edited")).await.status(),
        403
    );
    assert_eq!(load(&app, &app.client(), id).await.status(), 401);
    let draft: Value = load(&app, &valmiera, id).await.json().await.unwrap();
    assert_eq!(draft["versions"], json!({}), "nothing was saved");
}

#[tokio::test]
async fn oversized_answers_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    let huge = "word ".repeat(40_000);
    let response = save(
        &app,
        &client,
        id,
        0,
        json!({ "Narrative": { "context_and_motivation": huge, "implementation": "" } }),
    )
    .await;
    assert_eq!(response.status(), 413);
    let draft: Value = load(&app, &client, id).await.json().await.unwrap();
    assert_eq!(draft["versions"], json!({}));
}

#[tokio::test]
async fn a_submitted_application_can_no_longer_be_saved() {
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    applications::ActiveModel {
        id: Set(id as i32),
        status: Set(enums::ApplicationStatus::Submitted),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    assert_eq!(save(&app, &client, id, 0, city("late")).await.status(), 409);
}

#[tokio::test]
async fn no_application_can_start_when_no_window_is_open_or_announced() {
    let app = spawn_app().await;
    app.clock
        .set(chrono::Utc.with_ymd_and_hms(2027, 6, 1, 0, 0, 0).unwrap());
    let client = signed_in(&app, APPLICANT).await;
    let response = app.post_form(&client, "/api/start_application", &[]).await;
    assert_eq!(response.status(), 409);
    assert!(response.text().await.unwrap().contains("NoOpenCycle"));
}

#[tokio::test]
async fn simultaneous_saves_of_different_sections_all_succeed() {
    // Before writers took turns, SQLite answered some of these with "database is locked" (a 500).
    let app = spawn_app().await;
    let client = signed_in(&app, APPLICANT).await;
    let id = start(&app, &client).await;
    for round in 0..4_i64 {
        let mut saves = tokio::task::JoinSet::new();
        for (section, field, value) in [
            ("city", "answers[name]", format!("Valmiera {round}")),
            ("mayor", "answers[surname]", format!("Bērziņš {round}")),
            ("contact", "answers[surname]", format!("Liepiņa {round}")),
            (
                "narrative",
                "answers[implementation]",
                format!("Plan {round}"),
            ),
            (
                "pledge",
                "answers[adopts_guiding_documents]",
                "on".to_owned(),
            ),
        ] {
            let client = client.clone();
            let url = app.url("/api/save_answers");
            let form = [
                ("id", id.to_string()),
                ("section", section.to_owned()),
                ("base_version", round.to_string()),
                (field, value),
            ];
            saves.spawn(async move { client.post(url).form(&form).send().await.unwrap().status() });
        }
        for status in saves.join_all().await {
            assert_eq!(status, 200);
        }
    }
    let draft: Value = load(&app, &client, id).await.json().await.unwrap();
    assert_eq!(draft["versions"]["narrative"], 4);
    assert_eq!(draft["form"]["city"]["name"], "Valmiera 3");
}
