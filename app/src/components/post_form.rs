//! Forms the server draws, which post as forms post without JavaScript, and [`FormRegion`], the one
//! piece of code in the browser that makes every such form answer in place.
//!
//! A form's post is the same request with JavaScript or without: its fields, encoded as the browser
//! encodes them, to the server function. The server answers by sending the browser back to the page,
//! marked with the reason it refused the post (`__path`, `__err`) or with `__done` when it took it
//! (the server's `forms` middleware), or on to another page. The page draws the error summary, the
//! fields' errors or the confirmation from that address. So each form's fields, messages and rules
//! live on the server, and the bundle every page downloads carries only the region that posts them.

use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use server_fn::ServerFn;

/// The reason server function `S` refused the post that sent the browser back to this page, which
/// the server put in the page's address.
pub fn refusal_of<S: ServerFn<Error = AppError>>() -> Option<AppError> {
    let refused = use_context::<leptos::server::ServerActionError>()?;
    (refused.path() == S::PATH)
        .then(|| server_fn::error::ServerFnUrlError::<AppError>::decode_err(refused.err()))
}

/// Whether server function `S` took the post that sent the browser back to this page.
pub fn done_of<S: ServerFn>() -> bool {
    leptos_router::hooks::use_query_map()
        .with_untracked(|query| query.get_str(crate::paths::DONE) == Some(S::PATH))
}

/// A `<form>` posting to the server function at `action` (its `PATH`); `children` are its fields and
/// buttons. It names the page's language, in which the server words what it answers.
#[component]
pub fn PostForm(action: &'static str, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form method="post" action=action>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            {children()}
        </form>
    }
}

/// The confirmation that a post went through, focused so that screen readers say it.
#[component]
pub fn SuccessPanel(
    key: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="panel panel--success" role="status" tabindex="-1" autofocus data-testid=testid>
            <p>{i18n.tr(key)}</p>
        </div>
    }
}

/// A part of a page holding forms (`children`, drawn by the server, see the module's note) that
/// answer in place once the page is interactive: a post shows that it is under way, and the server's
/// answer takes the region's place. A refused post keeps what was typed; one that went through
/// brings the whole page up to date, as a post without JavaScript does; one that sends the browser
/// to another page goes there.
#[component]
pub fn FormRegion(#[prop(into)] id: String, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Posting
            id
            sending=i18n.t("form-sending")
            unreachable=i18n.t(AppError::Transport.message_key())
        >
            {children()}
        </Posting>
    }
}

#[island]
fn Posting(id: String, sending: String, unreachable: String, children: Children) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    let on_submit = {
        let words = std::rc::Rc::new(in_browser::Words {
            id: id.clone(),
            sending,
            unreachable,
        });
        move |event: leptos::ev::SubmitEvent| in_browser::submit(&words, &event)
    };
    #[cfg(feature = "hydrate")]
    let on_click = in_browser::follow_summary_link;
    // Only the browser posts. (Not an attribute on the function: the island's name is a hash of its
    // code as the macro sees it, which must be the same in both builds.)
    #[cfg(not(feature = "hydrate"))]
    let on_submit = {
        let _ = (sending, unreachable);
        |_: leptos::ev::SubmitEvent| {}
    };
    #[cfg(not(feature = "hydrate"))]
    let on_click = |_: leptos::ev::MouseEvent| {};
    view! { <div id=id class="form-region" on:submit=on_submit on:click=on_click>{children()}</div> }
}

/// Posts `fields`, encoded as a form encodes them, to the server function at `path`, and reads its
/// answer as data: for a caller that sends fields of its own and shows the answer itself.
#[cfg(feature = "hydrate")]
pub async fn send<T: serde::de::DeserializeOwned>(
    path: &'static str,
    fields: String,
) -> Result<T, AppError> {
    let answer = in_browser::post(path, fields, "application/json")
        .await
        .ok_or(AppError::Transport)?;
    in_browser::follow_redirect(&answer);
    let body = in_browser::text(&answer).await.ok_or(AppError::Transport)?;
    if (400..=599).contains(&answer.status()) {
        use server_fn::error::FromServerFnError;
        return Err(AppError::de(body.into()));
    }
    serde_json::from_str(&body).map_err(|_| AppError::Transport)
}

