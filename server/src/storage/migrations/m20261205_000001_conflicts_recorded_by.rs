//! Who recorded a conflict of interest, when the secretary did it for a reviewer: such a conflict is the
//! secretary's to remove, not the reviewer's. And one conflict per reviewer and city, so that two
//! people recording the same one at once cannot leave two that each need removing.

use sea_orm_migration::prelude::*;

const ONE_PER_PAIR: &str = "conflicts_of_interest_one_per_pair";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ConflictsOfInterest::Table)
                    .add_column(
                        ColumnDef::new(ConflictsOfInterest::RecordedBy)
                            .integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(ONE_PER_PAIR)
                    .table(ConflictsOfInterest::Table)
                    .col(ConflictsOfInterest::ReviewerId)
                    .col(ConflictsOfInterest::CityId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(ONE_PER_PAIR)
                    .table(ConflictsOfInterest::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ConflictsOfInterest::Table)
                    .drop_column(ConflictsOfInterest::RecordedBy)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum ConflictsOfInterest {
    Table,
    ReviewerId,
    CityId,
    RecordedBy,
}
