//! `notes`: free-text notes attached to a record (`related_type`, `related_id`; polymorphic, no
//! foreign key). Deleted with their record. Hard-deleted.

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::RelatedType;

/// A note.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notes")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// Who wrote it.
    pub author_id: Uuid,
    /// The note's text.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// Kind of record the note is about.
    pub related_type: RelatedType,
    /// Id of that record (same workspace, checked by the service).
    pub related_id: Uuid,
    /// When the note was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the note last changed (UTC).
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of a note.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_notes_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_notes_author_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::AuthorId",
        to = "super::users::Column::Id"
    )]
    Author,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
