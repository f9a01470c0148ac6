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
                    .foreign_key(&mut references(
                        Users::Table,
                        Users::CityId,
                        Cities::Table,
                        RESTRICT,
                    ))
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
                    .foreign_key(&mut references(
                        PasswordTokens::Table,
                        PasswordTokens::UserId,
                        Users::Table,
                        CASCADE,
                    ))
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
                    .foreign_key(&mut references(
                        MemberCities::Table,
                        MemberCities::CityId,
                        Cities::Table,
                        RESTRICT,
                    ))
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
                    .foreign_key(&mut references(
                        Applications::Table,
                        Applications::CityId,
                        Cities::Table,
                        RESTRICT,
                    ))
                    .foreign_key(&mut references(
                        Applications::Table,
                        Applications::CycleId,
                        Cycles::Table,
                        RESTRICT,
                    ))
                    .foreign_key(&mut references(
                        Applications::Table,
                        Applications::CreatedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .foreign_key(&mut references(
                        Applications::Table,
                        Applications::UpdatedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Applications::Table,
                [
                    Applications::CityId.into_iden(),
                    Applications::CycleId.into_iden(),
                ],
                PLAIN,
            ))
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
                    .foreign_key(&mut references(
                        ProgressReports::Table,
                        ProgressReports::MemberCityId,
                        MemberCities::Table,
                        RESTRICT,
                    ))
                    .foreign_key(&mut references(
                        ProgressReports::Table,
                        ProgressReports::UpdatedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                ProgressReports::Table,
                [
                    ProgressReports::MemberCityId.into_iden(),
                    ProgressReports::PeriodYear.into_iden(),
                ],
                UNIQUE,
            ))
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
                    .foreign_key(&mut references(
                        Answers::Table,
                        Answers::ApplicationId,
                        Applications::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        Answers::Table,
                        Answers::ProgressReportId,
                        ProgressReports::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        Answers::Table,
                        Answers::UpdatedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Answers::Table,
                [
                    Answers::ApplicationId.into_iden(),
                    Answers::Section.into_iden(),
                ],
                UNIQUE,
            ))
            .await?;
        manager
            .create_index(index(
                Answers::Table,
                [
                    Answers::ProgressReportId.into_iden(),
                    Answers::Section.into_iden(),
                ],
                UNIQUE,
            ))
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
                    .foreign_key(&mut references(
                        FormSnapshots::Table,
                        FormSnapshots::ApplicationId,
                        Applications::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        FormSnapshots::Table,
                        FormSnapshots::ProgressReportId,
                        ProgressReports::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        FormSnapshots::Table,
                        FormSnapshots::CreatedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                FormSnapshots::Table,
                [
                    FormSnapshots::ApplicationId.into_iden(),
                    FormSnapshots::Version.into_iden(),
                ],
                PLAIN,
            ))
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
                    .foreign_key(&mut references(
                        Attachments::Table,
                        Attachments::ApplicationId,
                        Applications::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        Attachments::Table,
                        Attachments::ProgressReportId,
                        ProgressReports::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        Attachments::Table,
                        Attachments::UploadedBy,
                        Users::Table,
                        RESTRICT,
                    ))
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
                    .foreign_key(&mut references(
                        Reviews::Table,
                        Reviews::ApplicationId,
                        Applications::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        Reviews::Table,
                        Reviews::ReviewerId,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Reviews::Table,
                [
                    Reviews::ApplicationId.into_iden(),
                    Reviews::ReviewerId.into_iden(),
                    Reviews::Version.into_iden(),
                ],
                UNIQUE,
            ))
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
                    .foreign_key(&mut references(
                        ReviewScores::Table,
                        ReviewScores::ReviewId,
                        Reviews::Table,
                        CASCADE,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                ReviewScores::Table,
                [
                    ReviewScores::ReviewId.into_iden(),
                    ReviewScores::Criterion.into_iden(),
                ],
                UNIQUE,
            ))
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
                    .foreign_key(&mut references(
                        ConflictsOfInterest::Table,
                        ConflictsOfInterest::ReviewerId,
                        Users::Table,
                        RESTRICT,
                    ))
                    .foreign_key(&mut references(
                        ConflictsOfInterest::Table,
                        ConflictsOfInterest::CityId,
                        Cities::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                ConflictsOfInterest::Table,
                [
                    ConflictsOfInterest::ReviewerId.into_iden(),
                    ConflictsOfInterest::CityId.into_iden(),
                ],
                UNIQUE,
            ))
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
                    .foreign_key(&mut references(
                        Comments::Table,
                        Comments::ApplicationId,
                        Applications::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        Comments::Table,
                        Comments::AuthorId,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Comments::Table,
                [Comments::ApplicationId.into_iden()],
                PLAIN,
            ))
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
                    .foreign_key(&mut references(
                        Decisions::Table,
                        Decisions::ApplicationId,
                        Applications::Table,
                        CASCADE,
                    ))
                    .foreign_key(&mut references(
                        Decisions::Table,
                        Decisions::DecidedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .foreign_key(&mut references(
                        Decisions::Table,
                        Decisions::ReopenedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Decisions::Table,
                [Decisions::ApplicationId.into_iden()],
                PLAIN,
            ))
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
                    .foreign_key(&mut references(
                        Events::Table,
                        Events::ActorId,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Events::Table,
                [
                    Events::SubjectType.into_iden(),
                    Events::SubjectId.into_iden(),
                ],
                PLAIN,
            ))
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
            .create_index(index(
                OutboxMessages::Table,
                [
                    OutboxMessages::State.into_iden(),
                    OutboxMessages::NextAttemptAt.into_iden(),
                ],
                PLAIN,
            ))
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

pub(super) const UNIQUE: bool = true;
pub(super) const PLAIN: bool = false;
const CASCADE: ForeignKeyAction = ForeignKeyAction::Cascade;
pub(super) const RESTRICT: ForeignKeyAction = ForeignKeyAction::Restrict;

/// `from_table.column` references `to_table.id`; named `fk_{table}_{column}`.
pub(super) fn references(
    from_table: impl IntoIden + 'static,
    column: impl IntoIden + 'static,
    to_table: impl IntoIden + 'static,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    let (from_table, column) = (from_table.into_iden(), column.into_iden());
    ForeignKey::create()
        .name(format!(
            "fk_{}_{}",
            from_table.to_string(),
            column.to_string()
        ))
        .from(from_table, column)
        .to(to_table, Alias::new("id"))
        .on_delete(on_delete)
        .to_owned()
}

/// An index on `columns`, named `ux_…` when unique and `ix_…` otherwise.
pub(super) fn index<const N: usize>(
    table: impl IntoIden + 'static,
    columns: [DynIden; N],
    unique: bool,
) -> IndexCreateStatement {
    let table = table.into_iden();
    let names: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    let prefix = if unique { "ux" } else { "ix" };
    let mut index = Index::create();
    index
        .name(format!(
            "{prefix}_{}_{}",
            table.to_string(),
            names.join("_")
        ))
        .table(table);
    for column in columns {
        index.col(column);
    }
    if unique {
        index.unique();
    }
    index.to_owned()
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
