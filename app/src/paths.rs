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

pub fn attachments(lang: Lang, id: i32) -> String {
    format!("/{}/apply/{id}/attachments", lang.code())
}

/// Where the upload form posts.
pub fn upload(id: i32) -> String {
    format!("/files/applications/{id}")
}

pub fn download(attachment: i32) -> String {
    format!("/files/attachments/{attachment}")
}

pub fn remove_attachment(attachment: i32) -> String {
    format!("/files/attachments/{attachment}/delete")
}
