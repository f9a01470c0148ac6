//! Live events: each change a page should show at once is published here after its transaction
//! commits, and streamed as server-sent events to every open page whose reader may see it.

use crate::signed_in::SignedIn;
use crate::startup::AppState;
use app::model::{Audience, CurrentUser, LiveEvent};
use axum::extract::Query;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::{broadcast, watch};
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

/// How often an idle stream sends a comment. A closed page is noticed only when writing to it fails
/// (the second write after it went), so this also bounds how long a page that was closed still
/// counts as open: at most two intervals.
const KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(5);

/// How many events a slow page may fall behind before it is told to read everything again.
const BACKLOG: usize = 1024;

/// One open review page of an application: its reader's id and name.
type OpenPage = (i32, String);

/// The hub every instance's publishers and open pages share.
#[derive(Clone)]
pub struct LiveEvents {
    sender: broadcast::Sender<LiveEvent>,
    /// Set when the server stops: open streams end, or a graceful shutdown would wait for them forever.
    closing: Arc<watch::Sender<bool>>,
    /// Counts the events that changed data; whatever is cached from the database is stale once it moves.
    generation: Arc<AtomicU64>,
    /// Each application's open review pages, one entry per page.
    presence: Arc<Mutex<HashMap<i32, Vec<OpenPage>>>>,
}

impl Default for LiveEvents {
    fn default() -> Self {
        LiveEvents {
            sender: broadcast::channel(BACKLOG).0,
            closing: Arc::new(watch::channel(false).0),
            generation: Arc::default(),
            presence: Arc::default(),
        }
    }
}

impl LiveEvents {
    /// Sends `event` to every open page; with no page open it goes nowhere, which is fine.
    pub fn publish(&self, event: LiveEvent) {
        if !matches!(event, LiveEvent::PresenceChanged { .. }) {
            self.generation.fetch_add(1, Ordering::SeqCst);
        }
        let _ = self.sender.send(event);
    }

    /// Moves with every published event. Events are published after their transaction commits, so
    /// data read after taking this number is at least as new as it says.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn subscribe(&self) -> broadcast::Receiver<LiveEvent> {
        self.sender.subscribe()
    }

    /// Notes that `reader` has the application's page open, until the returned guard is dropped.
    fn viewing(&self, application: i32, reader: &CurrentUser) -> Viewing {
        self.presence
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(application)
            .or_default()
            .push((reader.id, reader.full_name.clone()));
        self.publish(LiveEvent::PresenceChanged {
            application_id: application,
        });
        Viewing {
            events: self.clone(),
            application,
            reader: reader.id,
        }
    }

    /// The names of the people with the application's page open, each once, without `reader`.
    pub fn viewers(&self, application: i32, reader: i32) -> Vec<String> {
        let presence = self.presence.lock().unwrap_or_else(PoisonError::into_inner);
        let mut names: Vec<String> = presence
            .get(&application)
            .into_iter()
            .flatten()
            .filter(|(id, _)| *id != reader)
            .map(|(_, name)| name.clone())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Ends every open stream; browsers reconnect to whichever instance serves next.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }
}

/// One open review page; dropping it (the page's stream ended) tells the others it is gone.
struct Viewing {
    events: LiveEvents,
    application: i32,
    reader: i32,
}

impl Drop for Viewing {
    fn drop(&mut self) {
        {
            let mut presence = self
                .events
                .presence
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if let Some(pages) = presence.get_mut(&self.application) {
                if let Some(at) = pages.iter().position(|(id, _)| *id == self.reader) {
                    pages.swap_remove(at);
                }
                if pages.is_empty() {
                    presence.remove(&self.application);
                }
            }
        }
        self.events.publish(LiveEvent::PresenceChanged {
            application_id: self.application,
        });
    }
}

/// A city's people hear about their own city; the Commission hears about every city.
fn visible_to(user: &CurrentUser, event: &LiveEvent) -> bool {
    match event.audience() {
        Audience::Everyone => true,
        Audience::Commission => user.role.is_commission(),
        Audience::City(city) => {
            user.role.is_commission() || user.city.as_ref().is_some_and(|own| own.id == city)
        }
    }
}

/// `GET /events`: the signed-in person's live events. Browsers reconnect by themselves; a page that
/// reconnects, or fell behind and got `Resync`, reads what it shows again. `?viewing={id}` comes from
/// an application's review page: while the stream lasts, the others there see who has it open.
pub async fn stream(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    signed_in: Result<SignedIn, Response>,
) -> Response {
    let Ok(SignedIn { user, .. }) = signed_in else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let viewed = query.get("viewing").and_then(|id| id.parse::<i32>().ok());
    let mut viewing = None;
    if let Some(id) = viewed {
        // The same check as for asking who is there: the Commission, never a recused reviewer.
        if state.backend.viewers(&user, id).await.is_ok() {
            viewing = Some(state.events.viewing(id, &user));
        }
    }
    let events = BroadcastStream::new(state.events.subscribe()).filter_map(move |received| {
        // Owned by the stream, so that the page counts as open exactly as long as its stream.
        let _viewing = &viewing;
        let event = match received {
            Ok(event) => event,
            Err(BroadcastStreamRecvError::Lagged(_)) => LiveEvent::Resync,
        };
        visible_to(&user, &event).then(|| Event::default().json_data(&event))
    });
    let mut closing = state.events.closing.subscribe();
    let closed = async move {
        let _ = closing.wait_for(|closed| *closed).await;
    };
    Sse::new(futures_util::StreamExt::take_until(events, closed))
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::model::{ApplicationStatus, CityRef, Role};

    fn user(role: Role, city: Option<i32>) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "someone@example.org".into(),
            full_name: "Someone".into(),
            role,
            city: city.map(|id| CityRef {
                id,
                name: "Valmiera".into(),
            }),
            language: Default::default(),
        }
    }

    #[test]
    fn a_city_hears_only_about_itself_and_the_commission_about_everyone() {
        let event = LiveEvent::ApplicationChanged {
            id: 9,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        };
        assert!(visible_to(&user(Role::CityApplicant, Some(2)), &event));
        assert!(!visible_to(&user(Role::CityApplicant, Some(3)), &event));
        assert!(visible_to(&user(Role::CommissionReviewer, None), &event));
        assert!(visible_to(&user(Role::CommissionSecretary, None), &event));
        assert!(visible_to(
            &user(Role::CityApplicant, Some(3)),
            &LiveEvent::Resync
        ));
        let review = LiveEvent::ReviewChanged { application_id: 9 };
        assert!(!visible_to(&user(Role::CityApplicant, Some(2)), &review));
        assert!(visible_to(&user(Role::CommissionReviewer, None), &review));
    }
}
