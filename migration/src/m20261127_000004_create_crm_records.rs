//! CRM records: pipeline stages, companies, contacts and deals.
//!
//! References between them are composite `(workspace_id, x_id) -> x (workspace_id, id)` foreign
//! keys, so a contact can never point at another workspace's company. A nullable reference
//! (`company_id`, `primary_contact_id`) is simply not checked while NULL, on both databases.
//! Companies, contacts and deals are soft-deleted (`deleted_at`), so references to them stay valid;
//! the service nulls them when the spec says so.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, integer, json_binary, string_len, text, text_null,
    timestamp_with_time_zone as timestamp, timestamp_with_time_zone_null as timestamp_null, uuid,
    uuid_null,
};

use crate::{create_indexes, drop_tables, foreign_key, index, tenant_table, unique};

/// Creates stages, companies, contacts and deals.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // `position` is the API's 1-based `order` ("order" is a reserved word). It is not unique:
        // a reorder rewrites several rows in one transaction without deferred constraints.
        manager
            .create_table(
                tenant_table(Stages::Table)
                    .col(text(Stages::Name))
                    .col(integer(Stages::Position))
                    .col(timestamp(Stages::CreatedAt))
                    .col(timestamp(Stages::UpdatedAt))
                    .index(&mut unique(
                        Stages::Table,
                        (Stages::WorkspaceId, Stages::Name),
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [index(
                Stages::Table,
                (Stages::WorkspaceId, Stages::Position),
            )],
        )
        .await?;

        manager
            .create_table(
                tenant_table(Companies::Table)
                    .col(uuid(Companies::OwnerId))
                    .col(text(Companies::Name))
                    .col(text_null(Companies::Domain))
                    .col(text_null(Companies::Industry))
                    .col(text_null(Companies::Size))
                    .col(timestamp(Companies::CreatedAt))
                    .col(timestamp(Companies::UpdatedAt))
                    .col(timestamp_null(Companies::DeletedAt))
                    .foreign_key(&mut foreign_key(
                        Companies::Table,
                        Companies::OwnerId,
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
                    Companies::Table,
                    (Companies::WorkspaceId, Companies::CreatedAt),
                ),
                // The default sort (updatedAt desc, id as tie-breaker) of the keyset pages.
                index(
                    Companies::Table,
                    (Companies::WorkspaceId, Companies::UpdatedAt, Companies::Id),
                ),
                index(Companies::Table, Companies::OwnerId),
            ],
        )
        .await?;

        // `tags` is a JSON array of strings (jsonb on PostgreSQL), never NULL: `[]` when empty.
        manager
            .create_table(
                tenant_table(Contacts::Table)
                    .col(uuid(Contacts::OwnerId))
                    .col(text(Contacts::FirstName))
                    .col(text(Contacts::LastName))
                    .col(text_null(Contacts::JobTitle))
                    .col(text_null(Contacts::Email))
                    .col(text_null(Contacts::Phone))
                    .col(uuid_null(Contacts::CompanyId))
                    .col(text_null(Contacts::CustomerType))
                    .col(json_binary(Contacts::Tags))
                    .col(timestamp(Contacts::CreatedAt))
                    .col(timestamp(Contacts::UpdatedAt))
                    .col(timestamp_null(Contacts::DeletedAt))
                    .foreign_key(&mut foreign_key(
                        Contacts::Table,
                        Contacts::OwnerId,
                        Users::Table,
                        Users::Id,
                    ))
                    .foreign_key(&mut foreign_key(
                        Contacts::Table,
                        (Contacts::WorkspaceId, Contacts::CompanyId),
                        Companies::Table,
                        (Companies::WorkspaceId, Companies::Id),
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(
                    Contacts::Table,
                    (Contacts::WorkspaceId, Contacts::CreatedAt),
                ),
                index(
                    Contacts::Table,
                    (Contacts::WorkspaceId, Contacts::UpdatedAt, Contacts::Id),
                ),
                index(
                    Contacts::Table,
                    (Contacts::WorkspaceId, Contacts::CompanyId),
                ),
                index(
                    Contacts::Table,
                    (Contacts::WorkspaceId, Contacts::CustomerType),
                ),
                index(Contacts::Table, Contacts::OwnerId),
            ],
        )
        .await?;

        // Money is integer minor units: exact and portable (no float, no NUMERIC differences).
        manager
            .create_table(
                tenant_table(Deals::Table)
                    .col(uuid(Deals::OwnerId))
                    .col(text(Deals::Title))
                    .col(big_integer(Deals::AmountCents))
                    .col(string_len(Deals::Currency, 3))
                    .col(uuid(Deals::StageId))
                    .col(uuid_null(Deals::CompanyId))
                    .col(uuid_null(Deals::PrimaryContactId))
                    .col(timestamp_null(Deals::ExpectedCloseDate))
                    .col(text(Deals::Status))
                    .col(text_null(Deals::Description))
                    .col(timestamp(Deals::CreatedAt))
                    .col(timestamp(Deals::UpdatedAt))
                    .col(timestamp_null(Deals::DeletedAt))
                    .foreign_key(&mut foreign_key(
                        Deals::Table,
                        Deals::OwnerId,
                        Users::Table,
                        Users::Id,
                    ))
                    .foreign_key(&mut foreign_key(
                        Deals::Table,
                        (Deals::WorkspaceId, Deals::StageId),
                        Stages::Table,
                        (Stages::WorkspaceId, Stages::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        Deals::Table,
                        (Deals::WorkspaceId, Deals::CompanyId),
                        Companies::Table,
                        (Companies::WorkspaceId, Companies::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        Deals::Table,
                        (Deals::WorkspaceId, Deals::PrimaryContactId),
                        Contacts::Table,
                        (Contacts::WorkspaceId, Contacts::Id),
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(Deals::Table, (Deals::WorkspaceId, Deals::CreatedAt)),
                index(
                    Deals::Table,
                    (Deals::WorkspaceId, Deals::UpdatedAt, Deals::Id),
                ),
                index(Deals::Table, (Deals::WorkspaceId, Deals::StageId)),
                index(Deals::Table, (Deals::WorkspaceId, Deals::CompanyId)),
                index(Deals::Table, (Deals::WorkspaceId, Deals::PrimaryContactId)),
                index(Deals::Table, (Deals::WorkspaceId, Deals::Status)),
                // Owner first: backs the users foreign key, and equality on both columns serves
                // the `ownerId` filter within a workspace as well.
                index(Deals::Table, (Deals::OwnerId, Deals::WorkspaceId)),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                Deals::Table.into_iden(),
                Contacts::Table.into_iden(),
                Companies::Table.into_iden(),
                Stages::Table.into_iden(),
            ],
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

#[derive(DeriveIden)]
enum Stages {
    Table,
    Id,
    WorkspaceId,
    Name,
    Position,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Companies {
    Table,
    Id,
    WorkspaceId,
    OwnerId,
    Name,
    Domain,
    Industry,
    Size,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Contacts {
    Table,
    Id,
    WorkspaceId,
    OwnerId,
    FirstName,
    LastName,
    JobTitle,
    Email,
    Phone,
    CompanyId,
    CustomerType,
    Tags,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Deals {
    Table,
    Id,
    WorkspaceId,
    OwnerId,
    Title,
    AmountCents,
    Currency,
    StageId,
    CompanyId,
    PrimaryContactId,
    ExpectedCloseDate,
    Status,
    Description,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}
