//! `invoices`: soft-deleted (`deleted_at`), numbered per workspace
//! (`uq_invoices_workspace_id_invoice_number`, deleted invoices included). Billed to a contact or
//! company through a polymorphic reference (no foreign key; checked by the service).

use sea_orm::entity::prelude::*;

use super::sea_orm_active_enums::{InvoiceRelatedType, InvoiceStatus};

/// An invoice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invoices")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// Who created it, if known.
    pub created_by_id: Option<Uuid>,
    /// Client-chosen or allocated (`INV-000001`), unique in the workspace.
    #[sea_orm(column_type = "Text")]
    pub invoice_number: String,
    /// Invoice title.
    #[sea_orm(column_type = "Text")]
    pub title: String,
    /// Free-text notes.
    #[sea_orm(column_type = "Text", nullable)]
    pub notes: Option<String>,
    /// Amount in minor units (cents).
    pub amount_cents: i64,
    /// ISO 4217 code, 3 letters.
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub currency: String,
    /// DRAFT, SENT, PAID, OVERDUE or VOID.
    pub status: InvoiceStatus,
    /// Kind of record billed (contact or company), if any.
    pub related_type: Option<InvoiceRelatedType>,
    /// Id of that record.
    pub related_id: Option<Uuid>,
    /// Issue instant (UTC), if issued.
    pub issued_at: Option<DateTimeUtc>,
    /// Due instant (UTC), if any; drives the aging report.
    pub due_at: Option<DateTimeUtc>,
    /// Payment instant (UTC), set when PAID.
    pub paid_at: Option<DateTimeUtc>,
    /// When the invoice was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the invoice last changed (UTC).
    pub updated_at: DateTimeUtc,
    /// When it was soft-deleted (UTC); NULL while live.
    pub deleted_at: Option<DateTimeUtc>,
}

/// Foreign keys of an invoice.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_invoices_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
    /// `fk_invoices_created_by_id`.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::CreatedById",
        to = "super::users::Column::Id"
    )]
    CreatedBy,
}

impl Related<super::workspaces::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Workspace.def()
    }
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CreatedBy.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
