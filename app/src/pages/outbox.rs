//! `/{lang}/admin/outbox`: every mail the site sends, for the secretary. A decision's mails wait here
//! as drafts to be read, edited if need be, and sent; a mail that failed every attempt can be sent again.
//! Drawn by the server; each mail's sending form answers in place.

use crate::api::board::{load_outbox, SendMail};
use crate::components::{
    refusal_of, with_query, ErrorPanel, ErrorSummary, FilterSelect, FormRegion, Pagination,
    PostForm,
};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::format_wall_clock;
use crate::model::{purpose_label_key, MailState, Outbox, OutboxItem, OutboxQuery};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// The filters come from the address, so that the filter form works without JavaScript and a
/// filtered outbox can be bookmarked.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let query = use_query_map().with_untracked(|map| {
        OutboxQuery::from_pairs(
            OutboxQuery::KEYS
                .into_iter()
                .filter_map(|key| map.get_str(key).map(|value| (key, value))),
        )
    });
    let i18n = use_i18n();
    let outbox = Resource::new(|| (), {
        let query = query.clone();
        move |_| load_outbox(query.clone())
    });
    view! {
        <Title text=i18n.t("outbox-title")/>
        <h1>{i18n.tr("outbox-title")}</h1>
        <p class="lead">{i18n.tr("outbox-intro")}</p>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || {
                let query = query.clone();
                outbox.get().map(move |result| match result {
                    Ok(outbox) => view! { <OutboxView outbox query/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                })
            }}
        </Suspense>
    }
}

#[component]
fn OutboxView(outbox: Outbox, query: OutboxQuery) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let count = translate_with(
        lang,
        "outbox-count",
        &[
            ("count", Arg::Number(outbox.matching.into())),
            ("drafts", Arg::Number(outbox.drafts.into())),
        ],
    );
    let link = {
        let query = query.clone();
        move |page: u32| {
            let mut pairs = query.pairs();
            pairs.push(("page", page.to_string()));
            with_query(&paths::outbox(lang), &pairs)
        }
    };
    let mails = if outbox.mails.is_empty() {
        view! { <p class="panel" data-testid="no-mail">{i18n.tr("outbox-empty")}</p> }.into_any()
    } else {
        outbox
            .mails
            .into_iter()
            .map(|mail| view! { <Mail mail/> })
            .collect_view()
            .into_any()
    };
    view! {
        <OutboxFilters query=query.clone() purposes=outbox.purposes/>
        <p class="board-status" data-testid="counted-mails">{count}</p>
        {mails}
        <Pagination page=outbox.page pages=outbox.pages link label_key="outbox-pages"/>
    }
}

/// The filters as a plain GET form, which works the same with and without JavaScript.
#[component]
fn OutboxFilters(query: OutboxQuery, purposes: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let states = MailState::ALL
        .into_iter()
        .map(|state| {
            let chosen = query.state == Some(state);
            (state.as_str().to_owned(), i18n.t(state.label_key()), chosen)
        })
        .collect();
    let mut purposes: Vec<(String, String, bool)> = purposes
        .into_iter()
        .map(|purpose| {
            let chosen = query.purpose.as_ref() == Some(&purpose);
            let label = i18n.t(&purpose_label_key(&purpose));
            (purpose, label, chosen)
        })
        .collect();
    purposes.sort_by(|a, b| a.1.cmp(&b.1));
    view! {
        <form method="get" class="board-filters" role="search" aria-label=move || i18n.t("outbox-filters")>
            <FilterSelect name="state" label_key="outbox-filter-state" any_key="outbox-filter-any" options=states/>
            <FilterSelect name="purpose" label_key="outbox-filter-purpose" any_key="outbox-filter-any" options=purposes/>
            <div class="field board-filters__field">
                <label class="field__label" for="filter-q">{i18n.tr("outbox-filter-text")}</label>
                <input class="field__input" type="search" id="filter-q" name="q" value=query.text.clone()/>
            </div>
            <div class="button-group">
                <button type="submit" class="button button--secondary">{i18n.tr("outbox-filter-apply")}</button>
                <a href=paths::outbox(i18n.lang())>{i18n.tr("outbox-filter-clear")}</a>
            </div>
        </form>
    }
}

