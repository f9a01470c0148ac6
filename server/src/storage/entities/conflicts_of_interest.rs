//! A reviewer's declared conflict with a city; excludes them from its review.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conflicts_of_interest")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub reviewer_id: i32,
    pub city_id: i32,
    #[sea_orm(column_type = "Text")]
    pub note: Option<String>,
    pub declared_at: DateTimeUtc,
    /// The secretary who recorded the conflict for the reviewer; `None` when the reviewer declared it.
    pub recorded_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
