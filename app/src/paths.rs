//! The wizard's addresses, built in one place for the pages and for the server's redirects.

use crate::i18n::Lang;
use crate::model::application::Section;

/// The city's applications.
pub fn applications(lang: Lang) -> String {
    format!("/{}/apply", lang.code())
}

/// An application's task list.
pub fn task_list(lang: Lang, id: i32) -> String {
    format!("/{}/apply/{id}", lang.code())
}

pub fn section(lang: Lang, id: i32, section: Section) -> String {
    format!("/{}/apply/{id}/{}", lang.code(), section.slug())
}

/// A section's page with its problems listed, where "save and continue" leads when some remain.
pub fn section_checked(lang: Lang, id: i32, section: Section) -> String {
    format!("{}?check=1", self::section(lang, id, section))
}

pub fn check_answers(lang: Lang, id: i32) -> String {
    format!("/{}/apply/{id}/check", lang.code())
}

pub fn submitted(lang: Lang, id: i32) -> String {
    format!("/{}/apply/{id}/submitted", lang.code())
}
