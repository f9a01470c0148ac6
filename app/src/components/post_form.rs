//! A form that posts to a server function and stays on the page, and, without JavaScript, is a plain
//! form post like any other.
//!
//! Leptos' `ActionForm` does the same, but first decodes the form's fields into the function's
//! arguments in the browser and then encodes them again for the request, which puts a query-string
//! decoder and every form's argument decoding into the bundle every page downloads. The server decodes
//! the fields anyway, so the browser sends them as the form has them: the same request a page without
//! JavaScript sends, with the answer asked for as JSON.

use crate::error::AppError;
use leptos::html::Form;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use server_fn::ServerFn;

/// Posting one form to the server function whose answer is `T`: whether a post is under way, and the
/// last answer (or the error the server put in the page's address after a post without JavaScript).
pub struct FormPost<T: 'static> {
    action: Action<String, Result<T, AppError>>,
    path: &'static str,
}

impl<T: 'static> Clone for FormPost<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for FormPost<T> {}

impl<T: DeserializeOwned + Send + Sync + 'static> FormPost<T> {
    /// Posts to server function `S`.
    pub fn new<S: ServerFn<Output = T, Error = AppError>>() -> Self {
        Self::at(S::PATH, refusal_of::<S>())
    }

    // Apart from `new`, so that the action's code is compiled once per answer type, not once per
    // server function.
    fn at(path: &'static str, refused: Option<AppError>) -> Self {
        let refused = refused.map(Err);
        FormPost {
            action: Action::new_unsync_with_value(refused, move |fields: &String| {
                send(path, fields.clone())
            }),
            path,
        }
    }
}

impl<T: Send + Sync + 'static> FormPost<T> {
    /// The last answer; none before the first post.
    pub fn value(&self) -> MappedSignal<Option<Result<T, AppError>>> {
        self.action.value()
    }

    /// Whether a post is under way.
    pub fn pending(&self) -> Memo<bool> {
        self.action.pending()
    }

    /// Counts the posts answered.
    pub fn version(&self) -> RwSignal<usize> {
        self.action.version()
    }
}

/// The reason server function `S` refused a post sent without JavaScript (or before the page was
/// interactive), which the server put in the address of the page it sent the browser back to. A page
/// drawn by the server whose forms are plain posts shows it; a [`FormPost`] starts from it, in the
/// browser as on the server, so that the island hydrates what the server drew.
pub fn refusal_of<S: ServerFn<Error = AppError>>() -> Option<AppError> {
    refusal_at(S::PATH)
}

fn refusal_at(path: &str) -> Option<AppError> {
    let (refused, reason) = refused_post()?;
    (refused == path).then(|| server_fn::error::ServerFnUrlError::<AppError>::decode_err(&reason))
}

/// The refused function's path and its encoded reason, as the router read them from the address.
#[cfg(not(feature = "hydrate"))]
fn refused_post() -> Option<(String, String)> {
    use_context::<leptos::server::ServerActionError>()
        .map(|error| (error.path().to_owned(), error.err().to_owned()))
}

/// The same, read from the address here: islands run without the router that reads it on the server.
#[cfg(feature = "hydrate")]
fn refused_post() -> Option<(String, String)> {
    let search = window().location().search().ok()?;
    let query = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Some((query.get("__path")?, query.get("__err")?))
}

/// A `<form>` posting to `post`'s server function; `children` are its fields and buttons.
#[component]
pub fn PostForm<T: DeserializeOwned + Send + Sync + 'static>(
    post: FormPost<T>,
    #[prop(optional)] node_ref: Option<NodeRef<Form>>,
    children: Children,
) -> impl IntoView {
    let node_ref = node_ref.unwrap_or_default();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        if event.default_prevented() {
            return;
        }
        #[cfg(feature = "hydrate")]
        if let Some(fields) = node_ref
            .get_untracked()
            .and_then(|form| in_browser::fields(&form, event.submitter()))
        {
            event.prevent_default();
            post.action.dispatch(fields);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = post;
    };
    view! {
        <form method="post" action=post.path node_ref=node_ref on:submit=on_submit>
            {children()}
        </form>
    }
}

/// Posts `fields`, encoded as a form encodes them, to the server function at `path`, and reads its
/// answer: what a [`PostForm`] does on submit, for a caller that sends fields of its own.
#[cfg(feature = "hydrate")]
pub async fn send<T: DeserializeOwned>(path: &'static str, fields: String) -> Result<T, AppError> {
    let answer = in_browser::post(path, fields)
        .await
        .ok_or(AppError::Transport)?;
    if answer.failed {
        use server_fn::error::FromServerFnError;
        return Err(AppError::de(answer.body.into()));
    }
    serde_json::from_str(&answer.body).map_err(|_| AppError::Transport)
}

#[cfg(not(feature = "hydrate"))]
async fn send<T>(_path: &'static str, _fields: String) -> Result<T, AppError> {
    // Only a browser posts; the server answers the same form through the function itself.
    Err(AppError::Transport)
}

#[cfg(feature = "hydrate")]
mod in_browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        FormData, HtmlButtonElement, HtmlElement, HtmlFormElement, HtmlInputElement, RequestInit,
        Response, UrlSearchParams,
    };

    /// The form's fields and the button that sent it, encoded as a plain form post encodes them.
    pub fn fields(form: &HtmlFormElement, submitter: Option<HtmlElement>) -> Option<String> {
        let data = FormData::new_with_form(form).ok()?;
        let named = submitter.and_then(|element| {
            if let Some(button) = element.dyn_ref::<HtmlButtonElement>() {
                Some((button.name(), button.value()))
            } else {
                let input = element.dyn_ref::<HtmlInputElement>()?;
                Some((input.name(), input.value()))
            }
        });
        if let Some((name, value)) = named.filter(|(name, _)| !name.is_empty()) {
            data.append_with_str(&name, &value).ok()?;
        }
        let params = UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
        Some(params.to_string().into())
    }

    pub struct Answer {
        pub failed: bool,
        pub body: String,
    }

    /// Posts `fields` to `path`, asking for JSON (so that the server answers rather than redirects),
    /// and follows the server's word to go elsewhere as the server function client would.
    pub async fn post(path: &str, fields: String) -> Option<Answer> {
        let window = web_sys::window()?;
        let init = RequestInit::new();
        init.set_method("POST");
        let headers = web_sys::Headers::new().ok()?;
        headers
            .set("Content-Type", "application/x-www-form-urlencoded")
            .ok()?;
        headers.set("Accept", "application/json").ok()?;
        init.set_headers(&headers);
        init.set_body(&fields.into());
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        let body = JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?;
        let headers = response.headers();
        if headers
            .get(server_fn::redirect::REDIRECT_HEADER)
            .ok()
            .flatten()
            .is_some()
        {
            if let Some(location) = headers.get("Location").ok().flatten() {
                let _ = window.location().set_href(&location);
            }
        }
        Some(Answer {
            failed: (400..=599).contains(&response.status()),
            body,
        })
    }
}
