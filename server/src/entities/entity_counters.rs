//! `entity_counters`: live-row counts per workspace and list, adjusted in the same transaction as
//! every insert, (soft) delete and restore, so an unfiltered list reads its exact `total` here
//! instead of running `count(*)`.

use sea_orm::entity::prelude::*;

/// The number of live (not deleted) rows of one list in one workspace.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "entity_counters")]
pub struct Model {
    /// The workspace (tenant).
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The list: contacts, companies, deals, tasks, notes, activities, invoices, visits, stages.
    #[sea_orm(primary_key, auto_increment = false, column_type = "Text")]
    pub entity: String,
    /// Live rows right now.
    pub live_count: i64,
}

/// Foreign keys of a counter.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_entity_counters_workspace_id`.
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
