//! One section of the application on its own page, drawn by the server. The page is a plain form that
//! posts to `save_answers`, so it works before (or without) the WASM; once hydrated, its editor saves
//! every change within about a second, keeps it in the browser's storage while the server cannot be
//! reached, and shows the conflict dialog when a save meets someone else's newer one instead of
//! overwriting it.

use super::{LastEdit, WithDraft};
use crate::api::applications::unsaved_answers;
use crate::components::{AnswerFields, ErrorSummary, NotFoundPage};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::application::{
    path_label, problems_of, FormDraft, FormKind, Section, SectionState,
};
use conflict::{Conflict, ConflictDialog};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde_json::Value;

mod conflict;
mod editor;

/// The section's form element, which the conflict dialog's button submits from outside it.
const FORM: &str = "section-form";

/// `/{lang}/apply/{id}/{section}` (or `/{lang}/report/…` for a report); `?check=1` lists the section's
/// problems (where "save and continue" leads while some remain); `?conflict=1` shows the answers a
/// save could not keep because someone saved the section in between.
#[component]
pub fn SectionPage(#[prop(optional)] kind: FormKind) -> impl IntoView {
    let form = super::form_in_address(kind);
    let slug = use_params_map()
        .read_untracked()
        .get("section")
        .unwrap_or_default();
    let query = use_query_map();
    let check = query.read_untracked().get("check").is_some();
    let conflict = query.read_untracked().get("conflict").is_some();
    let section = Section::from_slug(&slug)
        .filter(|section| form.is_some_and(|form| form.kind.has(*section)));
    let unsaved = Resource::new(
        || (),
        move |_| async move {
            match (conflict, form, section) {
                (true, Some(form), Some(section)) => {
                    unsaved_answers(form.kind, form.id, section.slug().to_owned())
                        .await
                        .ok()
                        .flatten()
                }
                _ => None,
            }
        },
    );
    view! {
        <WithDraft form page=move |draft| match section {
            Some(section) => {
                let unsaved = unsaved.get().flatten();
                view! { <SectionForm draft section check unsaved/> }.into_any()
            }
            None => view! { <NotFoundPage/> }.into_any(),
        }/>
    }
}

/// A section's form. `unsaved` holds answers a save could not keep because someone saved the section
/// in between: they fill the form, with the dialog showing them next to the newer answers, and saving
/// them keeps them.
#[component]
fn SectionForm(
    draft: FormDraft,
    section: Section,
    check: bool,
    unsaved: Option<Value>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let form = draft.reference();
    let saved = draft.form.answers(section);
    let version = draft.version(section);
    let fields = section.fields();
    let city = draft.city.clone();
    let answers = unsaved.clone().unwrap_or_else(|| saved.clone());
    let problems = if check {
        problems_of(section, &answers, draft.year)
    } else {
        Vec::new()
    };
    let summary = Some(problems.clone())
        .filter(|problems| !problems.is_empty())
        .map(AppError::Validation);
    let label_of = {
        let (fields, city) = (fields.clone(), city.clone());
        Callback::new(move |path: String| path_label(lang, &fields, &city, &path))
    };
    let conflict = unsaved
        .zip(draft.last_edit.clone())
        .map(|(yours, edit)| Conflict {
            by: edit.by,
            at: edit.at,
            theirs: saved,
            yours,
            their_version: version,
        });
    let conflicted = conflict.is_some();
    let dialog = conflict.map(|conflict| {
        view! { <ConflictDialog conflict form section fields=fields.clone() city=city.clone()/> }
    });
    let title = i18n.tr(section.title_key());
    let editable = draft.editable;
    let buttons = editable.then(|| {
        view! {
            <div class="button-group">
                <button type="submit" class="button" name="then" value="continue">
                    {i18n.tr("wizard-save-continue")}
                </button>
                <button type="submit" class="button button--secondary" name="then" value="later">
                    {i18n.tr("wizard-save-later")}
                </button>
                {form.kind.previous(section).map(|_| view! {
                    <button type="submit" class="link-button" name="then" value="previous">
                        {i18n.tr("wizard-previous")}
                    </button>
                })}
            </div>
        }
    });
    view! {
        <Title text=title/>
        <p class="caption">
            <a href=crate::paths::task_list(lang, form)>{i18n.tr("wizard-back-to-tasks")}</a>
        </p>
        <super::DraftNotice timing=draft.timing.clone() now=draft.now/>
        <editor::SectionEditor
            form
            section=section.slug().to_owned()
            complete=draft.state(section) == SectionState::Complete
            conflict=conflicted
        >
            <ErrorSummary error=Signal::stored(summary) label_of/>
            <div id=conflict::SLOT>{dialog}</div>
            <h1>{title}</h1>
            <super::RequestedChanges comments=draft.requested_changes.clone() only=section/>
            <p class="muted">{i18n.tr(section.intro_key())}</p>
            <LastEdit edit=draft.last_edit.clone()/>
            <form id=FORM class="form" method="post" action="/api/save_answers" novalidate=true>
                <input type="hidden" name="kind" value=form.kind.as_str()/>
                <input type="hidden" name="id" value=form.id.to_string()/>
                <input type="hidden" name="section" value=section.slug()/>
                <input type="hidden" name="lang" value=lang.code()/>
                <input type="hidden" name="base_version" value=version.to_string()/>
                <fieldset class="fieldset fieldset--plain" disabled=!editable>
                    <legend class="visually-hidden">{title}</legend>
                    <AnswerFields fields answers problems city/>
                </fieldset>
                <p class="autosave" id=editor::STATUS role="status" aria-live="polite" data-testid="autosave-status"></p>
                {buttons}
                {(!editable).then(|| view! { <p class="panel">{i18n.tr("error-not-editable")}</p> })}
            </form>
        </editor::SectionEditor>
    }
}
