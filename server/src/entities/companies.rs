//! `companies`: organisations. Soft-deleted (`deleted_at`); a deleted company vanishes from every
//! read, and the service nulls `company_id` on its contacts and deals.

use sea_orm::entity::prelude::*;

/// A company.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "companies")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// The user who owns the account.
    pub owner_id: Uuid,
    /// Company name.
    #[sea_orm(column_type = "Text")]
    pub name: String,
    /// Web domain, e.g. `example.com`.
    #[sea_orm(column_type = "Text", nullable)]
    pub domain: Option<String>,
    /// Industry, free text.
    #[sea_orm(column_type = "Text", nullable)]
    pub industry: Option<String>,
    /// Size band, free text (e.g. `11-50`).
    #[sea_orm(column_type = "Text", nullable)]
    pub size: Option<String>,
    /// When the company was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the company last changed (UTC).
    pub updated_at: DateTimeUtc,
    /// When it was soft-deleted (UTC); NULL while live.
    pub deleted_at: Option<DateTimeUtc>,
}

/// Foreign keys of a company and the records that point at it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_companies_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_companies_owner_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::OwnerId",
        to = "super::users::Column::Id"
    )]
    Owner,
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

impl ActiveModelBehavior for ActiveModel {}
