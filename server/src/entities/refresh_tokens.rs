//! `refresh_tokens`: opaque refresh tokens, stored only as a SHA-256 hex hash and rotated on every
//! use. Presenting a token whose `rotated_at` is set is reuse: the whole session is revoked.

use sea_orm::entity::prelude::*;

/// One refresh token of a session (the token family).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "refresh_tokens")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The session (family) this token belongs to.
    pub session_id: Uuid,
    /// SHA-256 of the token, lower-case hex; unique (`uq_refresh_tokens_token_hash`).
    #[sea_orm(column_type = "Text", unique)]
    pub token_hash: String,
    /// When it was issued (UTC).
    pub created_at: DateTimeUtc,
    /// When it stops being accepted (UTC).
    pub expires_at: DateTimeUtc,
    /// When it was used and replaced (UTC); NULL while it is the family's current token.
    pub rotated_at: Option<DateTimeUtc>,
}

/// Foreign keys of a refresh token.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_refresh_tokens_session_id`.
    #[sea_orm(
        belongs_to = "super::sessions::Entity",
        from = "Column::SessionId",
        to = "super::sessions::Column::Id"
    )]
    Session,
}

impl Related<super::sessions::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Session.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
