//! A Latvian city or municipality that may apply, or is a member.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub name: String,
    pub country: String,
    pub website: Option<String>,
    pub created_at: DateTimeUtc,
    /// The name as UIL should read it, when it is not the everyday one ("Valmieras valstspilsēta").
    pub official_name: Option<String>,
    /// `name` folded for comparison (`storage::cities::key`): unique, so "cēsis" is "Cēsis".
    pub name_key: String,
    /// Set when the Commission retires the city: it keeps its history but may no longer apply.
    pub retired_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
