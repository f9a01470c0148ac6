//! What a mail is for: it names the mail in the outbox and chooses the words it is written in.

use app::i18n::{translate_with, Arg, Lang};
use app::model::ReminderKind;

/// Every kind of mail the server writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailPurpose {
    AccountInvitation,
    PasswordReset,
    ApplicationSubmittedCity,
    ApplicationSubmittedCommission,
    ApplicationWithdrawnCommission,
    ReportSubmittedCity,
    ReportSubmittedCommission,
    ReportForwardedUil,
    ReportChangesCity,
    CycleExtended,
    ReportDueMoved,
    Reminder(ReminderKind),
    DecisionChangesCity,
    DecisionRejectedCity,
    DecisionEndorsedCity,
    DecisionForwardedUil,
}

impl MailPurpose {
    /// Every identifier [`MailPurpose::as_str`] gives, for the outbox to filter by.
    pub const IDENTIFIERS: [&'static str; 16] = [
        "account-invitation",
        "password-reset",
        "application-submitted-city",
        "application-submitted-commission",
        "application-withdrawn-commission",
        "progress-report-submitted-city",
        "progress-report-submitted-commission",
        "progress-report-forwarded-uil",
        "progress-report-changes-city",
        "cycle-extended",
        "report-due-moved",
        "reminder",
        "decision-changes-city",
        "decision-rejected-city",
        "decision-endorsed-city",
        "decision-forwarded-uil",
    ];

