//! `idempotency_keys`: the stored answer of each request sent with an `Idempotency-Key`, by the
//! caller's scope and the key, for 24 hours (see [`crate::http::idempotency`]).

use sea_orm::entity::prelude::*;

/// One key of one caller.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "idempotency_keys")]
pub struct Model {
    /// Whose key: `user:<user id>:<workspace id or ->` or `addr:<client address>`.
    #[sea_orm(primary_key, auto_increment = false, column_type = "Text")]
    pub scope: String,
    /// The client's `Idempotency-Key`.
    #[sea_orm(primary_key, auto_increment = false, column_type = "Text")]
    pub key: String,
    /// Hash of the request's method, path, query and body.
    #[sea_orm(column_type = "Text")]
    pub fingerprint: String,
    /// The answer's status; `None` while the first request still runs.
    pub status: Option<i32>,
    /// The answer's replayed headers, a JSON object of name to value.
    #[sea_orm(column_type = "Text", nullable)]
    pub headers: Option<String>,
    /// The answer's body.
    #[sea_orm(column_type = "Blob", nullable)]
    pub body: Option<Vec<u8>>,
    /// When the first request arrived (UTC).
    pub created_at: DateTimeUtc,
    /// When the key is forgotten (UTC).
    pub expires_at: DateTimeUtc,
}

/// No foreign keys: the scope is free-form.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
