//! `contacts`: people. Soft-deleted (`deleted_at`), so visits keep pointing at them; the service
//! nulls `primary_contact_id` on deals when a contact is deleted.

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::CustomerType;

/// A contact.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contacts")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// The user who owns the contact.
    pub owner_id: Uuid,
    /// Given name.
    #[sea_orm(column_type = "Text")]
    pub first_name: String,
    /// Family name.
    #[sea_orm(column_type = "Text")]
    pub last_name: String,
    /// Job title.
    #[sea_orm(column_type = "Text", nullable)]
    pub job_title: Option<String>,
    /// Email address (not unique: several contacts may share one).
    #[sea_orm(column_type = "Text", nullable)]
    pub email: Option<String>,
    /// Phone number, free text.
    #[sea_orm(column_type = "Text", nullable)]
    pub phone: Option<String>,
    /// Company in the same workspace (composite foreign key with `workspace_id`).
    pub company_id: Option<Uuid>,
    /// B2B, B2C or PATIENT.
    pub customer_type: Option<CustomerType>,
    /// JSON array of strings; `[]` when there are none (jsonb on PostgreSQL).
    #[sea_orm(column_type = "JsonBinary")]
    pub tags: Json,
    /// When the contact was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the contact last changed (UTC).
    pub updated_at: DateTimeUtc,
    /// When it was soft-deleted (UTC); NULL while live.
    pub deleted_at: Option<DateTimeUtc>,
}

/// Foreign keys of a contact and the records that point at it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_contacts_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_contacts_owner_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::OwnerId",
        to = "super::users::Column::Id"
    )]
    Owner,
    /// `fk_contacts_workspace_id_company_id`, joined on both columns.
    #[sea_orm(
        belongs_to = "super::companies::Entity",
        from = "(Column::WorkspaceId, Column::CompanyId)",
        to = "(super::companies::Column::WorkspaceId, super::companies::Column::Id)"
    )]
    Company,
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

impl Related<super::companies::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Company.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
