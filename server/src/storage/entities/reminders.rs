//! A reminder that has gone: its mails were queued once, under its unique key.

use super::enums::ReminderKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reminders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: ReminderKind,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub year: i32,
    pub lead_days: Option<i32>,
    pub about: String,
    pub due_at: DateTimeUtc,
    pub sent_at: DateTimeUtc,
    pub recipients: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
