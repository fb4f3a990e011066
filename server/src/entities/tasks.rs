//! `tasks`: to-dos attached to a record (`related_type`, `related_id`). The reference is
//! polymorphic, so there is no foreign key on it: the service checks the target exists in the
//! workspace, and deletes a record's tasks with it. Hard-deleted.

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::{RelatedType, TaskStatus};

/// A task.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tasks")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// Who created it.
    pub created_by_id: Uuid,
    /// Who should do it.
    pub assignee_id: Option<Uuid>,
    /// What to do.
    #[sea_orm(column_type = "Text")]
    pub title: String,
    /// Deadline (UTC).
    pub due_at: Option<DateTimeUtc>,
    /// OPEN or DONE.
    pub status: TaskStatus,
    /// Kind of record the task is about.
    pub related_type: RelatedType,
    /// Id of that record (same workspace, checked by the service).
    pub related_id: Uuid,
    /// When the task was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the task last changed (UTC).
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of a task. Both user references point at `users`, so there is no
/// `Related<users::Entity>`: join with `Relation::CreatedBy` or `Relation::Assignee` explicitly.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_tasks_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_tasks_created_by_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::CreatedById",
        to = "super::users::Column::Id"
    )]
    CreatedBy,
    /// `fk_tasks_assignee_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::AssigneeId",
        to = "super::users::Column::Id"
    )]
    Assignee,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
