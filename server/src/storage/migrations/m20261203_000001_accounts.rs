//! Going live without the demo: cities the Commission keeps itself (an official name for UIL, a key
//! that compares names without regard to case, retirement instead of deletion); on each account, when the
//! Commission deactivated it, and a counter that ends every session it has when it moves
//! (deactivation, a new password, erasure).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [
            ColumnDef::new(Cities::OfficialName)
                .string_len(200)
                .null()
                .to_owned(),
            ColumnDef::new(Cities::NameKey)
                .string_len(200)
                .null()
                .to_owned(),
            ColumnDef::new(Cities::RetiredAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Cities::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            ColumnDef::new(Users::SessionEpoch)
                .integer()
                .not_null()
                .default(0)
                .to_owned(),
            ColumnDef::new(Users::DeactivatedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // The key is computed in Rust, as for every city added later: SQL's lower() folds only ASCII
        // letters on SQLite, and Latvian names begin with Ā, Č, Ē, Ģ, Ķ, Ļ, Ņ, Š, Ū and Ž.
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        let rows = db
            .query_all(Statement::from_string(
                backend,
                "SELECT id, name FROM cities".to_owned(),
            ))
            .await?;
        for row in rows {
            let id: i32 = row.try_get("", "id")?;
            let name: String = row.try_get("", "name")?;
            db.execute(Statement::from_sql_and_values(
                backend,
                match backend {
                    sea_orm::DbBackend::Postgres => "UPDATE cities SET name_key = $1 WHERE id = $2",
                    _ => "UPDATE cities SET name_key = ? WHERE id = ?",
                },
                [crate::storage::cities::key(&name).into(), id.into()],
            ))
            .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("ux_cities_name_key")
                    .table(Cities::Table)
                    .col(Cities::NameKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ux_cities_name_key")
                    .table(Cities::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Users::SessionEpoch, Users::DeactivatedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [Cities::OfficialName, Cities::NameKey, Cities::RetiredAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Cities::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Cities {
    Table,
    OfficialName,
    NameKey,
    RetiredAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    SessionEpoch,
    DeactivatedAt,
}
