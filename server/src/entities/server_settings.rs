//! `server_settings`: values the server generates once and keeps across restarts, such as the JWT
//! secret used when `CRM_JWT_SECRET` is not set.

use sea_orm::entity::prelude::*;

/// One setting.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "server_settings")]
pub struct Model {
    /// Setting name, e.g. `jwt_secret`.
    #[sea_orm(primary_key, auto_increment = false, column_type = "Text")]
    pub key: String,
    /// Setting value (secrets are stored as generated; never log them).
    #[sea_orm(column_type = "Text")]
    pub value: String,
    /// When the setting was written (UTC).
    pub created_at: DateTimeUtc,
}

/// No foreign keys.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
