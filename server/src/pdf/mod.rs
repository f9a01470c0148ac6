//! The printable forms: every answer under its question; an application ends with a block for the
//! mayor to sign and stamp, a progress report (sent on the city's own account) does not. The pages embed DejaVu Sans, which has the Latvian and Cyrillic letters, so names print as
//! they were typed in any of the three languages.

mod layout;

use app::error::AppError;
use app::i18n::{translate, translate_with, Arg, Lang};
use app::model::application::{answer_rows, AnswerRow};
use app::model::application::{FormDraft, FormKind};
use app::model::format_wall_clock;
use app::model::Deadline;
use layout::{document, Pages, BODY, HEADING, LABEL, NOTE, TEXT_WIDTH, TITLE};

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
pub fn form_pdf(draft: &FormDraft, lang: Lang) -> Vec<u8> {
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
    document(title, city, Lang::En, |pages| {
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
    document(&title, &endorsement.city, lang, |pages| {
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

/// Prints `draft` off the async threads: laying out and compressing pages takes a few milliseconds.
pub async fn print(draft: FormDraft, lang: Lang) -> Result<Vec<u8>, AppError> {
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
fn signature_block(pages: &mut Pages, draft: &FormDraft, lang: Lang) {
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
