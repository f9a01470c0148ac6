//! The board taken away: the CSV and the workbook match the board as each reader sees it, a recused
//! reviewer's copy leaves the city out, no cell runs as a formula, and the meeting sheet ranks what
//! is left to decide.

use crate::features::applications::signed_in;
use crate::features::board::{
    application_of, board_json, declare_conflict, review, row, SECOND_REVIEWER,
};
use crate::features::decisions::decide;
use crate::features::submission::pdf_text;
use crate::helpers::{account_id, spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use app::i18n::{translate, Lang};
use app::model::application::area_label_key;
use app::model::criteria;
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use server::storage::entities::users;
use std::io::Cursor;

const FORMULA: &str = "=HYPERLINK(\"http://x\")";

async fn download(app: &TestApp, client: &reqwest::Client, path: &str) -> (String, Vec<u8>) {
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    (content_type, response.bytes().await.unwrap().to_vec())
}

/// The CSV's headings and rows, its byte order mark taken off.
fn read_csv(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "marked as UTF-8");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(&bytes[3..]);
    let headings = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (headings, rows)
}

fn column(headings: &[String], heading: &str) -> usize {
    headings
        .iter()
        .position(|h| h == heading)
        .unwrap_or_else(|| panic!("{heading} in {headings:?}"))
}

fn criterion(name: &str) -> String {
    translate(Lang::En, &area_label_key(name))
}

