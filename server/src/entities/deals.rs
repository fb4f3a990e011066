//! `deals`: opportunities in the pipeline. Soft-deleted (`deleted_at`). `amount_cents` is integer
//! minor units (exact); the API speaks `amount` with 2 decimals.

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::DealStatus;

/// A deal.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deals")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// The user who owns the deal.
    pub owner_id: Uuid,
    /// Deal title.
    #[sea_orm(column_type = "Text")]
    pub title: String,
    /// Amount in minor units (cents).
    pub amount_cents: i64,
    /// ISO 4217 code, 3 letters.
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub currency: String,
    /// Pipeline stage in the same workspace (composite foreign key).
    pub stage_id: Uuid,
    /// Company in the same workspace (composite foreign key).
    pub company_id: Option<Uuid>,
    /// Primary contact in the same workspace (composite foreign key).
    pub primary_contact_id: Option<Uuid>,
    /// Expected close (UTC).
    pub expected_close_date: Option<DateTimeUtc>,
    /// OPEN, WON or LOST.
    pub status: DealStatus,
    /// Free-text description.
    #[sea_orm(column_type = "Text", nullable)]
    pub description: Option<String>,
    /// When the deal was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the deal last changed (UTC).
    pub updated_at: DateTimeUtc,
    /// When it was soft-deleted (UTC); NULL while live.
    pub deleted_at: Option<DateTimeUtc>,
}

/// Foreign keys of a deal; tenant references join on `workspace_id` too.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_deals_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_deals_owner_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::OwnerId",
        to = "super::users::Column::Id"
    )]
    Owner,
    /// `fk_deals_workspace_id_stage_id`.
    #[sea_orm(
        belongs_to = "super::stages::Entity",
        from = "(Column::WorkspaceId, Column::StageId)",
        to = "(super::stages::Column::WorkspaceId, super::stages::Column::Id)"
    )]
    Stage,
    /// `fk_deals_workspace_id_company_id`.
    #[sea_orm(
        belongs_to = "super::companies::Entity",
        from = "(Column::WorkspaceId, Column::CompanyId)",
        to = "(super::companies::Column::WorkspaceId, super::companies::Column::Id)"
    )]
    Company,
    /// `fk_deals_workspace_id_primary_contact_id`.
    #[sea_orm(
        belongs_to = "super::contacts::Entity",
        from = "(Column::WorkspaceId, Column::PrimaryContactId)",
        to = "(super::contacts::Column::WorkspaceId, super::contacts::Column::Id)"
    )]
    PrimaryContact,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Owner.def()
    }
}

impl Related<super::stages::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Stage.def()
    }
}

impl Related<super::companies::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Company.def()
    }
}

impl Related<super::contacts::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::PrimaryContact.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
