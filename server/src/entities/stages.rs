//! `stages`: a workspace's deal pipeline. Names are unique per workspace
//! (`uq_stages_workspace_id_name`); hard-deleted, only when no deal uses them (or after moving
//! their deals to a target stage).

use sea_orm::entity::prelude::*;

/// A pipeline stage.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stages")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// Stage name, unique in the workspace.
    #[sea_orm(column_type = "Text")]
    pub name: String,
    /// The API's 1-based `order` ("order" is a reserved word); not unique, reorders rewrite it.
    pub position: i32,
    /// When the stage was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the stage last changed (UTC).
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of a stage and the deals in it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_stages_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
