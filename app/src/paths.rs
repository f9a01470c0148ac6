//! The wizard's addresses, built in one place for the pages and for the server's redirects.

use crate::i18n::Lang;
use crate::model::application::{FormKind, FormRef, Section};

/// The city's applications.
pub fn applications(lang: Lang) -> String {
    format!("/{}/apply", lang.code())
}

/// A member city's progress reports.
pub fn reports(lang: Lang) -> String {
    format!("/{}/report", lang.code())
}

/// A form's task list: `/lv/apply/7`, `/lv/report/3`.
pub fn task_list(lang: Lang, form: FormRef) -> String {
    format!("/{}/{}/{}", lang.code(), form.kind.segment(), form.id)
}

pub fn section(lang: Lang, form: FormRef, section: Section) -> String {
    format!("{}/{}", task_list(lang, form), section.slug())
}

/// A section's page after a form post met a newer save: the posted answers are back in the form, next
/// to the ones saved in between.
pub fn section_conflict(lang: Lang, form: FormRef, section: Section) -> String {
    format!("{}?conflict=1", self::section(lang, form, section))
}

/// A section's page with its problems listed, where "save and continue" leads when some remain.
pub fn section_checked(lang: Lang, form: FormRef, section: Section) -> String {
    format!("{}?check=1", self::section(lang, form, section))
}

/// Where a section's button leads once its answers are saved: `continue` to the next section (or to
/// check your answers after the last), back to this section with its problems listed while it is not
/// `complete`; `previous` to the section before (or the task list); `later` to the task list; `keep`
/// (the person's answers kept over someone else's) back to this section. `None` for anything else.
pub fn after_save(
    lang: Lang,
    form: FormRef,
    section: Section,
    then: &str,
    complete: bool,
) -> Option<String> {
    Some(match then {
        "continue" if !complete => section_checked(lang, form, section),
        "continue" => match form.kind.next(section) {
            Some(next) => self::section(lang, form, next),
            None => check_answers(lang, form),
        },
        "previous" => match form.kind.previous(section) {
            Some(previous) => self::section(lang, form, previous),
            None => task_list(lang, form),
        },
        "later" => task_list(lang, form),
        "keep" => self::section(lang, form, section),
        _ => return None,
    })
}

pub fn check_answers(lang: Lang, form: FormRef) -> String {
    format!("{}/check", task_list(lang, form))
}

pub fn submitted(lang: Lang, form: FormRef) -> String {
    format!("{}/submitted", task_list(lang, form))
}

pub fn attachments(lang: Lang, form: FormRef) -> String {
    format!("{}/attachments", task_list(lang, form))
}

/// The folder of a form's files: its uploads and its printed copy.
fn files(form: FormRef) -> String {
    match form.kind {
        FormKind::Application => format!("/files/applications/{}", form.id),
        FormKind::Report => format!("/files/reports/{}", form.id),
    }
}

/// Where the upload form posts.
pub fn upload(form: FormRef) -> String {
    files(form)
}

/// A deadline as a calendar file.
pub fn calendar(deadline: &crate::model::UpcomingDeadline) -> String {
    format!("/calendar/{}.ics", deadline.calendar_key())
}

/// The form printed as a PDF: an application for the mayor to sign, a report to keep.
pub fn printed(form: FormRef) -> String {
    match form.kind {
        FormKind::Application => format!("{}/application.pdf", files(form)),
        FormKind::Report => format!("{}/report.pdf", files(form)),
    }
}

/// The Commission's endorsement, once it has endorsed the application.
pub fn endorsement(id: i32) -> String {
    format!("/files/applications/{id}/endorsement.pdf")
}

/// Where the secretary uploads the signed endorsement's scan.
pub fn signed_endorsement_upload(id: i32) -> String {
    format!("/files/applications/{id}/signed-endorsement")
}

pub fn download(attachment: i32) -> String {
    format!("/files/attachments/{attachment}")
}

/// The file shown in the page instead of saved.
pub fn view_attachment(attachment: i32) -> String {
    format!("/files/attachments/{attachment}/view")
}

