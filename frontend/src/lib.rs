//! The browser entry point. Pages are rendered on the server; only their interactive parts (the
//! `#[island]` components of the `app` crate) run here, each hydrated by Leptos' island loader.

// The islands are exported from `app`; nothing else names the crate, so this keeps it in the bundle.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