    /// Stable identifier kept with the mail in the outbox; every reminder shares one.
    pub fn as_str(self) -> &'static str {
        match self {
            MailPurpose::AccountInvitation => "account-invitation",
            MailPurpose::PasswordReset => "password-reset",
            MailPurpose::ApplicationSubmittedCity => "application-submitted-city",
            MailPurpose::ApplicationSubmittedCommission => "application-submitted-commission",
            MailPurpose::ApplicationWithdrawnCommission => "application-withdrawn-commission",
            MailPurpose::ReportSubmittedCity => "progress-report-submitted-city",
            MailPurpose::ReportSubmittedCommission => "progress-report-submitted-commission",
            MailPurpose::ReportForwardedUil => "progress-report-forwarded-uil",
            MailPurpose::ReportChangesCity => "progress-report-changes-city",
            MailPurpose::CycleExtended => "cycle-extended",
            MailPurpose::ReportDueMoved => "report-due-moved",
            MailPurpose::Reminder(_) => "reminder",
            MailPurpose::DecisionChangesCity => "decision-changes-city",
            MailPurpose::DecisionRejectedCity => "decision-rejected-city",
            MailPurpose::DecisionEndorsedCity => "decision-endorsed-city",
            MailPurpose::DecisionForwardedUil => "decision-forwarded-uil",
        }
    }

    /// The translation keys of the subject and the body.
    fn keys(self) -> [&'static str; 2] {
        match self {
            MailPurpose::AccountInvitation => ["mail-invitation-subject", "mail-invitation-body"],
            MailPurpose::PasswordReset => ["mail-reset-subject", "mail-reset-body"],
            MailPurpose::ApplicationSubmittedCity => {
                ["mail-submitted-city-subject", "mail-submitted-city-body"]
            }
            MailPurpose::ApplicationSubmittedCommission => [
                "mail-submitted-commission-subject",
                "mail-submitted-commission-body",
            ],
            MailPurpose::ApplicationWithdrawnCommission => [
                "mail-withdrawn-commission-subject",
                "mail-withdrawn-commission-body",
            ],
            MailPurpose::ReportSubmittedCity => [
                "mail-report-submitted-city-subject",
                "mail-report-submitted-city-body",
            ],
            MailPurpose::ReportSubmittedCommission => [
                "mail-report-submitted-commission-subject",
                "mail-report-submitted-commission-body",
            ],
            MailPurpose::ReportForwardedUil => [
                "mail-report-forwarded-subject",
                "mail-report-forwarded-body",
            ],
            MailPurpose::ReportChangesCity => {
                ["mail-report-changes-subject", "mail-report-changes-body"]
            }
            MailPurpose::CycleExtended => {
                ["mail-cycle-extended-subject", "mail-cycle-extended-body"]
            }
            MailPurpose::ReportDueMoved => [
                "mail-report-due-moved-subject",
                "mail-report-due-moved-body",
            ],
            MailPurpose::Reminder(kind) => match kind {
                ReminderKind::WindowOpens => [
                    "mail-reminder-window-opens-subject",
                    "mail-reminder-window-opens-body",
                ],
                ReminderKind::WindowClosing => [
                    "mail-reminder-window-closing-subject",
                    "mail-reminder-window-closing-body",
                ],
                ReminderKind::ReportDue => [
                    "mail-reminder-report-due-subject",
                    "mail-reminder-report-due-body",
                ],
                ReminderKind::ReportOverdue => [
                    "mail-reminder-report-overdue-subject",
                    "mail-reminder-report-overdue-body",
                ],
                ReminderKind::ReviewWaiting => [
                    "mail-reminder-review-waiting-subject",
                    "mail-reminder-review-waiting-body",
                ],
                ReminderKind::DecisionDue => [
                    "mail-reminder-decision-due-subject",
                    "mail-reminder-decision-due-body",
                ],
            },
            MailPurpose::DecisionChangesCity => [
                "mail-decision-changes-city-subject",
                "mail-decision-changes-city-body",
            ],
            MailPurpose::DecisionRejectedCity => [
                "mail-decision-rejected-city-subject",
                "mail-decision-rejected-city-body",
            ],
            MailPurpose::DecisionEndorsedCity => [
                "mail-decision-endorsed-city-subject",
                "mail-decision-endorsed-city-body",
            ],
            MailPurpose::DecisionForwardedUil => [
                "mail-decision-forwarded-uil-subject",
                "mail-decision-forwarded-uil-body",
            ],
        }
    }

    /// The subject and the body in `lang`, with `args` in their places.
    pub fn words(self, lang: Lang, args: &[(&'static str, Arg)]) -> (String, String) {
        let [subject, body] = self.keys();
        (
            translate_with(lang, subject, args),
            translate_with(lang, body, args),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_purpose() -> Vec<MailPurpose> {
        let mut all = vec![
            MailPurpose::AccountInvitation,
            MailPurpose::PasswordReset,
            MailPurpose::ApplicationSubmittedCity,
            MailPurpose::ApplicationSubmittedCommission,
            MailPurpose::ApplicationWithdrawnCommission,
            MailPurpose::ReportSubmittedCity,
            MailPurpose::ReportSubmittedCommission,
            MailPurpose::ReportForwardedUil,
            MailPurpose::ReportChangesCity,
            MailPurpose::CycleExtended,
            MailPurpose::ReportDueMoved,
            MailPurpose::DecisionChangesCity,
            MailPurpose::DecisionRejectedCity,
            MailPurpose::DecisionEndorsedCity,
            MailPurpose::DecisionForwardedUil,
        ];
        all.extend(ReminderKind::ALL.into_iter().map(MailPurpose::Reminder));
        all
    }

    #[test]
    fn every_mail_has_its_words_in_every_language() {
        // Every argument any mail names: a message missing one of its arguments would not format.
        let args = [
            ("city", Arg::Text("Cēsis".into())),
            ("year", Arg::Number(2027)),
            ("name", Arg::Text("Ilze Ozola".into())),
            ("link", Arg::Text("https://example.org/lv".into())),
            ("hours", Arg::Number(72)),
            ("minutes", Arg::Number(60)),
            (
                "privacy",
                Arg::Text("https://example.org/lv/privacy".into()),
            ),
            ("reason", Arg::Text("A reason.".into())),
            ("deadline", Arg::Text("30 April 2027, 23:59".into())),
            ("days", Arg::Number(3)),
            ("about", Arg::Text("Cēsis".into())),
            ("closes", Arg::Text("30 April 2027, 23:59".into())),
            ("due", Arg::Text("31 March 2028, 23:59".into())),
            ("period", Arg::Number(2028)),
        ];
        for purpose in every_purpose() {
            let [subject_key, body_key] = purpose.keys();
            for lang in [Lang::Lv, Lang::En, Lang::Ru] {
                let (subject, body) = purpose.words(lang, &args);
                assert_ne!(subject, subject_key, "{purpose:?} in {lang:?}");
                assert_ne!(body, body_key, "{purpose:?} in {lang:?}");
                assert!(!subject.trim().is_empty() && !body.trim().is_empty());
            }
        }
    }

    #[test]
    fn purposes_other_than_the_reminders_have_identifiers_of_their_own() {
        let mut identifiers: Vec<&str> = every_purpose()
            .into_iter()
            .filter(|purpose| !matches!(purpose, MailPurpose::Reminder(_)))
            .map(MailPurpose::as_str)
            .collect();
        let count = identifiers.len();
        identifiers.sort();
        identifiers.dedup();
        assert_eq!(identifiers.len(), count);
    }

    #[test]
    fn the_outbox_names_and_filters_by_every_purpose_and_only_by_those() {
        let mut identifiers: Vec<&str> = every_purpose()
            .into_iter()
            .map(MailPurpose::as_str)
            .collect();
        identifiers.sort();
        identifiers.dedup();
        let mut listed = MailPurpose::IDENTIFIERS.to_vec();
        listed.sort();
        assert_eq!(identifiers, listed);
        for lang in [Lang::Lv, Lang::En, Lang::Ru] {
            for purpose in &listed {
                let key = app::model::purpose_label_key(purpose);
                assert_ne!(app::i18n::translate(lang, &key), key, "{lang:?}");
            }
        }
    }
}
