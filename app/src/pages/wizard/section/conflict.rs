//! What a section's page shows when a save met someone else's newer answers: both versions side by
//! side, and the choice. The server draws it for a form post that met the newer save, and for the
//! browser's autosave, which asks for the page again and shows this part of it.

use crate::i18n::{translate_with, use_i18n, Arg};
use crate::model::application::{answer_at, path_label, FieldSpec, FormRef, Section};
use crate::model::{format_wall_clock, Deadline};
use crate::paths;
use leptos::prelude::*;
use serde_json::Value;

/// The element the dialog is drawn in; the editor puts a newer one in its place.
pub(super) const SLOT: &str = "conflict_dialog";

/// Someone else saved this section since the person's answers were read.
pub(super) struct Conflict {
    pub by: String,
    pub at: Deadline,
    pub theirs: Value,
    pub yours: Value,
    /// The version that "keep my answers" saves over.
    pub their_version: i32,
}

/// Each answer that differs, theirs and yours, and two ways on: "keep my answers" saves the form
/// (which holds them) over the newer version; "use their answers" opens the section as saved.
#[component]
pub(super) fn ConflictDialog(
    conflict: Conflict,
    form: FormRef,
    section: Section,
    fields: Vec<FieldSpec>,
    city: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let differences = fields
        .iter()
        .flat_map(FieldSpec::paths)
        .filter(|path| answer_at(&conflict.theirs, path) != answer_at(&conflict.yours, path))
        .map(|path| {
            let label = path_label(lang, &fields, &city, &path).unwrap_or_default();
            let theirs = answer_at(&conflict.theirs, &path).to_owned();
            let yours = answer_at(&conflict.yours, &path).to_owned();
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
    let who = translate_with(
        lang,
        "conflict-text",
        &[
            ("name", Arg::Text(conflict.by)),
            (
                "datetime",
                Arg::Text(format_wall_clock(lang, conflict.at.riga)),
            ),
        ],
    );
    view! {
        <div
            class="conflict"
            role="alertdialog"
            aria-labelledby="conflict-title"
            aria-describedby="conflict-text"
            tabindex="-1"
            data-testid="conflict"
            data-their-version=conflict.their_version.to_string()
        >
            <h2 id="conflict-title" class="conflict__title">{i18n.tr("conflict-title")}</h2>
            <p id="conflict-text">{who}</p>
            <dl class="conflict__list">{differences}</dl>
            <div class="button-group">
                <button type="submit" class="button" form=super::FORM name="then" value="keep">
                    {i18n.tr("conflict-keep-mine")}
                </button>
                <a class="button button--secondary" href=paths::section(lang, form, section) data-discard="">
                    {i18n.tr("conflict-take-theirs")}
                </a>
            </div>
        </div>
    }
}
