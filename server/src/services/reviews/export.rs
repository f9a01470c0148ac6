//! The board taken out of Pieteikums: a cycle's applications as a table for a spreadsheet, and the
//! sheet the Commission decides from at its meeting. Each reader gets what the board shows them: a
//! recused reviewer's copy leaves the city out, and scores appear only where the board shows them.

use super::board::{cycle_board, endorsed, BoardSource};
use super::review::UNSCORED;
use crate::pdf::MeetingSheet;
use crate::services::access::commission_only;
use crate::services::errors::db_error;
use crate::sheets::{Cell, Sheet};
use crate::storage;
use crate::storage::entities::{decisions, enums, reviews};
use app::error::AppError;
use app::i18n::{translate, translate_with, Arg, Lang};
use app::model::application::area_label_key;
use app::model::{
    agreement, criteria, BoardQuery, BoardRow, CurrentUser, Deadline, MyReview, Recommendation,
};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashMap};

/// What a spreadsheet download is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

/// One reviewer's submitted review of an application, as far as the export shows it.
struct ReviewLine {
    scores: HashMap<String, i32>,
    mean_tenths: u32,
    recommendation: Option<Recommendation>,
}

/// An application as the reader may see it, with the reviews behind its scores.
struct Line {
    row: BoardRow,
    /// By reviewer; empty while the reader may not see the scores.
    reviews: BTreeMap<i32, ReviewLine>,
    decision: Option<decisions::Model>,
}

/// A cycle's board as exported to `reader`.
struct Exported {
    year: i32,
    quota: u32,
    endorsed: Vec<String>,
    lines: Vec<Line>,
    /// Everyone with a review shown, in the order of their names.
    reviewers: Vec<(i32, String)>,
}

async fn read(
    source: &BoardSource<'_>,
    reader: &CurrentUser,
    query: &BoardQuery,
) -> Result<Exported, AppError> {
    commission_only(reader)?;
    let db = source.db;
    let (read, _) = cycle_board(source, query.year).await?;
    let (cycle, board) = read.ok_or(AppError::NotFound)?;
    let seen: Vec<_> = board
        .seen_by(reader)
        .filter(|(_, row)| row.mine != MyReview::Recused)
        .collect();
    let rows: Vec<BoardRow> = seen.iter().map(|(_, row)| row.clone()).collect();
    let endorsed = endorsed(&rows);
    let applications: HashMap<i32, _> = seen
        .iter()
        .map(|(application, _)| (application.id, *application))
        .collect();
    let kept: Vec<&BoardRow> = query.apply(&rows);

    let mut shown: Vec<(i32, &reviews::Model)> = Vec::new();
    for row in kept.iter().filter(|row| row.scores.is_some()) {
        if let Some(application) = applications.get(&row.id) {
            shown.extend(
                board
                    .ledger
                    .submitted(application)
                    .into_iter()
                    .map(|review| (row.id, review)),
            );
        }
    }
    let review_ids: Vec<i32> = shown.iter().map(|(_, review)| review.id).collect();
    let mut scores: HashMap<i32, HashMap<String, i32>> = HashMap::new();
    for score in storage::reviews::scores_of(db, &review_ids)
        .await
        .map_err(db_error)?
    {
        if score.score != UNSCORED {
            scores
                .entry(score.review_id)
                .or_default()
                .insert(score.criterion, score.score);
        }
    }
    let mut by_application: HashMap<i32, BTreeMap<i32, ReviewLine>> = HashMap::new();
    for (application, review) in shown {
        by_application.entry(application).or_default().insert(
            review.reviewer_id,
            ReviewLine {
                scores: scores.remove(&review.id).unwrap_or_default(),
                mean_tenths: board.ledger.means.get(&review.id).copied().unwrap_or(0),
                recommendation: review.recommendation.map(Recommendation::from),
            },
        );
    }
    let ids: Vec<i32> = kept.iter().map(|row| row.id).collect();
    let mut decided: HashMap<i32, decisions::Model> = storage::decisions::standing(db, &ids)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|decision| (decision.application_id, decision))
        .collect();
    let names = storage::users::names(db, None).await.map_err(db_error)?;
    let mut reviewers: Vec<(i32, String)> = by_application
        .values()
        .flat_map(BTreeMap::keys)
        .map(|id| (*id, names.get(id).cloned().unwrap_or_default()))
        .collect::<BTreeMap<_, _>>()
        .into_iter()
        .collect();
    reviewers.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    let lines = kept
        .into_iter()
        .map(|row| Line {
            reviews: by_application.remove(&row.id).unwrap_or_default(),
            decision: decided.remove(&row.id),
            row: row.clone(),
        })
        .collect();
    Ok(Exported {
        year: cycle.year,
        quota: cycle.quota.max(0) as u32,
        endorsed,
        lines,
        reviewers,
    })
}

