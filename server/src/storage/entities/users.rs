//! A person with an account; applicants belong to one city.

use super::enums::{Language, Role};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub full_name: String,
    pub role: Role,
    pub city_id: Option<i32>,
    pub language: Language,
    #[sea_orm(column_type = "Text")]
    pub password_hash: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
    pub last_login_at: Option<DateTimeUtc>,
    /// Stored in each session at sign-in; moving it on ends every session the account has.
    pub session_epoch: i32,
    /// Set while the Commission has deactivated the account (`active` is then false too); an invited
    /// account that never set its password is inactive without it.
    pub deactivated_at: Option<DateTimeUtc>,
    /// Set once the Commission erased the person: the name is a label, the address a placeholder
    /// that cannot sign in, and nothing of theirs is left elsewhere.
    pub erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
