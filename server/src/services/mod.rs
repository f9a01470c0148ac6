//! Services: every change a person asks for, and every reading that needs a permission check. Each
//! checks who asks (`access`), applies the workflow's rules, writes through `storage` in one
//! transaction with its audit line and mails, and answers the live events to publish once it committed.
//! `SeaBackend` is the `Backend` the pages call: it hands each call to its service and publishes.

pub mod access;
pub mod accounts;
pub mod applications;
pub mod attachments;
pub mod audit_log;
pub mod auth;
pub mod cities;
pub mod comments;
pub mod cycles;
pub mod deadlines;
pub mod decisions;
pub mod endorsements;
pub mod errors;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod forms;
pub mod lifecycle;
mod links;
pub mod members;
pub mod outbox;
pub mod people;
pub mod personal;
pub mod printing;
pub mod reminders;
pub mod reports;
pub mod retention;
pub mod reviews;
pub mod submission;

pub use submission::SubmissionSettings;

use crate::clock::SharedClock;
use crate::live::LiveEvents;
use app::backend::Backend;
use app::error::AppError;
use app::i18n::Lang;
use app::model::application::{
    ApplicationSummary, AttachmentKind, FormDraft, FormKind, FormRef, ReportsOverview,
    SavedSection, SectionData,
};
use app::model::{
    AccountAction, AccountSummary, AuditLog, AuditQuery, Board, BoardQuery, CheckedCity,
    CheckedCycle, CheckedMember, CityRef, CitySummary, ConflictChange, ConflictsOverview,
    CurrentUser, CycleSummary, CyclesOverview, DecisionRequest, EmailAddress, Invitation,
    LiveEvent, MembersOverview, NewPassword, Outbox, OutboxQuery, Placement, PrivacyFacts, Profile,
    PublicMember, Register, ReminderKind, RemindersOverview, ReportDesk, ReportsBoard, ReviewDesk,
    ReviewForm, ReviewStep, SessionAccount, UpcomingDeadlines,
};
use auth::LoginLimiter;
use chrono::{DateTime, NaiveDateTime, Utc};
use errors::db_error;
use sea_orm::DatabaseConnection;
use std::net::IpAddr;
use std::sync::Arc;
use tokio::sync::Notify;

pub struct SeaBackend {
    db: DatabaseConnection,
    clock: SharedClock,
    limiter: LoginLimiter,
    /// Requests for a password reset, limited apart from sign-ins.
    reset_limiter: LoginLimiter,
    mail_queued: Arc<Notify>,
    events: LiveEvents,
    /// Also holds the site's public address, for links in mails.
    submission: SubmissionSettings,
    boards: reviews::BoardCache,
}

impl SeaBackend {
    pub fn new(
        db: DatabaseConnection,
        clock: SharedClock,
        limiter: LoginLimiter,
        mail_queued: Arc<Notify>,
        events: LiveEvents,
        submission: SubmissionSettings,
    ) -> Self {
        SeaBackend {
            db,
            clock,
            limiter,
            reset_limiter: LoginLimiter::for_resets(),
            mail_queued,
            events,
            submission,
            boards: reviews::BoardCache::default(),
        }
    }

