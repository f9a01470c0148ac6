//! The live feed: one connection per browser tab to the server's events, shared by everything on the
//! page that can change while it is open, with an indicator that says whether it is connected.

use crate::i18n::use_i18n;
use crate::model::LiveEvent;
use leptos::prelude::*;

/// The state of the connection, once the page has hydrated and someone is signed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connection {
    Live,
    Reconnecting,
}

#[derive(Clone, Copy)]
pub struct LiveFeed {
    /// The latest event. Every event notifies, even one equal to the last.
    pub last: ReadSignal<Option<LiveEvent>>,
    /// `None` while there is no connection to speak of (before hydration, signed out).
    pub connection: ReadSignal<Option<Connection>>,
    /// Counts the times the feed came back after a break or fell behind: whatever a page shows from
    /// the server must then be read again, because events may have been missed.
    pub resyncs: ReadSignal<u32>,
}

/// The tab's feed. In the browser every island shares one stream, opened by the first that asks;
/// a page is only ever drawn for one account, because signing in or out loads a new page. On the
/// server the feed never changes.
pub fn use_live_feed() -> LiveFeed {
    #[cfg(feature = "hydrate")]
    {
        feed::shared()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        LiveFeed {
            last: signal(None).0,
            connection: signal(None).0,
            resyncs: signal(0).0,
        }
    }
}

/// A number that moves on whenever an event `matches` arrives, or the feed had a break: a resource
/// that reads it loads again, so that what the page shows follows the server.
pub fn live_revision(matches: impl Fn(&LiveEvent) -> bool + Send + Sync + 'static) -> Memo<u32> {
    let feed = use_live_feed();
    let changes = RwSignal::new(0_u32);
    Effect::new(move |_| {
        if feed.last.with(|event| event.as_ref().is_some_and(&matches)) {
            changes.update(|n| *n += 1);
        }
    });
    Memo::new(move |_| changes.get() + feed.resyncs.get())
}

/// "Live" or "Reconnecting…", next to what updates by itself; nothing before the page is connected.
#[island]
pub fn LiveIndicator() -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_live_feed();
    // Shown from a copy taken once this island has hydrated: another island may have opened the feed,
    // and it may have connected, while the loader was still fetching this one, and hydration must find
    // what the server rendered.
    let shown = RwSignal::new(None);
    Effect::new(move |_| shown.set(feed.connection.get()));
    view! {
        <span class="live-indicator" role="status" data-testid="live">
            {move || {
                shown.get().map(|connection| match connection {
                    Connection::Live => view! {
                        <span class="live-indicator__dot" aria-hidden="true"></span>
                        {i18n.t("live-connected")}
                    }
                    .into_any(),
                    Connection::Reconnecting => view! {
                        <span class="live-indicator__dot live-indicator__dot--off" aria-hidden="true"></span>
                        {i18n.t("live-reconnecting")}
                    }
                    .into_any(),
                })
            }}
        </span>
    }
}

#[cfg(feature = "hydrate")]
mod feed {
    use super::{Connection, LiveFeed};
    use crate::model::LiveEvent;
    use leptos::prelude::*;
    use std::cell::{Cell, OnceCell};
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{EventSource, MessageEvent};

    /// A browser that has given up on the stream (the server answered with an error) tries again
    /// after this long.
    const RETRY_MS: u32 = 5_000;

    #[derive(Clone, Copy)]
    struct Setters {
        last: WriteSignal<Option<LiveEvent>>,
        connection: WriteSignal<Option<Connection>>,
        resyncs: WriteSignal<u32>,
    }

    thread_local! {
        static FEED: OnceCell<LiveFeed> = const { OnceCell::new() };
    }

    pub fn shared() -> LiveFeed {
        FEED.with(|feed| {
            *feed.get_or_init(|| {
                let (last, set_last) = signal(None);
                let (connection, set_connection) = signal(None);
                let (resyncs, set_resyncs) = signal(0);
                open(
                    Setters {
                        last: set_last,
                        connection: set_connection,
                        resyncs: set_resyncs,
                    },
                    false,
                );
                LiveFeed {
                    last,
                    connection,
                    resyncs,
                }
            })
        })
    }

    fn open(setters: Setters, after_break: bool) {
        let viewing = web_sys::window()
            .and_then(|window| window.location().pathname().ok())
            .and_then(|path| crate::paths::desk_of(&path));
        let Ok(source) = EventSource::new(&crate::paths::events(viewing)) else {
            return;
        };
        // Anything may have happened while there was no stream.
        let broken = Rc::new(Cell::new(after_break));
        let on_open = Closure::<dyn FnMut()>::new({
            let broken = broken.clone();
            move || {
                if broken.replace(false) {
                    setters.resyncs.update(|n| *n += 1);
                }
                setters.connection.set(Some(Connection::Live));
            }
        });
        let on_error = Closure::<dyn FnMut()>::new({
            let source = source.clone();
            move || {
                broken.set(true);
                setters.connection.set(Some(Connection::Reconnecting));
                if source.ready_state() == EventSource::CLOSED {
                    let source = source.clone();
                    gloo_timers::callback::Timeout::new(RETRY_MS, move || {
                        detach(&source);
                        open(setters, true);
                    })
                    .forget();
                }
            }
        });
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |message: MessageEvent| {
            let Some(text) = message.data().as_string() else {
                return;
            };
            match serde_json::from_str::<LiveEvent>(&text) {
                Ok(LiveEvent::Resync) => setters.resyncs.update(|n| *n += 1),
                Ok(event) => setters.last.set(Some(event)),
                Err(_) => {}
            }
        });
        source.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handlers live as long as the stream, which `detach` takes them from.
        on_open.forget();
        on_error.forget();
        on_message.forget();
    }

    fn detach(source: &EventSource) {
        source.set_onopen(None);
        source.set_onerror(None);
        source.set_onmessage(None);
        source.close();
    }
}
