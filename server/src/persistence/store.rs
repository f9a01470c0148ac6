//! The sea-orm implementation of everything the pages ask of the server.

use super::entities::{cities, cycles, enums, events, password_tokens, users};
use super::{
    applications, cycle_settings, deadlines, decisions, forms, members, outbox, reminders, reports,
    reviews,
};
use crate::auth::{hash_password, verify_password, LoginLimiter};
use crate::clock::SharedClock;
use crate::live::LiveEvents;
use crate::mail::{self, OutgoingMail};
use app::api::session::internal;
use app::backend::Backend;
use app::error::{AppError, FieldError};
use app::i18n::{translate, translate_with, Arg};
use app::model::application::{
    ApplicationSummary, FormDraft, FormRef, ReportsOverview, SavedSection, SectionData,
};
use app::model::{
    AccountSummary, Board, CheckedCycle, CheckedMember, CityRef, CurrentUser, CycleSummary,
    CyclesOverview, Deadline, DecisionRequest, EmailAddress, Invitation, MembersOverview,
    NewPassword, OutboxItem, PublicMember, ReminderKind, RemindersOverview, ReportsBoard,
    ReviewDesk, ReviewForm, Role, UpcomingDeadlines,
};
use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;
use tokio::sync::Notify;

/// How long an invitation link stays valid.
pub const INVITATION_HOURS: i64 = 72;

pub struct SeaBackend {
    db: DatabaseConnection,
    clock: SharedClock,
    limiter: LoginLimiter,
    mail_queued: Arc<Notify>,
    events: LiveEvents,
    /// Also holds the site's public address, for links in mails.
    submission: forms::SubmissionSettings,
    boards: reviews::BoardCache,
}

impl SeaBackend {
    pub fn new(
        db: DatabaseConnection,
        clock: SharedClock,
        limiter: LoginLimiter,
        mail_queued: Arc<Notify>,
        events: LiveEvents,
        submission: forms::SubmissionSettings,
    ) -> Self {
        SeaBackend {
            db,
            clock,
            limiter,
            mail_queued,
            events,
            submission,
            boards: reviews::BoardCache::default(),
        }
    }

    async fn to_current_user(&self, user: users::Model) -> Result<CurrentUser, DbErr> {
        let city = match user.city_id {
            Some(id) => cities::Entity::find_by_id(id)
                .one(&self.db)
                .await?
                .map(city_ref),
            None => None,
        };
        Ok(CurrentUser {
            id: user.id,
            email: user.email,
            full_name: user.full_name,
            role: user.role.into(),
            city,
            language: user.language.into(),
        })
    }
}

fn city_ref(city: cities::Model) -> CityRef {
    CityRef {
        id: city.id,
        name: city.name,
    }
}

/// A refusal of one field's value, for checks that need the database.
pub(super) fn refused(field: &str, key: &str) -> AppError {
    AppError::Validation(vec![FieldError::new(field, key)])
}

