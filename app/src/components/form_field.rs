use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A labelled text input with optional hint and inline error, wired for assistive technology: the
/// hint and the error are named by `aria-describedby`, and the field is marked invalid when it has one.
#[component]
pub fn TextField(
    /// The form field's name; the element id is `field-{name}` so that error summaries can link to it.
    name: &'static str,
    /// The server function argument name, when it differs from `name` (e.g. `form[email]`).
    #[prop(optional)]
    input_name: Option<&'static str>,
    label_key: &'static str,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// What the field holds when the page is drawn.
    #[prop(into, optional)]
    value: Option<String>,
    /// The granularity of a number or time field (`1` lets a time field take seconds).
    #[prop(optional)]
    step: Option<&'static str>,
    /// Translation key of this field's error, if it has one.
    #[prop(into, optional)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let described_by = described_by(&id, hint_key, error);
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <FieldHead id=id.clone() label_key hint_key error/>
            <input
                class="field__input"
                id=id.clone()
                name=input_name.unwrap_or(name)
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                value=value
                step=step
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
            />
        </div>
    }
}

/// A labelled `<textarea>` with optional hint and inline error, named for assistive technology as
/// [`TextField`] is. `id` is the element's own (an error summary links to it); `name` is what it posts.
#[component]
pub fn TextAreaField(
    id: String,
    name: &'static str,
    label_key: &'static str,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(default = 2)] rows: u32,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let described_by = described_by(&id, hint_key, error);
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <FieldHead id=id.clone() label_key hint_key error/>
            <textarea
                class="field__input"
                class:field__input--short=rows < 3
                id=id
                name=name
                rows=rows
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
            ></textarea>
        </div>
    }
}

/// A field's label, hint and error; the hint and error carry the ids [`described_by`] names.
#[component]
fn FieldHead(
    id: String,
    label_key: &'static str,
    hint_key: Option<&'static str>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    view! {
        <label class="field__label" for=id>{i18n.tr(label_key)}</label>
        {hint_key.map(|key| view! { <p class="field__hint" id=hint_id>{i18n.tr(key)}</p> })}
        {move || error.get().map(|key| view! { <p class="field__error" id=error_id.clone()>{i18n.t(&key)}</p> })}
    }
}

/// The `aria-describedby` of the control with element id `id`: its hint if it has one, and its error
/// while it has one, so a screen reader reads both when the field is reached.
fn described_by(
    id: &str,
    hint_key: Option<&'static str>,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    move || {
        let mut ids = Vec::new();
        if hint_key.is_some() {
            ids.push(hint_id.clone());
        }
        if error.with(Option::is_some) {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A labelled `<select>` posting as `form[{name}]`, with an empty first choice so nothing is picked by accident.
#[component]
pub fn SelectField(
    name: &'static str,
    label_key: &'static str,
    #[prop(optional)] hint_key: Option<&'static str>,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("field-{name}");
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label class="field__label" for=id.clone()>{i18n.tr(label_key)}</label>
            {hint_key.map(|key| view! { <p class="field__hint">{i18n.tr(key)}</p> })}
            {move || error.get().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
            <select
                class="field__input"
                id=id
                name=format!("form[{name}]")
                aria-invalid=move || error.with(Option::is_some).then_some("true")
            >
                <option value="">{i18n.tr("admin-users-choose")}</option>
                {children()}
            </select>
        </div>
    }
}

/// The e-mail address a person signs in with.
#[component]
pub fn SignInEmailField(#[prop(into, optional)] error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <TextField
            name="email"
            label_key="login-email"
            input_type="email"
            autocomplete="username"
            inputmode="email"
            error
        />
    }
}

/// A new password and the same again; `error` is the password's.
#[component]
pub fn NewPasswordFields(error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <TextField
            name="password"
            label_key="password-new"
            hint_key="password-hint"
            input_type="password"
            autocomplete="new-password"
            error
        />
        <TextField
            name="confirmation"
            label_key="password-confirm"
            input_type="password"
            autocomplete="new-password"
        />
    }
}

/// A box to tick saying the person means a step that cannot be undone; posts `{name}=yes`.
#[component]
pub fn ConfirmField(
    label_key: &'static str,
    error: Signal<Option<String>>,
    #[prop(default = "confirm")] name: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::model::application::field_id(name);
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            {move || error.get().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
            <div class="choice__item">
                <input class="choice__input" type="checkbox" id=id.clone() name=name value="yes"/>
                <label class="choice__label" for=id>{i18n.tr(label_key)}</label>
            </div>
        </div>
    }
}

/// A list filtering a page through its address (a GET form), "any" first; each option is its value,
/// its label and whether it is chosen.
#[component]
pub fn FilterSelect(
    name: &'static str,
    label_key: &'static str,
    any_key: &'static str,
    options: Vec<(String, String, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("filter-{name}");
    view! {
        <div class="field board-filters__field">
            <label class="field__label" for=id.clone()>{i18n.tr(label_key)}</label>
            <select class="field__input" id=id name=name>
                <option value="">{i18n.tr(any_key)}</option>
                {options
                    .into_iter()
                    .map(|(value, label, selected)| {
                        view! { <option value=value selected=selected>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A form of one button that posts to the server function at `action` as a page without JavaScript
/// does: the server answers by sending the browser on, or back with the reason it refused (which the
/// page reads with `refusal_of`). `children` are the form's hidden fields.
#[component]
pub fn PostButton(
    action: &'static str,
    label_key: &'static str,
    /// A secondary button in a line of a table, rather than a page's own form.
    #[prop(optional)]
    inline: bool,
    /// What the button acts on, for screen readers when several such buttons share a label.
    #[prop(optional)]
    for_key: Option<&'static str>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form class=if inline { "inline-form" } else { "form" } method="post" action=action>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            {children.map(|children| children())}
            <button type="submit" class=if inline { "button button--secondary" } else { "button" }>
                {i18n.tr(label_key)}
                {for_key.map(|key| view! { <span class="visually-hidden">"(" {i18n.tr(key)} ")"</span> })}
            </button>
        </form>
    }
}