    /// Where boards are read from now; the live events' generation is taken before anything is read.
    fn boards(&self) -> reviews::BoardSource<'_> {
        reviews::BoardSource {
            generation: self.events.generation(),
            db: &self.db,
            now: self.clock.now(),
            cache: &self.boards,
        }
    }

    /// Tells the Commission's open pages of `register` to read it again.
    fn register_changed(&self, register: Register) {
        self.events.publish(LiveEvent::RegisterChanged { register });
    }

    /// Whether the database answers; for the health check.
    pub async fn ping(&self) -> Result<(), sea_orm::DbErr> {
        self.db.ping().await
    }

    /// Sets the gauges read from the database at each scrape: the outbox's backlog and the pool's use.
    pub async fn record_gauges(&self) -> Result<(), sea_orm::DbErr> {
        use crate::telemetry::{OUTBOX_FAILED, OUTBOX_OLDEST_SECONDS, OUTBOX_QUEUED};
        let backlog = crate::mail::backlog(&self.db).await?;
        let waited = backlog.oldest_queued.map_or(0.0, |queued| {
            (self.clock.now() - queued).as_seconds_f64().max(0.0)
        });
        metrics::gauge!(OUTBOX_QUEUED).set(backlog.queued as f64);
        metrics::gauge!(OUTBOX_FAILED).set(backlog.failed as f64);
        metrics::gauge!(OUTBOX_OLDEST_SECONDS).set(waited);
        crate::storage::record_pool_use(&self.db);
        Ok(())
    }

    /// Checks and keeps one uploaded file of a form.
    pub async fn upload(
        &self,
        applicant: &CurrentUser,
        form: FormRef,
        kind: AttachmentKind,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<i32, attachments::UploadRefused> {
        let now = self.clock.now();
        let folder = &self.submission.files;
        attachments::store(
            &self.db, now, folder, applicant, form, kind, file_name, bytes,
        )
        .await
    }

    /// The secretary's upload of the signed endorsement; open pages of the application follow.
    pub async fn upload_signed_endorsement(
        &self,
        secretary: &CurrentUser,
        application: i32,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<(), attachments::UploadRefused> {
        let now = self.clock.now();
        let folder = &self.submission.files;
        let change = endorsements::upload_signed(
            &self.db,
            now,
            folder,
            secretary,
            application,
            file_name,
            bytes,
        )
        .await?;
        self.events.publish(change);
        Ok(())
    }

    /// A form's file, for whoever may see the form.
    pub async fn attachment(
        &self,
        user: &CurrentUser,
        id: i32,
    ) -> Result<attachments::Download, AppError> {
        attachments::download(&self.db, &self.submission.files, user, id).await
    }

    /// Removes a file while its form is editable; answers the form it belonged to.
    pub async fn remove_attachment(
        &self,
        applicant: &CurrentUser,
        id: i32,
    ) -> Result<FormRef, AppError> {
        let now = self.clock.now();
        attachments::remove(&self.db, now, &self.submission.files, applicant, id).await
    }

    /// The copy of everything stored about `person`, as a ZIP, with the name to save it under.
    pub async fn personal_data(&self, person: &CurrentUser) -> Result<(String, Vec<u8>), AppError> {
        personal::copy(&self.db, self.clock.now(), &self.submission.files, person).await
    }

    /// The audit log's lines `query` keeps, as CSV with headings in `lang`, and the name to save it
    /// under.
    pub async fn audit_csv(
        &self,
        reader: &CurrentUser,
        query: &AuditQuery,
        lang: Lang,
    ) -> Result<(String, Vec<u8>), AppError> {
        let today = app::model::Deadline::at(self.clock.now()).riga.date();
        audit_log::csv(&self.db, reader, query, lang, today).await
    }

    /// The board's applications that `query` keeps, as `reader` may see them on the board, written as
    /// `format` with headings in `lang`; and the name to save it under.
    pub async fn board_export(
        &self,
        reader: &CurrentUser,
        query: &BoardQuery,
        format: reviews::ExportFormat,
        lang: Lang,
    ) -> Result<(String, Vec<u8>), AppError> {
        reviews::export_board(&self.boards(), reader, query, format, lang).await
    }

    /// The sheet for the Commission's meeting on the cycle of `year` (or the current one), printed
    /// in `lang`; and the name to save it under.
    pub async fn meeting_sheet(
        &self,
        reader: &CurrentUser,
        year: Option<i32>,
        lang: Lang,
    ) -> Result<(String, Vec<u8>), AppError> {
        reviews::meeting_sheet(&self.boards(), reader, year, lang).await
    }

    /// The form as it stands, printed in `lang` or else as UIL reads it, with the name to save it
    /// under.
    pub async fn print(
        &self,
        user: &CurrentUser,
        form: FormRef,
        lang: Option<Lang>,
    ) -> Result<(String, Vec<u8>), AppError> {
        printing::print(&self.db, self.clock.now(), user, form, lang).await
    }
}

#[async_trait::async_trait]
impl Backend for SeaBackend {
    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn privacy(&self) -> PrivacyFacts {
        self.submission.privacy.clone()
    }

    async fn current_cycle(&self) -> Result<Option<CycleSummary>, AppError> {
        let cycle = crate::storage::cycles::current(&self.db, self.clock.now())
            .await
            .map_err(db_error)?;
        Ok(cycle.map(crate::storage::cycles::summary))
    }

    async fn authenticate(
        &self,
        email: &str,
        password: &str,
        client: IpAddr,
    ) -> Result<(SessionAccount, Lang), AppError> {
        let now = self.clock.now();
        accounts::authenticate(&self.db, now, &self.limiter, email, password, client).await
    }

    async fn user(&self, account: SessionAccount) -> Result<Option<CurrentUser>, AppError> {
        accounts::user(&self.db, account).await
    }

    async fn cities(&self) -> Result<Vec<CityRef>, AppError> {
        let open = crate::storage::cities::by_name(&self.db, true)
            .await
            .map_err(db_error)?;
        Ok(open.into_iter().map(accounts::city_ref).collect())
    }

    async fn city_registry(&self, reader: &CurrentUser) -> Result<Vec<CitySummary>, AppError> {
        cities::registry(&self.db, reader).await
    }

    async fn save_city(
        &self,
        secretary: &CurrentUser,
        original: Option<i32>,
        city: CheckedCity,
    ) -> Result<i32, AppError> {
        let id = cities::save(&self.db, self.clock.now(), secretary, original, city).await?;
        self.register_changed(Register::Cities);
        Ok(id)
    }

    async fn retire_city(
        &self,
        secretary: &CurrentUser,
        id: i32,
        retired: bool,
    ) -> Result<(), AppError> {
        cities::retire(&self.db, self.clock.now(), secretary, id, retired).await?;
        self.register_changed(Register::Cities);
        Ok(())
    }

    async fn accounts(&self, reader: &CurrentUser) -> Result<Vec<AccountSummary>, AppError> {
        people::accounts(&self.db, self.clock.now(), reader).await
    }

    async fn invite(&self, by: &CurrentUser, invitation: Invitation) -> Result<(), AppError> {
        let now = self.clock.now();
        people::invite(&self.db, now, &self.submission.public_url, by, invitation).await?;
        self.mail_queued.notify_one();
        self.register_changed(Register::Accounts);
        Ok(())
    }

    async fn change_account(
        &self,
        secretary: &CurrentUser,
        id: i32,
        placement: Placement,
    ) -> Result<(), AppError> {
        people::change(&self.db, self.clock.now(), secretary, id, placement).await?;
        self.register_changed(Register::Accounts);
        Ok(())
    }

    async fn account_action(
        &self,
        secretary: &CurrentUser,
        id: i32,
        action: AccountAction,
    ) -> Result<(), AppError> {
        let (now, url) = (self.clock.now(), &self.submission.public_url);
        people::act(&self.db, now, url, secretary, id, action).await?;
        self.mail_queued.notify_one();
        self.register_changed(Register::Accounts);
        Ok(())
    }

    async fn erase_account(&self, secretary: &CurrentUser, id: i32) -> Result<(), AppError> {
        people::erase(&self.db, self.clock.now(), secretary, id).await?;
        self.register_changed(Register::Accounts);
        Ok(())
    }

    async fn update_profile(&self, person: &CurrentUser, profile: Profile) -> Result<(), AppError> {
        accounts::update_profile(&self.db, self.clock.now(), person, profile).await
    }

    async fn change_password(
        &self,
        person: &CurrentUser,
        current: &str,
        password: NewPassword,
        client: IpAddr,
    ) -> Result<SessionAccount, AppError> {
        let now = self.clock.now();
        let limiter = &self.limiter;
        accounts::change_password(&self.db, now, limiter, person, current, password, client).await
    }

    async fn request_password_reset(&self, email: &str, client: IpAddr) -> Result<(), AppError> {
        let email = EmailAddress::parse(email)
            .map_err(|key| AppError::Validation(vec![app::error::FieldError::new("email", key)]))?;
        let allowed = self
            .reset_limiter
            .allow(&self.db, self.clock.now(), email.as_str(), client)
            .await
            .map_err(db_error)?;
        if !allowed {
            tracing::warn!(%client, "password reset requests limited");
            return Err(AppError::RateLimited);
        }
        // The answer leaves before the work is done, so that its timing tells nothing about
        // whether the address has an account.
        let (db, clock, mail_queued) = (
            self.db.clone(),
            self.clock.clone(),
            self.mail_queued.clone(),
        );
        let public_url = self.submission.public_url.clone();
        tokio::spawn(async move {
            match accounts::request_reset(&db, clock.now(), &public_url, &email).await {
                Ok(true) => mail_queued.notify_one(),
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "a password reset could not be prepared"),
            }
        });
        Ok(())
    }

    async fn set_password(&self, token: &str, password: NewPassword) -> Result<(), AppError> {
        accounts::set_password(&self.db, self.clock.now(), token, password).await
    }

    async fn applications_of(
        &self,
        applicant: &CurrentUser,
    ) -> Result<Vec<ApplicationSummary>, AppError> {
        applications::applications_of(&self.db, applicant).await
    }

    async fn start_application(&self, applicant: &CurrentUser) -> Result<i32, AppError> {
        applications::start(&self.db, self.clock.now(), applicant).await
    }

    async fn reports_of(&self, applicant: &CurrentUser) -> Result<ReportsOverview, AppError> {
        reports::reports_of(&self.db, self.clock.now(), applicant).await
    }

    async fn start_report(&self, applicant: &CurrentUser) -> Result<i32, AppError> {
        let (id, begun) = reports::start(&self.db, self.clock.now(), applicant).await?;
        if let Some(begun) = begun {
            self.events.publish(begun);
        }
        Ok(id)
    }

    async fn reports_board(&self, reader: &CurrentUser) -> Result<ReportsBoard, AppError> {
        reports::board(&self.db, self.clock.now(), reader).await
    }

    async fn forward_report(&self, secretary: &CurrentUser, id: i32) -> Result<(), AppError> {
        let changed =
            reports::forward(&self.db, self.clock.now(), secretary, id, &self.submission).await?;
        self.mail_queued.notify_one();
        self.events.publish(changed);
        Ok(())
    }

    async fn report_desk(&self, reader: &CurrentUser, id: i32) -> Result<ReportDesk, AppError> {
        reports::desk(&self.db, self.clock.now(), reader, id).await
    }

    async fn draft(&self, user: &CurrentUser, form: FormRef) -> Result<FormDraft, AppError> {
        forms::draft(&self.db, self.clock.now(), user, form).await
    }

    async fn save_section(
        &self,
        applicant: &CurrentUser,
        form: FormRef,
        base_version: i32,
        data: SectionData,
    ) -> Result<SavedSection, AppError> {
        forms::save_section(
            &self.db,
            self.clock.now(),
            applicant,
            form,
            base_version,
            data,
        )
        .await
    }

    async fn submit(&self, applicant: &CurrentUser, form: FormRef) -> Result<(), AppError> {
        let changed = submission::submit(
            &self.db,
            self.clock.now(),
            applicant,
            form,
            &self.submission,
        )
        .await?;
        self.mail_queued.notify_one();
        self.events.publish(changed);
        Ok(())
    }

    async fn board(&self, reader: &CurrentUser, year: Option<i32>) -> Result<Board, AppError> {
        reviews::board(&self.boards(), reader, year).await
    }

    async fn review_desk(&self, reader: &CurrentUser, id: i32) -> Result<ReviewDesk, AppError> {
        reviews::desk(&self.db, self.clock.now(), reader, id).await
    }

    async fn save_review(
        &self,
        reviewer: &CurrentUser,
        id: i32,
        review: ReviewForm,
        step: ReviewStep,
    ) -> Result<(), AppError> {
        let changes =
            reviews::save_review(&self.db, self.clock.now(), reviewer, id, review, step).await?;
        for change in changes {
            self.events.publish(change);
        }
        Ok(())
    }

    async fn decide(
        &self,
        decider: &CurrentUser,
        form: FormRef,
        request: DecisionRequest,
    ) -> Result<bool, AppError> {
        let (db, now, settings) = (&self.db, self.clock.now(), &self.submission);
        let (change, held) = match form.kind {
            FormKind::Application => {
                decisions::decide(db, now, settings, decider, form.id, request).await?
            }
            FormKind::Report => {
                reports::decide(db, now, settings, decider, form.id, request).await?
            }
        };
        self.events.publish(change);
        // A withdrawal's mail to the Commission is queued rather than held.
        self.mail_queued.notify_one();
        Ok(held)
    }

    async fn outbox(&self, reader: &CurrentUser, query: &OutboxQuery) -> Result<Outbox, AppError> {
        outbox::list(&self.db, reader, query).await
    }

    async fn send_mail(
        &self,
        sender: &CurrentUser,
        id: i32,
        edited: Option<(String, String)>,
    ) -> Result<(), AppError> {
        outbox::send(&self.db, self.clock.now(), sender, id, edited).await?;
        self.mail_queued.notify_one();
        Ok(())
    }

    async fn add_comment(
        &self,
        author: &CurrentUser,
        form: FormRef,
        body: String,
    ) -> Result<(), AppError> {
        access::reviewable_form(&self.db, author, form).await?;
        let change =
            comments::add_internal_comment(&self.db, self.clock.now(), author, form, &body).await?;
        self.events.publish(change);
        Ok(())
    }

    async fn audit_log(
        &self,
        reader: &CurrentUser,
        query: AuditQuery,
    ) -> Result<AuditLog, AppError> {
        audit_log::page(&self.db, reader, &query).await
    }

    async fn endorsement_file(
        &self,
        user: &CurrentUser,
        id: i32,
    ) -> Result<(String, Vec<u8>), AppError> {
        let now = self.clock.now();
        endorsements::file(&self.db, now, &self.submission.files, user, id).await
    }

    async fn declare_conflict(
        &self,
        reviewer: &CurrentUser,
        id: i32,
        note: String,
    ) -> Result<(), AppError> {
        let changes =
            reviews::declare_conflict(&self.db, self.clock.now(), reviewer, id, note).await?;
        for change in changes {
            self.events.publish(change);
        }
        Ok(())
    }

    async fn conflicts(&self, reader: &CurrentUser) -> Result<ConflictsOverview, AppError> {
        reviews::conflicts(&self.db, reader).await
    }

    async fn record_conflict(
        &self,
        secretary: &CurrentUser,
        change: ConflictChange,
    ) -> Result<(), AppError> {
        let changes =
            reviews::record_conflict(&self.db, self.clock.now(), secretary, change).await?;
        for change in changes {
            self.events.publish(change);
        }
        Ok(())
    }

    async fn remove_conflict(
        &self,
        user: &CurrentUser,
        change: ConflictChange,
    ) -> Result<(), AppError> {
        let changes = reviews::remove_conflict(&self.db, self.clock.now(), user, change).await?;
        for change in changes {
            self.events.publish(change);
        }
        Ok(())
    }

    async fn cycles(&self, reader: &CurrentUser) -> Result<CyclesOverview, AppError> {
        cycles::overview(&self.db, self.clock.now(), reader).await
    }

    async fn save_cycle(
        &self,
        secretary: &CurrentUser,
        original: Option<i32>,
        cycle: CheckedCycle,
    ) -> Result<(), AppError> {
        let change = cycles::save(&self.db, self.clock.now(), secretary, original, cycle).await?;
        self.mail_queued.notify_one();
        self.events.publish(change);
        Ok(())
    }

    async fn viewers(&self, reader: &CurrentUser, form: FormRef) -> Result<Vec<String>, AppError> {
        access::reviewable_form(&self.db, reader, form).await?;
        Ok(self.events.viewers(form, reader.id))
    }

    async fn public_members(&self) -> Result<Vec<PublicMember>, AppError> {
        members::public(&self.db).await
    }

    async fn members(&self, reader: &CurrentUser) -> Result<MembersOverview, AppError> {
        members::overview(&self.db, self.clock.now(), reader).await
    }

    async fn save_member(
        &self,
        secretary: &CurrentUser,
        original: Option<i32>,
        member: CheckedMember,
    ) -> Result<i32, AppError> {
        let id = members::save(&self.db, self.clock.now(), secretary, original, member).await?;
        self.register_changed(Register::Members);
        Ok(id)
    }

    async fn move_report_due(
        &self,
        secretary: &CurrentUser,
        city: i32,
        period: i32,
        due: NaiveDateTime,
    ) -> Result<(), AppError> {
        members::move_report_due(&self.db, self.clock.now(), secretary, city, period, due).await?;
        self.mail_queued.notify_one();
        self.register_changed(Register::Members);
        Ok(())
    }

    async fn deadlines(&self, reader: Option<&CurrentUser>) -> Result<UpcomingDeadlines, AppError> {
        deadlines::upcoming(&self.db, self.clock.now(), reader).await
    }

    async fn reminders(
        &self,
        reader: &CurrentUser,
        year: Option<i32>,
    ) -> Result<RemindersOverview, AppError> {
        reminders::overview(&self.db, self.clock.now(), reader, year).await
    }

    async fn switch_reminders(
        &self,
        secretary: &CurrentUser,
        year: i32,
        kind: ReminderKind,
        on: bool,
    ) -> Result<(), AppError> {
        reminders::switch(&self.db, self.clock.now(), secretary, year, kind, on).await
    }
}
