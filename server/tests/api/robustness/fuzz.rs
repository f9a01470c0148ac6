//! Property tests over what people and scripts can send: every server function and HTTP route, as
//! every kind of visitor, with field names the forms use and ones they do not, and values from empty
//! to absurd. Whatever arrives, the server answers below 500, and a server function's refusal is an
//! error the pages can show in each language.

use crate::features::applications::signed_in;
use crate::helpers::{spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use app::error::AppError;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::collections::HashSet;

/// Every server function, and whether it is called with GET.
const SERVER_FUNCTIONS: [(&str, bool); 49] = [
    ("login", false),
    ("logout", false),
    ("me", true),
    ("current_cycle", true),
    ("cycles", true),
    ("save_cycle", false),
    ("deadlines", true),
    ("reminders", true),
    ("switch_reminders", false),
    ("public_members", true),
    ("members", true),
    ("save_member", false),
    ("move_report_due", false),
    ("board", true),
    ("review_desk", true),
    ("report_desk", true),
    ("viewers", true),
    ("save_review", false),
    ("declare_conflict", false),
    ("conflicts", true),
    ("record_conflict", false),
    ("remove_conflict", false),
    ("audit_log", true),
    ("decide", false),
    ("add_comment", false),
    ("outbox", true),
    ("send_mail", false),
    ("reports_board", true),
    ("forward_report", false),
    ("accounts", true),
    ("invite", false),
    ("set_password", false),
    ("change_account", false),
    ("account_action", false),
    ("erase_account", false),
    ("cities", true),
    ("save_city", false),
    ("retire_city", false),
    ("update_profile", false),
    ("change_password", false),
    ("forgot_password", false),
    ("applications", true),
    ("start_application", false),
    ("reports", true),
    ("start_report", false),
    ("draft", true),
    ("save_answers", false),
    ("unsaved_answers", true),
    ("submit_form", false),
];

/// The HTTP routes outside the server functions, `{}` standing for a path segment.
const ROUTES: [(&str, bool); 20] = [
    ("/files/applications/{}", false),
    ("/files/reports/{}", false),
    ("/files/applications/{}/application.pdf", true),
    ("/files/reports/{}/report.pdf", true),
    ("/files/applications/{}/endorsement.pdf", true),
    ("/files/applications/{}/signed-endorsement", false),
    ("/files/attachments/{}", true),
    ("/files/attachments/{}/view", true),
    ("/files/attachments/{}/delete", false),
    ("/files/my-data.zip", true),
    ("/files/audit.csv?person={}", true),
    ("/files/board.csv?year={}", true),
    ("/files/board.xlsx?status={}", true),
    ("/files/meeting-sheet.pdf?year={}", true),
    ("/calendar/{}", true),
    ("/events?viewing={}", true),
    ("/events?viewing={}&kind={}", true),
    ("/{}/board/{}", true),
    ("/{}/board/reports/{}", true),
    ("/{}/board/conflicts", true),
];

/// Field names the forms send, to be mixed with names nobody sends.
const FIELDS: [&str; 49] = [
    "id",
    "kind",
    "section",
    "base_version",
    "lang",
    "then",
    "year",
    "on",
    "action",
    "reason",
    "confirm",
    "note",
    "body",
    "subject",
    "email",
    "password",
    "confirmation",
    "token",
    "original",
    "city",
    "answers[name]",
    "answers[population][value]",
    "answers[ratings][political-will]",
    "review[recommendation]",
    "review[scores][political-will]",
    "comments[political-will]",
    "comments[city-profile]",
    "form[year]",
    "form[opens]",
    "form[email]",
    "form[role]",
    "form[name]",
    "form[full_name]",
    "form[city_id]",
    "form[language]",
    "form[reviewer]",
    "form[city]",
    "form[reason]",
    "person",
    "from",
    "to",
    "page",
    "unsigned",
    "retire",
    "current",
    "query[state]",
    "query[purpose]",
    "query[text]",
    "query[page]",
];

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-1".to_owned()),
        Just("0".to_owned()),
        Just("1".to_owned()),
        Just("2147483648".to_owned()),
        Just("99999999999999999999999".to_owned()),
        Just("application".to_owned()),
        Just("report".to_owned()),
        Just("endorse".to_owned()),
        Just("../../etc/passwd".to_owned()),
        Just("%00".to_owned()),
        Just("x".repeat(30_000)),
        "\\PC{0,40}",
        "[0-9]{1,12}",
    ]
}

fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(FIELDS.to_vec()).prop_map(str::to_owned),
        1 => "[a-z\\[\\]]{1,20}",
    ]
}

#[derive(Debug, Clone)]
struct Request {
    visitor: usize,
    target: usize,
    segments: Vec<String>,
    fields: Vec<(String, String)>,
}

fn request() -> impl Strategy<Value = Request> {
    (
        0..5_usize,
        0..SERVER_FUNCTIONS.len() + ROUTES.len(),
        proptest::collection::vec(value(), 2),
        proptest::collection::vec((field(), value()), 0..6),
    )
        .prop_map(|(visitor, target, segments, fields)| Request {
            visitor,
            target,
            segments,
            fields,
        })
}

/// The translation keys of the English messages; every language has the same (see the i18n tests).
fn translation_keys() -> HashSet<String> {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../app/locales/en/main.ftl");
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim().to_owned()))
        .filter(|key| !key.is_empty() && !key.starts_with(['#', '.', ' ']))
        .collect()
}

/// Sends `request` and answers what was wrong with the answer, if anything.
async fn problem(
    app: &TestApp,
    visitors: &[reqwest::Client],
    keys: &HashSet<String>,
    request: &Request,
) -> Option<String> {
    let client = &visitors[request.visitor];
    let (path, get, server_function) = match SERVER_FUNCTIONS.get(request.target) {
        Some((name, get)) => (format!("/api/{name}"), *get, true),
        None => {
            let (route, get) = ROUTES[request.target - SERVER_FUNCTIONS.len()];
            let mut path = route.to_owned();
            for segment in &request.segments {
                let encoded: String = percent_encoding::utf8_percent_encode(
                    segment,
                    percent_encoding::NON_ALPHANUMERIC,
                )
                .to_string();
                path = path.replacen("{}", &encoded, 1);
            }
            (path, get, false)
        }
    };
    let url = app.url(&path);
    let sent = if get {
        client.get(url).query(&request.fields).send().await
    } else {
        client.post(url).form(&request.fields).send().await
    };
    let response = match sent {
        Ok(response) => response,
        // A URL too long to send (over 64 KiB) never reaches the server.
        Err(error) if error.is_builder() => return None,
        Err(error) => return Some(format!("{path}: no answer: {error}")),
    };
    let status = response.status();
    if status.is_server_error() {
        return Some(format!("{path}: {status}"));
    }
    if !(server_function && status.is_client_error()) {
        return None;
    }
    let body = response.text().await.unwrap_or_default();
    let Ok(error) = serde_json::from_str::<AppError>(&body) else {
        return Some(format!(
            "{path}: {status} with an unreadable error {body:.200}"
        ));
    };
    let mut needed = vec![error.message_key().to_owned()];
    if let AppError::Validation(fields) = &error {
        needed.extend(fields.iter().map(|field| field.key.clone()));
    }
    needed
        .into_iter()
        .find(|key| !keys.contains(key))
        .map(|key| format!("{path}: {status} names {key}, which has no translation"))
}

#[test]
fn whatever_is_sent_the_answer_is_below_500_and_errors_are_translated() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (app, visitors) = runtime.block_on(async {
        let app = spawn_app().await;
        let mut visitors = vec![app.client()];
        for email in [
            APPLICANT,
            crate::features::board::CESIS,
            REVIEWER,
            SECRETARY,
        ] {
            visitors.push(signed_in(&app, email).await);
        }
        (app, visitors)
    });
    let keys = translation_keys();
    assert!(keys.contains("error-forbidden"), "the keys were read");
    let mut runner = TestRunner::new(Config {
        cases: 600,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&request(), |request| {
            let found = runtime.block_on(problem(&app, &visitors, &keys, &request));
            prop_assert!(found.is_none(), "{:.300}", found.unwrap_or_default());
            Ok(())
        })
        .unwrap();
}
