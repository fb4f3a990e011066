//! `workspace_sequences`: named per-workspace sequences (e.g. `invoice_number`), taken and
//! incremented in one statement so concurrent creates never get the same value.

use sea_orm::entity::prelude::*;

/// The next value of one sequence in one workspace.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workspace_sequences")]
pub struct Model {
    /// The workspace (tenant).
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// Sequence name, e.g. `invoice_number`.
    #[sea_orm(primary_key, auto_increment = false, column_type = "Text")]
    pub name: String,
    /// The value the next allocation returns.
    pub next_value: i64,
}

/// Foreign keys of a sequence.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_workspace_sequences_workspace_id`.
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