/// Cēsis reviewed by both reviewers (4 and 2 on every criterion), the first reviewer renamed to a
/// formula, and the second recused from Jelgava.
async fn reviewed(app: &TestApp) -> (reqwest::Client, reqwest::Client, reqwest::Client) {
    let (first, second) = (
        signed_in(app, REVIEWER).await,
        signed_in(app, SECOND_REVIEWER).await,
    );
    let cesis = application_of(app, "Cēsis").await;
    let jelgava = application_of(app, "Jelgava").await;
    for (client, score) in [(&first, "4"), (&second, "2")] {
        let submitted = review(app, client, cesis, score, None, "submit").await;
        assert_eq!(submitted.status(), 200);
    }
    assert_eq!(declare_conflict(app, &second, jelgava).await.status(), 200);
    users::ActiveModel {
        id: Set(account_id(app, REVIEWER).await),
        full_name: Set(FORMULA.to_owned()),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    (signed_in(app, SECRETARY).await, first, second)
}

#[tokio::test]
async fn the_workbook_and_the_csv_match_the_board_and_run_no_formula() {
    let app = spawn_app().await;
    let (secretary, _, _) = reviewed(&app).await;
    let board = board_json(&app, &secretary).await;
    let cesis_row = row(&board, "Cēsis");
    assert_eq!(cesis_row["scores"]["mean_tenths"], 30);

    let (content_type, bytes) = download(&app, &secretary, "/files/board.xlsx?lang=en").await;
    assert_eq!(
        content_type,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let name = workbook.sheet_names()[0].clone();
    assert!(name.starts_with("Board "), "{name}");
    let range = workbook.worksheet_range(&name).unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    let headings: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    let cities: Vec<String> = rows[1..].iter().map(|r| r[0].to_string()).collect();
    let on_board: Vec<&str> = board["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["city"].as_str().unwrap())
        .collect();
    assert_eq!(cities.len(), on_board.len());
    for city in on_board {
        assert!(cities.iter().any(|c| c == city), "{city} in {cities:?}");
    }
    let cesis = rows[1..]
        .iter()
        .find(|r| r[0] == Data::String("Cēsis".into()))
        .unwrap();
    let cell = |heading: &str| &cesis[column(&headings, heading)];
    assert_eq!(cell("Mean score"), &Data::Float(3.0));
    assert_eq!(cell("Spread"), &Data::Float(2.0));
    assert_eq!(cell("Recommend endorsing"), &Data::Float(1.0));
    assert_eq!(cell("Recommend not endorsing"), &Data::Float(1.0));
    assert_eq!(cell("Reviews submitted"), &Data::Float(2.0));
    assert!(matches!(cell("Submitted (Riga time)"), Data::DateTime(_)));
    let will = criterion("political-will");
    assert_eq!(cell(&format!("{will}: mean")), &Data::Float(3.0));
    assert_eq!(cell(&format!("{will}: spread")), &Data::Float(2.0));
    assert_eq!(cell(&format!("{FORMULA}: {will}")), &Data::Float(4.0));
    assert_eq!(
        cell(&format!("{FORMULA}: recommendation")),
        &Data::String("Endorse".into())
    );
    let second_name = headings
        .iter()
        .find(|h| h.ends_with(&format!(": {will}")) && !h.starts_with(FORMULA))
        .unwrap();
    assert_eq!(cell(second_name), &Data::Float(2.0));
    for criterion_name in criteria() {
        let label = criterion(criterion_name);
        assert_eq!(cell(&format!("{label}: mean")), &Data::Float(3.0));
    }
    let formulas = workbook.worksheet_formula(&name).unwrap();
    assert!(
        formulas
            .used_cells()
            .all(|(_, _, formula)| formula.is_empty()),
        "no cell is a formula"
    );

    let (content_type, bytes) = download(&app, &secretary, "/files/board.csv?lang=en").await;
    assert_eq!(content_type, "text/csv; charset=utf-8");
    let (headings, rows) = read_csv(&bytes, b',');
    assert!(
        headings.contains(&format!("'{FORMULA}: recommendation")),
        "a name like a formula is written as text: {headings:?}"
    );
    let cesis = rows.iter().find(|r| r[0] == "Cēsis").unwrap();
    assert_eq!(cesis[column(&headings, "Mean score")], "3.0");
    assert_eq!(cesis[column(&headings, "Spread")], "2.0");

    let (_, bytes) = download(&app, &secretary, "/files/board.csv?lang=lv&q=c%C4%93sis").await;
    let (headings, rows) = read_csv(&bytes, b';');
    assert_eq!(rows.len(), 1, "the board's filter applies");
    assert_eq!(rows[0][0], "Cēsis");
    assert_eq!(rows[0][column(&headings, "Vidējais vērtējums")], "3,0");
}

#[tokio::test]
async fn each_reviewer_exports_what_their_board_shows_and_a_city_nothing() {
    let app = spawn_app().await;
    let (_, first, second) = reviewed(&app).await;

    let (_, bytes) = download(&app, &second, "/files/board.csv?lang=en").await;
    let (headings, rows) = read_csv(&bytes, b',');
    let cities: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert!(cities.contains(&"Cēsis"));
    assert!(
        !cities.contains(&"Jelgava"),
        "the recused reviewer's export leaves the city out: {cities:?}"
    );

    let (_, bytes) = download(&app, &first, "/files/board.csv?lang=en").await;
    let (headings_first, rows) = read_csv(&bytes, b',');
    assert_eq!(headings_first, headings, "the same reviews are shown");
    let jelgava = rows.iter().find(|r| r[0] == "Jelgava").unwrap();
    assert_eq!(
        jelgava[column(&headings, "Mean score")],
        "",
        "no scores before the reviewer's own review"
    );

    let city = signed_in(&app, APPLICANT).await;
    for path in [
        "/files/board.csv",
        "/files/board.xlsx",
        "/files/meeting-sheet.pdf",
    ] {
        let refused = city.get(app.url(path)).send().await.unwrap();
        assert_eq!(refused.status(), 403, "{path}");
    }
    let none = first
        .get(app.url("/files/board.xlsx?year=1999"))
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), 404, "no cycle that year");
}

#[tokio::test]
async fn the_meeting_sheet_ranks_what_is_left_to_decide_and_counts_the_quota() {
    let app = spawn_app().await;
    let (secretary, _, _) = reviewed(&app).await;
    let (content_type, bytes) =
        download(&app, &secretary, "/files/meeting-sheet.pdf?lang=en").await;
    assert_eq!(content_type, "application/pdf");
    let text = pdf_text(&bytes);
    assert!(
        text.contains("Endorsed so far: 0 of 3. Places left: 3."),
        "{text}"
    );
    let (cesis, jelgava) = (text.find("Cēsis").unwrap(), text.find("Jelgava").unwrap());
    assert!(cesis < jelgava, "scored first: {text}");
    assert!(text.contains("3.0 (spread 2.0)"), "{text}");
    assert!(text.contains("no score yet"), "{text}");

    let id = application_of(&app, "Cēsis").await;
    let endorsed = decide(&app, &secretary, id, "endorse", "", &[]).await;
    assert_eq!(endorsed.status(), 200);
    let (_, bytes) = download(&app, &secretary, "/files/meeting-sheet.pdf?lang=en").await;
    let text = pdf_text(&bytes);
    assert!(
        text.contains("Endorsed so far: 1 of 3. Places left: 2."),
        "{text}"
    );
    assert!(text.contains("Endorsed: Cēsis"), "{text}");
    let decided = text.find("Decided or withdrawn").unwrap();
    assert!(text.rfind("Cēsis").unwrap() > decided, "{text}");

    let (_, bytes) = download(&app, &secretary, "/files/board.csv?lang=en").await;
    let (headings, rows) = read_csv(&bytes, b',');
    let cesis = rows.iter().find(|r| r[0] == "Cēsis").unwrap();
    assert_eq!(cesis[column(&headings, "Decision")], "Endorsed");
    assert!(!cesis[column(&headings, "Decided (Riga time)")].is_empty());
}
