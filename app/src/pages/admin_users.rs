//! `/{lang}/admin/users`: the secretary's people. Invite a person; see everyone with their role,
//! city, language, last sign-in and invitation; `?account=` opens one account to change its role or
//! city, deactivate or reactivate it, send a new invitation, or erase the person. Drawn by the server:
//! the list follows the register's changes live; the invitation and the opened account answer in place.

use crate::api::accounts::{
    load_accounts, AccountsOverview, ActOnAccount, ChangeAccount, EraseAccount, InviteAccount,
};
use crate::components::{
    done_of, field_error, refusal_of, role_label, ConfirmField, ErrorPanel, ErrorSummary,
    FormRegion, LiveRegion, PostForm, SelectField, StackedTable, SuccessPanel, TextField,
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
use server_fn::ServerFn;

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

/// The invitation of a new person.
#[component]
fn InviteEditor(cities: Vec<CityRef>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<InviteAccount>());
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    view! {
        <FormRegion id="invite">
            <section class="narrow">
                <h2>{i18n.tr("admin-users-invite-heading")}</h2>
                <p class="muted">{i18n.tr("admin-users-invite-hint")}</p>
                {done_of::<InviteAccount>().then(|| view! { <SuccessPanel key="admin-users-invited"/> })}
                <ErrorSummary error/>
                <PostForm action=InviteAccount::PATH attr:class="form" attr:novalidate=true>
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
                    <button type="submit" class="button">{i18n.tr("admin-users-submit")}</button>
                </PostForm>
            </section>
        </FormRegion>
    }
}

/// One account opened for a change of role or city, and the actions its state allows.
#[component]
fn AccountEditor(account: AccountSummary, cities: Vec<CityRef>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let error = Signal::stored(
        refusal_of::<ChangeAccount>()
            .or_else(refusal_of::<ActOnAccount>)
            .or_else(refusal_of::<EraseAccount>),
    );
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let done =
        (done_of::<ChangeAccount>() || done_of::<ActOnAccount>() || done_of::<EraseAccount>())
            .then(|| view! { <SuccessPanel key="admin-users-changed" testid="person-changed"/> });
    let heading = match account.state {
        AccountState::Erased => account.full_name.clone(),
        _ => translate_with(
            lang,
            "admin-users-change-heading",
            &[("name", Arg::Text(account.full_name.clone()))],
        ),
    };
    let id = account.id;
    let body = if account.state == AccountState::Erased {
        view! { <p>{i18n.tr("admin-users-erased-hint")}</p> }.into_any()
    } else {
        let actions = AccountAction::offered(account.state)
            .into_iter()
            .map(|action| {
                view! {
                    <PostForm action=ActOnAccount::PATH attr:class="inline-form">
                        <input type="hidden" name="id" value=id.to_string()/>
                        <input type="hidden" name="action" value=action.as_str()/>
                        <button type="submit" class="button button--secondary">{i18n.tr(action.label_key())}</button>
                    </PostForm>
                }
            })
            .collect_view();
        let city = account.city.as_ref().map(|city| city.id);
        view! {
            <ErrorSummary error/>
            <PostForm action=ChangeAccount::PATH attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id.to_string()/>
                <SelectField name="role" label_key="admin-users-role" error=field("role")>{role_options(Some(account.role))}</SelectField>
                <SelectField name="city_id" label_key="admin-users-city" hint_key="admin-users-city-hint" error=field("city_id")>
                    {city_options(cities, city)}
                </SelectField>
                <button type="submit" class="button">{i18n.tr("admin-users-change-submit")}</button>
            </PostForm>
            <p class="muted">{i18n.tr("admin-users-actions-hint")}</p>
            <div class="button-group">{actions}</div>
            <section data-testid="person-erase">
                <h3>{i18n.tr("admin-users-erase-heading")}</h3>
                <p class="muted">{i18n.tr("admin-users-erase-hint")}</p>
                <PostForm action=EraseAccount::PATH attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <ConfirmField label_key="admin-users-erase-confirm" error=field("confirm")/>
                    <button type="submit" class="button button--warning">{i18n.tr("admin-users-erase")}</button>
                </PostForm>
            </section>
        }
        .into_any()
    };
    view! {
        <FormRegion id="person-editor">
            <section class="narrow" data-testid="person-change">
                <h2>{heading}</h2>
                <p><a href=paths::admin_users(lang)>{i18n.tr("admin-users-back")}</a></p>
                {done}
                {body}
            </section>
        </FormRegion>
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
    let href = paths::admin_account(lang, account.id);
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
