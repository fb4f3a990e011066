//! `invites`: pending invitations to a workspace. There is no token column: the token is
//! `<id>.<base64url HMAC-SHA256(server key, id)>`, recomputed whenever an invite is shown.

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::MembershipRole;

/// An invitation for `email` to join a workspace with `role`; single use, until `expires_at`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invites")]
pub struct Model {
    /// UUIDv7; the part of the token before the dot.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// Lower-cased email the invite is for; acceptance requires a match.
    #[sea_orm(column_type = "Text")]
    pub email: String,
    /// Role granted on acceptance.
    pub role: MembershipRole,
    /// Who sent it, if known.
    pub invited_by_id: Option<Uuid>,
    /// After this instant the invite can no longer be accepted (UTC).
    pub expires_at: DateTimeUtc,
    /// When it was accepted (UTC); set once, which makes it single use.
    pub accepted_at: Option<DateTimeUtc>,
    /// Who accepted it.
    pub accepted_by_id: Option<Uuid>,
    /// When it was sent (UTC).
    pub created_at: DateTimeUtc,
}

/// Foreign keys of an invite. Both user references point at `users`, so there is no
/// `Related<users::Entity>`: join with `Relation::InvitedBy` or `Relation::AcceptedBy` explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_invites_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_invites_invited_by_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::InvitedById",
        to = "super::users::Column::Id"
    )]
    InvitedBy,
    /// `fk_invites_accepted_by_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::AcceptedById",
        to = "super::users::Column::Id"
    )]
    AcceptedBy,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
