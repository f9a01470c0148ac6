//! `/{lang}/admin/users`: the secretary's people. Invite a person; see everyone with their role,
//! city, language, last sign-in and invitation; `?account=` opens one account to change its role or
//! city, deactivate or reactivate it, send a new invitation, or erase the person. Drawn by the server:
//! the list follows the register's changes live; the invitation and the opened account are islands.

use crate::api::accounts::{
    load_accounts, AccountsOverview, ActOnAccount, ChangeAccount, EraseAccount, InviteAccount,
};
use crate::components::{
    clear_after, field_error, hydrated, role_label, ConfirmField, ErrorPanel, ErrorSummary,
    FormPost, LiveRegion, PostForm, SelectField, StackedTable, TextField,
};
use crate::i18n::{translate, translate_with, use_i18n, Arg, Lang};
use crate::model::{
    format_wall_clock, AccountAction, AccountState, AccountSummary, CityRef, LiveTopic, Register,
    Role,
};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const COLUMNS: [&str; 7] = [
    "admin-users-full-name",
    "admin-users-email",
    "admin-users-role",
    "admin-users-city",
    "admin-users-language",
    "admin-users-last-sign-in",
    "admin-users-status",
];

/// `?account=` picks the account to change; without it the page invites.
#[component]
pub fn AdminUsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let editing = query.with_untracked(|map| map.get_str("account").and_then(|id| id.parse().ok()));
    let overview = Resource::new(|| (), |_| load_accounts());
    view! {
        <Title text=i18n.t("admin-users-title")/>
        <h1>{i18n.tr("admin-users-title")}</h1>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || overview.get().map(|result| match result {
                Ok(overview) => view! { <Accounts overview editing/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Accounts(overview: AccountsOverview, editing: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let edited = editing.and_then(|id| {
        overview
            .accounts
            .iter()
            .find(|account| account.id == id)
            .cloned()
    });
    let rows = overview
        .accounts
        .into_iter()
        .map(|account| view! { <AccountRow account/> })
        .collect_view();
    let cities = overview.cities;
    let form = match edited {
        Some(account) => view! { <AccountEditor account cities/> }.into_any(),
        None => view! { <InviteEditor cities/> }.into_any(),
    };
    view! {
        {form}
        <section>
            <h2>{i18n.tr("admin-users-list-heading")}</h2>
            <LiveRegion id="accounts".to_owned() topic=LiveTopic::Register(Register::Accounts)>
                <StackedTable columns=&COLUMNS>{rows}</StackedTable>
            </LiveRegion>
        </section>
        <p><a href=paths::admin_cities(i18n.lang())>{i18n.tr("admin-users-cities-link")}</a></p>
    }
}

/// A role's choices, the one `selected` chosen.
fn role_options(selected: Option<Role>) -> impl IntoView {
    Role::ALL
        .into_iter()
        .map(|role| view! { <option value=role.as_str() selected=selected == Some(role)>{role_label(role)}</option> })
        .collect_view()
}

/// The cities an account may be placed in, the one `selected` chosen.
fn city_options(cities: Vec<CityRef>, selected: Option<i32>) -> impl IntoView {
    cities
        .into_iter()
        .map(|city| view! { <option value=city.id.to_string() selected=selected == Some(city.id)>{city.name}</option> })
        .collect_view()
}

/// The invitation of a new person; emptied for the next one once it goes through.
#[island]
fn InviteEditor(cities: Vec<CityRef>) -> impl IntoView {
    let invite = FormPost::new::<InviteAccount>();
    let form_ref = NodeRef::new();
    clear_after(form_ref, move || {
        matches!(invite.value().get(), Some(Ok(_)))
    });
    let i18n = use_i18n();
    let lang = i18n.lang();
    let scripted = hydrated();
    let error = Signal::derive(move || invite.value().get().and_then(Result::err));
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let invited = move || {
        invite.value().get().and_then(Result::ok).map(|email| {
            view! {
                <div class="panel panel--success" role="status">
                    <p>{move || translate_with(i18n.lang(), "admin-users-invited", &[("email", Arg::Text(email.clone()))])}</p>
                </div>
            }
        })
    };
    view! {
        <section class="narrow">
            <h2>{i18n.tr("admin-users-invite-heading")}</h2>
            <p class="muted">{i18n.tr("admin-users-invite-hint")}</p>
            {invited}
            <ErrorSummary error/>
            <PostForm post=invite node_ref=form_ref attr:class="form" attr:novalidate=true>
                <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                <TextField name="email" input_name="form[email]" label_key="admin-users-email" input_type="email" inputmode="email" error=field("email")/>
                <TextField name="full_name" input_name="form[full_name]" label_key="admin-users-full-name" autocomplete="off" error=field("full_name")/>
                <SelectField name="role" label_key="admin-users-role" error=field("role")>{role_options(None)}</SelectField>
                <SelectField name="city_id" label_key="admin-users-city" hint_key="admin-users-city-hint" error=field("city_id")>
                    {city_options(cities, None)}
                </SelectField>
                <SelectField name="language" label_key="admin-users-language" error=field("language")>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| view! { <option value=lang.code()>{translate(lang, "language-name")}</option> })
                        .collect_view()}
                </SelectField>
                <button type="submit" class="button" disabled=move || invite.pending().get()>
                    {i18n.tr("admin-users-submit")}
                </button>
            </PostForm>
        </section>
    }
}

/// One account opened for a change of role or city, and the actions its state allows, which follow
/// each action that goes through.
#[island]
fn AccountEditor(account: AccountSummary, cities: Vec<CityRef>) -> impl IntoView {
    let change = FormPost::new::<ChangeAccount>();
    let act = FormPost::new::<ActOnAccount>();
    let erase = FormPost::new::<EraseAccount>();
    let i18n = use_i18n();
    let lang = i18n.lang();
    let scripted = hydrated();
    // The account as the last action that went through left it.
    let shown = RwSignal::new(account.clone());
    Effect::new(move |_| {
        if let Some(Ok(now)) = act.value().get() {
            shown.set(now);
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(now)) = erase.value().get() {
            shown.set(now);
        }
    });
    let state = Memo::new(move |_| shown.with(|account| account.state));
    let error = Signal::derive(move || {
        change
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| act.value().get().and_then(Result::err))
            .or_else(|| erase.value().get().and_then(Result::err))
    });
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let done = move || {
        let changed = matches!(change.value().get(), Some(Ok(())));
        let acted = matches!(act.value().get(), Some(Ok(_)));
        let erased = matches!(erase.value().get(), Some(Ok(_)));
        (changed || acted || erased).then(|| {
            view! {
                <div class="panel panel--success" role="status" data-testid="person-changed">
                    <p>{i18n.tr("admin-users-changed")}</p>
                </div>
            }
        })
    };
    let heading = move || {
        shown.with(|account| match account.state {
            AccountState::Erased => account.full_name.clone(),
            _ => translate_with(
                lang,
                "admin-users-change-heading",
                &[("name", Arg::Text(account.full_name.clone()))],
            ),
        })
    };
    let id = account.id;
    let actions = move || {
        AccountAction::offered(state.get())
                .into_iter()
                .map(|action| {
                    view! {
                        <PostForm post=act attr:class="inline-form">
                            <input type="hidden" name="id" value=id.to_string()/>
                            <input type="hidden" name="action" value=action.as_str()/>
                            <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                            <button type="submit" class="button button--secondary" disabled=move || act.pending().get()>
                                {i18n.tr(action.label_key())}
                            </button>
                        </PostForm>
                    }
                })
                .collect_view()
    };
    let city = account.city.as_ref().map(|city| city.id);
    let role = account.role;
    let cities = StoredValue::new(cities);
    view! {
        <section class="narrow" data-testid="person-change">
            <h2>{heading}</h2>
            <p><a href=paths::admin_users(lang)>{i18n.tr("admin-users-back")}</a></p>
            {done}
            <Show
                when=move || state.get() != AccountState::Erased
                fallback=move || view! { <p>{i18n.tr("admin-users-erased-hint")}</p> }
            >
                <ErrorSummary error/>
                <PostForm post=change attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                    <SelectField name="role" label_key="admin-users-role" error=field("role")>{role_options(Some(role))}</SelectField>
                    <SelectField name="city_id" label_key="admin-users-city" hint_key="admin-users-city-hint" error=field("city_id")>
                        {city_options(cities.get_value(), city)}
                    </SelectField>
                    <button type="submit" class="button" disabled=move || change.pending().get()>
                        {i18n.tr("admin-users-change-submit")}
                    </button>
                </PostForm>
                <p class="muted">{i18n.tr("admin-users-actions-hint")}</p>
                <div class="button-group">{actions}</div>
                <section data-testid="person-erase">
                    <h3>{i18n.tr("admin-users-erase-heading")}</h3>
                    <p class="muted">{i18n.tr("admin-users-erase-hint")}</p>
                    <PostForm post=erase attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <input type="hidden" name="lang" value=lang.code() disabled=scripted/>
                        <ConfirmField label_key="admin-users-erase-confirm" error=field("confirm")/>
                        <button type="submit" class="button button--warning" disabled=move || erase.pending().get()>
                            {i18n.tr("admin-users-erase")}
                        </button>
                    </PostForm>
                </section>
            </Show>
        </section>
    }
}

/// One account; each cell names its column, so that on a phone the row stands alone as a card.
#[component]
fn AccountRow(account: AccountSummary) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = move |key: &'static str| move || i18n.t(key);
    let last = account
        .last_sign_in
        .map(|at| format_wall_clock(lang, at.riga))
        .unwrap_or_else(|| i18n.t("admin-users-never"));
    let state = account.state;
    let expires = account.invitation_expires.map(|at| {
        let key = if state == AccountState::Invited {
            "admin-users-link-expires"
        } else {
            "admin-users-link-expired"
        };
        view! {
            <br/>
            <span class="muted">
                {translate_with(lang, key, &[("datetime", Arg::Text(format_wall_clock(lang, at.riga)))])}
            </span>
        }
    });
    let href = format!("{}?account={}", paths::admin_users(lang), account.id);
    let data_email = account.email.clone();
    view! {
        <tr data-testid="person-row" data-email=data_email>
            <th scope="row" data-label=label("admin-users-full-name")>
                <a href=href>{account.full_name}<span class="visually-hidden">" " {i18n.tr("admin-users-change")}</span></a>
            </th>
            <td data-label=label("admin-users-email")>{account.email}</td>
            <td data-label=label("admin-users-role")>{role_label(account.role)}</td>
            <td data-label=label("admin-users-city")>{account.city.map(|city| city.name).unwrap_or_default()}</td>
            <td data-label=label("admin-users-language")>{translate(account.language, "language-name")}</td>
            <td data-label=label("admin-users-last-sign-in")>{last}</td>
            <td data-label=label("admin-users-status") data-state=format!("{state:?}")>
                {i18n.tr(state.label_key())}
                {expires}
            </td>
        </tr>
    }
}
