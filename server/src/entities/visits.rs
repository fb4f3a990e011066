//! `visits`: appointments with a contact. Hard-deleted. The contact is referenced with a composite
//! foreign key; contacts are soft-deleted, so the row stays, and `contact_name` is copied at write
//! time so a visit still reads well afterwards.

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::VisitStatus;

/// A visit.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "visits")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// The contact visited (same workspace, composite foreign key).
    pub contact_id: Uuid,
    /// The contact's name when the visit was written.
    #[sea_orm(column_type = "Text")]
    pub contact_name: String,
    /// The API's `date`: a calendar date without zone (PostgreSQL `date`, SQLite `YYYY-MM-DD`).
    pub visit_date: Date,
    /// The API's `time`: `HH:mm`, zero-padded so text order is time order.
    #[sea_orm(column_type = "Text")]
    pub visit_time: String,
    /// Planned length in minutes.
    pub duration_minutes: i32,
    /// Why the visit takes place.
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    /// SCHEDULED, COMPLETED or CANCELLED.
    pub status: VisitStatus,
    /// Free-text notes.
    #[sea_orm(column_type = "Text", nullable)]
    pub notes: Option<String>,
    /// When the visit was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the visit last changed (UTC).
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of a visit.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_visits_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_visits_workspace_id_contact_id`, joined on both columns.
    #[sea_orm(
        belongs_to = "super::contacts::Entity",
        from = "(Column::WorkspaceId, Column::ContactId)",
        to = "(super::contacts::Column::WorkspaceId, super::contacts::Column::Id)"
    )]
    Contact,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl Related<super::contacts::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Contact.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
