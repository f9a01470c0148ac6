//! `GET /calendar/{key}.ics`: a deadline as a calendar file, at its Riga wall-clock time with the
//! `Europe/Riga` time zone named, and a reminder a day before. A reader may fetch only a deadline of
//! their own list, the same list their account page shows, so the file tells nobody anything new.

use super::extract::Reader;
use super::files::{file_response, refused};
use super::AppState;
use app::error::AppError;
use app::i18n::{translate, translate_with, Arg, Lang};
use app::model::{DeadlineKind, UpcomingDeadline};
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{DateTime, TimeDelta, Utc};
use icalendar::{Alarm, Calendar, CalendarDateTime, Component, Event, EventLike, Trigger};

/// The page a deadline's work is done on, without its language.
fn page(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::WindowOpens | DeadlineKind::WindowCloses => "",
        DeadlineKind::DecisionDue | DeadlineKind::ReportDue => "/account",
    }
}

/// The calendar file of one deadline.
pub fn ics(
    lang: Lang,
    deadline: &UpcomingDeadline,
    now: DateTime<Utc>,
    public_url: &str,
) -> String {
    let summary = deadline.title(lang);
    let link = format!(
        "{}/{}{}",
        public_url.trim_end_matches('/'),
        lang.code(),
        page(deadline.kind)
    );
    let at = CalendarDateTime::from((deadline.deadline.riga, chrono_tz::Europe::Riga));
    let event = Event::new()
        .uid(&format!("{}@pieteikums", deadline.calendar_key()))
        .timestamp(now)
        .summary(&summary)
        .description(&translate_with(
            lang,
            "deadlines-calendar-description",
            &[("link", Arg::Text(link.clone()))],
        ))
        .url(&link)
        .starts(at.clone())
        .ends(at)
        .alarm(Alarm::display(
            &summary,
            Trigger::before_start(TimeDelta::days(1)),
        ))
        .done();
    Calendar::new()
        .name(&translate(lang, "app-name"))
        .timezone(chrono_tz::Europe::Riga)
        .push(event)
        .done()
        .to_string()
}

pub async fn download(
    State(state): State<AppState>,
    Reader { lang, user }: Reader,
    Path(file): Path<String>,
) -> Response {
    let Some(key) = file.strip_suffix(".ics") else {
        return refused(AppError::NotFound, lang);
    };
    let upcoming = match state.backend.deadlines(user.as_ref()).await {
        Ok(upcoming) => upcoming,
        Err(error) => return refused(error, lang),
    };
    let Some(deadline) = upcoming
        .deadlines
        .iter()
        .find(|deadline| deadline.calendar_key() == key)
    else {
        return refused(AppError::NotFound, lang);
    };
    let body = ics(lang, deadline, upcoming.now, &state.public_url);
    file_response(
        body.into_bytes(),
        "text/calendar; charset=utf-8",
        &file,
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::model::{CityRef, Deadline};
    use chrono::TimeZone;

    #[test]
    fn a_report_deadline_is_a_riga_event_with_a_reminder_the_day_before() {
        let due = app::model::default_report_due(2028).unwrap();
        let deadline = UpcomingDeadline {
            kind: DeadlineKind::ReportDue,
            year: 2028,
            city: Some(CityRef {
                id: 4,
                name: "Valmiera".into(),
            }),
            deadline: Deadline::at(due),
        };
        let now = Utc.with_ymd_and_hms(2027, 11, 1, 8, 0, 0).unwrap();
        let file = ics(Lang::En, &deadline, now, "https://pieteikums.example/");
        assert!(file.contains("BEGIN:VEVENT"), "{file}");
        assert!(file.contains("UID:report_due-2028-4@pieteikums"), "{file}");
        assert!(
            file.contains("DTSTART;TZID=Europe/Riga:20280331T235959"),
            "{file}"
        );
        assert!(file.contains("X-WR-TIMEZONE:Europe/Riga"), "{file}");
        assert!(file.contains("TRIGGER;RELATED=START:-PT86400S"), "{file}");
        assert!(file.contains("SUMMARY:Valmiera"), "{file}");
        assert!(
            file.contains("https://pieteikums.example/en/account"),
            "{file}"
        );
    }
}