fn tenths_or_empty(value: Option<u32>) -> Cell {
    value.map_or(Cell::Empty, Cell::Tenths)
}

fn decision_key(kind: enums::DecisionKind) -> &'static str {
    match kind {
        enums::DecisionKind::Endorse => "export-decision-endorse",
        enums::DecisionKind::RequestChanges => "export-decision-request-changes",
        _ => "export-decision-reject",
    }
}

impl Exported {
    /// The table: one row per application with its figures, then each reviewer's scores.
    fn sheet(&self, lang: Lang) -> Sheet {
        let criteria: Vec<(&str, String)> = criteria()
            .map(|criterion| (criterion, translate(lang, &area_label_key(criterion))))
            .collect();
        let mut headings: Vec<String> = [
            "export-column-city",
            "export-column-status",
            "export-column-submitted",
            "export-column-version",
            "export-column-reviews-done",
            "export-column-reviews-needed",
            "export-column-mean",
            "export-column-spread",
            "export-column-endorse",
            "export-column-changes",
            "export-column-reject",
        ]
        .iter()
        .map(|key| translate(lang, key))
        .collect();
        for (_, label) in &criteria {
            for key in [
                "export-column-criterion-mean",
                "export-column-criterion-spread",
            ] {
                headings.push(translate_with(
                    lang,
                    key,
                    &[("criterion", Arg::Text(label.clone()))],
                ));
            }
        }
        for (_, name) in &self.reviewers {
            let reviewer = ("reviewer", Arg::Text(name.clone()));
            for (_, label) in &criteria {
                headings.push(translate_with(
                    lang,
                    "export-column-reviewer-score",
                    &[reviewer.clone(), ("criterion", Arg::Text(label.clone()))],
                ));
            }
            for key in [
                "export-column-reviewer-mean",
                "export-column-reviewer-recommendation",
            ] {
                headings.push(translate_with(lang, key, std::slice::from_ref(&reviewer)));
            }
        }
        headings.push(translate(lang, "export-column-decision"));
        headings.push(translate(lang, "export-column-decided"));
        let rows = self
            .lines
            .iter()
            .map(|line| self.cells(line, &criteria, lang))
            .collect();
        Sheet {
            name: translate_with(
                lang,
                "export-sheet-name",
                &[("year", Arg::Number(self.year.into()))],
            ),
            headings,
            rows,
        }
    }