/// The signed-in person's copy of everything stored about them.
/// The mark in a page's address that says which server function just took a form's post (see
/// `components::done_of`).
pub const DONE: &str = "__done";

/// `page` told that server function `function` took the post that leads there.
pub fn with_done(page: String, function: &str) -> String {
    let joint = if page.contains('?') { '&' } else { '?' };
    format!("{page}{joint}{DONE}={function}")
}

pub const OWN_DATA: &str = "/files/my-data.zip";

pub fn remove_attachment(attachment: i32) -> String {
    format!("/files/attachments/{attachment}/delete")
}

/// The Commission's board.
pub fn board(lang: Lang) -> String {
    format!("/{}/board", lang.code())
}

/// The Commission's view of progress reports.
pub fn board_reports(lang: Lang) -> String {
    format!("/{}/board/reports", lang.code())
}

/// The audit log, the secretary's.
pub fn audit(lang: Lang) -> String {
    format!("/{}/admin/audit", lang.code())
}

/// The audit log's lines a query keeps, as CSV.
pub fn audit_csv() -> &'static str {
    "/files/audit.csv"
}

/// The board's applications a query keeps, as CSV and as a workbook.
pub const BOARD_CSV: &str = "/files/board.csv";
pub const BOARD_XLSX: &str = "/files/board.xlsx";

/// The sheet for the Commission's meeting on a cycle.
pub const MEETING_SHEET: &str = "/files/meeting-sheet.pdf";

/// Conflicts of interest between reviewers and cities.
pub fn conflicts(lang: Lang) -> String {
    format!("/{}/board/conflicts", lang.code())
}

/// The secretary's cycles: each year's window, decision date and quota.
pub fn admin_cycles(lang: Lang) -> String {
    format!("/{}/admin/cycles", lang.code())
}

/// The cycles page with year `year`'s cycle opened.
pub fn admin_cycle(lang: Lang, year: i32) -> String {
    format!("{}?year={year}", admin_cycles(lang))
}

/// The secretary's registry of member cities.
pub fn admin_users(lang: Lang) -> String {
    format!("/{}/admin/users", lang.code())
}

/// The secretary's people page with account `id` opened.
pub fn admin_account(lang: Lang, id: i32) -> String {
    format!("{}?account={id}", admin_users(lang))
}

pub fn admin_cities(lang: Lang) -> String {
    format!("/{}/admin/cities", lang.code())
}

/// The cities page with city `id` opened.
pub fn admin_city(lang: Lang, id: i32) -> String {
    format!("{}?city={id}", admin_cities(lang))
}

pub fn account(lang: Lang) -> String {
    format!("/{}/account", lang.code())
}

/// Where the forgotten-password form leads once sent: the same page for every address.
pub fn forgot_password_sent(lang: Lang) -> String {
    format!("/{}/forgot-password?sent=1", lang.code())
}

pub fn admin_members(lang: Lang) -> String {
    format!("/{}/admin/members", lang.code())
}

/// The registry of members with member city `city`'s record opened.
pub fn admin_member(lang: Lang, city: i32) -> String {
    format!("{}?city={city}", admin_members(lang))
}

/// The secretary's reminders: what the calendar sends by itself.
pub fn admin_reminders(lang: Lang) -> String {
    format!("/{}/admin/reminders", lang.code())
}

/// The public list of Latvian member cities.
pub fn members(lang: Lang) -> String {
    format!("/{}/members", lang.code())
}

/// The public page about the network and what membership gives a city.
pub fn network(lang: Lang) -> String {
    format!("/{}/network", lang.code())
}

/// The outbox: every mail the site sends; the drafts of decisions wait here to be read and sent.
pub fn outbox(lang: Lang) -> String {
    format!("/{}/admin/outbox", lang.code())
}

/// One application on the board: answers, reviews and history.
pub fn review_desk(lang: Lang, id: i32) -> String {
    format!("/{}/board/{id}", lang.code())
}

/// One sent progress report as the Commission reads it.
pub fn report_desk(lang: Lang, id: i32) -> String {
    format!("/{}/board/reports/{id}", lang.code())
}

