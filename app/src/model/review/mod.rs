//! The Commission's review: the rubric each reviewer fills, the board that lists every application of
//! a cycle with its reviews, and the board's filters, which the browser and the server apply alike.

mod board;
mod conflicts;
mod desk;
mod rubric;

pub use board::*;
pub use conflicts::*;
pub use desk::*;
pub use rubric::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ApplicationStatus, Deadline};
    use chrono::Utc;

    fn complete() -> ReviewForm {
        ReviewForm {
            scores: criteria().map(|c| (c.to_owned(), "4".to_owned())).collect(),
            comments: [(
                "political-will".to_owned(),
                " Strong council support. ".to_owned(),
            )]
            .into(),
            recommendation: "endorse".to_owned(),
            overall_comment: "Ready.".to_owned(),
        }
    }

    #[test]
    fn the_rubric_has_every_key_feature_and_the_commitment() {
        let all: Vec<_> = criteria().collect();
        assert_eq!(all.len(), 10);
        assert!(all.contains(&"inclusive-learning"));
        assert!(all.contains(&"mobilisation-of-resources"));
        assert_eq!(all.last(), Some(&"commitment-and-plan"));
    }

    #[test]
    fn a_complete_review_checks_and_round_trips() {
        let checked = complete().check().unwrap();
        assert_eq!(checked.recommendation, Recommendation::Endorse);
        assert_eq!(
            checked.scores["political-will"],
            (4, "Strong council support.".into())
        );
        assert_eq!(checked.mean_tenths(), 40);
        let again = ReviewForm::from_checked(&checked);
        assert_eq!(again.check().unwrap(), checked);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut form = complete();
        form.scores.insert("inclusive-learning".into(), "6".into());
        form.scores.remove("political-will");
        form.scores.insert("made-up".into(), "3".into());
        form.recommendation = String::new();
        form.overall_comment = "x".repeat(COMMENT_CHARS + 1);
        let problems = form.check().unwrap_err();
        let named: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.key.as_str()))
            .collect();
        assert!(named.contains(&("score-inclusive-learning", "error-rating-invalid")));
        assert!(named.contains(&("score-political-will", "error-required")));
        assert!(named.contains(&("score-made-up", "error-choice-invalid")));
        assert!(named.contains(&("recommendation", "error-required")));
        assert!(named.contains(&("overall_comment", "error-too-long")));
        assert_eq!(problems.len(), 5, "{named:?}");
    }

    #[test]
    fn a_draft_may_be_incomplete_but_not_wrong() {
        let partial = ReviewForm {
            scores: [("political-will".to_owned(), "3".to_owned())].into(),
            ..Default::default()
        };
        assert!(partial.draft_problems().is_empty());
        let wrong = ReviewForm {
            scores: [("political-will".to_owned(), "0".to_owned())].into(),
            recommendation: "maybe".into(),
            ..Default::default()
        };
        assert_eq!(wrong.draft_problems().len(), 2);
    }

    #[test]
    fn scores_summarise_as_mean_spread_and_tally() {
        assert_eq!(ScoreSummary::of(&[]), None);
        assert_eq!(
            ScoreSummary::of(&[
                (40, Recommendation::Endorse),
                (25, Recommendation::Reject),
                (31, Recommendation::Endorse)
            ]),
            Some(ScoreSummary {
                mean_tenths: 32,
                spread_tenths: 15,
                tally: Tally {
                    endorse: 2,
                    request_changes: 0,
                    reject: 1
                }
            })
        );
        assert_eq!(tenths(32, false), "3.2");
        assert_eq!(tenths(40, true), "4,0");
    }

    #[test]
    fn agreement_is_the_rounded_mean_and_the_distance_between_the_extremes() {
        assert_eq!(agreement([40, 50, 30].into_iter()), Some((40, 20)));
        assert_eq!(agreement([40, 50].into_iter()), Some((45, 10)));
        assert_eq!(agreement([40, 50, 50].into_iter()), Some((47, 10)));
        assert_eq!(agreement(std::iter::empty()), None);
    }

    fn row(
        id: i32,
        city: &str,
        mine: MyReview,
        done: u32,
        mean: Option<u32>,
        minute: u32,
    ) -> BoardRow {
        use chrono::TimeZone;
        let at = Utc.with_ymd_and_hms(2027, 3, 10, 9, minute, 0).unwrap();
        let deadline = Deadline {
            at,
            riga: at.naive_utc(),
        };
        BoardRow {
            id,
            city: city.into(),
            status: ApplicationStatus::Submitted,
            submitted_at: Some(deadline),
            version: 1,
            reviews_done: done,
            reviews_needed: 2,
            scores: mean.map(|mean_tenths| ScoreSummary {
                mean_tenths,
                spread_tenths: 0,
                tally: Tally::default(),
            }),
            mine,
            last_activity: deadline,
        }
    }

    #[test]
    fn a_large_board_is_shown_a_page_at_a_time() {
        let rows: Vec<BoardRow> = (0..120)
            .map(|n| row(n, &format!("City {n:03}"), MyReview::NotStarted, 0, None, 0))
            .collect();
        let board = Board {
            cycle: None,
            years: vec![],
            now: rows[0].last_activity.at,
            rows,
            endorsed: vec![],
            total: 0,
            matching: 0,
            page: 0,
            pages: 0,
        };
        let query =
            |pairs: &[(&'static str, &'static str)]| BoardQuery::from_pairs(pairs.iter().copied());
        let first = board.clone().narrow(&query(&[("sort", "city")]));
        assert_eq!(
            (first.total, first.matching, first.page, first.pages),
            (120, 120, 1, 3)
        );
        assert_eq!(first.rows.len(), BOARD_PAGE);
        assert_eq!(first.rows[0].city, "City 000");
        let last = board
            .clone()
            .narrow(&query(&[("sort", "city"), ("page", "3")]));
        assert_eq!(last.rows.len(), 20);
        assert_eq!(last.rows[0].city, "City 100");
        let beyond = board.clone().narrow(&query(&[("page", "99")]));
        assert_eq!(beyond.page, 3, "past the end is the last page");
        let none = board.narrow(&query(&[("q", "nowhere")]));
        assert_eq!(
            (none.matching, none.page, none.pages, none.rows.len()),
            (0, 1, 1, 0)
        );
    }

    #[test]
    fn the_board_filters_and_sorts_as_asked() {
        let rows = vec![
            row(1, "Valmiera", MyReview::Submitted, 1, Some(35), 5),
            row(2, "Cēsis", MyReview::NotStarted, 0, None, 9),
            row(3, "Jelgava", MyReview::Draft, 1, Some(42), 1),
        ];
        let ids =
            |query: &BoardQuery| -> Vec<i32> { query.apply(&rows).iter().map(|r| r.id).collect() };
        assert_eq!(ids(&BoardQuery::default()), vec![2, 1, 3]);
        let query = BoardQuery::from_pairs([("mine", "1"), ("sort", "city")]);
        assert_eq!(ids(&query), vec![2, 3]);
        assert_eq!(ids(&BoardQuery::from_pairs([("unscored", "on")])), vec![2]);
        assert_eq!(ids(&BoardQuery::from_pairs([("q", " cĒs ")])), vec![2]);
        assert_eq!(
            ids(&BoardQuery::from_pairs([("sort", "score")])),
            vec![3, 1, 2]
        );
        assert_eq!(
            ids(&BoardQuery::from_pairs([("sort", "submitted")])),
            vec![3, 1, 2]
        );
        assert_eq!(
            ids(&BoardQuery::from_pairs([
                ("status", "rejected"),
                ("sort", "nonsense")
            ])),
            Vec::<i32>::new()
        );
        assert_eq!(
            BoardQuery::from_pairs([("sort", "nonsense")]).sort,
            BoardSort::Activity
        );
    }

    #[test]
    fn the_filters_count_as_chosen_unless_the_form_was_sent_as_it_came() {
        let chosen =
            |pairs: &[(&str, &str)]| BoardQuery::from_pairs(pairs.iter().copied()).is_chosen();
        assert!(!chosen(&[]));
        assert!(!chosen(&[
            ("q", " "),
            ("status", ""),
            ("sort", "activity"),
            ("page", "3")
        ]));
        assert!(chosen(&[("q", "cēsis")]));
        assert!(chosen(&[("mine", "1")]));
        assert!(chosen(&[("sort", "city")]));
        assert!(chosen(&[("year", "2026")]));
    }

    #[test]
    fn only_the_submit_button_submits_a_review() {
        assert_eq!(ReviewStep::from_button(Some("submit")), ReviewStep::Submit);
        for other in [None, Some("draft"), Some("Submit"), Some("")] {
            assert_eq!(
                ReviewStep::from_button(other),
                ReviewStep::SaveDraft,
                "{other:?}"
            );
        }
    }
}
