//! Live events: each change a page should show at once is published here after its transaction
//! commits, and streamed as server-sent events to every open page whose reader may see it.

mod relay;

use app::model::application::FormRef;
use app::model::{Audience, CurrentUser, LiveEvent};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::{broadcast, mpsc, watch};
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

/// How many events a slow page may fall behind before it is told to read everything again.
const BACKLOG: usize = 1024;

/// One open review page of a form: its reader's id and name.
type OpenPage = (i32, String);

/// What this instance's open pages hear, and how stale its caches are.
#[derive(Clone)]
struct Hub {
    sender: broadcast::Sender<LiveEvent>,
    /// Counts the events that changed data; whatever is cached from the database is stale once it moves.
    generation: Arc<AtomicU64>,
}

impl Hub {
    /// Hands `event` to this instance's open pages; with no page open it goes nowhere, which is fine.
    fn deliver(&self, event: LiveEvent) {
        if !matches!(event, LiveEvent::PresenceChanged { .. }) {
            self.generation.fetch_add(1, Ordering::SeqCst);
        }
        let _ = self.sender.send(event);
    }
}

/// The hub every publisher and open page of an instance shares. With PostgreSQL, events go out through
/// its NOTIFY, so that the pages of every instance on the database hear them, in the order sent.
#[derive(Clone)]
pub struct LiveEvents {
    hub: Hub,
    /// Events on their way to PostgreSQL; `None` on SQLite, which has one instance.
    relay: Option<mpsc::UnboundedSender<LiveEvent>>,
    /// Set when the server stops: open streams end, or a graceful shutdown would wait for them forever.
    closing: Arc<watch::Sender<bool>>,
    /// Each form's open review pages on this instance, one entry per page.
    presence: Arc<Mutex<HashMap<FormRef, Vec<OpenPage>>>>,
}

impl Default for LiveEvents {
    fn default() -> Self {
        LiveEvents {
            hub: Hub {
                sender: broadcast::channel(BACKLOG).0,
                generation: Arc::default(),
            },
            relay: None,
            closing: Arc::new(watch::channel(false).0),
            presence: Arc::default(),
        }
    }
}

impl LiveEvents {
    /// The hub for `db`: relayed through PostgreSQL, listening before it returns so that no event
    /// published afterwards is missed; on SQLite, this instance's alone.
    pub async fn for_database(db: &DatabaseConnection) -> anyhow::Result<Self> {
        let mut events = LiveEvents::default();
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(events);
        }
        let pool = db.get_postgres_connection_pool().clone();
        let listener = relay::listen(&pool).await?;
        let (relay, queue) = mpsc::unbounded_channel();
        tokio::spawn(relay::send_out(pool.clone(), queue, events.hub.clone()));
        tokio::spawn(relay::hear(
            pool,
            listener,
            events.hub.clone(),
            events.closing.subscribe(),
        ));
        events.relay = Some(relay);
        Ok(events)
    }

    /// Sends `event` to every open page. Who is looking at what is known only to this instance.
    pub fn publish(&self, event: LiveEvent) {
        match &self.relay {
            Some(relay) if !matches!(event, LiveEvent::PresenceChanged { .. }) => {
                // This instance's caches go stale now, not when the event comes back from PostgreSQL:
                // whoever made the change reads it at once.
                self.hub.generation.fetch_add(1, Ordering::SeqCst);
                if let Err(mpsc::error::SendError(event)) = relay.send(event) {
                    self.hub.deliver(event);
                }
            }
            _ => self.hub.deliver(event),
        }
    }

    /// Moves with every published event. Events are published after their transaction commits, so
    /// data read after taking this number is at least as new as it says.
    pub fn generation(&self) -> u64 {
        self.hub.generation.load(Ordering::SeqCst)
    }

    /// What `user` hears of what is published from now on: the events they may see, in order, and
    /// `Resync` in place of the events they missed by falling more than [`BACKLOG`] behind.
    pub fn heard_by(&self, user: CurrentUser) -> impl Stream<Item = LiveEvent> {
        BroadcastStream::new(self.hub.sender.subscribe()).filter_map(move |received| {
            let event = match received {
                Ok(event) => event,
                Err(BroadcastStreamRecvError::Lagged(_)) => LiveEvent::Resync,
            };
            visible_to(&user, &event).then_some(event)
        })
    }

    /// Completes when the server stops, so that open streams end (a graceful shutdown would otherwise
    /// wait for them forever).
    pub fn closed(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut closing = self.closing.subscribe();
        async move {
            let _ = closing.wait_for(|closed| *closed).await;
        }
    }

    /// Notes that `reader` has the form's review page open, until the returned guard is dropped.
    pub fn viewing(&self, form: FormRef, reader: &CurrentUser) -> Viewing {
        self.presence
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(form)
            .or_default()
            .push((reader.id, reader.full_name.clone()));
        self.publish(LiveEvent::PresenceChanged { form });
        Viewing {
            events: self.clone(),
            form,
            reader: reader.id,
        }
    }

    /// The names of the people with the form's review page open, each once, without `reader`.
    pub fn viewers(&self, form: FormRef, reader: i32) -> Vec<String> {
        let presence = self.presence.lock().unwrap_or_else(PoisonError::into_inner);
        let mut names: Vec<String> = presence
            .get(&form)
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
pub struct Viewing {
    events: LiveEvents,
    form: FormRef,
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
            if let Some(pages) = presence.get_mut(&self.form) {
                if let Some(at) = pages.iter().position(|(id, _)| *id == self.reader) {
                    pages.swap_remove(at);
                }
                if pages.is_empty() {
                    presence.remove(&self.form);
                }
            }
        }
        self.events
            .publish(LiveEvent::PresenceChanged { form: self.form });
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

    #[tokio::test]
    async fn a_page_that_falls_behind_is_told_to_read_again_and_then_hears_what_follows() {
        let events = LiveEvents::default();
        let changed = |id| LiveEvent::ApplicationChanged {
            id,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        };
        let page = events.heard_by(user(Role::CommissionReviewer, None));
        tokio::pin!(page);
        for id in 0..(BACKLOG as i32 + 10) {
            events.publish(changed(id));
        }
        assert_eq!(page.next().await, Some(LiveEvent::Resync));
        let rest: Vec<LiveEvent> = page.take(BACKLOG).collect().await;
        assert_eq!(rest.first(), Some(&changed(10)));
        assert_eq!(rest.last(), Some(&changed(BACKLOG as i32 + 9)));
        assert_eq!(events.generation(), BACKLOG as u64 + 10);
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
