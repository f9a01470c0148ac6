//! Live events: each change a page should show at once is published here after its transaction
//! commits, and streamed as server-sent events to every open page whose reader may see it.

use crate::signed_in::SignedIn;
use crate::startup::AppState;
use app::model::{Audience, CurrentUser, LiveEvent};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::{broadcast, watch};
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

/// How many events a slow page may fall behind before it is told to read everything again.
const BACKLOG: usize = 1024;

/// The hub every instance's publishers and open pages share.
#[derive(Clone)]
pub struct LiveEvents {
    sender: broadcast::Sender<LiveEvent>,
    /// Set when the server stops: open streams end, or a graceful shutdown would wait for them forever.
    closing: Arc<watch::Sender<bool>>,
    /// Counts the events published; whatever is cached from the database is stale once it moves.
    generation: Arc<AtomicU64>,
}

impl Default for LiveEvents {
    fn default() -> Self {
        LiveEvents {
            sender: broadcast::channel(BACKLOG).0,
            closing: Arc::new(watch::channel(false).0),
            generation: Arc::default(),
        }
    }
}

impl LiveEvents {
    /// Sends `event` to every open page; with no page open it goes nowhere, which is fine.
    pub fn publish(&self, event: LiveEvent) {
        self.generation.fetch_add(1, Ordering::SeqCst);
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

    /// Ends every open stream; browsers reconnect to whichever instance serves next.
    pub fn close(&self) {
        self.closing.send_replace(true);
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
/// reconnects, or fell behind and got `Resync`, reads what it shows again.
pub async fn stream(
    State(state): State<AppState>,
    signed_in: Result<SignedIn, Response>,
) -> Response {
    let Ok(SignedIn { user, .. }) = signed_in else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let events = BroadcastStream::new(state.events.subscribe()).filter_map(move |received| {
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
        .keep_alive(KeepAlive::default())
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
