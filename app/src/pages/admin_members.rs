//! `/{lang}/admin/members`: the secretary's registry of member cities, with the progress report each
//! owes next; entering a membership that began before this system; moving a report's due date. Drawn by
//! the server: the list follows the register's changes live; each form answers in place.

use crate::api::members::{load_members, MoveReportDue, SaveMember};
use crate::components::{
    done_of, field_error, refusal_of, CountdownLabel, ErrorPanel, ErrorSummary, FormRegion,
    LiveCountdown, LiveRegion, PostForm, SelectField, StackedTable, SuccessPanel, TextField,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::format_wall_clock;
use crate::model::{
    local_input, JoinedVia, LiveTopic, MemberForm, MemberStatus, MemberSummary, MembersOverview,
    Register, ReportDueForm,
};
use crate::paths;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

const COLUMNS: [&str; 6] = [
    "members-city",
    "members-joined",
    "members-status",
    "members-contacts",
    "members-next-report",
    "members-edit",
];

/// `?city=` picks the member to change; without it the form enters a new one.
#[component]
pub fn AdminMembersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let editing = query.with_untracked(|map| map.get_str("city").and_then(|id| id.parse().ok()));
    let overview = Resource::new(|| (), |_| load_members());
    view! {
        <Title text=i18n.t("members-admin-title")/>
        <h1>{i18n.tr("members-admin-title")}</h1>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || overview.get().map(|result| match result {
                Ok(overview) => view! { <Members overview editing/> }.into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Members(overview: MembersOverview, editing: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let now = overview.now;
    let edited = editing.and_then(|id| {
        overview
            .members
            .iter()
            .find(|member| member.city.id == id)
            .cloned()
    });
    let rows = overview
        .members
        .into_iter()
        .map(|member| view! { <MemberRow member now/> })
        .collect_view();
    view! {
        <section>
            <h2>{i18n.tr("members-list-heading")}</h2>
            <LiveRegion id="members".to_owned() topic=LiveTopic::Register(Register::Members)>
                <StackedTable columns=&COLUMNS>{rows}</StackedTable>
            </LiveRegion>
        </section>
        <MemberEditor edited=edited.clone()/>
        {edited.and_then(|member| {
            let city = member.city.id;
            member.next_report.map(|report| view! { <DueDateEditor city report/> })
        })}
        <p><a href=paths::members(lang)>{i18n.tr("members-public-link")}</a></p>
    }
}

/// The form of a new member, or of the one `edited`.
#[component]
fn MemberEditor(edited: Option<MemberSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let error = Signal::stored(refusal_of::<SaveMember>());
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let form = edited.as_ref().map(MemberForm::of).unwrap_or_default();
    let heading = match &edited {
        Some(member) => translate_with(
            lang,
            "members-edit-heading",
            &[("city", Arg::Text(member.city.name.clone()))],
        ),
        None => i18n.t("members-new-heading"),
    };
    let statuses = MemberStatus::ALL
        .into_iter()
        .map(|status| {
            view! {
                <option value=status.as_str() selected=form.status == status.as_str()>
                    {i18n.tr(status.label_key())}
                </option>
            }
        })
        .collect_view();
    view! {
        <FormRegion id="member-editor">
            <section class="narrow">
                <h2>{heading}</h2>
                {edited.is_some().then(|| view! {
                    <p><a href=paths::admin_members(lang)>{i18n.tr("members-new-link")}</a></p>
                })}
                {done_of::<SaveMember>().then(|| view! { <SuccessPanel key="members-saved" testid="member-saved"/> })}
                <ErrorSummary error/>
                <PostForm action=SaveMember::PATH attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="original" value=edited.map(|member| member.city.id.to_string())/>
                    <TextField name="city" input_name="form[city]" label_key="members-city" value=form.city error=field("city")/>
                    <TextField name="website" input_name="form[website]" label_key="members-website" hint_key="members-website-hint" input_type="url" value=form.website error=field("website")/>
                    <TextField name="joined_year" input_name="form[joined_year]" label_key="members-joined-year" hint_key="members-joined-year-hint" inputmode="numeric" value=form.joined_year error=field("joined_year")/>
                    <SelectField name="status" label_key="members-status" error=field("status")>{statuses}</SelectField>
                    <button type="submit" class="button">{i18n.tr("members-save")}</button>
                </PostForm>
            </section>
        </FormRegion>
    }
}

/// Moving the due date of the report the member owes next.
#[component]
fn DueDateEditor(city: i32, report: crate::model::ReportDue) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let error = Signal::stored(refusal_of::<MoveReportDue>());
    let field = move |name: &'static str| Signal::derive(move || field_error(error.get(), name));
    let form = ReportDueForm {
        period_year: report.period_year.to_string(),
        due: local_input(report.due.riga),
    };
    let heading = translate_with(
        lang,
        "members-due-heading",
        &[("period", Arg::Number(report.period_year.into()))],
    );
    view! {
        <FormRegion id="due-editor">
            <section class="narrow">
                <h2>{heading}</h2>
                <p>{i18n.tr("members-due-text")}</p>
                {done_of::<MoveReportDue>().then(|| view! { <SuccessPanel key="members-due-moved" testid="due-moved"/> })}
                <ErrorSummary error/>
                <PostForm action=MoveReportDue::PATH attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="city" value=city.to_string()/>
                    <input type="hidden" name="form[period_year]" value=form.period_year/>
                    <TextField name="due" input_name="form[due]" label_key="members-due" input_type="datetime-local" step="1" value=form.due error=field("due")/>
                    {field("period_year").get().map(|key| view! { <p class="field__error">{i18n.t(&key)}</p> })}
                    <button type="submit" class="button">{i18n.tr("members-due-save")}</button>
                </PostForm>
            </section>
        </FormRegion>
    }
}

/// One member; each cell names its column, so that on a phone the row stands alone as a card.
#[component]
fn MemberRow(member: MemberSummary, now: DateTime<Utc>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let label = |key: &'static str| i18n.t(key);
    let joined = translate_with(
        lang,
        match member.joined_via {
            JoinedVia::ThisSystem => "members-joined-here",
            JoinedVia::Registered => "members-joined-before",
        },
        &[("year", Arg::Number(member.joined_year.into()))],
    );
    let contacts = if member.contacts.is_empty() {
        view! { <span>{i18n.tr("members-no-contacts")}</span> }.into_any()
    } else {
        view! {
            <ul class="plain-list">
                {member.contacts.into_iter().map(|contact| {
                    let mailto = format!("mailto:{}", contact.email);
                    view! { <li>{contact.name} " " <a href=mailto>{contact.email}</a></li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let report = member.next_report.map(|report| {
        let period = translate_with(
            lang,
            "members-report-period",
            &[("period", Arg::Number(report.period_year.into()))],
        );
        let overdue = report
            .is_overdue(now)
            .then(|| view! { <strong class="tag tag--error">{i18n.tr("members-overdue")}</strong> });
        view! {
            <p>{period} " " {overdue}</p>
            {report.moved.then(|| view! {
                <p class="muted">{translate_with(lang, "members-due-was-moved", &[("due", Arg::Text(format_wall_clock(lang, report.due.riga)))])}</p>
            })}
            <LiveCountdown deadline=report.due server_now=now label=CountdownLabel::ReportDueIn/>
        }
        .into_any()
    });
    let city = member.city.id;
    let name = member.city.name.clone();
    let data_city = name.clone();
    view! {
        <tr data-testid="member-admin-row" data-city=data_city>
            <th scope="row" data-label=label("members-city")>{member.city.name}</th>
            <td data-label=label("members-joined")>{joined}</td>
            <td data-label=label("members-status")>{i18n.tr(member.status.label_key())}</td>
            <td data-label=label("members-contacts")>{contacts}</td>
            <td data-label=label("members-next-report")>
                {report.unwrap_or_else(|| view! { <p>{i18n.tr("members-no-report")}</p> }.into_any())}
            </td>
            <td data-label=label("members-edit")>
                <a href=paths::admin_member(lang, city)>
                    {i18n.tr("members-edit")}
                    <span class="visually-hidden">" " {name}</span>
                </a>
            </td>
        </tr>
    }
}