/// The secretary's pages and actions: anyone else is refused.
pub(super) fn secretary_only(user: &CurrentUser) -> Result<(), AppError> {
    if user.role == Role::CommissionSecretary {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub(super) fn db_error(error: DbErr) -> AppError {
    if out_of_reach(&error) {
        tracing::warn!(%error, "database out of reach");
        return AppError::Unavailable;
    }
    internal("database", &error)
}

/// Whether `error` says the database could not be reached or let go of the connection (a restart, a
/// network break, every connection busy) rather than that the statement itself failed: the same
/// request will do once it is back.
fn out_of_reach(error: &DbErr) -> bool {
    use sea_orm::{sqlx, RuntimeErr};
    let cause = match error {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(RuntimeErr::SqlxError(cause))
        | DbErr::Exec(RuntimeErr::SqlxError(cause))
        | DbErr::Query(RuntimeErr::SqlxError(cause)) => cause,
        _ => return false,
    };
    match cause {
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        // PostgreSQL's classes 08 (connection exception) and 57P (the server shutting down or
        // starting up).
        sqlx::Error::Database(database) => database
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

pub(super) fn summary(cycle: cycles::Model) -> CycleSummary {
    CycleSummary {
        year: cycle.year,
        opens: Deadline::at(cycle.window_opens_at),
        closes: Deadline::at(cycle.window_closes_at),
        decision_due: Deadline::at(cycle.decision_due_at),
        quota: u32::try_from(cycle.quota).unwrap_or_default(),
    }
}

/// The cycle `application` belongs to.
pub(super) async fn cycle_of(
    db: &DatabaseConnection,
    application: &super::entities::applications::Model,
) -> Result<cycles::Model, AppError> {
    cycles::Entity::find_by_id(application.cycle_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

/// The cycle whose window is open at `now`, else the next to open, else the last that closed.
pub(super) async fn current_cycle_model(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Option<cycles::Model>, AppError> {
    let open = cycles::Entity::find()
        .filter(cycles::Column::WindowOpensAt.lte(now))
        .filter(cycles::Column::WindowClosesAt.gt(now))
        .one(db);
    if let Some(cycle) = open.await.map_err(db_error)? {
        return Ok(Some(cycle));
    }
    let next = cycles::Entity::find()
        .filter(cycles::Column::WindowOpensAt.gt(now))
        .order_by_asc(cycles::Column::WindowOpensAt)
        .one(db);
    if let Some(cycle) = next.await.map_err(db_error)? {
        return Ok(Some(cycle));
    }
    let last = cycles::Entity::find()
        .order_by_desc(cycles::Column::WindowClosesAt)
        .one(db);
    last.await.map_err(db_error)
}

/// The SHA-256 of a link token: what is stored, so that a leaked database holds no usable links.
fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Appends one line to the audit log inside the caller's transaction.
pub async fn record_event(
    db: &impl ConnectionTrait,
    at: DateTime<Utc>,
    actor: Option<i32>,
    subject: (&str, i32),
    kind: &str,
    data: serde_json::Value,
) -> Result<(), DbErr> {
    events::ActiveModel {
        occurred_at: Set(at),
        actor_id: Set(actor),
        subject_type: Set(subject.0.to_owned()),
        subject_id: Set(subject.1),
        kind: Set(kind.to_owned()),
        data: Set(data),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

#[async_trait::async_trait]
impl Backend for SeaBackend {
    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    async fn current_cycle(&self) -> Result<Option<CycleSummary>, AppError> {
        Ok(current_cycle_model(&self.db, self.clock.now())
            .await?
            .map(summary))
    }

    async fn authenticate(
        &self,
        email: &str,
        password: &str,
        client: IpAddr,
    ) -> Result<CurrentUser, AppError> {
        if !self.limiter.allow(email, client) {
            tracing::warn!(%client, "sign-in attempts limited");
            return Err(AppError::RateLimited);
        }
        let user = match EmailAddress::parse(email) {
            Ok(email) => users::Entity::find()
                .filter(users::Column::Email.eq(email.as_str()))
                .filter(users::Column::Active.eq(true))
                .one(&self.db)
                .await
                .map_err(db_error)?,
            Err(_) => None,
        };
        let hash = user.as_ref().and_then(|user| user.password_hash.clone());
        let verified = verify_password(password.to_owned(), hash)
            .await
            .map_err(|error| internal("password", &error))?;
        let Some(user) = user.filter(|_| verified) else {
            return Err(AppError::InvalidCredentials);
        };
        let now = self.clock.now();
        let id = user.id;
        users::ActiveModel {
            id: Set(id),
            last_login_at: Set(Some(now)),
            ..Default::default()
        }
        .update(&self.db)
        .await
        .map_err(db_error)?;
        record_event(
            &self.db,
            now,
            Some(id),
            ("user", id),
            "signed_in",
            serde_json::json!({}),
        )
        .await
        .map_err(db_error)?;
        self.to_current_user(user).await.map_err(db_error)
    }

    async fn user(&self, id: i32) -> Result<Option<CurrentUser>, AppError> {
        let user = users::Entity::find_by_id(id)
            .filter(users::Column::Active.eq(true))
            .one(&self.db)
            .await
            .map_err(db_error)?;
        match user {
            Some(user) => Ok(Some(self.to_current_user(user).await.map_err(db_error)?)),
            None => Ok(None),
        }
    }

    async fn cities(&self) -> Result<Vec<CityRef>, AppError> {
        let cities = cities::Entity::find()
            .order_by_asc(cities::Column::Name)
            .all(&self.db)
            .await
            .map_err(db_error)?;
        Ok(cities.into_iter().map(city_ref).collect())
    }

    async fn accounts(&self) -> Result<Vec<AccountSummary>, AppError> {
        let names: HashMap<i32, String> = self
            .cities()
            .await?
            .into_iter()
            .map(|city| (city.id, city.name))
            .collect();
        let accounts = users::Entity::find()
            .order_by_asc(users::Column::FullName)
            .all(&self.db)
            .await
            .map_err(db_error)?;
        Ok(accounts
            .into_iter()
            .map(|user| AccountSummary {
                id: user.id,
                city: user.city_id.and_then(|id| names.get(&id).cloned()),
                email: user.email,
                full_name: user.full_name,
                role: user.role.into(),
                active: user.active,
            })
            .collect())
    }

    async fn invite(&self, by: &CurrentUser, invitation: Invitation) -> Result<(), AppError> {
        let now = self.clock.now();
        let txn = super::begin_write(&self.db).await.map_err(db_error)?;
        let taken = users::Entity::find()
            .filter(users::Column::Email.eq(invitation.email.as_str()))
            .one(&*txn)
            .await
            .map_err(db_error)?
            .is_some();
        if taken {
            return Err(AppError::Validation(vec![FieldError::new(
                "email",
                "error-email-taken",
            )]));
        }
        if let Some(city_id) = invitation.city_id {
            let exists = cities::Entity::find_by_id(city_id)
                .one(&*txn)
                .await
                .map_err(db_error)?;
            if exists.is_none() {
                return Err(AppError::Validation(vec![FieldError::new(
                    "city_id",
                    "error-city-required",
                )]));
            }
        }
        let user = users::ActiveModel {
            email: Set(invitation.email.as_str().to_owned()),
            full_name: Set(invitation.full_name.as_str().to_owned()),
            role: Set(invitation.role.into()),
            city_id: Set(invitation.city_id),
            language: Set(invitation.language.into()),
            password_hash: Set(None),
            active: Set(false),
            created_at: Set(now),
            last_login_at: Set(None),
            ..Default::default()
        }
        .insert(&*txn)
        .await
        .map_err(db_error)?;

        let mut secret = [0_u8; 32];
        rand::rng().fill_bytes(&mut secret);
        let token = hex::encode(secret);
        password_tokens::ActiveModel {
            user_id: Set(user.id),
            token_hash: Set(token_hash(&token)),
            purpose: Set(enums::TokenPurpose::Invitation),
            expires_at: Set(now + TimeDelta::hours(INVITATION_HOURS)),
            used_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&*txn)
        .await
        .map_err(db_error)?;

        let lang = invitation.language;
        let link = format!(
            "{}/{}/set-password/{token}",
            self.submission.public_url,
            lang.code()
        );
        let body = translate_with(
            lang,
            "mail-invitation-body",
            &[
                ("name", Arg::Text(user.full_name.clone())),
                ("link", Arg::Text(link)),
                ("hours", Arg::Number(INVITATION_HOURS)),
            ],
        );
        let mail = OutgoingMail {
            purpose: "account-invitation",
            idempotency_key: format!("account-invitation:{}", user.id),
            to: vec![user.email.clone()],
            cc: Vec::new(),
            language: lang,
            subject: translate(lang, "mail-invitation-subject"),
            body,
            attachments: Vec::new(),
        };
        mail::queue(&*txn, now, mail).await.map_err(db_error)?;
        record_event(
            &*txn,
            now,
            Some(by.id),
            ("user", user.id),
            "account_invited",
            serde_json::json!({ "role": invitation.role.as_str(), "city_id": invitation.city_id }),
        )
        .await
        .map_err(db_error)?;
        txn.commit().await.map_err(db_error)?;
        self.mail_queued.notify_one();
        Ok(())
    }

    async fn set_password(&self, token: &str, password: NewPassword) -> Result<(), AppError> {
        let now = self.clock.now();
        let record = password_tokens::Entity::find()
            .filter(password_tokens::Column::TokenHash.eq(token_hash(token.trim())))
            .one(&self.db)
            .await
            .map_err(db_error)?
            .filter(|record| record.used_at.is_none() && record.expires_at > now)
            .ok_or(AppError::LinkExpired)?;
        let hash = hash_password(password.expose().to_owned())
            .await
            .map_err(|error| internal("password-hash", &error))?;
        let txn = super::begin_write(&self.db).await.map_err(db_error)?;
        // Marking the token used only if it still is unused makes two simultaneous uses count once.
        let claimed = password_tokens::Entity::update_many()
            .col_expr(
                password_tokens::Column::UsedAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(password_tokens::Column::Id.eq(record.id))
            .filter(password_tokens::Column::UsedAt.is_null())
            .exec(&*txn)
            .await
            .map_err(db_error)?;
        if claimed.rows_affected != 1 {
            return Err(AppError::LinkExpired);
        }
        users::ActiveModel {
            id: Set(record.user_id),
            password_hash: Set(Some(hash)),
            active: Set(true),
            ..Default::default()
        }
        .update(&*txn)
        .await
        .map_err(db_error)?;
        record_event(
            &*txn,
            now,
            Some(record.user_id),
            ("user", record.user_id),
            "password_set",
            serde_json::json!({}),
        )
        .await
        .map_err(db_error)?;
        txn.commit().await.map_err(db_error)?;
        Ok(())
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
        let changed = forms::submit(
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
        let generation = self.events.generation();
        let now = self.clock.now();
        reviews::board(&self.db, now, reader, year, &self.boards, generation).await
    }

    async fn review_desk(&self, reader: &CurrentUser, id: i32) -> Result<ReviewDesk, AppError> {
        reviews::desk(&self.db, self.clock.now(), reader, id).await
    }

    async fn save_review(
        &self,
        reviewer: &CurrentUser,
        id: i32,
        review: ReviewForm,
        submit: bool,
    ) -> Result<(), AppError> {
        let changes =
            reviews::save_review(&self.db, self.clock.now(), reviewer, id, review, submit).await?;
        for change in changes {
            self.events.publish(change);
        }
        Ok(())
    }

    async fn decide(
        &self,
        decider: &CurrentUser,
        id: i32,
        request: DecisionRequest,
    ) -> Result<bool, AppError> {
        let (change, held) = decisions::decide(
            &self.db,
            self.clock.now(),
            &self.submission,
            decider,
            id,
            request,
        )
        .await?;
        self.events.publish(change);
        Ok(held)
    }

    async fn outbox(&self, reader: &CurrentUser) -> Result<Vec<OutboxItem>, AppError> {
        outbox::list(&self.db, reader).await
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
        id: i32,
        body: String,
    ) -> Result<(), AppError> {
        let application = reviews::reviewable(&self.db, author, id).await?;
        let change = decisions::add_internal_comment(
            &self.db,
            self.clock.now(),
            author,
            &application,
            &body,
        )
        .await?;
        self.events.publish(change);
        Ok(())
    }

    async fn endorsement_file(
        &self,
        user: &CurrentUser,
        id: i32,
    ) -> Result<(String, Vec<u8>), AppError> {
        let draft =
            forms::draft(&self.db, self.clock.now(), user, FormRef::application(id)).await?;
        let endorsement = decisions::endorsement(&self.db, id)
            .await?
            .filter(|_| draft.endorsed)
            .ok_or(AppError::NotFound)?;
        let key = decisions::endorsement_key(id, endorsement.id);
        let bytes = tokio::fs::read(self.submission.files.join(&key))
            .await
            .map_err(|error| internal("endorsement-read", &error))?;
        Ok((
            decisions::endorsement_file_name(&draft.city, draft.year),
            bytes,
        ))
    }

    async fn declare_conflict(
        &self,
        reviewer: &CurrentUser,
        id: i32,
        note: String,
    ) -> Result<(), AppError> {
        let change =
            reviews::declare_conflict(&self.db, self.clock.now(), reviewer, id, note).await?;
        self.events.publish(change);
        Ok(())
    }

    async fn cycles(&self, reader: &CurrentUser) -> Result<CyclesOverview, AppError> {
        cycle_settings::overview(&self.db, self.clock.now(), reader).await
    }

    async fn save_cycle(
        &self,
        secretary: &CurrentUser,
        original: Option<i32>,
        cycle: CheckedCycle,
    ) -> Result<(), AppError> {
        let change =
            cycle_settings::save(&self.db, self.clock.now(), secretary, original, cycle).await?;
        self.mail_queued.notify_one();
        self.events.publish(change);
        Ok(())
    }

    async fn viewers(&self, reader: &CurrentUser, id: i32) -> Result<Vec<String>, AppError> {
        reviews::reviewable(&self.db, reader, id).await?;
        Ok(self.events.viewers(id, reader.id))
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
        members::save(&self.db, self.clock.now(), secretary, original, member).await
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_hashes_are_hex_sha256() {
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_database_out_of_reach_is_a_moment_to_wait_and_a_failed_statement_a_fault() {
        use sea_orm::{sqlx, ConnAcquireErr, RuntimeErr};
        let io = || sqlx::Error::Io(std::io::ErrorKind::ConnectionReset.into());
        for unreachable in [
            DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
            DbErr::Conn(RuntimeErr::SqlxError(io())),
            DbErr::Exec(RuntimeErr::SqlxError(io())),
            DbErr::Query(RuntimeErr::SqlxError(sqlx::Error::PoolClosed)),
        ] {
            assert_eq!(db_error(unreachable), AppError::Unavailable);
        }
        for fault in [
            DbErr::Query(RuntimeErr::SqlxError(sqlx::Error::ColumnNotFound(
                "x".into(),
            ))),
            DbErr::RecordNotFound("application".into()),
            DbErr::Custom("constraint".into()),
        ] {
            assert!(matches!(db_error(fault), AppError::Internal { .. }));
        }
    }
}
