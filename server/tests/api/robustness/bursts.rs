//! Live pages cut off and reconnecting in the middle of a burst of changes. A page that reconnects
//! reads the board again; from then on it must hear every change, in the order made, each once, until
//! it is cut off again — on one instance, and with the changes made on one instance of two and heard
//! on the other.

use crate::common::feed::Feed;
use crate::common::seed::THIRD_REVIEWER;
use crate::features::applications::signed_in;
use crate::features::board::{review, SECOND_REVIEWER};
use crate::helpers::{spawn_app, TestApp, PASSWORD, REVIEWER, SECRETARY};
use crate::robustness::instances::two_instances;
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::Value;
use server::storage::entities::{applications, enums};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::Instant;

/// Each reviewer keeps to applications of their own, so that the order of the events about them is
/// the order in which that reviewer made the changes.
const APPLICATIONS_EACH: usize = 6;
const PAGES: usize = 10;
const BURST_FOR: Duration = Duration::from_secs(4);
/// Pages are cut off only this long before the burst ends, so that the last connection of each is
/// made while the changes still pour in.
const LAST_CUT_BEFORE_END: Duration = Duration::from_secs(1);
/// Once the burst is over, a page that hears nothing for this long has heard everything.
const QUIET: Duration = Duration::from_secs(1);

/// What a page heard between reading the board and being cut off (or told to read it again).
struct Stretch {
    board: BTreeMap<i32, Value>,
    heard: Vec<i32>,
}

#[tokio::test]
async fn pages_cut_off_during_a_burst_hear_every_later_change_after_reading_again() {
    let app = spawn_app().await;
    burst(&[&app]).await;
}

#[tokio::test]
async fn pages_cut_off_during_a_burst_on_two_instances_hear_every_later_change_after_reading_again()
{
    let (first, second, _url, _uploads) = two_instances().await;
    burst(&[&first, &second]).await;
}

/// Three reviewers submit reviews as fast as the server takes them while `PAGES` pages, each cut off
/// at random moments and reconnecting to the next instance, read the board and listen.
async fn burst(instances: &[&TestApp]) {
    let first = instances[0];
    crate::common::seed::applications_in_review(&first.db, 100, 3, PASSWORD)
        .await
        .unwrap();
    let ids: Vec<i32> = applications::Entity::find()
        .order_by_desc(applications::Column::Id)
        .all(&first.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|application| application.status == enums::ApplicationStatus::InReview)
        .map(|application| application.id)
        .take(3 * APPLICATIONS_EACH)
        .collect();
    let secretary = signed_in(first, SECRETARY).await;
    let ends = Instant::now() + BURST_FOR;
    let over = Arc::new(AtomicBool::new(false));
    // How many pages have read the board on their last connection and listen.
    let listening = Arc::new(AtomicUsize::new(0));

    let mut reviewers = Vec::new();
    for (n, (email, own)) in [REVIEWER, SECOND_REVIEWER, THIRD_REVIEWER]
        .into_iter()
        .zip(ids.chunks(APPLICATIONS_EACH))
        .enumerate()
    {
        // One instance per reviewer: each instance sends its events out in the order they were made.
        let instance = instances[n % instances.len()];
        let client = signed_in(instance, email).await;
        let own = own.to_vec();
        let listening = listening.clone();
        reviewers.push(async move {
            let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[n as u8; 32]);
            let mut made = Vec::new();
            // Past the burst's end a reviewer goes on until one change of theirs was made with every
            // page on its last connection: on a slow machine the last connections may open late.
            let mut heard_by_every_last_connection = false;
            while Instant::now() < ends || !heard_by_every_last_connection {
                let all_listening = listening.load(Ordering::SeqCst) == PAGES;
                let id = own[rng.random_range(0..own.len())];
                let score = rng.random_range(1..=5).to_string();
                let response = review(instance, &client, id, &score, None, "submit").await;
                assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
                made.push(id);
                heard_by_every_last_connection |= all_listening;
            }
            made
        });
    }
    let pages: Vec<_> = (0..PAGES)
        .map(|n| {
            let secretary = secretary.clone();
            let over = over.clone();
            let listening = listening.clone();
            tokio::spawn(page_cut_off_at_random(
                instances.iter().map(|app| app.address.clone()).collect(),
                secretary,
                n,
                ends,
                over,
                listening,
            ))
        })
        .collect();
    let made: Vec<Vec<i32>> = futures_util::future::join_all(reviewers).await;
    over.store(true, Ordering::SeqCst);
    let stored = board_rows(&first.address, &secretary).await;

    let mut cuts = 0;
    for page in pages {
        let stretches = page.await.unwrap();
        cuts += stretches.len() - 1;
        let last = stretches.last().unwrap();
        for stretch in &stretches {
            for (own, made) in ids.chunks(APPLICATIONS_EACH).zip(&made) {
                let heard: Vec<i32> = stretch
                    .heard
                    .iter()
                    .copied()
                    .filter(|id| own.contains(id))
                    .collect();
                let at = run_within(made, &heard);
                assert!(
                    at.is_some(),
                    "{} changes heard are not an unbroken run of the {} made",
                    heard.len(),
                    made.len()
                );
                if std::ptr::eq(stretch, last) {
                    assert!(
                        !heard.is_empty(),
                        "the last connection heard a change made while it listened"
                    );
                    assert_eq!(
                        at,
                        Some(made.len() - heard.len()),
                        "the last connection heard every change up to the last"
                    );
                }
            }
        }
        // What the page showed after its last reading is out of date only where it heard of a change,
        // which makes it read again.
        let heard: BTreeSet<i32> = last.heard.iter().copied().collect();
        for id in &ids {
            if last.board[id] != stored[id] {
                assert!(heard.contains(id), "the change to {id} went unheard");
            }
        }
    }
    assert!(cuts >= PAGES * 3, "only {cuts} cuts");
    let changes: usize = made.iter().map(Vec::len).sum();
    assert!(changes >= 100, "only {changes} changes made");
}

