//! The initial schema: the whole domain, so later features add behaviour rather than tables.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Cities::Table)
                    .col(pk_auto(Cities::Id))
                    .col(string_len_uniq(Cities::Name, 200))
                    .col(string_len(Cities::Country, 2))
                    .col(string_len_null(Cities::Website, 500))
                    .col(timestamp_with_time_zone(Cities::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    .col(string_len_uniq(Users::Email, 254))
                    .col(string_len(Users::FullName, 200))
                    .col(string_len(Users::Role, 32))
                    .col(integer_null(Users::CityId))
                    .col(string_len(Users::Language, 32))
                    .col(text_null(Users::PasswordHash))
                    .col(boolean(Users::Active))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone_null(Users::LastLoginAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_users_city_id")
                            .from(Users::Table, Users::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PasswordTokens::Table)
                    .col(pk_auto(PasswordTokens::Id))
                    .col(integer(PasswordTokens::UserId))
                    .col(string_len_uniq(PasswordTokens::TokenHash, 64))
                    .col(string_len(PasswordTokens::Purpose, 32))
                    .col(timestamp_with_time_zone(PasswordTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordTokens::UsedAt))
                    .col(timestamp_with_time_zone(PasswordTokens::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_password_tokens_user_id")
                            .from(PasswordTokens::Table, PasswordTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Cycles::Table)
                    .col(pk_auto(Cycles::Id))
                    .col(integer_uniq(Cycles::Year))
                    .col(timestamp_with_time_zone(Cycles::WindowOpensAt))
                    .col(timestamp_with_time_zone(Cycles::WindowClosesAt))
                    .col(timestamp_with_time_zone(Cycles::DecisionDueAt))
                    .col(integer(Cycles::Quota))
                    .col(boolean(Cycles::ScoresVisibleBeforeReview))
                    .col(timestamp_with_time_zone(Cycles::CreatedAt))
                    .col(timestamp_with_time_zone(Cycles::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MemberCities::Table)
                    .col(pk_auto(MemberCities::Id))
                    .col(integer_uniq(MemberCities::CityId))
                    .col(integer(MemberCities::JoinedYear))
                    .col(string_len(MemberCities::JoinedVia, 32))
                    .col(string_len(MemberCities::Status, 32))
                    .col(timestamp_with_time_zone(MemberCities::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_member_cities_city_id")
                            .from(MemberCities::Table, MemberCities::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Applications::Table)
                    .col(pk_auto(Applications::Id))
                    .col(integer(Applications::CityId))
                    .col(integer(Applications::CycleId))
                    .col(string_len(Applications::Status, 32))
                    .col(integer(Applications::Version))
                    .col(string_len(Applications::AnswerLanguage, 32))
                    .col(integer(Applications::CreatedBy))
                    .col(timestamp_with_time_zone(Applications::CreatedAt))
                    .col(timestamp_with_time_zone(Applications::UpdatedAt))
                    .col(integer_null(Applications::UpdatedBy))
                    .col(timestamp_with_time_zone_null(Applications::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_applications_city_id")
                            .from(Applications::Table, Applications::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_applications_cycle_id")
                            .from(Applications::Table, Applications::CycleId)
                            .to(Cycles::Table, Cycles::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_applications_created_by")
                            .from(Applications::Table, Applications::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_applications_updated_by")
                            .from(Applications::Table, Applications::UpdatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_applications_city_id_cycle_id")
                    .table(Applications::Table)
                    .col(Applications::CityId)
                    .col(Applications::CycleId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProgressReports::Table)
                    .col(pk_auto(ProgressReports::Id))
                    .col(integer(ProgressReports::MemberCityId))
                    .col(integer(ProgressReports::PeriodYear))
                    .col(timestamp_with_time_zone(ProgressReports::DueAt))
                    .col(string_len(ProgressReports::Status, 32))
                    .col(integer(ProgressReports::Version))
                    .col(timestamp_with_time_zone(ProgressReports::CreatedAt))
                    .col(timestamp_with_time_zone(ProgressReports::UpdatedAt))
                    .col(integer_null(ProgressReports::UpdatedBy))
                    .col(timestamp_with_time_zone_null(ProgressReports::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_progress_reports_member_city_id")
                            .from(ProgressReports::Table, ProgressReports::MemberCityId)
                            .to(MemberCities::Table, MemberCities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_progress_reports_updated_by")
                            .from(ProgressReports::Table, ProgressReports::UpdatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_progress_reports_member_city_id_period_year")
                    .table(ProgressReports::Table)
                    .col(ProgressReports::MemberCityId)
                    .col(ProgressReports::PeriodYear)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Answers::Table)
                    .col(pk_auto(Answers::Id))
                    .col(integer_null(Answers::ApplicationId))
                    .col(integer_null(Answers::ProgressReportId))
                    .col(string_len(Answers::Section, 64))
                    .col(json(Answers::Data))
                    .col(integer(Answers::Version))
                    .col(timestamp_with_time_zone(Answers::UpdatedAt))
                    .col(integer_null(Answers::UpdatedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_answers_application_id")
                            .from(Answers::Table, Answers::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_answers_progress_report_id")
                            .from(Answers::Table, Answers::ProgressReportId)
                            .to(ProgressReports::Table, ProgressReports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_answers_updated_by")
                            .from(Answers::Table, Answers::UpdatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_answers_application_id_section")
                    .table(Answers::Table)
                    .col(Answers::ApplicationId)
                    .col(Answers::Section)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_answers_progress_report_id_section")
                    .table(Answers::Table)
                    .col(Answers::ProgressReportId)
                    .col(Answers::Section)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FormSnapshots::Table)
                    .col(pk_auto(FormSnapshots::Id))
                    .col(integer_null(FormSnapshots::ApplicationId))
                    .col(integer_null(FormSnapshots::ProgressReportId))
                    .col(integer(FormSnapshots::Version))
                    .col(json(FormSnapshots::Data))
                    .col(timestamp_with_time_zone(FormSnapshots::CreatedAt))
                    .col(integer(FormSnapshots::CreatedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_form_snapshots_application_id")
                            .from(FormSnapshots::Table, FormSnapshots::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_form_snapshots_progress_report_id")
                            .from(FormSnapshots::Table, FormSnapshots::ProgressReportId)
                            .to(ProgressReports::Table, ProgressReports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_form_snapshots_created_by")
                            .from(FormSnapshots::Table, FormSnapshots::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_form_snapshots_application_id_version")
                    .table(FormSnapshots::Table)
                    .col(FormSnapshots::ApplicationId)
                    .col(FormSnapshots::Version)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Attachments::Table)
                    .col(pk_auto(Attachments::Id))
                    .col(integer_null(Attachments::ApplicationId))
                    .col(integer_null(Attachments::ProgressReportId))
                    .col(string_len(Attachments::Kind, 32))
                    .col(string_len(Attachments::FileName, 255))
                    .col(string_len(Attachments::ContentType, 100))
                    .col(big_integer(Attachments::SizeBytes))
                    .col(string_len(Attachments::Sha256, 64))
                    .col(string_len_uniq(Attachments::StorageKey, 255))
                    .col(integer(Attachments::UploadedBy))
                    .col(timestamp_with_time_zone(Attachments::UploadedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_attachments_application_id")
                            .from(Attachments::Table, Attachments::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_attachments_progress_report_id")
                            .from(Attachments::Table, Attachments::ProgressReportId)
                            .to(ProgressReports::Table, ProgressReports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_attachments_uploaded_by")
                            .from(Attachments::Table, Attachments::UploadedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(pk_auto(Reviews::Id))
                    .col(integer(Reviews::ApplicationId))
                    .col(integer(Reviews::ReviewerId))
                    .col(integer(Reviews::Version))
                    .col(string_len_null(Reviews::Recommendation, 32))
                    .col(text_null(Reviews::OverallComment))
                    .col(timestamp_with_time_zone(Reviews::CreatedAt))
                    .col(timestamp_with_time_zone_null(Reviews::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_reviews_application_id")
                            .from(Reviews::Table, Reviews::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_reviews_reviewer_id")
                            .from(Reviews::Table, Reviews::ReviewerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_reviews_application_id_reviewer_id_version")
                    .table(Reviews::Table)
                    .col(Reviews::ApplicationId)
                    .col(Reviews::ReviewerId)
                    .col(Reviews::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReviewScores::Table)
                    .col(pk_auto(ReviewScores::Id))
                    .col(integer(ReviewScores::ReviewId))
                    .col(string_len(ReviewScores::Criterion, 64))
                    .col(integer(ReviewScores::Score))
                    .col(text_null(ReviewScores::Comment))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_review_scores_review_id")
                            .from(ReviewScores::Table, ReviewScores::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_review_scores_review_id_criterion")
                    .table(ReviewScores::Table)
                    .col(ReviewScores::ReviewId)
                    .col(ReviewScores::Criterion)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConflictsOfInterest::Table)
                    .col(pk_auto(ConflictsOfInterest::Id))
                    .col(integer(ConflictsOfInterest::ReviewerId))
                    .col(integer(ConflictsOfInterest::CityId))
                    .col(text_null(ConflictsOfInterest::Note))
                    .col(timestamp_with_time_zone(ConflictsOfInterest::DeclaredAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_conflicts_of_interest_reviewer_id")
                            .from(ConflictsOfInterest::Table, ConflictsOfInterest::ReviewerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_conflicts_of_interest_city_id")
                            .from(ConflictsOfInterest::Table, ConflictsOfInterest::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_conflicts_of_interest_reviewer_id_city_id")
                    .table(ConflictsOfInterest::Table)
                    .col(ConflictsOfInterest::ReviewerId)
                    .col(ConflictsOfInterest::CityId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Comments::Table)
                    .col(pk_auto(Comments::Id))
                    .col(integer(Comments::ApplicationId))
                    .col(integer(Comments::AuthorId))
                    .col(string_len(Comments::Visibility, 32))
                    .col(string_len_null(Comments::Section, 64))
                    .col(text(Comments::Body))
                    .col(timestamp_with_time_zone(Comments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_comments_application_id")
                            .from(Comments::Table, Comments::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_comments_author_id")
                            .from(Comments::Table, Comments::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_comments_application_id")
                    .table(Comments::Table)
                    .col(Comments::ApplicationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Decisions::Table)
                    .col(pk_auto(Decisions::Id))
                    .col(integer(Decisions::ApplicationId))
                    .col(string_len(Decisions::Kind, 32))
                    .col(text_null(Decisions::Reason))
                    .col(string_len_null(Decisions::Route, 32))
                    .col(integer(Decisions::DecidedBy))
                    .col(timestamp_with_time_zone(Decisions::DecidedAt))
                    .col(integer_null(Decisions::ReopenedBy))
                    .col(timestamp_with_time_zone_null(Decisions::ReopenedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_decisions_application_id")
                            .from(Decisions::Table, Decisions::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_decisions_decided_by")
                            .from(Decisions::Table, Decisions::DecidedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_decisions_reopened_by")
                            .from(Decisions::Table, Decisions::ReopenedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_decisions_application_id")
                    .table(Decisions::Table)
                    .col(Decisions::ApplicationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(pk_auto(Events::Id))
                    .col(timestamp_with_time_zone(Events::OccurredAt))
                    .col(integer_null(Events::ActorId))
                    .col(string_len(Events::SubjectType, 32))
                    .col(integer(Events::SubjectId))
                    .col(string_len(Events::Kind, 64))
                    .col(json(Events::Data))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_events_actor_id")
                            .from(Events::Table, Events::ActorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_events_subject_type_subject_id")
                    .table(Events::Table)
                    .col(Events::SubjectType)
                    .col(Events::SubjectId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OutboxMessages::Table)
                    .col(pk_auto(OutboxMessages::Id))
                    .col(string_len(OutboxMessages::Purpose, 64))
                    .col(string_len_uniq(OutboxMessages::IdempotencyKey, 128))
                    .col(json(OutboxMessages::ToAddresses))
                    .col(json(OutboxMessages::CcAddresses))
                    .col(string_len(OutboxMessages::Language, 32))
                    .col(text(OutboxMessages::Subject))
                    .col(text(OutboxMessages::Body))
                    .col(json(OutboxMessages::Attachments))
                    .col(string_len(OutboxMessages::State, 32))
                    .col(integer(OutboxMessages::Attempts))
                    .col(timestamp_with_time_zone(OutboxMessages::NextAttemptAt))
                    .col(text_null(OutboxMessages::LastError))
                    .col(timestamp_with_time_zone(OutboxMessages::CreatedAt))
                    .col(timestamp_with_time_zone_null(OutboxMessages::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_outbox_messages_state_next_attempt_at")
                    .table(OutboxMessages::Table)
                    .col(OutboxMessages::State)
                    .col(OutboxMessages::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OutboxMessages::Table.into_iden(),
            Events::Table.into_iden(),
            Decisions::Table.into_iden(),
            Comments::Table.into_iden(),
            ConflictsOfInterest::Table.into_iden(),
            ReviewScores::Table.into_iden(),
            Reviews::Table.into_iden(),
            Attachments::Table.into_iden(),
            FormSnapshots::Table.into_iden(),
            Answers::Table.into_iden(),
            ProgressReports::Table.into_iden(),
            Applications::Table.into_iden(),
            MemberCities::Table.into_iden(),
            Cycles::Table.into_iden(),
            PasswordTokens::Table.into_iden(),
            Users::Table.into_iden(),
            Cities::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Cities {
    Table,
    Id,
    Name,
    Country,
    Website,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    FullName,
    Role,
    CityId,
    Language,
    PasswordHash,
    Active,
    CreatedAt,
    LastLoginAt,
}

#[derive(DeriveIden)]
enum PasswordTokens {
    Table,
    Id,
    UserId,
    TokenHash,
    Purpose,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Cycles {
    Table,
    Id,
    Year,
    WindowOpensAt,
    WindowClosesAt,
    DecisionDueAt,
    Quota,
    ScoresVisibleBeforeReview,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MemberCities {
    Table,
    Id,
    CityId,
    JoinedYear,
    JoinedVia,
    Status,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
    CityId,
    CycleId,
    Status,
    Version,
    AnswerLanguage,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    UpdatedBy,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum ProgressReports {
    Table,
    Id,
    MemberCityId,
    PeriodYear,
    DueAt,
    Status,
    Version,
    CreatedAt,
    UpdatedAt,
    UpdatedBy,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    Id,
    ApplicationId,
    ProgressReportId,
    Section,
    Data,
    Version,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum FormSnapshots {
    Table,
    Id,
    ApplicationId,
    ProgressReportId,
    Version,
    Data,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum Attachments {
    Table,
    Id,
    ApplicationId,
    ProgressReportId,
    Kind,
    FileName,
    ContentType,
    SizeBytes,
    Sha256,
    StorageKey,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    ApplicationId,
    ReviewerId,
    Version,
    Recommendation,
    OverallComment,
    CreatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum ReviewScores {
    Table,
    Id,
    ReviewId,
    Criterion,
    Score,
    Comment,
}

#[derive(DeriveIden)]
enum ConflictsOfInterest {
    Table,
    Id,
    ReviewerId,
    CityId,
    Note,
    DeclaredAt,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    Id,
    ApplicationId,
    AuthorId,
    Visibility,
    Section,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    ApplicationId,
    Kind,
    Reason,
    Route,
    DecidedBy,
    DecidedAt,
    ReopenedBy,
    ReopenedAt,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    OccurredAt,
    ActorId,
    SubjectType,
    SubjectId,
    Kind,
    Data,
}

#[derive(DeriveIden)]
enum OutboxMessages {
    Table,
    Id,
    Purpose,
    IdempotencyKey,
    ToAddresses,
    CcAddresses,
    Language,
    Subject,
    Body,
    Attachments,
    State,
    Attempts,
    NextAttemptAt,
    LastError,
    CreatedAt,
    SentAt,
}
