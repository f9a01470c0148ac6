//! What server functions need from the server, as a trait the `server` crate implements with sea-orm.
//! Keeping it here lets `app` stay free of any database crate.

use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::application::{
    ApplicationSummary, FormDraft, FormRef, ReportsOverview, SavedSection, SectionData,
};
use crate::model::{
    AccountAction, AccountSummary, AuditLog, AuditQuery, Board, CheckedCity, CheckedCycle,
    CheckedMember, CityRef, CitySummary, ConflictChange, ConflictsOverview, CurrentUser,
    CycleSummary, CyclesOverview, DecisionRequest, Invitation, MembersOverview, NewPassword,
    Outbox, OutboxQuery, Placement, PrivacyFacts, Profile, PublicMember, ReminderKind,
    RemindersOverview, ReportDesk, ReportsBoard, ReviewDesk, ReviewForm, ReviewStep,
    SessionAccount, UpcomingDeadlines,
};
use chrono::{DateTime, NaiveDateTime, Utc};
use std::net::IpAddr;
use std::sync::Arc;

#[async_trait::async_trait]
pub trait Backend: Send + Sync + 'static {
    /// The current time from the injected clock; never read the system clock elsewhere.
    fn now(&self) -> DateTime<Utc>;

    /// What the privacy notice names: the controller, whom to write to, how long what is kept.
    fn privacy(&self) -> PrivacyFacts;

    /// The cycle whose window is open now, else the next one to open, else the last one that closed.
    async fn current_cycle(&self) -> Result<Option<CycleSummary>, AppError>;

    /// Checks an e-mail and password, counting the attempt against the account's and the address's
    /// limits; answers what the session is to hold and the person's language.
    async fn authenticate(
        &self,
        email: &str,
        password: &str,
        client: IpAddr,
    ) -> Result<(SessionAccount, Lang), AppError>;

    /// The active account a session holds, unless its sessions were ended since it signed in.
    async fn user(&self, account: SessionAccount) -> Result<Option<CurrentUser>, AppError>;

    /// The cities that may apply (not retired), by name: the choices for a new account.
    async fn cities(&self) -> Result<Vec<CityRef>, AppError>;

    /// Every city with what refers to it, for the secretary.
    async fn city_registry(&self, reader: &CurrentUser) -> Result<Vec<CitySummary>, AppError>;

    /// Adds a city, or changes city `original`; answers its id.
    async fn save_city(
        &self,
        secretary: &CurrentUser,
        original: Option<i32>,
        city: CheckedCity,
    ) -> Result<i32, AppError>;

    /// Retires a city, or reinstates it.
    async fn retire_city(
        &self,
        secretary: &CurrentUser,
        id: i32,
        retired: bool,
    ) -> Result<(), AppError>;

    /// Every account, for the secretary.
    async fn accounts(&self, reader: &CurrentUser) -> Result<Vec<AccountSummary>, AppError>;

    /// Creates an inactive account and queues its one-time set-password mail, in one transaction.
    async fn invite(&self, by: &CurrentUser, invitation: Invitation) -> Result<(), AppError>;

    /// Changes an account's role and city. The last active secretary keeps the role.
    async fn change_account(
        &self,
        secretary: &CurrentUser,
        id: i32,
        placement: Placement,
    ) -> Result<(), AppError>;

    /// Deactivates or reactivates an account, or sends it a new invitation link.
    async fn account_action(
        &self,
        secretary: &CurrentUser,
        id: i32,
        action: AccountAction,
    ) -> Result<(), AppError>;

    /// Erases the person behind account `id`: a label takes the place of their name, and their
    /// personal details are gone from every record; what they did stays under the label.
    async fn erase_account(&self, secretary: &CurrentUser, id: i32) -> Result<(), AppError>;

    /// The person's own name and mail language.
    async fn update_profile(&self, person: &CurrentUser, profile: Profile) -> Result<(), AppError>;

    /// Changes the person's own password after checking the current one; every other session of
    /// the account ends. Answers what this session is to hold now.
    async fn change_password(
        &self,
        person: &CurrentUser,
        current: &str,
        password: NewPassword,
        client: IpAddr,
    ) -> Result<SessionAccount, AppError>;

    /// Mails a link to choose a new password, if `email` names an account that may have one. Answers
    /// the same, as fast, whether or not it does; limited per address and per client.
    async fn request_password_reset(&self, email: &str, client: IpAddr) -> Result<(), AppError>;

    /// Uses a set-password link (an invitation or a reset) once.
    async fn set_password(&self, token: &str, password: NewPassword) -> Result<(), AppError>;

    /// The applications of the applicant's city, newest cycle first.
    async fn applications_of(
        &self,
        applicant: &CurrentUser,
    ) -> Result<Vec<ApplicationSummary>, AppError>;

    /// Starts the city's application for the open or next cycle, or returns the one it already has.
    async fn start_application(&self, applicant: &CurrentUser) -> Result<i32, AppError>;

    /// The member city's progress reports and the one it owes next.
    async fn reports_of(&self, applicant: &CurrentUser) -> Result<ReportsOverview, AppError>;

    /// Starts the progress report the member city owes next, prefilled from its previous report or
    /// its application, or returns the one it already has. Refused for a city that is not a member.
    async fn start_report(&self, applicant: &CurrentUser) -> Result<i32, AppError>;

    /// Every member's owed report and every report sent, for the Commission.
    async fn reports_board(&self, reader: &CurrentUser) -> Result<ReportsBoard, AppError>;

    /// The secretary forwards a sent report to UIL, the city in copy.
    async fn forward_report(&self, secretary: &CurrentUser, id: i32) -> Result<(), AppError>;

    /// One sent progress report with its files, comments and history, for the Commission. `NotFound`
    /// for a recused reviewer and for a report never sent.
    async fn report_desk(&self, reader: &CurrentUser, id: i32) -> Result<ReportDesk, AppError>;

    /// The form's draft, if `user` may see it; anyone else gets `NotFound`, never a hint that it exists.
    async fn draft(&self, user: &CurrentUser, form: FormRef) -> Result<FormDraft, AppError>;

    /// Saves one section if it is still at `base_version`; otherwise reports who changed it and when.
    async fn save_section(
        &self,
        applicant: &CurrentUser,
        form: FormRef,
        base_version: i32,
        data: SectionData,
    ) -> Result<SavedSection, AppError>;

    /// Submits a complete form: an application while its window is open, a report at any time. Freezes
    /// the answers and queues the mails (for an application, to the city, the Commission and UIL; for a
    /// report, to the city and the Commission, which forwards it to UIL).
    async fn submit(&self, applicant: &CurrentUser, form: FormRef) -> Result<(), AppError>;

    /// The board of the cycle of `year` (the current cycle if `None`), for the Commission only.
    async fn board(&self, reader: &CurrentUser, year: Option<i32>) -> Result<Board, AppError>;

    /// One submitted application with its reviews and history. `NotFound` for a recused reviewer.
    async fn review_desk(&self, reader: &CurrentUser, id: i32) -> Result<ReviewDesk, AppError>;

    /// Saves the reviewer's own review (a draft), or submits it.
    async fn save_review(
        &self,
        reviewer: &CurrentUser,
        id: i32,
        review: ReviewForm,
        step: ReviewStep,
    ) -> Result<(), AppError>;

    /// Takes a decision on the form: on an application the secretary's, or the city's own steps (that
    /// it sent the endorsed application to UIL itself, that it withdraws); on a sent report the
    /// secretary's. Answers whether its mails wait in the outbox to be read and sent.
    async fn decide(
        &self,
        decider: &CurrentUser,
        form: FormRef,
        request: DecisionRequest,
    ) -> Result<bool, AppError>;

    /// The page of the outbox `query` asks for, drafts first, then the newest: the secretary's only.
    async fn outbox(&self, reader: &CurrentUser, query: &OutboxQuery) -> Result<Outbox, AppError>;

    /// Sends a draft as edited, or a failed mail again (`edited` is `None`).
    async fn send_mail(
        &self,
        sender: &CurrentUser,
        id: i32,
        edited: Option<(String, String)>,
    ) -> Result<(), AppError>;

    /// Adds a comment to the Commission's internal discussion of a sent form.
    async fn add_comment(
        &self,
        author: &CurrentUser,
        form: FormRef,
        body: String,
    ) -> Result<(), AppError>;

    /// One page of the audit log, filtered as `query` asks; the secretary's.
    async fn audit_log(
        &self,
        reader: &CurrentUser,
        query: AuditQuery,
    ) -> Result<AuditLog, AppError>;

    /// The Commission's endorsement of the application as a PDF, with the name to save it under.
    async fn endorsement_file(
        &self,
        user: &CurrentUser,
        id: i32,
    ) -> Result<(String, Vec<u8>), AppError>;

    /// Declares the reviewer's conflict of interest with the application's city.
    async fn declare_conflict(
        &self,
        reviewer: &CurrentUser,
        id: i32,
        note: String,
    ) -> Result<(), AppError>;

    /// The conflicts of interest the reader may see, and whom and where they may record one.
    async fn conflicts(&self, reader: &CurrentUser) -> Result<ConflictsOverview, AppError>;

    /// The secretary records a reviewer's conflict with a city.
    async fn record_conflict(
        &self,
        secretary: &CurrentUser,
        change: ConflictChange,
    ) -> Result<(), AppError>;

    /// Removes a conflict: the secretary any, a reviewer their own declaration.
    async fn remove_conflict(
        &self,
        user: &CurrentUser,
        change: ConflictChange,
    ) -> Result<(), AppError>;

    /// Every cycle and the next one's defaults, for the secretary.
    async fn cycles(&self, reader: &CurrentUser) -> Result<CyclesOverview, AppError>;

    /// Creates a cycle, or changes the cycle of year `original`.
    async fn save_cycle(
        &self,
        secretary: &CurrentUser,
        original: Option<i32>,
        cycle: CheckedCycle,
    ) -> Result<(), AppError>;

    /// Who else of the Commission has the form's review page open, for a reader who may review it.
    async fn viewers(&self, reader: &CurrentUser, form: FormRef) -> Result<Vec<String>, AppError>;

    /// The active member cities, for everyone.
    async fn public_members(&self) -> Result<Vec<PublicMember>, AppError>;

    /// The registry of member cities, for the secretary.
    async fn members(&self, reader: &CurrentUser) -> Result<MembersOverview, AppError>;

    /// Enters a membership that began before this system, or changes the record of the member city
    /// `original`. Answers the city's id.
    async fn save_member(
        &self,
        secretary: &CurrentUser,
        original: Option<i32>,
        member: CheckedMember,
    ) -> Result<i32, AppError>;

    /// Moves the due date of a member city's progress report of `period` (a Riga wall-clock time).
    async fn move_report_due(
        &self,
        secretary: &CurrentUser,
        city: i32,
        period: i32,
        due: NaiveDateTime,
    ) -> Result<(), AppError>;

    /// The reader's next deadlines (anyone's when nobody is signed in), soonest first.
    async fn deadlines(&self, reader: Option<&CurrentUser>) -> Result<UpcomingDeadlines, AppError>;

    /// A year's reminders (this year's by default), for the secretary.
    async fn reminders(
        &self,
        reader: &CurrentUser,
        year: Option<i32>,
    ) -> Result<RemindersOverview, AppError>;

    /// Switches a kind of reminder on or off for a year.
    async fn switch_reminders(
        &self,
        secretary: &CurrentUser,
        year: i32,
        kind: ReminderKind,
        on: bool,
    ) -> Result<(), AppError>;
}

pub type SharedBackend = Arc<dyn Backend>;

/// The backend given to the request's context by the server.
pub fn backend() -> Result<SharedBackend, AppError> {
    leptos::prelude::use_context::<SharedBackend>().ok_or_else(|| AppError::Internal {
        trace_id: "no-backend".to_owned(),
    })
}
