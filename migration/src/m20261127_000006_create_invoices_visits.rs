//! Billing and scheduling: invoices (soft-deleted, numbered per workspace) and visits.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, date, integer, string_len, text, text_null, timestamp_with_time_zone as timestamp,
    timestamp_with_time_zone_null as timestamp_null, uuid, uuid_null,
};

use crate::{create_indexes, drop_tables, foreign_key, index, tenant_table, unique};

/// Creates invoices and visits.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // `invoice_number` is unique per workspace, soft-deleted invoices included (a deleted
        // invoice keeps its number). status DRAFT | SENT | PAID | OVERDUE | VOID; related_type
        // contact | company, polymorphic (no foreign key, checked by the service).
        // `created_by_id` is nullable as in the contract (`createdById: string | null`).
        manager
            .create_table(
                tenant_table(Invoices::Table)
                    .col(uuid_null(Invoices::CreatedById))
                    .col(text(Invoices::InvoiceNumber))
                    .col(text(Invoices::Title))
                    .col(text_null(Invoices::Notes))
                    .col(big_integer(Invoices::AmountCents))
                    .col(string_len(Invoices::Currency, 3))
                    .col(text(Invoices::Status))
                    .col(text_null(Invoices::RelatedType))
                    .col(uuid_null(Invoices::RelatedId))
                    .col(timestamp_null(Invoices::IssuedAt))
                    .col(timestamp_null(Invoices::DueAt))
                    .col(timestamp_null(Invoices::PaidAt))
                    .col(timestamp(Invoices::CreatedAt))
                    .col(timestamp(Invoices::UpdatedAt))
                    .col(timestamp_null(Invoices::DeletedAt))
                    .index(&mut unique(
                        Invoices::Table,
                        (Invoices::WorkspaceId, Invoices::InvoiceNumber),
                    ))
                    .foreign_key(&mut foreign_key(
                        Invoices::Table,
                        Invoices::CreatedById,
                        Users::Table,
                        Users::Id,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(
                    Invoices::Table,
                    (Invoices::WorkspaceId, Invoices::CreatedAt),
                ),
                index(
                    Invoices::Table,
                    (
                        Invoices::WorkspaceId,
                        Invoices::RelatedType,
                        Invoices::RelatedId,
                    ),
                ),
                // Status filter and the aging report (unpaid invoices by due date).
                index(
                    Invoices::Table,
                    (Invoices::WorkspaceId, Invoices::Status, Invoices::DueAt),
                ),
                index(Invoices::Table, Invoices::CreatedById),
            ],
        )
        .await?;

        // `visit_date` is a calendar date without zone (PostgreSQL `date`; SQLite text
        // `YYYY-MM-DD`), the API's `date`. `visit_time` is the API's `time`, text `HH:mm`
        // (zero-padded, so text order is time order). `contact_name` is copied at write time so
        // a visit still reads well after its contact is soft-deleted.
        manager
            .create_table(
                tenant_table(Visits::Table)
                    .col(uuid(Visits::ContactId))
                    .col(text(Visits::ContactName))
                    .col(date(Visits::VisitDate))
                    .col(text(Visits::VisitTime))
                    .col(integer(Visits::DurationMinutes))
                    .col(text(Visits::Reason))
                    .col(text(Visits::Status))
                    .col(text_null(Visits::Notes))
                    .col(timestamp(Visits::CreatedAt))
                    .col(timestamp(Visits::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        Visits::Table,
                        (Visits::WorkspaceId, Visits::ContactId),
                        Contacts::Table,
                        (Contacts::WorkspaceId, Contacts::Id),
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(Visits::Table, (Visits::WorkspaceId, Visits::CreatedAt)),
                index(
                    Visits::Table,
                    (Visits::WorkspaceId, Visits::VisitDate, Visits::VisitTime),
                ),
                index(Visits::Table, (Visits::WorkspaceId, Visits::ContactId)),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [Visits::Table.into_iden(), Invoices::Table.into_iden()],
        )
        .await
    }
}

/// `users` as referenced from here.
#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

/// `contacts` as referenced from here.
#[derive(DeriveIden)]
enum Contacts {
    Table,
    Id,
    WorkspaceId,
}

#[derive(DeriveIden)]
enum Invoices {
    Table,
    WorkspaceId,
    CreatedById,
    InvoiceNumber,
    Title,
    Notes,
    AmountCents,
    Currency,
    Status,
    RelatedType,
    RelatedId,
    IssuedAt,
    DueAt,
    PaidAt,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Visits {
    Table,
    WorkspaceId,
    ContactId,
    ContactName,
    VisitDate,
    VisitTime,
    DurationMinutes,
    Reason,
    Status,
    Notes,
    CreatedAt,
    UpdatedAt,
}
