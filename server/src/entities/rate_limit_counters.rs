//! `rate_limit_counters`: fixed-window request counters kept in the database so limits hold
//! across server instances. Incremented with an upsert on the primary key.

use sea_orm::entity::prelude::*;

/// Requests counted for one bucket in one window.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limit_counters")]
pub struct Model {
    /// What is limited, e.g. `ip:1.2.3.4:auth` or `login:someone@example.com`.
    #[sea_orm(primary_key, auto_increment = false, column_type = "Text")]
    pub bucket: String,
    /// Start of the window (UTC).
    #[sea_orm(primary_key, auto_increment = false)]
    pub window_start: DateTimeUtc,
    /// Requests seen in the window so far.
    pub count: i32,
}

/// No foreign keys: buckets are free-form.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
