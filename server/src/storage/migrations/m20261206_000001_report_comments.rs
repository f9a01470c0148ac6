//! Comments on progress reports: the Commission discusses a sent report and asks its city for changes
//! as it does for an application. A comment belongs to one form, like answers and attachments: its
//! application or its report, the other column empty.
//!
//! PostgreSQL loosens `application_id` in place. SQLite cannot change a column's constraints, so
//! there the table is built again under a new name, filled, and put in the old one's place; its row
//! ids are kept, and SQLite's counter follows the largest.

use super::m20261126_000001_initial_schema::{index, references, PLAIN};
use sea_orm::{DbBackend, TransactionTrait};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{integer, integer_null, pk_auto, string_len, string_len_null};
use sea_orm_migration::schema::{text, timestamp_with_time_zone};

const COLUMNS: &str = "id, application_id, author_id, visibility, section, body, created_at";

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The comments table as it is after this migration (`for_reports`) or before it, under `name`.
fn comments_table(name: Comments, for_reports: bool) -> TableCreateStatement {
    let mut table = Table::create();
    table
        .table(name)
        .col(pk_auto(Comments::Id))
        .col(if for_reports {
            integer_null(Comments::ApplicationId)
        } else {
            integer(Comments::ApplicationId)
        })
        .col(integer(Comments::AuthorId))
        .col(string_len(Comments::Visibility, 32))
        .col(string_len_null(Comments::Section, 64))
        .col(text(Comments::Body))
        .col(timestamp_with_time_zone(Comments::CreatedAt))
        .foreign_key(&mut references(
            Comments::Table,
            Comments::ApplicationId,
            Applications::Table,
            ForeignKeyAction::Cascade,
        ))
        .foreign_key(&mut references(
            Comments::Table,
            Comments::AuthorId,
            Users::Table,
            ForeignKeyAction::Restrict,
        ));
    if for_reports {
        table
            .col(integer_null(Comments::ProgressReportId))
            .foreign_key(&mut report_key());
    }
    table.to_owned()
}

fn report_key() -> ForeignKeyCreateStatement {
    references(
        Comments::Table,
        Comments::ProgressReportId,
        ProgressReports::Table,
        ForeignKeyAction::Cascade,
    )
}

/// SQLite: the table again with or without report comments, keeping every row that fits; in one
/// transaction on one connection, since a pooled connection that has not seen the old table go would
/// refuse the new one its name, and a half-done rebuild must not lose the comments.
async fn rebuild(manager: &SchemaManager<'_>, for_reports: bool) -> Result<(), DbErr> {
    let txn = manager.get_connection().begin().await?;
    let schema = SchemaManager::new(&txn);
    schema
        .create_table(comments_table(Comments::Next, for_reports))
        .await?;
    let keep = if for_reports {
        ""
    } else {
        " WHERE application_id IS NOT NULL"
    };
    txn.execute_unprepared(&format!(
        "INSERT INTO comments_next ({COLUMNS}) SELECT {COLUMNS} FROM comments{keep}"
    ))
    .await?;
    schema
        .drop_table(Table::drop().table(Comments::Table).to_owned())
        .await?;
    schema
        .rename_table(
            Table::rename()
                .table(Comments::Next, Comments::Table)
                .to_owned(),
        )
        .await?;
    schema
        .create_index(index(
            Comments::Table,
            [Comments::ApplicationId.into_iden()],
            PLAIN,
        ))
        .await?;
    if for_reports {
        schema.create_index(report_index()).await?;
    }
    txn.commit().await
}

fn report_index() -> IndexCreateStatement {
    index(
        Comments::Table,
        [Comments::ProgressReportId.into_iden()],
        PLAIN,
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return rebuild(manager, true).await;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Comments::Table)
                    .modify_column(ColumnDef::new(Comments::ApplicationId).integer().null())
                    .add_column(ColumnDef::new(Comments::ProgressReportId).integer().null())
                    .add_foreign_key(report_key().get_foreign_key())
                    .to_owned(),
            )
            .await?;
        manager.create_index(report_index()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return rebuild(manager, false).await;
        }
        manager
            .get_connection()
            .execute_unprepared("DELETE FROM comments WHERE application_id IS NULL")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Comments::Table)
                    .drop_column(Comments::ProgressReportId)
                    .modify_column(ColumnDef::new(Comments::ApplicationId).integer().not_null())
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Comments {
    Table,
    /// The table being built in the place of `comments` on SQLite.
    #[sea_orm(iden = "comments_next")]
    Next,
    Id,
    ApplicationId,
    ProgressReportId,
    AuthorId,
    Visibility,
    Section,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
}

#[derive(DeriveIden)]
enum ProgressReports {
    Table,
}

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[cfg(test)]
mod tests {
    use crate::services::fixtures::{at, cesis, member_report};
    use crate::storage::entities::{comments, enums};
    use crate::storage::migrations::Migrator;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
    use sea_orm_migration::MigratorTrait;

    #[tokio::test]
    async fn on_sqlite_the_rebuilt_table_keeps_every_comment_and_going_back_keeps_the_applications()
    {
        let (_folder, db, applicant, application) = cesis().await;
        let (_, report) =
            member_report(&db, application.city_id, enums::ReportStatus::Submitted).await;
        let comment = |application_id, progress_report_id, body: &str| comments::ActiveModel {
            application_id: Set(application_id),
            progress_report_id: Set(progress_report_id),
            author_id: Set(applicant.id),
            visibility: Set(enums::CommentVisibility::Internal),
            section: Set(None),
            body: Set(body.to_owned()),
            created_at: Set(at(2)),
            ..Default::default()
        };
        comment(Some(application.id), None, "On the application")
            .insert(&db)
            .await
            .unwrap();
        comment(None, Some(report.id), "On the report")
            .insert(&db)
            .await
            .unwrap();
        let bodies = || async {
            comments::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .into_iter()
                .map(|row| (row.id, row.body))
                .collect::<Vec<_>>()
        };
        let before = bodies().await;

        Migrator::down(&db, Some(1)).await.unwrap();
        let kept: Vec<(i32, String)> = before
            .iter()
            .filter(|(_, body)| body == "On the application")
            .cloned()
            .collect();
        Migrator::up(&db, None).await.unwrap();
        assert_eq!(bodies().await, kept, "a report's comment cannot go back");

        comment(None, Some(report.id), "Again")
            .insert(&db)
            .await
            .unwrap();
        let after = bodies().await;
        assert_eq!(after.len(), 2);
        assert!(
            after[1].0 > kept[0].0,
            "new comments are numbered after the kept ones"
        );
    }
}