#[cfg(feature = "hydrate")]
mod in_browser {
    use crate::components::{elements, parse_page, show_drawn};
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Element, FormData, HtmlButtonElement, HtmlElement, HtmlFormElement, HtmlInputElement,
        HtmlSelectElement, HtmlTextAreaElement, RequestInit, Response, UrlSearchParams,
    };

    /// A region's id and what it says while a post is under way or could not be sent.
    pub struct Words {
        pub id: String,
        pub sending: String,
        pub unreachable: String,
    }

    /// Sends the form the event submits as a post without JavaScript would, and shows the answer.
    pub fn submit(words: &std::rc::Rc<Words>, event: &web_sys::SubmitEvent) {
        let Some(form) = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        // Read as attributes: a form's fields named `action` or `method` (a decision's choice is one)
        // hide the form's properties of those names.
        let (Some(method), Some(action)) =
            (form.get_attribute("method"), form.get_attribute("action"))
        else {
            return;
        };
        if event.default_prevented() || !method.eq_ignore_ascii_case("post") {
            return;
        }
        let Some(body) = fields(&form, event.submitter()) else {
            return;
        };
        event.prevent_default();
        if form.has_attribute("aria-busy") {
            return;
        }
        let _ = form.set_attribute("aria-busy", "true");
        let status = status_line(&form);
        if let Some(status) = &status {
            status.set_text_content(Some(&words.sending));
        }
        let words = words.clone();
        leptos::task::spawn_local(async move {
            let answer = match post(&action, body, "text/html").await {
                Some(answer) if answer.status() < 500 => {
                    text(&answer).await.map(|page| (answer.url(), page))
                }
                _ => None,
            };
            match answer {
                Some((url, page)) => show_answer(&words.id, &url, &page),
                None => {
                    let _ = form.remove_attribute("aria-busy");
                    if let Some(status) = status {
                        status.set_text_content(Some(&words.unreachable));
                    }
                }
            }
        });
    }

    /// A link of an error summary moves the focus to its field, as a keyboard or screen-reader user
    /// needs: following the link alone would only scroll to it.
    pub fn follow_summary_link(event: web_sys::MouseEvent) {
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| {
                element
                    .closest(".error-summary a[href^='#']")
                    .ok()
                    .flatten()
            });
        if let Some(id) = link
            .and_then(|link| link.get_attribute("href"))
            .and_then(|href| href.strip_prefix('#').map(str::to_owned))
        {
            crate::components::focus_by_id(&id, &event);
        }
    }

    /// The form's line that says a post is under way (and the answer's region replaces).
    fn status_line(form: &HtmlFormElement) -> Option<Element> {
        let line = document().create_element("p").ok()?;
        line.set_class_name("posting-status");
        let _ = line.set_attribute("role", "status");
        form.append_child(&line).ok()?;
        Some(line)
    }

    /// Shows the page the server answered a post with. Back on this page after a refusal, the region
    /// takes the new drawing (its messages) with the fields as they were typed; after a post that
    /// went through, the page's `main` is drawn afresh. An answer that is another page is gone to.
    fn show_answer(id: &str, url: &str, page: &str) {
        let here = window_location();
        let (Some(here), Some(answer)) = (here, web_sys::Url::new(url).ok()) else {
            return;
        };
        if here.pathname().ok().as_deref() != Some(answer.pathname().as_str()) {
            let _ = here.assign(url);
            return;
        }
        // The same page, perhaps showing another item (the one just saved): the address says which.
        let query = without_marks(&answer.search());
        if query != without_marks(&here.search().unwrap_or_default()) {
            let address = match query.as_str() {
                "" => answer.pathname(),
                query => format!("{}?{query}", answer.pathname()),
            };
            if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&address),
                );
            }
        }
        let refused = answer.search_params().has("__err");
        let Some(drawn) = parse_page(page) else {
            return;
        };
        let (shown, new) = if refused {
            (
                document().get_element_by_id(id),
                drawn.get_element_by_id(id),
            )
        } else {
            (
                document().query_selector("main").ok().flatten(),
                drawn.query_selector("main").ok().flatten(),
            )
        };
        let (Some(shown), Some(new)) = (shown, new) else {
            let _ = here.assign(url);
            return;
        };
        let typed = refused.then(|| typed_values(&shown));
        show_drawn(&shown, &new);
        if let Some(typed) = typed {
            put_back(&shown, &typed);
        }
        if let Some(first) = shown
            .query_selector("[autofocus]")
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<HtmlElement>().ok())
        {
            let _ = first.focus();
        }
    }

    fn window_location() -> Option<web_sys::Location> {
        web_sys::window().map(|window| window.location())
    }

    /// An address's query without the marks a post's answer adds.
    fn without_marks(search: &str) -> String {
        let Ok(query) = UrlSearchParams::new_with_str(search) else {
            return String::new();
        };
        for mark in ["__path", "__err", crate::paths::DONE] {
            query.delete(mark);
        }
        query.to_string().into()
    }

    /// One typed field: its form's place in the region, its name, and its value or whether a box
    /// with this value is ticked.
    struct Typed {
        form: usize,
        name: String,
        value: String,
        checked: Option<bool>,
    }

    fn controls(form: &Element) -> Vec<Element> {
        elements(form, "input[name], textarea[name], select[name]")
    }

    /// What the person typed, chose and ticked in the region's forms; the server's own hidden fields
    /// and the buttons are the server's to draw.
    fn typed_values(region: &Element) -> Vec<Typed> {
        let mut typed = Vec::new();
        for (form, element) in elements(region, "form").iter().enumerate() {
            for control in controls(element) {
                let name = control.get_attribute("name").unwrap_or_default();
                let (value, checked) = if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                    match input.type_().as_str() {
                        "hidden" | "submit" | "button" | "reset" | "image" | "file" => continue,
                        "checkbox" | "radio" => (input.value(), Some(input.checked())),
                        _ => (input.value(), None),
                    }
                } else if let Some(area) = control.dyn_ref::<HtmlTextAreaElement>() {
                    (area.value(), None)
                } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
                    (select.value(), None)
                } else {
                    continue;
                };
                typed.push(Typed {
                    form,
                    name,
                    value,
                    checked,
                });
            }
        }
        typed
    }

    fn put_back(region: &Element, typed: &[Typed]) {
        let forms = elements(region, "form");
        for field in typed {
            let Some(form) = forms.get(field.form) else {
                continue;
            };
            let named = controls(form).into_iter().filter(|control| {
                control.get_attribute("name").as_deref() == Some(field.name.as_str())
            });
            for control in named {
                if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                    match field.checked {
                        Some(checked) if input.value() == field.value => {
                            input.set_checked(checked);
                        }
                        Some(_) => continue,
                        None => input.set_value(&field.value),
                    }
                } else if let Some(area) = control.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_value(&field.value);
                } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(&field.value);
                }
                break;
            }
        }
    }

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

    /// Posts `fields` to `path`, asking for the answer as `accept`: data, or the page a browser is
    /// sent to after a plain form post.
    pub async fn post(path: &str, fields: String, accept: &str) -> Option<Response> {
        let window = web_sys::window()?;
        let init = RequestInit::new();
        init.set_method("POST");
        let headers = web_sys::Headers::new().ok()?;
        headers
            .set("Content-Type", "application/x-www-form-urlencoded")
            .ok()?;
        headers.set("Accept", accept).ok()?;
        init.set_headers(&headers);
        init.set_body(&fields.into());
        JsFuture::from(window.fetch_with_str_and_init(path, &init))
            .await
            .ok()?
            .dyn_into()
            .ok()
    }

    /// Goes where the server function said to go, as its own client would.
    pub fn follow_redirect(answer: &Response) {
        let headers = answer.headers();
        if headers
            .get(server_fn::redirect::REDIRECT_HEADER)
            .ok()
            .flatten()
            .is_some()
        {
            if let (Some(location), Some(here)) =
                (headers.get("Location").ok().flatten(), window_location())
            {
                let _ = here.set_href(&location);
            }
        }
    }

    pub async fn text(response: &Response) -> Option<String> {
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }
}