/// Where `heard` begins as an unbroken run of `made`, if it is one.
fn run_within(made: &[i32], heard: &[i32]) -> Option<usize> {
    if heard.is_empty() {
        return Some(made.len());
    }
    made.windows(heard.len())
        .rposition(|window| window == heard)
}

/// One page: open the feed, read the board, listen; cut off at a random moment and do it again, on
/// the next instance, until shortly before the burst `ends`; the last connection listens until the
/// burst is `over` and quiet.
async fn page_cut_off_at_random(
    bases: Vec<String>,
    client: reqwest::Client,
    n: usize,
    ends: Instant,
    over: Arc<AtomicBool>,
    listening: Arc<AtomicUsize>,
) -> Vec<Stretch> {
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[100 + n as u8; 32]);
    let mut stretches = Vec::new();
    for connection in 0.. {
        let base = &bases[(n + connection) % bases.len()];
        let mut feed = Feed::open(&client, &format!("{base}/events"))
            .await
            .unwrap();
        let cut_at = Instant::now() + Duration::from_millis(rng.random_range(100..500));
        let last = cut_at + LAST_CUT_BEFORE_END > ends;
        let mut stretch = Stretch {
            board: board_rows(base, &client).await,
            heard: Vec::new(),
        };
        if last {
            listening.fetch_add(1, Ordering::SeqCst);
        }
        loop {
            let wait = if last {
                QUIET
            } else {
                cut_at.saturating_duration_since(Instant::now())
            };
            match feed.next(wait).await {
                Some(event) if event == "Resync" => {
                    stretches.push(stretch);
                    stretch = Stretch {
                        board: board_rows(base, &client).await,
                        heard: Vec::new(),
                    };
                }
                Some(event) => {
                    let changed = event["ReviewChanged"]["application_id"].as_i64();
                    stretch
                        .heard
                        .push(changed.unwrap_or_else(|| panic!("{event}")) as i32);
                }
                None if last && !over.load(Ordering::SeqCst) => {}
                None => break,
            }
        }
        stretches.push(stretch);
        if last {
            break;
        }
    }
    stretches
}

/// Every row of the board, by application, read page by page in the order of the cities' names.
async fn board_rows(base: &str, client: &reqwest::Client) -> BTreeMap<i32, Value> {
    let mut rows = BTreeMap::new();
    for page in 1.. {
        let response = client
            .get(format!("{base}/api/board?query[mine]=false&query[unscored]=false&query[text]=&query[sort]=City&query[page]={page}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
        let board: Value = response.json().await.unwrap();
        for row in board["rows"].as_array().unwrap() {
            rows.insert(row["id"].as_i64().unwrap() as i32, row.clone());
        }
        if board["page"] == board["pages"] {
            return rows;
        }
    }
    unreachable!("the pages of the board end")
}
