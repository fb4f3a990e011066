//! `memberships`: who belongs to which workspace, with which role. One row per (workspace, user)
//! (`uq_memberships_workspace_id_user_id`).

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::MembershipRole;

/// A user's membership of a workspace.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "memberships")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// The member.
    pub user_id: Uuid,
    /// OWNER, ADMIN or MEMBER.
    pub role: MembershipRole,
    /// When the user joined (UTC).
    pub created_at: DateTimeUtc,
    /// When the role last changed (UTC).
    pub updated_at: DateTimeUtc,
    /// When the member last chose this workspace (switch, create, join, onboarding); sign-in
    /// lands in the most recent.
    pub chosen_at: Option<DateTimeUtc>,
}

/// Foreign keys of a membership.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_memberships_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_memberships_user_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::UserId",
        to = "super::users::Column::Id"
    )]
    User,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
