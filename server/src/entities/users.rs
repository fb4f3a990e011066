//! `users`: people who can sign in. Global, not tenant data: one user may belong to several
//! workspaces through memberships.

use sea_orm::entity::prelude::*;

/// A user account. `email` is stored lower-cased and is unique across the server.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Display name.
    #[sea_orm(column_type = "Text")]
    pub name: String,
    /// Lower-cased email, unique (`uq_users_email`).
    #[sea_orm(column_type = "Text", unique)]
    pub email: String,
    /// Argon2 PHC string; never leaves the server.
    #[sea_orm(column_type = "Text")]
    pub password_hash: String,
    /// When the account was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the account last changed (UTC).
    pub updated_at: DateTimeUtc,
}

/// A user points at no other table (the tables that point at users name it in their own
/// relations; entities only know their parents, so the module graph has no cycles).
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
