//! The printable forms: every answer under its question; an application ends with a block for the
//! mayor to sign and stamp, a progress report (sent on the city's own account) does not. The pages embed DejaVu Sans, which has the Latvian and Cyrillic letters, so names print as
//! they were typed in any of the three languages.

mod layout;

use app::error::AppError;
use app::i18n::{translate, translate_with, Arg, DocLang, Lang};
use app::model::application::{answer_rows, AnswerRow};
use app::model::application::{FormDraft, FormKind};
use app::model::format_wall_clock;
use app::model::{BoardRow, Deadline};
use chrono::{DateTime, Utc};
use layout::{document, Column, Pages, BODY, HEADING, LABEL, NOTE, TEXT_WIDTH, TITLE};

/// The translation keys of a form's printed title, the line under it, and its file name.
fn print_keys(kind: FormKind) -> [&'static str; 3] {
    match kind {
        FormKind::Application => ["pdf-title", "pdf-city-cycle", "pdf-file-name"],
        FormKind::Report => [
            "pdf-report-title",
            "pdf-report-city-period",
            "pdf-report-file-name",
        ],
    }
}

fn city_and_year(draft: &FormDraft) -> [(&'static str, Arg); 2] {
    [
        ("city", Arg::Text(draft.city.clone())),
        ("year", Arg::Text(draft.year.to_string())),
    ]
}

/// The filled form as a PDF, with its labels in `lang`, printed at the draft's reading time.
pub fn form_pdf(draft: &FormDraft, lang: DocLang) -> Vec<u8> {
    let [title_key, city_key, _] = print_keys(draft.kind);
    let title = translate(lang, title_key);
    document(&title, &draft.city, lang, |pages| {
        pages.text(&title, TITLE, 0.0);
        let city_line = translate_with(lang, city_key, &city_and_year(draft));
        pages.text(&city_line, BODY, 6.0);
        let printed = translate_with(
            lang,
            "pdf-printed",
            &[
                (
                    "datetime",
                    Arg::Text(format_wall_clock(lang, Deadline::at(draft.now).riga)),
                ),
                (
                    "status",
                    Arg::Text(translate(lang, draft.status.label_key())),
                ),
            ],
        );
        pages.text(&printed, NOTE, 4.0);
        pages.text(&translate(lang, "pdf-answers-language"), NOTE, 2.0);

        let not_answered = translate(lang, "check-not-answered");
        for &section in draft.sections() {
            pages.keep_together(60.0);
            pages.text(&translate(lang, section.title_key()), HEADING, 18.0);
            pages.rule();
            let answers = draft.form.answers(section);
            for AnswerRow { label, shown, .. } in
                answer_rows(lang, &section.fields(), &answers, &draft.city)
            {
                pages.keep_together(36.0);
                pages.text(&label, LABEL, 8.0);
                if shown.is_empty() {
                    pages.text(&not_answered, NOTE, 2.0);
                } else {
                    pages.text(&shown, BODY, 2.0);
                }
            }
        }
        if draft.kind == FormKind::Application {
            signature_block(pages, draft, lang);
        }
    })
}

/// A one-page note: the demo's stand-in for a scan the mayor signed.
pub fn note_pdf(title: &str, city: &str, text: &str) -> Vec<u8> {
    document(title, city, Lang::En.into(), |pages| {
        pages.text(title, TITLE, 0.0);
        pages.text(text, BODY, 8.0);
    })
}

/// What the Commission's endorsement (Part 2 of the form) states.
#[derive(Clone, Debug)]
pub struct Endorsement {
    pub city: String,
    pub year: i32,
    pub secretary_general: String,
    pub decided_at: chrono::DateTime<chrono::Utc>,
    pub remarks: String,
}

/// The endorsement as a PDF in `lang`: the Commission, its statement, the endorsing official, the date,
/// any remarks, and lines for the signature and the stamp (its signed scan can be uploaded back).
pub fn endorsement_pdf(endorsement: &Endorsement, lang: Lang) -> Vec<u8> {
    let title = translate(lang, "pdf-endorsement-title");
    document(&title, &endorsement.city, lang.into(), |pages| {
        pages.text(&title, TITLE, 0.0);
        pages.text(&translate(lang, "pdf-endorsement-commission"), BODY, 6.0);
        pages.rule();
        let statement = translate_with(
            lang,
            "pdf-endorsement-statement",
            &[
                ("city", Arg::Text(endorsement.city.clone())),
                ("year", Arg::Text(endorsement.year.to_string())),
            ],
        );
        pages.text(&statement, BODY, 12.0);
        let date = format_wall_clock(lang, Deadline::at(endorsement.decided_at).riga);
        for (key, value) in [
            (
                "pdf-endorsement-official",
                endorsement.secretary_general.as_str(),
            ),
            ("pdf-endorsement-date", date.as_str()),
        ] {
            pages.text(&translate(lang, key), LABEL, 10.0);
            pages.text(value, BODY, 2.0);
        }
        pages.text(
            &translate(lang, "pdf-endorsement-official-title"),
            NOTE,
            2.0,
        );
        if !endorsement.remarks.trim().is_empty() {
            pages.text(&translate(lang, "pdf-endorsement-remarks"), LABEL, 10.0);
            pages.text(endorsement.remarks.trim(), BODY, 2.0);
        }
        pages.space(34.0);
        pages.rule_of(TEXT_WIDTH / 2.0);
        pages.text(&translate(lang, "pdf-signature-signature"), NOTE, 2.0);
        pages.space(14.0);
        pages.stamp_box(&translate(lang, "pdf-signature-stamp"));
    })
}

/// What the Commission decides from at its meeting.
#[derive(Clone, Debug)]
pub struct MeetingSheet {
    pub year: i32,
    pub printed_at: DateTime<Utc>,
    pub quota: u32,
    /// The cities endorsed so far, which use the quota.
    pub endorsed: Vec<String>,
    /// Awaiting a decision, in the order to discuss them; each as the reader's board shows it.
    pub to_decide: Vec<BoardRow>,
    pub decided: Vec<BoardRow>,
}

/// The meeting sheet as a PDF in `lang`: the quota used and left, the applications awaiting a decision
/// ranked with their scores and recommendations and an empty column to write each decision in, and
/// the applications already decided.
pub fn meeting_pdf(sheet: &MeetingSheet, lang: Lang) -> Vec<u8> {
    let year = [("year", Arg::Number(sheet.year.into()))];
    let title = translate_with(lang, "meeting-title", &year);
    let footer = translate_with(lang, "meeting-footer", &year);
    document(&title, &footer, lang.into(), |pages| {
        pages.text(&title, TITLE, 0.0);
        let printed = translate_with(
            lang,
            "meeting-printed",
            &[(
                "datetime",
                Arg::Text(format_wall_clock(lang, Deadline::at(sheet.printed_at).riga)),
            )],
        );
        pages.text(&printed, NOTE, 4.0);
        let used = sheet.endorsed.len() as u32;
        let quota = translate_with(
            lang,
            "meeting-quota",
            &[
                ("used", Arg::Number(used.into())),
                ("quota", Arg::Number(sheet.quota.into())),
                ("left", Arg::Number(sheet.quota.saturating_sub(used).into())),
            ],
        );
        pages.text(&quota, BODY, 10.0);
        if !sheet.endorsed.is_empty() {
            let cities = [("cities", Arg::Text(sheet.endorsed.join(", ")))];
            pages.text(
                &translate_with(lang, "meeting-endorsed", &cities),
                BODY,
                2.0,
            );
        }

        pages.keep_together(60.0);
        pages.text(&translate(lang, "meeting-to-decide"), HEADING, 18.0);
        if sheet.to_decide.is_empty() {
            pages.text(&translate(lang, "meeting-none-to-decide"), NOTE, 4.0);
        } else {
            pages.space(4.0);
            let columns = meeting_columns(
                lang,
                &[
                    ("meeting-column-rank", 24.0),
                    ("meeting-column-city", 116.0),
                    ("meeting-column-reviews", 52.0),
                    ("meeting-column-score", 80.0),
                    ("meeting-column-tally", 100.0),
                    ("meeting-column-decision", TEXT_WIDTH - 372.0),
                ],
            );
            let rows: Vec<Vec<String>> = (1_u32..)
                .zip(&sheet.to_decide)
                .map(|(rank, row)| {
                    let [reviews, score, tally] = meeting_figures(lang, row);
                    vec![
                        rank.to_string(),
                        row.city.clone(),
                        reviews,
                        score,
                        tally,
                        String::new(),
                    ]
                })
                .collect();
            pages.table(&columns, &rows, 34.0);
        }

        if !sheet.decided.is_empty() {
            pages.keep_together(60.0);
            pages.text(&translate(lang, "meeting-decided"), HEADING, 18.0);
            pages.space(4.0);
            let columns = meeting_columns(
                lang,
                &[
                    ("meeting-column-city", 116.0),
                    ("meeting-column-status", 120.0),
                    ("meeting-column-reviews", 52.0),
                    ("meeting-column-score", 80.0),
                    ("meeting-column-tally", TEXT_WIDTH - 368.0),
                ],
            );
            let rows: Vec<Vec<String>> = sheet
                .decided
                .iter()
                .map(|row| {
                    let [reviews, score, tally] = meeting_figures(lang, row);
                    let status = translate(lang, row.status.label_key());
                    vec![row.city.clone(), status, reviews, score, tally]
                })
                .collect();
            pages.table(&columns, &rows, 0.0);
        }
    })
}

fn meeting_columns(lang: Lang, columns: &[(&str, f32)]) -> Vec<Column> {
    columns
        .iter()
        .map(|(key, width)| Column {
            heading: translate(lang, key),
            width: *width,
        })
        .collect()
}

/// A row's reviews ("2 of 3"), score ("4,2 (spread 1,0)") and recommendations, as the board writes them.
fn meeting_figures(lang: Lang, row: &BoardRow) -> [String; 3] {
    let number = |n: u32| Arg::Number(n.into());
    let reviews = translate_with(
        lang,
        "board-reviews",
        &[
            ("done", number(row.reviews_done)),
            ("needed", number(row.reviews_needed)),
        ],
    );
    let Some(scores) = row.scores else {
        return [reviews, translate(lang, "meeting-no-score"), String::new()];
    };
    let [score, tally] = scores.words(lang);
    [reviews, score, tally]
}

/// Prints `draft` off the async threads: laying out and compressing pages takes a few milliseconds.
pub async fn print(draft: FormDraft, lang: DocLang) -> Result<Vec<u8>, AppError> {
    tokio::task::spawn_blocking(move || form_pdf(&draft, lang))
        .await
        .map_err(|error| AppError::internal("pdf-task", &error))
}

/// The name the printed form is saved under.
pub fn file_name(draft: &FormDraft) -> String {
    let [_, _, file_key] = print_keys(draft.kind);
    app::model::application::clean_file_name(&translate_with(
        Lang::En,
        file_key,
        &city_and_year(draft),
    ))
}

/// The mayor's name and title as answered, and lines for the signature, the date and the stamp.
fn signature_block(pages: &mut Pages, draft: &FormDraft, lang: DocLang) {
    let mayor = &draft.form.mayor;
    pages.keep_together(230.0);
    pages.text(&translate(lang, "pdf-signature-heading"), HEADING, 24.0);
    pages.rule();
    let declaration = translate_with(
        lang,
        "pdf-signature-text",
        &[("city", Arg::Text(draft.city.clone()))],
    );
    pages.text(&declaration, BODY, 6.0);
    let name = format!("{} {}", mayor.first_name.trim(), mayor.surname.trim());
    for (key, answer) in [
        ("pdf-signature-name", name.trim()),
        ("pdf-signature-title", mayor.title.trim()),
    ] {
        pages.text(&translate(lang, key), LABEL, 10.0);
        pages.text(answer, BODY, 2.0);
    }
    for key in ["pdf-signature-signature", "pdf-signature-date"] {
        pages.space(34.0);
        pages.rule_of(TEXT_WIDTH / 2.0);
        pages.text(&translate(lang, key), NOTE, 2.0);
    }
    pages.space(14.0);
    pages.stamp_box(&translate(lang, "pdf-signature-stamp"));
}
