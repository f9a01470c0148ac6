//! The review board: every submitted application of a cycle with its reviews and scores, from a copy
//! shared by every reader and read again after each live event.

use super::ledger::Ledger;
use crate::services::access::commission_only;
use crate::services::errors::db_error;
use crate::storage;
use crate::storage::cycles::summary;
use crate::storage::entities::{applications, cycles};
use app::error::AppError;
use app::model::{Board, BoardRow, CurrentUser};
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How long a cycle's board data is reused when no live event said that anything changed. It bounds
/// how late a change that publishes no event (a city's edit of a reopened application moving its
/// last activity) reaches the board.
const BOARD_FRESH_FOR: Duration = Duration::from_secs(2);

/// One cycle's board as the database holds it, before it is seen through a reader's eyes.
pub(super) struct CycleBoard {
    pub(super) applications: Vec<applications::Model>,
    /// Each application's row as the secretary sees it, in the order of `applications`.
    rows: Vec<BoardRow>,
    pub(super) ledger: Ledger,
}

/// The last reading of each cycle's board, shared by every reader: the board is read far more often
/// than it changes, and reading it means carrying thousands of rows out of the database.
#[derive(Default)]
pub struct BoardCache {
    cycles: Mutex<HashMap<i32, Cached>>,
    /// Held while the board is read from the database: requests that find the copy stale wait for one
    /// reading instead of each making their own (ten at once took 200 ms on two cores).
    reading: tokio::sync::Mutex<()>,
}

struct Cached {
    generation: u64,
    read_at: Instant,
    board: Arc<CycleBoard>,
}

impl BoardCache {
    fn fresh(&self, cycle: i32, generation: u64) -> Option<Arc<CycleBoard>> {
        let cycles = self.cycles.lock().unwrap_or_else(PoisonError::into_inner);
        cycles
            .get(&cycle)
            .filter(|cached| {
                cached.generation == generation && cached.read_at.elapsed() < BOARD_FRESH_FOR
            })
            .map(|cached| Arc::clone(&cached.board))
    }

    fn keep(&self, cycle: i32, generation: u64, board: Arc<CycleBoard>) {
        let mut cycles = self.cycles.lock().unwrap_or_else(PoisonError::into_inner);
        cycles.insert(
            cycle,
            Cached {
                generation,
                read_at: Instant::now(),
                board,
            },
        );
    }

    /// The board of `cycle`, from the cache while no event has been published since it was read
    /// (`generation`, taken before any read) and it is younger than `BOARD_FRESH_FOR`.
    async fn board_of(
        &self,
        db: &DatabaseConnection,
        cycle: &cycles::Model,
        generation: u64,
    ) -> Result<Arc<CycleBoard>, AppError> {
        if let Some(board) = self.fresh(cycle.id, generation) {
            return Ok(board);
        }
        let _reading = self.reading.lock().await;
        if let Some(board) = self.fresh(cycle.id, generation) {
            return Ok(board);
        }
        let applications = storage::applications::submitted_in(db, cycle.id)
            .await
            .map_err(db_error)?;
        let ids: Vec<i32> = applications.iter().map(|a| a.id).collect();
        let ledger = Ledger::read(db, &ids, cycle.scores_visible_before_review).await?;
        let rows = applications
            .iter()
            .map(|application| ledger.row(application))
            .collect();
        let board = Arc::new(CycleBoard {
            applications,
            rows,
            ledger,
        });
        self.keep(cycle.id, generation, Arc::clone(&board));
        Ok(board)
    }
}

/// Where a board is read from: the database at `now`, through the shared copy, which is current while
/// no live event has been published since `generation` (taken before any read).
pub struct BoardSource<'a> {
    pub db: &'a DatabaseConnection,
    pub now: DateTime<Utc>,
    pub cache: &'a BoardCache,
    pub generation: u64,
}

/// The cycle of `year` (or the current one) with its board as the database holds it, and every
/// cycle's year, newest first.
pub(super) async fn cycle_board(
    source: &BoardSource<'_>,
    year: Option<i32>,
) -> Result<(Option<(cycles::Model, Arc<CycleBoard>)>, Vec<i32>), AppError> {
    let BoardSource {
        db,
        now,
        cache,
        generation,
    } = *source;
    let cycle = match year {
        Some(year) => storage::cycles::of_year(db, year).await,
        None => storage::cycles::current(db, now).await,
    }
    .map_err(db_error)?;
    let years = storage::cycles::by_year(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .rev()
        .map(|cycle| cycle.year)
        .collect();
    let read = match cycle {
        Some(cycle) => {
            let board = cache.board_of(db, &cycle, generation).await?;
            Some((cycle, board))
        }
        None => None,
    };
    Ok((read, years))
}

impl CycleBoard {
    /// Each application with its row as `reader` may see it, in the order read.
    pub(super) fn seen_by<'a>(
        &'a self,
        reader: &'a CurrentUser,
    ) -> impl Iterator<Item = (&'a applications::Model, BoardRow)> + 'a {
        self.applications
            .iter()
            .zip(&self.rows)
            .map(|(application, row)| (application, self.ledger.seen_by(reader, application, row)))
    }
}

/// The cities whose applications among `rows` count against the quota, in alphabetical order.
pub(super) fn endorsed<'a>(rows: impl IntoIterator<Item = &'a BoardRow>) -> Vec<String> {
    let mut endorsed: Vec<String> = rows
        .into_iter()
        .filter(|row| row.status.counts_against_quota())
        .map(|row| row.city.clone())
        .collect();
    endorsed.sort();
    endorsed
}

/// The board of the cycle of `year`, or of the current cycle.
pub async fn board(
    source: &BoardSource<'_>,
    reader: &CurrentUser,
    year: Option<i32>,
) -> Result<Board, AppError> {
    commission_only(reader)?;
    let now = source.now;
    let (read, years) = cycle_board(source, year).await?;
    let Some((cycle, read)) = read else {
        return Ok(Board {
            cycle: None,
            years,
            now,
            rows: Vec::new(),
            endorsed: Vec::new(),
            total: 0,
            matching: 0,
            page: 1,
            pages: 1,
        });
    };
    let rows: Vec<BoardRow> = read.seen_by(reader).map(|(_, row)| row).collect();
    let total = rows.len() as u32;
    Ok(Board {
        cycle: Some(summary(cycle)),
        years,
        now,
        endorsed: endorsed(&rows),
        rows,
        total,
        matching: total,
        page: 1,
        pages: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn empty_board() -> Arc<CycleBoard> {
        Arc::new(CycleBoard {
            applications: Vec::new(),
            rows: Vec::new(),
            ledger: Ledger {
                cities: HashMap::new(),
                reviewers: Vec::new(),
                conflicts: HashSet::new(),
                reviews: HashMap::new(),
                means: HashMap::new(),
                last_event: HashMap::new(),
                scores_open: false,
            },
        })
    }

    #[test]
    fn a_cached_board_serves_only_its_cycle_until_the_next_event() {
        let cache = BoardCache::default();
        assert!(cache.fresh(1, 7).is_none());
        cache.keep(1, 7, empty_board());
        assert!(cache.fresh(1, 7).is_some());
        assert!(cache.fresh(1, 8).is_none(), "an event was published since");
        assert!(cache.fresh(2, 7).is_none(), "another cycle");
    }
}
