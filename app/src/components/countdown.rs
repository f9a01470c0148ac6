use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::{format_wall_clock, Deadline};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The server's time, ticking every second in the browser. The server renders at `server_now`; the
/// browser then advances it by the device clock's elapsed time only, so a wrong device clock cannot make
/// a deadline look further away than it is.
pub fn server_clock(server_now: DateTime<Utc>) -> Signal<DateTime<Utc>> {
    let now = RwSignal::new(server_now);
    #[cfg(feature = "hydrate")]
    start_ticking(now, server_now);
    now.into()
}

/// What a countdown counts down to, as the line above the time left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CountdownLabel {
    OpensIn,
    ClosesIn,
    DecisionDueIn,
    ReportDueIn,
}

impl CountdownLabel {
    fn key(self) -> &'static str {
        match self {
            CountdownLabel::OpensIn => "countdown-opens-in",
            CountdownLabel::ClosesIn => "countdown-closes-in",
            CountdownLabel::DecisionDueIn => "countdown-decision-due-in",
            CountdownLabel::ReportDueIn => "countdown-report-due-in",
        }
    }
}

/// A countdown on its own, ticking in the browser.
#[island]
pub fn LiveCountdown(
    deadline: Deadline,
    server_now: DateTime<Utc>,
    label: CountdownLabel,
) -> impl IntoView {
    view! { <Countdown deadline now=server_clock(server_now) label/> }
}

/// A live countdown to `deadline`, read from a [`server_clock`].
#[component]
pub fn Countdown(
    deadline: Deadline,
    #[prop(into)] now: Signal<DateTime<Utc>>,
    label: CountdownLabel,
) -> impl IntoView {
    let i18n = use_i18n();
    let viewer_time = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| viewer_time.set(viewer_local_time(deadline, i18n)));

    let remaining = move || deadline.remaining(now.get());
    let days = move || {
        remaining().map(|left| {
            translate_with(
                i18n.lang(),
                "countdown-days",
                &[("count", Arg::Number(left.days))],
            )
        })
    };
    let clock = move || {
        remaining().map(|left| format!("{:02}:{:02}:{:02}", left.hours, left.minutes, left.seconds))
    };
    let riga_text = move || {
        translate_with(
            i18n.lang(),
            "countdown-riga-time",
            &[(
                "datetime",
                Arg::Text(format_wall_clock(i18n.lang(), deadline.riga)),
            )],
        )
    };
    view! {
        <div class="countdown">
            <Show
                when=move || remaining().is_some()
                fallback=move || view! { <p class="countdown__passed">{i18n.tr("countdown-passed")}</p> }
            >
                <p class="countdown__label">{i18n.tr(label.key())}</p>
                <p class="countdown__value" role="timer" aria-atomic="true">
                    <span class="countdown__days">{days}</span>
                    " "
                    <span class="countdown__clock">{clock}</span>
                </p>
            </Show>
            <p class="countdown__when">
                <time datetime=deadline.at.to_rfc3339()>{riga_text}</time>
            </p>
            {move || viewer_time.get().map(|text| view! { <p class="countdown__local">{text}</p> })}
        </div>
    }
}

#[cfg(feature = "hydrate")]
fn start_ticking(now: RwSignal<DateTime<Utc>>, server_now: DateTime<Utc>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    Effect::new(move |_| {
        // Measured once at hydration: how far the device clock is from the server's.
        let offset_ms = server_now.timestamp_millis() as f64 - js_sys::Date::now();
        let alive = Arc::new(AtomicBool::new(true));
        on_cleanup({
            let alive = Arc::clone(&alive);
            move || alive.store(false, Ordering::Relaxed)
        });
        leptos::task::spawn_local(async move {
            while alive.load(Ordering::Relaxed) {
                let server_ms = js_sys::Date::now() + offset_ms;
                if let Some(at) = DateTime::<Utc>::from_timestamp_millis(server_ms as i64) {
                    now.set(at);
                }
                // Wake on the next whole server second so that the display steps evenly.
                let wait = 1_000 - (server_ms as i64).rem_euclid(1_000);
                gloo_timers::future::TimeoutFuture::new(wait as u32).await;
            }
        });
    });
}

/// The deadline in the viewer's own time zone, when that is not Riga's.
#[cfg(feature = "hydrate")]
fn viewer_local_time(deadline: Deadline, i18n: crate::i18n::I18n) -> Option<String> {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    let resolved = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    let zone = Reflect::get(&resolved, &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()?;
    if zone == "Europe/Riga" {
        return None;
    }
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    Reflect::set(&options, &"timeStyle".into(), &"short".into()).ok()?;
    let when = Date::new(&JsValue::from_f64(deadline.at.timestamp_millis() as f64));
    let text: String = when.to_locale_string(i18n.lang().code(), &options).into();
    Some(translate_with(
        i18n.lang(),
        "countdown-your-time",
        &[("datetime", Arg::Text(text))],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use chrono::NaiveDate;

    #[test]
    fn wall_clock_times_are_written_the_way_each_language_writes_dates() {
        let at = NaiveDate::from_ymd_opt(2027, 4, 30)
            .unwrap()
            .and_hms_opt(23, 59, 59)
            .unwrap();
        assert_eq!(format_wall_clock(Lang::En, at), "30 April 2027, 23:59");
        assert_eq!(
            format_wall_clock(Lang::Lv, at),
            "2027. gada 30. aprīlis, plkst. 23:59"
        );
        assert_eq!(format_wall_clock(Lang::Ru, at), "30 апреля 2027 г., 23:59");
    }
}
