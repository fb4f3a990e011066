//! `sessions`: one row per sign-in, the family of its refresh tokens. Every authenticated request
//! checks its session is live, so logout and revocation take effect at once. Global table.

use sea_orm::entity::prelude::*;

/// A sign-in session. Live while `revoked_at` is NULL and `expires_at` is in the future.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    /// UUIDv7; the JWT's `sid` claim.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Who signed in.
    pub user_id: Uuid,
    /// The workspace in use (the JWT's `wid`), if any.
    pub workspace_id: Option<Uuid>,
    /// When the session started (UTC).
    pub created_at: DateTimeUtc,
    /// Last refresh (UTC), if any.
    pub last_used_at: Option<DateTimeUtc>,
    /// Hard end of the session (UTC).
    pub expires_at: DateTimeUtc,
    /// Set on logout or refresh-token reuse (UTC).
    pub revoked_at: Option<DateTimeUtc>,
}

/// Foreign keys of a session and the tokens that point at it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_sessions_user_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::UserId",
        to = "super::users::Column::Id"
    )]
    User,
    /// `fk_sessions_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
