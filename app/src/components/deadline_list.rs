//! The reader's next deadlines, each with a live countdown and its calendar file.

use super::{CountdownLabel, ErrorPanel, LiveCountdown};
use crate::api::cycles::my_deadlines;
use crate::i18n::use_i18n;
use crate::model::{DeadlineKind, UpcomingDeadlines};
use crate::paths;
use leptos::prelude::*;

fn label(kind: DeadlineKind) -> CountdownLabel {
    match kind {
        DeadlineKind::WindowOpens => CountdownLabel::OpensIn,
        DeadlineKind::WindowCloses => CountdownLabel::ClosesIn,
        DeadlineKind::DecisionDue => CountdownLabel::DecisionDueIn,
        DeadlineKind::ReportDue => CountdownLabel::ReportDueIn,
    }
}

/// "Your next deadlines": read on the server with the page, so it shows without JavaScript too.
#[component]
pub fn DeadlineList() -> impl IntoView {
    let i18n = use_i18n();
    let deadlines = Resource::new(|| (), |_| my_deadlines());
    view! {
        <section class="deadline-list" aria-labelledby="deadlines-heading">
            <h2 id="deadlines-heading">{i18n.tr("deadlines-heading")}</h2>
            <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
                {move || deadlines.get().map(|result| match result {
                    Ok(upcoming) => view! { <Deadlines upcoming/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Deadlines(upcoming: UpcomingDeadlines) -> impl IntoView {
    let i18n = use_i18n();
    if upcoming.deadlines.is_empty() {
        return view! { <p>{i18n.tr("deadlines-none")}</p> }.into_any();
    }
    let now = upcoming.now;
    view! {
        <ul class="deadline-list__items">
            {upcoming.deadlines.into_iter().map(|deadline| {
                let title = deadline.title(i18n.lang());
                let calendar = paths::calendar(&deadline);
                view! {
                    <li class="deadline-list__item" data-testid="deadline" data-key=deadline.calendar_key()>
                        <h3>{title.clone()}</h3>
                        <LiveCountdown deadline=deadline.deadline server_now=now label=label(deadline.kind)/>
                        <a href=calendar download="">
                            {i18n.tr("deadlines-calendar")}
                            <span class="visually-hidden">": " {title}</span>
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
