//! People editing applications at once, as autosave posts their changes: shared by the autosave
//! benchmark and the fault tests that stop a server in the middle of it.

use super::sign_in;
use anyhow::{bail, Context};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};
use server::storage::entities::{cities, enums, users};
use std::time::{Duration, Instant};

/// The password of every editor's account.
pub const PASSWORD: &str = "editors' password 2027";

/// The one field each section's editor keeps changing, as its form posts it.
const SECTION_FIELDS: [(&str, &str); 7] = [
    ("city", "answers[name]"),
    ("mayor", "answers[surname]"),
    ("contact", "answers[surname]"),
    ("city-profile", "answers[population][value]"),
    ("narrative", "answers[implementation]"),
    ("interests", "answers[ratings][political-will]"),
    ("pledge", "answers[adopts_guiding_documents]"),
];

pub struct Editor {
    client: reqwest::Client,
    /// The server's address; cookies are kept by host, so a restarted server on another port
    /// still knows the editor.
    pub base: String,
    pub application: i64,
    pub section: &'static str,
    field: &'static str,
    /// The version of the section the server last acknowledged.
    pub version: i64,
    edits: usize,
    /// What the server last acknowledged, when it is text that can be looked for in the stored answers.
    pub saved_text: Option<String>,
}

impl Editor {
    /// One autosave: the section's field changed, sent with the version it is based on. Answers how
    /// long the server took; an error if it did not acknowledge the save.
    pub async fn save(&mut self) -> anyhow::Result<Duration> {
        self.edits += 1;
        let value = match self.section {
            "interests" => (self.edits % 5 + 1).to_string(),
            "pledge" => "on".to_owned(),
            "narrative" => format!(
                "{} {}",
                "Learning together in our city. ".repeat(30),
                self.edits
            ),
            section => format!("Edit {} of {section}", self.edits),
        };
        let form = [
            ("id", self.application.to_string()),
            ("section", self.section.to_owned()),
            ("base_version", self.version.to_string()),
            (self.field, value.clone()),
        ];
        let started = Instant::now();
        let response = self
            .client
            .post(format!("{}/api/save_answers", self.base))
            .form(&form)
            .timeout(super::REQUEST_TIMEOUT)
            .send()
            .await?;
        let status = response.status();
        let body: serde_json::Value = response.json().await?;
        let took = started.elapsed();
        if !status.is_success() {
            bail!("save answered {status}: {body}");
        }
        self.version = body["version"]
            .as_i64()
            .context("no version in the answer")?;
        self.saved_text = value.starts_with("Edit").then_some(value);
        Ok(took)
    }
}

/// `count` editors, seven to an application (one per section, as colleagues share one), each
/// application a new city's, its applicant signed in through `base`. The window must be open.
pub async fn editors(
    base: &str,
    db: &DatabaseConnection,
    count: usize,
) -> anyhow::Result<Vec<Editor>> {
    let hash = server::services::auth::hash_password(PASSWORD.to_owned()).await?;
    let now = chrono::Utc::now();
    let mut editors = Vec::with_capacity(count);
    for c in 0..count.div_ceil(SECTION_FIELDS.len()) {
        let city = cities::ActiveModel {
            name: Set(format!("Editors' city {c}")),
            name_key: Set(server::storage::cities::key(&format!("Editors' city {c}"))),
            country: Set("LV".to_owned()),
            website: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let email = format!("editor{c}@load.pieteikums.lv");
        users::ActiveModel {
            email: Set(email.clone()),
            full_name: Set(format!("Editor {c}")),
            role: Set(enums::Role::CityApplicant),
            city_id: Set(Some(city.id)),
            language: Set(enums::Language::En),
            password_hash: Set(Some(hash.clone())),
            active: Set(true),
            created_at: Set(now),
            last_login_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let client = sign_in(base, &email, PASSWORD, 16).await?;
        let started = client
            .post(format!("{base}/api/start_application"))
            .form(&[("lang", "")])
            .send()
            .await?;
        let application: i64 = started.json().await?;
        for (section, field) in SECTION_FIELDS {
            if editors.len() < count {
                editors.push(Editor {
                    client: client.clone(),
                    base: base.to_owned(),
                    application,
                    section,
                    field,
                    version: 0,
                    edits: 0,
                    saved_text: None,
                });
            }
        }
    }
    Ok(editors)
}
