//! The dialog that opens when a save meets someone else's newer answers: both versions side by side,
//! and the person chooses which to keep.

#[cfg(feature = "hydrate")]
use super::autosave;
use super::{Editor, SaveStatus};
use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::path_label;
use crate::model::application::{answer_at, FieldSpec};
use crate::model::format_wall_clock;
use crate::paths;
use leptos::prelude::*;

/// Shown when a save met a newer one: each answer that differs, theirs and yours, and the choice.
#[component]
pub(super) fn ConflictDialog(
    editor: Editor,
    fields: Vec<FieldSpec>,
    city: String,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        editor.conflict.get().map(|conflict| {
            let mine = editor.answers.get_untracked();
            let differences = fields
                .iter()
                .flat_map(FieldSpec::paths)
                .filter(|path| answer_at(&conflict.theirs, path) != answer_at(&mine, path))
                .map(|path| {
                    let label = path_label(i18n.lang(), &fields, &city, &path).unwrap_or_default();
                    let theirs = answer_at(&conflict.theirs, &path).to_owned();
                    let yours = answer_at(&mine, &path).to_owned();
                    view! {
                        <div class="conflict__row">
                            <dt>{label}</dt>
                            <dd>
                                <span class="conflict__label">{i18n.tr("conflict-theirs")}</span>
                                <span class="conflict__value" data-testid="conflict-theirs">{theirs}</span>
                            </dd>
                            <dd>
                                <span class="conflict__label">{i18n.tr("conflict-yours")}</span>
                                <span class="conflict__value" data-testid="conflict-yours">{yours}</span>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            let who = {
                let by = conflict.by.clone();
                let at = conflict.at;
                move || translate_with(
                    i18n.lang(),
                    "conflict-text",
                    &[
                        ("name", Arg::Text(by.clone())),
                        ("datetime", Arg::Text(format_wall_clock(i18n.lang(), at.riga))),
                    ],
                )
            };
            let keep_mine = {
                let conflict = conflict.clone();
                move |_| {
                    editor.version.set(conflict.their_version);
                    editor.conflict.set(None);
                }
            };
            let take_theirs = move |_| {
                editor.version.set(conflict.their_version);
                editor.answers.set(conflict.theirs.clone());
                editor.saved.set(conflict.theirs.clone());
                editor.status.set(SaveStatus::Idle);
                editor.conflict.set(None);
                #[cfg(feature = "hydrate")]
                {
                    autosave::fill_form(editor, &conflict.theirs);
                    autosave::forget(editor);
                }
            };
            view! {
                <div class="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text" data-testid="conflict">
                    <h2 id="conflict-title" class="conflict__title">{i18n.tr("conflict-title")}</h2>
                    <p id="conflict-text">{who}</p>
                    <dl class="conflict__list">{differences}</dl>
                    {conflict.posted.then(|| view! {
                        <p>
                            {i18n.tr("conflict-posted")} " "
                            <a href=paths::section(i18n.lang(), editor.form, editor.section)>{i18n.tr("conflict-take-theirs")}</a>
                        </p>
                    })}
                    <div class="button-group">
                        <button type="button" class="button" on:click=keep_mine>{i18n.tr("conflict-keep-mine")}</button>
                        <button type="button" class="button button--secondary" on:click=take_theirs>{i18n.tr("conflict-take-theirs")}</button>
                    </div>
                </div>
            }
        })
    }
}