    fn cells(&self, line: &Line, criteria: &[(&str, String)], lang: Lang) -> Vec<Cell> {
        let row = &line.row;
        let scores = row.scores;
        let count = |pick: fn(&app::model::Tally) -> u32| {
            scores.map_or(Cell::Empty, |s| Cell::Whole(pick(&s.tally).into()))
        };
        let mut cells = vec![
            Cell::text(row.city.clone()),
            Cell::Text(translate(lang, row.status.label_key())),
            row.submitted_at
                .map_or(Cell::Empty, |at| Cell::Time(at.riga)),
            Cell::Whole(row.version.into()),
            Cell::Whole(row.reviews_done.into()),
            Cell::Whole(row.reviews_needed.into()),
            tenths_or_empty(scores.map(|s| s.mean_tenths)),
            tenths_or_empty(scores.map(|s| s.spread_tenths)),
            count(|tally| tally.endorse),
            count(|tally| tally.request_changes),
            count(|tally| tally.reject),
        ];
        for (criterion, _) in criteria {
            // Scores from 1 to 5, in tenths like every mean.
            let given = line.reviews.values().filter_map(|review| {
                let score = review.scores.get(*criterion)?;
                u32::try_from(*score).ok().map(|score| score * 10)
            });
            let agreement = agreement(given);
            cells.push(tenths_or_empty(agreement.map(|(mean, _)| mean)));
            cells.push(tenths_or_empty(agreement.map(|(_, spread)| spread)));
        }
        for (reviewer, _) in &self.reviewers {
            let review = line.reviews.get(reviewer);
            for (criterion, _) in criteria {
                cells.push(
                    review
                        .and_then(|review| review.scores.get(*criterion))
                        .map_or(Cell::Empty, |score| Cell::Whole((*score).into())),
                );
            }
            cells.push(tenths_or_empty(review.map(|review| review.mean_tenths)));
            cells.push(
                review
                    .and_then(|review| review.recommendation)
                    .map_or(Cell::Empty, |r| Cell::Text(translate(lang, r.label_key()))),
            );
        }
        match &line.decision {
            Some(decision) => {
                cells.push(Cell::Text(translate(lang, decision_key(decision.kind))));
                cells.push(Cell::Time(Deadline::at(decision.decided_at).riga));
            }
            None => cells.extend([Cell::Empty, Cell::Empty]),
        }
        cells
    }

    /// The meeting's sheet: the applications awaiting a decision ranked by their mean score (those
    /// without one last, then by city), and those already decided.
    fn meeting(self, now: DateTime<Utc>) -> MeetingSheet {
        let (mut to_decide, decided): (Vec<BoardRow>, Vec<BoardRow>) = self
            .lines
            .into_iter()
            .map(|line| line.row)
            .partition(|row| row.status.is_under_review());
        to_decide.sort_by(|a, b| {
            let mean = |row: &BoardRow| row.scores.map(|s| s.mean_tenths);
            mean(b).cmp(&mean(a)).then_with(|| a.city.cmp(&b.city))
        });
        MeetingSheet {
            year: self.year,
            printed_at: now,
            quota: self.quota,
            endorsed: self.endorsed,
            to_decide,
            decided,
        }
    }
}

/// The board's applications that `query` keeps, as `reader` may see them, written as `format` with
/// headings in `lang`; and the name to save it under.
pub async fn export(
    source: &BoardSource<'_>,
    reader: &CurrentUser,
    query: &BoardQuery,
    format: ExportFormat,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    let exported = read(source, reader, query).await?;
    let sheet = exported.sheet(lang);
    let name = format!("pieteikums-board-{}", exported.year);
    let written = match format {
        ExportFormat::Csv => sheet.csv(lang).map(|bytes| (format!("{name}.csv"), bytes)),
        ExportFormat::Xlsx => sheet.xlsx().map(|bytes| (format!("{name}.xlsx"), bytes)),
    };
    written.map_err(|error| AppError::internal("board-export", &error))
}

/// The meeting sheet of the cycle of `year` (or the current one) as `reader` may see it, printed in
/// `lang`; and the name to save it under.
pub async fn meeting_sheet(
    source: &BoardSource<'_>,
    reader: &CurrentUser,
    year: Option<i32>,
    lang: Lang,
) -> Result<(String, Vec<u8>), AppError> {
    let query = BoardQuery {
        year,
        ..BoardQuery::default()
    };
    let exported = read(source, reader, &query).await?;
    let name = format!("pieteikums-meeting-{}.pdf", exported.year);
    let sheet = exported.meeting(source.now);
    let bytes = tokio::task::spawn_blocking(move || crate::pdf::meeting_pdf(&sheet, lang))
        .await
        .map_err(|error| AppError::internal("pdf-task", &error))?;
    Ok((name, bytes))
}
