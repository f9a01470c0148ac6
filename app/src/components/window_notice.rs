use super::{server_clock, Countdown, CountdownLabel};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::format_wall_clock;
use crate::model::{CycleSummary, WindowPhase};
use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;

/// How close the window's end is, as the warning to show: at 7 days, 24 hours and 1 hour before.
pub fn closing_warning(cycle: &CycleSummary, now: DateTime<Utc>) -> Option<&'static str> {
    if cycle.phase(now) != WindowPhase::Open {
        return None;
    }
    let left = cycle.closes.at - now;
    [
        (TimeDelta::hours(1), "window-warning-hour"),
        (TimeDelta::hours(24), "window-warning-day"),
        (TimeDelta::days(7), "window-warning-week"),
    ]
    .into_iter()
    .find(|(limit, _)| left <= *limit)
    .map(|(_, key)| key)
}

/// The application window on every wizard page: its live countdown, and a warning banner as the end
/// nears. Both follow the server's ticking clock, so the banner appears without a reload.
#[island]
pub fn WindowNotice(cycle: CycleSummary, server_now: DateTime<Utc>) -> impl IntoView {
    let i18n = use_i18n();
    let now = server_clock(server_now);
    let warning = {
        let cycle = cycle.clone();
        move || {
            closing_warning(&cycle, now.get()).map(|key| {
                view! {
                    <div class="banner banner--warning" role="status" data-testid="closing-warning">
                        <p>{i18n.tr(key)}</p>
                    </div>
                }
            })
        }
    };
    let phase = {
        let cycle = cycle.clone();
        Memo::new(move |_| cycle.phase(now.get()))
    };
    let body = move || match phase.get() {
        WindowPhase::NotYetOpen => {
            view! { <Countdown deadline=cycle.opens now label=CountdownLabel::OpensIn/> }.into_any()
        }
        WindowPhase::Open => {
            view! { <Countdown deadline=cycle.closes now label=CountdownLabel::ClosesIn/> }
                .into_any()
        }
        WindowPhase::Closed => {
            let closed = cycle.closes.riga;
            view! {
                <p class="window-notice__closed">
                    {move || translate_with(
                        i18n.lang(),
                        "window-closed-on",
                        &[("datetime", Arg::Text(format_wall_clock(i18n.lang(), closed)))],
                    )}
                </p>
            }
            .into_any()
        }
    };
    view! {
        <aside class="window-notice" aria-label=move || i18n.t("window-notice-label")>
            {warning}
            {body}
        </aside>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::model::{default_window, Deadline};

    #[test]
    fn warnings_start_seven_days_a_day_and_an_hour_before_the_close() {
        let (opens, closes) = default_window(2027).unwrap();
        let cycle = CycleSummary {
            year: 2027,
            opens: Deadline::at(opens),
            closes: Deadline::at(closes),
            decision_due: Deadline::at(closes + TimeDelta::days(31)),
            quota: 3,
        };
        let before = |d: TimeDelta| closing_warning(&cycle, closes - d);
        assert_eq!(before(TimeDelta::days(8)), None);
        assert_eq!(before(TimeDelta::days(7)), Some("window-warning-week"));
        assert_eq!(before(TimeDelta::hours(25)), Some("window-warning-week"));
        assert_eq!(before(TimeDelta::hours(24)), Some("window-warning-day"));
        assert_eq!(before(TimeDelta::minutes(61)), Some("window-warning-day"));
        assert_eq!(before(TimeDelta::hours(1)), Some("window-warning-hour"));
        assert_eq!(before(TimeDelta::seconds(1)), Some("window-warning-hour"));
        assert_eq!(closing_warning(&cycle, closes), None);
        assert_eq!(closing_warning(&cycle, opens - TimeDelta::days(1)), None);
    }
}
