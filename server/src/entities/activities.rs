//! `activities`: the audit trail, written only by the server (one row per create, update, delete
//! or status change). They outlive the records they describe, so `entity_id` has no foreign key.

use sea_orm::entity::prelude::*;

/// One recorded action.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "activities")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// The user who acted.
    pub actor_id: Uuid,
    /// What happened, e.g. `contact.created` (the API's `type`; column `type`).
    #[sea_orm(column_name = "type", enum_name = "Type", column_type = "Text")]
    pub kind: String,
    /// Kind of record acted on, e.g. `contact`.
    #[sea_orm(column_type = "Text")]
    pub entity_type: String,
    /// Id of that record.
    pub entity_id: Uuid,
    /// Details, e.g. changed fields with before/after values (jsonb on PostgreSQL).
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub metadata: Option<Json>,
    /// When it happened (UTC).
    pub created_at: DateTimeUtc,
    /// The event's number in its workspace (commit order; `None` for activities written before
    /// the event stream existed).
    pub seq: Option<i64>,
}

/// Foreign keys of an activity.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_activities_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_activities_actor_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::ActorId",
        to = "super::users::Column::Id"
    )]
    Actor,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Actor.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
