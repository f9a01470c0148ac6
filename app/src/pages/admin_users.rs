use crate::api::accounts::{load_accounts, AccountsOverview, InviteAccount};
use crate::components::{
    field_error, role_label, ErrorPanel, ErrorSummary, SelectField, StackedTable, TextField,
};
use crate::i18n::{translate, translate_with, use_i18n, Arg, Lang};
use crate::model::Role;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

const COLUMNS: [&str; 5] = [
    "admin-users-full-name",
    "admin-users-email",
    "admin-users-role",
    "admin-users-city",
    "admin-users-status",
];

/// The secretary's account administration: invite a person, see who has an account.
#[island(lazy)]
pub fn AdminUsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let invite = ServerAction::<InviteAccount>::new();
    let overview = Resource::new(move || invite.version().get(), |_| load_accounts());
    view! {
        <Title text=move || i18n.t("admin-users-title")/>
        <h1>{i18n.tr("admin-users-title")}</h1>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || overview.get().map(|result| match result {
                Ok(overview) => view! { <AccountsAdmin overview invite/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn AccountsAdmin(overview: AccountsOverview, invite: ServerAction<InviteAccount>) -> impl IntoView {
    let i18n = use_i18n();
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
    let rows = overview
        .accounts
        .into_iter()
        .map(|account| {
            let status = if account.active {
                "admin-users-status-active"
            } else {
                "admin-users-status-invited"
            };
            // Each cell names its column, so that on a phone the row can stand alone as a card.
            let label = move |key: &'static str| move || i18n.t(key);
            view! {
                <tr>
                    <td data-label=label("admin-users-full-name")>{account.full_name}</td>
                    <td data-label=label("admin-users-email")>{account.email}</td>
                    <td data-label=label("admin-users-role")>{role_label(account.role)}</td>
                    <td data-label=label("admin-users-city")>{account.city.unwrap_or_default()}</td>
                    <td data-label=label("admin-users-status")>{i18n.tr(status)}</td>
                </tr>
            }
        })
        .collect_view();
    let cities = overview.cities;
    view! {
        <section class="narrow">
            <h2>{i18n.tr("admin-users-invite-heading")}</h2>
            <p class="muted">{i18n.tr("admin-users-invite-hint")}</p>
            {invited}
            <ErrorSummary error/>
            <ActionForm action=invite attr:class="form" attr:novalidate=true>
                <TextField
                    name="email"
                    input_name="form[email]"
                    label_key="admin-users-email"
                    input_type="email"
                    inputmode="email"
                    error=field("email")
                />
                <TextField
                    name="full_name"
                    input_name="form[full_name]"
                    label_key="admin-users-full-name"
                    autocomplete="off"
                    error=field("full_name")
                />
                <SelectField name="role" label_key="admin-users-role" error=field("role")>
                    {Role::ALL
                        .into_iter()
                        .map(|role| view! { <option value=role.as_str()>{role_label(role)}</option> })
                        .collect_view()}
                </SelectField>
                <SelectField name="city_id" label_key="admin-users-city" hint_key="admin-users-city-hint" error=field("city_id")>
                    {cities
                        .into_iter()
                        .map(|city| view! { <option value=city.id.to_string()>{city.name}</option> })
                        .collect_view()}
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
            </ActionForm>
        </section>
        <section>
            <h2>{i18n.tr("admin-users-list-heading")}</h2>
            <StackedTable columns=&COLUMNS>{rows}</StackedTable>
        </section>
    }
}
