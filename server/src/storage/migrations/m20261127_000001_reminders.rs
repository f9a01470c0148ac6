//! Reminders: each one sent is a row whose unique key keeps a restart or a second instance from
//! sending it again; and the kinds the secretary switched off, per year.

use super::m20261126_000001_initial_schema::{index, references, PLAIN, RESTRICT, UNIQUE};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Reminders::Table)
                    .col(pk_auto(Reminders::Id))
                    .col(string_len(Reminders::Kind, 32))
                    .col(string_len_uniq(Reminders::IdempotencyKey, 200))
                    .col(integer(Reminders::Year))
                    .col(integer_null(Reminders::LeadDays))
                    .col(string_len(Reminders::About, 200))
                    .col(timestamp_with_time_zone(Reminders::DueAt))
                    .col(timestamp_with_time_zone(Reminders::SentAt))
                    .col(integer(Reminders::Recipients))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Reminders::Table,
                [Reminders::Year.into_iden(), Reminders::SentAt.into_iden()],
                PLAIN,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReminderSwitches::Table)
                    .col(pk_auto(ReminderSwitches::Id))
                    .col(integer(ReminderSwitches::Year))
                    .col(string_len(ReminderSwitches::Kind, 32))
                    .col(integer(ReminderSwitches::SwitchedBy))
                    .col(timestamp_with_time_zone(ReminderSwitches::SwitchedAt))
                    .foreign_key(&mut references(
                        ReminderSwitches::Table,
                        ReminderSwitches::SwitchedBy,
                        Users::Table,
                        RESTRICT,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                ReminderSwitches::Table,
                [
                    ReminderSwitches::Year.into_iden(),
                    ReminderSwitches::Kind.into_iden(),
                ],
                UNIQUE,
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ReminderSwitches::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Reminders::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Reminders {
    Table,
    Id,
    Kind,
    IdempotencyKey,
    Year,
    LeadDays,
    About,
    DueAt,
    SentAt,
    Recipients,
}

/// A row means the kind is switched off for the year.
#[derive(DeriveIden)]
enum ReminderSwitches {
    Table,
    Id,
    Year,
    Kind,
    SwitchedBy,
    SwitchedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
}
