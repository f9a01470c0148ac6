use super::Deadline;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One yearly application round as the public and the cities see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleSummary {
    pub year: i32,
    pub opens: Deadline,
    pub closes: Deadline,
    pub decision_due: Deadline,
    /// How many applications the Commission may endorse in this cycle.
    pub quota: u32,
}

/// Where the application window stands at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowPhase {
    NotYetOpen,
    Open,
    Closed,
}

impl CycleSummary {
    /// The window includes its opening instant and ends at its closing instant.
    pub fn phase(&self, now: DateTime<Utc>) -> WindowPhase {
        if now < self.opens.at {
            WindowPhase::NotYetOpen
        } else if now < self.closes.at {
            WindowPhase::Open
        } else {
            WindowPhase::Closed
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::model::default_window;
    use chrono::TimeDelta;

    #[test]
    fn the_phase_follows_the_window_edges() {
        let (opens, closes) = default_window(2027).unwrap();
        let cycle = CycleSummary {
            year: 2027,
            opens: Deadline::at(opens),
            closes: Deadline::at(closes),
            decision_due: Deadline::at(closes + TimeDelta::days(31)),
            quota: 3,
        };
        let second = TimeDelta::seconds(1);
        assert_eq!(cycle.phase(opens - second), WindowPhase::NotYetOpen);
        assert_eq!(cycle.phase(opens), WindowPhase::Open);
        assert_eq!(cycle.phase(closes - second), WindowPhase::Open);
        assert_eq!(cycle.phase(closes), WindowPhase::Closed);
    }
}
