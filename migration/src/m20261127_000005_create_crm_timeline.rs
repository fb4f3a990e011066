//! The timeline around records: tasks, notes and activities (the audit trail).
//!
//! All three point at a record polymorphically (`related_type`/`related_id`, or
//! `entity_type`/`entity_id` for activities). A polymorphic reference cannot be a foreign key, so
//! the service checks the target exists in the caller's workspace, and deletes a record's tasks and
//! notes with it; activities outlive what they describe.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    json_binary_null, text, timestamp_with_time_zone as timestamp,
    timestamp_with_time_zone_null as timestamp_null, uuid, uuid_null,
};

use crate::{create_indexes, drop_tables, foreign_key, index, tenant_table};

/// Creates tasks, notes and activities.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // status OPEN | DONE; related_type contact | company | deal | task (app-validated).
        manager
            .create_table(
                tenant_table(Tasks::Table)
                    .col(uuid(Tasks::CreatedById))
                    .col(uuid_null(Tasks::AssigneeId))
                    .col(text(Tasks::Title))
                    .col(timestamp_null(Tasks::DueAt))
                    .col(text(Tasks::Status))
                    .col(text(Tasks::RelatedType))
                    .col(uuid(Tasks::RelatedId))
                    .col(timestamp(Tasks::CreatedAt))
                    .col(timestamp(Tasks::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        Tasks::Table,
                        Tasks::CreatedById,
                        Users::Table,
                        Users::Id,
                    ))
                    .foreign_key(&mut foreign_key(
                        Tasks::Table,
                        Tasks::AssigneeId,
                        Users::Table,
                        Users::Id,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(Tasks::Table, (Tasks::WorkspaceId, Tasks::CreatedAt)),
                index(
                    Tasks::Table,
                    (Tasks::WorkspaceId, Tasks::RelatedType, Tasks::RelatedId),
                ),
                // The default sort: dueAt asc, then createdAt desc.
                index(
                    Tasks::Table,
                    (Tasks::WorkspaceId, Tasks::DueAt, Tasks::CreatedAt),
                ),
                index(
                    Tasks::Table,
                    (Tasks::WorkspaceId, Tasks::Status, Tasks::DueAt),
                ),
                // Assignee first: backs the users foreign key and serves the `assigneeId` filter.
                index(Tasks::Table, (Tasks::AssigneeId, Tasks::WorkspaceId)),
                index(Tasks::Table, Tasks::CreatedById),
            ],
        )
        .await?;

        manager
            .create_table(
                tenant_table(Notes::Table)
                    .col(uuid(Notes::AuthorId))
                    .col(text(Notes::Body))
                    .col(text(Notes::RelatedType))
                    .col(uuid(Notes::RelatedId))
                    .col(timestamp(Notes::CreatedAt))
                    .col(timestamp(Notes::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        Notes::Table,
                        Notes::AuthorId,
                        Users::Table,
                        Users::Id,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(Notes::Table, (Notes::WorkspaceId, Notes::CreatedAt)),
                index(
                    Notes::Table,
                    (Notes::WorkspaceId, Notes::RelatedType, Notes::RelatedId),
                ),
                index(Notes::Table, Notes::AuthorId),
            ],
        )
        .await?;

        // Written only by the server, one per create/update/delete/status change. `metadata`
        // holds before/after values of sensitive changes (jsonb on PostgreSQL).
        manager
            .create_table(
                tenant_table(Activities::Table)
                    .col(uuid(Activities::ActorId))
                    .col(text(Activities::Type))
                    .col(text(Activities::EntityType))
                    .col(uuid(Activities::EntityId))
                    .col(json_binary_null(Activities::Metadata))
                    .col(timestamp(Activities::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        Activities::Table,
                        Activities::ActorId,
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
                    Activities::Table,
                    (Activities::WorkspaceId, Activities::CreatedAt),
                ),
                index(
                    Activities::Table,
                    (
                        Activities::WorkspaceId,
                        Activities::EntityType,
                        Activities::EntityId,
                    ),
                ),
                index(Activities::Table, Activities::ActorId),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                Activities::Table.into_iden(),
                Notes::Table.into_iden(),
                Tasks::Table.into_iden(),
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
enum Tasks {
    Table,
    WorkspaceId,
    CreatedById,
    AssigneeId,
    Title,
    DueAt,
    Status,
    RelatedType,
    RelatedId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Notes {
    Table,
    WorkspaceId,
    AuthorId,
    Body,
    RelatedType,
    RelatedId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Activities {
    Table,
    WorkspaceId,
    ActorId,
    Type,
    EntityType,
    EntityId,
    Metadata,
    CreatedAt,
}
