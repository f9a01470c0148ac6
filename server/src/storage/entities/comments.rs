//! A Commission comment on an application or a progress report, internal or addressed to the city.

use super::enums::CommentVisibility;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub application_id: Option<i32>,
    pub progress_report_id: Option<i32>,
    pub author_id: i32,
    pub visibility: CommentVisibility,
    pub section: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
