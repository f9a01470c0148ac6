//! `/{lang}/admin/outbox`: every mail the site sends, for the secretary. A decision's mails wait here
//! as drafts to be read, edited if need be, and sent; a mail that failed every attempt can be sent again.

use crate::api::board::{load_outbox, SendMail};
use crate::components::{ErrorPanel, ErrorSummary};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::format_wall_clock;
use crate::model::{MailState, OutboxItem};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[island(lazy)]
pub fn OutboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let outbox = Resource::new(|| (), |_| load_outbox());
    view! {
        <Title text=move || i18n.t("outbox-title")/>
        <h1>{i18n.tr("outbox-title")}</h1>
        <p class="lead">{i18n.tr("outbox-intro")}</p>
        <Suspense fallback=move || view! { <p>{i18n.tr("app-loading")}</p> }>
            {move || outbox.get().map(|result| match result {
                Ok(mails) if mails.is_empty() => view! { <p class="panel">{i18n.tr("outbox-empty")}</p> }.into_any(),
                Ok(mails) => mails
                    .into_iter()
                    .map(|mail| view! { <Mail mail/> })
                    .collect_view()
                    .into_any(),
                Err(error) => view! { <ErrorPanel error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Mail(mail: OutboxItem) -> impl IntoView {
    let i18n = use_i18n();
    let send = ServerAction::<SendMail>::new();
    let error = Signal::derive(move || send.value().get().and_then(Result::err));
    let id = mail.id;
    let field = move |name: &str| format!("mail-{id}-{name}");
    let (subject, body) = (mail.subject.clone(), mail.body.clone());
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
        MailState::Draft => view! {
            <ActionForm action=send attr:class="form">
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="lang" value=move || i18n.lang().code()/>
                <div class="field">
                    <label class="field__label" for=field("subject")>{i18n.tr("outbox-subject")}</label>
                    <input class="field__input" id=field("subject") name="subject" value=subject.clone()/>
                </div>
                <div class="field">
                    <label class="field__label" for=field("body")>{i18n.tr("outbox-body")}</label>
                    <textarea class="field__input" id=field("body") name="body" rows="12">{body.clone()}</textarea>
                </div>
                <button type="submit" class="button" disabled=move || send.pending().get()>{i18n.tr("outbox-send")}</button>
            </ActionForm>
        }
        .into_any(),
        MailState::Failed => view! {
            <ActionForm action=send attr:class="form">
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="lang" value=move || i18n.lang().code()/>
                <button type="submit" class="button button--secondary" disabled=move || send.pending().get()>{i18n.tr("outbox-send-again")}</button>
            </ActionForm>
        }
        .into_any(),
        MailState::Queued | MailState::Sent => view! {
            <details class="mail__body">
                <summary>{i18n.tr("outbox-show-body")}</summary>
                <p class="comment__body">{body.clone()}</p>
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
                {line("outbox-to", mail.to.join(", "))}
                {(!mail.cc.is_empty()).then(|| line("outbox-cc", mail.cc.join(", ")))}
                {(!mail.attachments.is_empty()).then(|| line("outbox-attachments", mail.attachments.join(", ")))}
            </dl>
            {failure}
            <ErrorSummary error/>
            {action}
        </article>
    }
}