/// The Commission's page of a sent form, an application's or a report's.
pub fn form_desk(lang: Lang, form: FormRef) -> String {
    match form.kind {
        FormKind::Application => review_desk(lang, form.id),
        FormKind::Report => report_desk(lang, form.id),
    }
}

/// The form whose review page `path` is, for telling the others who is looking at it.
pub fn desk_of(path: &str) -> Option<FormRef> {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let (lang, rest) = parts.split_first()?;
    Lang::parse(lang)?;
    match rest {
        ["board", id] => id.parse().ok().map(FormRef::application),
        ["board", "reports", id] => id.parse().ok().map(FormRef::report),
        _ => None,
    }
}

/// The live feed; on a form's review page it also says that the reader is there.
pub fn events(viewing: Option<FormRef>) -> String {
    match viewing {
        Some(form) => format!("/events?viewing={}&kind={}", form.id, form.kind.as_str()),
        None => "/events".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_review_page_names_an_application_being_viewed() {
        assert_eq!(desk_of("/lv/board/12"), Some(FormRef::application(12)));
        assert_eq!(
            desk_of(&review_desk(Lang::Ru, 3)),
            Some(FormRef::application(3))
        );
        assert_eq!(
            desk_of(&form_desk(Lang::En, FormRef::report(5))),
            Some(FormRef::report(5))
        );
        assert_eq!(desk_of("/en/board"), None);
        assert_eq!(desk_of("/en/board/reports"), None);
        assert_eq!(desk_of("/en/board/conflicts"), None);
        assert_eq!(desk_of("/en/board/12/extra"), None);
        assert_eq!(desk_of("/en/board/reports/5/extra"), None);
        assert_eq!(desk_of("/en/board/x"), None);
        assert_eq!(desk_of("/en/apply/12"), None);
        assert_eq!(desk_of("/xx/board/12"), None);
        assert_eq!(
            events(Some(FormRef::application(12))),
            "/events?viewing=12&kind=application"
        );
        assert_eq!(
            events(Some(FormRef::report(5))),
            "/events?viewing=5&kind=report"
        );
        assert_eq!(events(None), "/events");
    }

    #[test]
    fn each_button_leads_where_it_says() {
        let at = |section, then, complete| {
            after_save(Lang::En, FormRef::application(7), section, then, complete)
        };
        assert_eq!(
            at(Section::Mayor, "continue", true).as_deref(),
            Some("/en/apply/7/contact")
        );
        assert_eq!(
            at(Section::Mayor, "continue", false).as_deref(),
            Some("/en/apply/7/mayor?check=1")
        );
        assert_eq!(
            at(Section::Pledge, "continue", true).as_deref(),
            Some("/en/apply/7/check")
        );
        assert_eq!(
            at(Section::City, "previous", false).as_deref(),
            Some("/en/apply/7")
        );
        assert_eq!(
            at(Section::City, "keep", false).as_deref(),
            Some("/en/apply/7/city")
        );
        assert_eq!(
            at(Section::Mayor, "previous", false).as_deref(),
            Some("/en/apply/7/city")
        );
        assert_eq!(
            at(Section::Mayor, "later", false).as_deref(),
            Some("/en/apply/7")
        );
        assert_eq!(at(Section::Mayor, "elsewhere", true), None);
        let report = FormRef::report(3);
        let plan = Section::Progress(crate::model::application::ProgressArea::Plan);
        assert_eq!(
            after_save(Lang::Lv, report, Section::CityProfile, "continue", true).as_deref(),
            Some("/lv/report/3/learning-city-plan")
        );
        assert_eq!(
            after_save(Lang::Lv, report, plan, "previous", true).as_deref(),
            Some("/lv/report/3/city-profile")
        );
        assert_eq!(
            after_save(Lang::Lv, report, Section::Contact, "previous", true).as_deref(),
            Some("/lv/report/3")
        );
        assert_eq!(printed(report), "/files/reports/3/report.pdf");
        assert_eq!(upload(FormRef::application(7)), "/files/applications/7");
    }
}
