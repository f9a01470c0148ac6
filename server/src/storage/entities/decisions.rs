//! A Commission decision or a recorded UIL outcome.

use super::enums::{DecisionKind, EndorsementRoute};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub application_id: i32,
    pub kind: DecisionKind,
    #[sea_orm(column_type = "Text")]
    pub reason: Option<String>,
    pub route: Option<EndorsementRoute>,
    pub decided_by: i32,
    pub decided_at: DateTimeUtc,
    pub reopened_by: Option<i32>,
    pub reopened_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
