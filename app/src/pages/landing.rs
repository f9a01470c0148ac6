use crate::api::cycles::{current_cycle, CycleNow};
use crate::components::{CountdownLabel, ErrorPanel, LiveCountdown};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::format_wall_clock;
use crate::model::{DeadlineKind, UpcomingDeadline, WindowPhase};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;

const STEPS: [&str; 5] = [
    "landing-step-1",
    "landing-step-2",
    "landing-step-3",
    "landing-step-4",
    "landing-step-5",
];

/// The public front page: what the network is, why join, how applying works, and the current window.
#[component]
pub fn LandingPage() -> impl IntoView {
    let i18n = use_i18n();
    let cycle = Resource::new(|| (), |_| current_cycle());
    view! {
        <Title text=move || i18n.t("app-name")/>
        <section class="hero">
            <h1>{i18n.tr("landing-title")}</h1>
            <p class="lead">{i18n.tr("landing-lead")}</p>
        </section>
        <section class="window" aria-labelledby="cycle-window-heading">
            <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
                {move || cycle.get().map(|result| match result {
                    Ok(cycle_now) => view! { <WindowPanel cycle_now/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                })}
            </Suspense>
        </section>
        <div class="columns">
            <section>
                <h2>{i18n.tr("landing-network-heading")}</h2>
                <p>{i18n.tr("landing-network-text")}</p>
                <ul class="list-bullets">
                    <li><a href=move || paths::network(i18n.lang())>{i18n.tr("landing-network-more")}</a></li>
                    <li><a href=move || paths::members(i18n.lang())>{i18n.tr("landing-members-link")}</a></li>
                </ul>
            </section>
            <section>
                <h2>{i18n.tr("landing-steps-heading")}</h2>
                <ol class="steps">
                    {STEPS.into_iter().map(|key| view! { <li>{i18n.tr(key)}</li> }).collect_view()}
                </ol>
            </section>
        </div>
    }
}

#[component]
fn WindowPanel(cycle_now: CycleNow) -> impl IntoView {
    let i18n = use_i18n();
    let Some(cycle) = cycle_now.cycle else {
        return view! {
            <h2 id="cycle-window-heading">{i18n.tr("landing-no-cycle")}</h2>
        }
        .into_any();
    };
    let phase = cycle.phase(cycle_now.now);
    let (state_key, countdown) = match phase {
        WindowPhase::NotYetOpen => (
            "landing-window-not-open",
            Some((
                cycle.opens,
                CountdownLabel::OpensIn,
                DeadlineKind::WindowOpens,
            )),
        ),
        WindowPhase::Open => (
            "landing-window-open",
            Some((
                cycle.closes,
                CountdownLabel::ClosesIn,
                DeadlineKind::WindowCloses,
            )),
        ),
        WindowPhase::Closed => ("landing-window-closed", None),
    };
    let dated = move |key: &'static str, at| {
        move || {
            translate_with(
                i18n.lang(),
                key,
                &[("datetime", Arg::Text(format_wall_clock(i18n.lang(), at)))],
            )
        }
    };
    let year = cycle.year;
    let quota = cycle.quota;
    view! {
        <div class="window__panel" data-phase=format!("{phase:?}")>
            <h2 id="cycle-window-heading">
                {move || translate_with(i18n.lang(), "landing-window-heading", &[("year", Arg::Number(year.into()))])}
            </h2>
            <p class="window__state">{i18n.tr(state_key)}</p>
            {countdown.map(|(deadline, label, kind)| {
                let calendar = paths::calendar(&UpcomingDeadline { kind, year, city: None, deadline });
                view! {
                    <LiveCountdown deadline server_now=cycle_now.now label/>
                    <p><a href=calendar download="">{i18n.tr("deadlines-calendar")}</a></p>
                }
            })}
            <ul class="window__dates">
                <li>{dated("landing-window-opens", cycle.opens.riga)}</li>
                <li>{dated("landing-window-closes", cycle.closes.riga)}</li>
            </ul>
            <p>
                {move || translate_with(i18n.lang(), "landing-quota", &[("count", Arg::Number(quota.into()))])}
            </p>
            <p><a class="button" href=move || i18n.href("/login")>{i18n.tr("landing-sign-in")}</a></p>
        </div>
    }
    .into_any()
}
