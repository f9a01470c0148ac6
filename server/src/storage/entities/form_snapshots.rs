//! The frozen answers of a submitted version.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "form_snapshots")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub application_id: Option<i32>,
    pub progress_report_id: Option<i32>,
    pub version: i32,
    pub data: Json,
    pub created_at: DateTimeUtc,
    pub created_by: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