#[component]
fn Mail(mail: OutboxItem) -> impl IntoView {
    let i18n = use_i18n();
    let id = mail.id;
    let line = |key: &'static str, value: String| {
        view! {
            <div class="summary-list__row">
                <dt>{i18n.tr(key)}</dt>
                <dd class="summary-list__value">{value}</dd>
            </div>
        }
    };
    let when = {
        let (created, sent) = (mail.created_at, mail.sent_at);
        move || match sent {
            Some(sent) => translate_with(
                i18n.lang(),
                "outbox-sent-at",
                &[(
                    "datetime",
                    Arg::Text(format_wall_clock(i18n.lang(), sent.riga)),
                )],
            ),
            None => translate_with(
                i18n.lang(),
                "outbox-created-at",
                &[(
                    "datetime",
                    Arg::Text(format_wall_clock(i18n.lang(), created.riga)),
                )],
            ),
        }
    };
    let attempts = mail.attempts;
    let failure = mail.last_error.clone().map(|error| {
        view! {
            <p class="panel panel--problem">
                {move || translate_with(i18n.lang(), "outbox-failed-after", &[("count", Arg::Number(attempts.into()))])}
                " " <code>{error}</code>
            </p>
        }
    });
    let action = match mail.state {
        MailState::Draft | MailState::Failed => {
            let draft =
                (mail.state == MailState::Draft).then(|| (mail.subject.clone(), mail.body.clone()));
            view! { <SendMailForm id draft/> }.into_any()
        }
        MailState::Queued | MailState::Sent => view! {
            <details class="mail__body">
                <summary>{i18n.tr("outbox-show-body")}</summary>
                <p class="comment__body">{mail.body.clone()}</p>
            </details>
        }
        .into_any(),
    };
    view! {
        <article class="mail" data-testid="mail" data-state=mail.state.as_str()>
            <h2 class="mail__subject">
                <strong class=format!("tag tag--mail-{}", mail.state.as_str())>{i18n.tr(mail.state.label_key())}</strong>
                " " {mail.subject.clone()}
            </h2>
            <p class="muted">{when}</p>
            <dl class="summary-list">
                {line("outbox-purpose", i18n.t(&purpose_label_key(&mail.purpose)))}
                {line("outbox-to", mail.to.join(", "))}
                {(!mail.cc.is_empty()).then(|| line("outbox-cc", mail.cc.join(", ")))}
                {(!mail.attachments.is_empty()).then(|| line("outbox-attachments", mail.attachments.join(", ")))}
            </dl>
            {failure}
            {action}
        </article>
    }
}

/// Sending mail `id`: a draft (its subject and body) as edited here, or a failed mail again. The
/// server answers by showing the outbox again, where the mail has moved on.
#[component]
fn SendMailForm(id: i32, draft: Option<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(refusal_of::<SendMail>());
    let field = move |name: &str| format!("mail-{id}-{name}");
    let (label, class) = match draft {
        Some(_) => ("outbox-send", "button"),
        None => ("outbox-send-again", "button button--secondary"),
    };
    let fields = draft.map(|(subject, body)| {
        view! {
            <div class="field">
                <label class="field__label" for=field("subject")>{i18n.tr("outbox-subject")}</label>
                <input class="field__input" id=field("subject") name="subject" value=subject/>
            </div>
            <div class="field">
                <label class="field__label" for=field("body")>{i18n.tr("outbox-body")}</label>
                <textarea class="field__input" id=field("body") name="body" rows="12">{body}</textarea>
            </div>
        }
    });
    view! {
        <FormRegion id=field("form")>
            <ErrorSummary error/>
            <PostForm action=SendMail::PATH attr:class="form">
                <input type="hidden" name="id" value=id.to_string()/>
                {fields}
                <button type="submit" class=class>{i18n.tr(label)}</button>
            </PostForm>
        </FormRegion>
    }
}
