//! The live feed: one connection per browser tab to the server's events, shared by everything on the
//! page that can change while it is open, with an indicator that says whether it is connected.

use crate::i18n::use_i18n;
use crate::model::{LiveEvent, LiveTopic};
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

/// A part of a page that the server draws and draws again: when an event the part follows arrives,
/// the browser asks for the page again and takes the part (the element `id`) from it. So the page's
/// code and data types stay on the server, and the browser carries only this. Islands in the part
/// come alive again once it is redrawn; what they held is gone, so a form being filled in belongs
/// outside it.
#[island]
pub fn LiveRegion(id: String, topic: LiveTopic, children: Children) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        let revision = live_revision(move |event| topic.follows(event));
        let region = redraw::Region::new(id.clone());
        Effect::new(move |drawn: Option<u32>| {
            let now = revision.get();
            if drawn.is_some_and(|drawn| drawn != now) {
                region.redraw();
            }
            now
        });
    }
    // Only the browser follows events. (Not an attribute on the function: the island's name is a hash
    // of its code as the macro sees it, which must be the same in both builds.)
    #[cfg(not(feature = "hydrate"))]
    let _ = topic;
    view! { <div id=id class="live-region">{children()}</div> }
}

#[cfg(feature = "hydrate")]
pub use redraw::{elements, fetch_page, parse_page, show_drawn, Fetched};

#[cfg(feature = "hydrate")]
mod redraw {
    use leptos::prelude::document;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Document, DomParser, Element, HtmlElement, RequestCache, RequestInit, Response,
        SupportedType,
    };

    /// One region, and the order of its redraws: answers that arrive out of order are dropped, so an
    /// older page never replaces a newer one.
    #[derive(Clone)]
    pub struct Region {
        id: Rc<str>,
        asked: Rc<Cell<u32>>,
        shown: Rc<Cell<u32>>,
    }

    impl Region {
        pub fn new(id: String) -> Self {
            Region {
                id: id.into(),
                asked: Rc::default(),
                shown: Rc::default(),
            }
        }

        pub fn redraw(&self) {
            let ticket = self.asked.get() + 1;
            self.asked.set(ticket);
            let region = self.clone();
            leptos::task::spawn_local(async move {
                match this_page_again().await {
                    Fetched::Drawn(page) if ticket > region.shown.get() => {
                        if replace(&region.id, &page) {
                            region.shown.set(ticket);
                        } else {
                            reload();
                        }
                    }
                    Fetched::Drawn(_) | Fetched::Unreachable => {}
                    Fetched::Gone => reload(),
                }
            });
        }
    }

    /// A page asked for again, as the server answered.
    pub enum Fetched {
        Drawn(String),
        /// The session ended (the answer came by a redirect, to the sign-in page).
        Gone,
        /// The server cannot answer now: the region stays as it is, and the feed's next event or
        /// resync tries again.
        Unreachable,
    }

    /// Loads the page afresh, which then shows why it cannot be seen.
    fn reload() {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }

    async fn this_page_again() -> Fetched {
        match web_sys::window().and_then(|window| window.location().href().ok()) {
            Some(href) => fetch_page(&href).await,
            None => Fetched::Unreachable,
        }
    }

    /// The page at `href` as the server draws it now, never from the browser's cache.
    pub async fn fetch_page(href: &str) -> Fetched {
        let Some(window) = web_sys::window() else {
            return Fetched::Unreachable;
        };
        let init = RequestInit::new();
        init.set_cache(RequestCache::NoStore);
        let Some(response) = JsFuture::from(window.fetch_with_str_and_init(href, &init))
            .await
            .ok()
            .and_then(|answer| answer.dyn_into::<Response>().ok())
        else {
            return Fetched::Unreachable;
        };
        if response.redirected() {
            return Fetched::Gone;
        }
        // A page the reader may no longer see answers 4xx with what to say instead.
        if response.status() >= 500 {
            return Fetched::Unreachable;
        }
        match response.text().map(JsFuture::from) {
            Ok(text) => text
                .await
                .ok()
                .and_then(|text| text.as_string())
                .map_or(Fetched::Unreachable, Fetched::Drawn),
            Err(_) => Fetched::Unreachable,
        }
    }

    /// Puts the region of `page` in place of the one shown; the keyboard focus stays on the same link
    /// or field when the new region has it. When the new page has no such region, because it now shows
    /// something else (that the form is no longer there for this reader), the region shows that, and
    /// the rest of the page (a form's message that led to it) stays.
    fn replace(id: &str, page: &str) -> bool {
        let Some(shown) = document().get_element_by_id(id) else {
            return false;
        };
        let Some(drawn) = parse_page(page).and_then(|page| {
            page.get_element_by_id(id)
                .or_else(|| page.query_selector("main").ok().flatten())
        }) else {
            return false;
        };
        show_drawn(&shown, &drawn);
        true
    }

    /// Puts the content of `drawn` (from a page the server drew afresh) in place of that of `shown`,
    /// and brings its islands to life; the keyboard focus stays on the same link or field when the
    /// new content has it.
    pub fn show_drawn(shown: &Element, drawn: &Element) {
        let focused = document()
            .active_element()
            .filter(|element| shown.contains(Some(element)))
            .and_then(|element| focus_mark(&element));
        shown.set_inner_html(&drawn.inner_html());
        hydrate_islands_in(shown);
        if let Some(element) = focused.and_then(|mark| find(shown, &mark)) {
            let _ = element.focus();
        }
    }

    /// A page's HTML as a document to take parts from.
    pub fn parse_page(page: &str) -> Option<Document> {
        DomParser::new()
            .and_then(|parser| parser.parse_from_string(page, SupportedType::TextHtml))
            .ok()
    }

    /// Hydrates the islands just drawn into `region` (not those inside them: each island hydrates its
    /// own), through the function Leptos' island script leaves on the window for this.
    fn hydrate_islands_in(region: &Element) {
        let Some(hydrate) = web_sys::window()
            .and_then(|window| js_sys::Reflect::get(&window, &"__hydrateIsland".into()).ok())
            .and_then(|hydrate| hydrate.dyn_into::<js_sys::Function>().ok())
        else {
            return;
        };
        let own = region.closest("leptos-island").ok().flatten();
        for island in elements(region, "leptos-island") {
            let outer = island
                .parent_element()
                .and_then(|parent| parent.closest("leptos-island").ok().flatten());
            if outer == own {
                let name = island.get_attribute("data-component").unwrap_or_default();
                let _ = hydrate.call2(&wasm_bindgen::JsValue::NULL, &island, &name.into());
            }
        }
    }

    /// What finds a focused element again in a new copy of the region: its id, or its link's target.
    fn focus_mark(element: &Element) -> Option<(&'static str, String)> {
        ["id", "href"]
            .into_iter()
            .find_map(|name| Some((name, element.get_attribute(name)?)))
    }

    fn find(region: &Element, (name, value): &(&'static str, String)) -> Option<HtmlElement> {
        elements(region, &format!("[{name}]"))
            .into_iter()
            .find(|element| element.get_attribute(name).as_deref() == Some(value.as_str()))?
            .dyn_into()
            .ok()
    }

    /// The elements below `root` that `selector` picks, in the document's order.
    pub fn elements(root: &Element, selector: &str) -> Vec<Element> {
        root.query_selector_all(selector)
            .map(|list| {
                (0..list.length())
                    .filter_map(|index| list.item(index)?.dyn_into::<Element>().ok())
                    .collect()
            })
            .unwrap_or_default()
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
