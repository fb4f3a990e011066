//! Accounts: who exists (`users`), the tenants (`workspaces`), who belongs where (`memberships`) and
//! pending invitations (`invites`).
//!
//! `users` and `workspaces` are global; `memberships` and `invites` are tenant tables.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    pk_uuid, text, timestamp_with_time_zone as timestamp,
    timestamp_with_time_zone_null as timestamp_null, uuid, uuid_null,
};

use crate::{create_indexes, drop_tables, foreign_key, index, tenant_table, unique};

/// Creates users, workspaces, memberships and invites.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Emails are stored lower-cased by the app, so a plain unique index is case-insensitive
        // uniqueness on both databases (no citext, no COLLATE NOCASE).
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_uuid(Users::Id))
                    .col(text(Users::Name))
                    .col(text(Users::Email))
                    .col(text(Users::PasswordHash))
                    .col(timestamp(Users::CreatedAt))
                    .col(timestamp(Users::UpdatedAt))
                    .index(&mut unique(Users::Table, Users::Email))
                    .take(),
            )
            .await?;

        // The slug is unique across all workspaces (handoff 9.1), not per user.
        manager
            .create_table(
                Table::create()
                    .table(Workspaces::Table)
                    .col(pk_uuid(Workspaces::Id))
                    .col(text(Workspaces::Name))
                    .col(text(Workspaces::Slug))
                    .col(timestamp(Workspaces::CreatedAt))
                    .col(timestamp(Workspaces::UpdatedAt))
                    .index(&mut unique(Workspaces::Table, Workspaces::Slug))
                    .take(),
            )
            .await?;

        // One membership per (workspace, user); role is OWNER | ADMIN | MEMBER (app-validated).
        manager
            .create_table(
                tenant_table(Memberships::Table)
                    .col(uuid(Memberships::UserId))
                    .col(text(Memberships::Role))
                    .col(timestamp(Memberships::CreatedAt))
                    .col(timestamp(Memberships::UpdatedAt))
                    .index(&mut unique(
                        Memberships::Table,
                        (Memberships::WorkspaceId, Memberships::UserId),
                    ))
                    .foreign_key(&mut foreign_key(
                        Memberships::Table,
                        Memberships::UserId,
                        Users::Table,
                        Users::Id,
                    ))
                    .take(),
            )
            .await?;
        // Backs the user foreign key and answers "which workspaces is this user in".
        create_indexes(manager, [index(Memberships::Table, Memberships::UserId)]).await?;

        // No token column: the invite token is `<id>.<HMAC(server key, id)>`, recomputed on demand.
        manager
            .create_table(
                tenant_table(Invites::Table)
                    .col(text(Invites::Email))
                    .col(text(Invites::Role))
                    .col(uuid_null(Invites::InvitedById))
                    .col(timestamp(Invites::ExpiresAt))
                    .col(timestamp_null(Invites::AcceptedAt))
                    .col(uuid_null(Invites::AcceptedById))
                    .col(timestamp(Invites::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        Invites::Table,
                        Invites::InvitedById,
                        Users::Table,
                        Users::Id,
                    ))
                    .foreign_key(&mut foreign_key(
                        Invites::Table,
                        Invites::AcceptedById,
                        Users::Table,
                        Users::Id,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(Invites::Table, (Invites::WorkspaceId, Invites::CreatedAt)),
                index(Invites::Table, (Invites::WorkspaceId, Invites::Email)),
                index(Invites::Table, Invites::InvitedById),
                index(Invites::Table, Invites::AcceptedById),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                Invites::Table.into_iden(),
                Memberships::Table.into_iden(),
                Workspaces::Table.into_iden(),
                Users::Table.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Name,
    Email,
    PasswordHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Workspaces {
    Table,
    Id,
    Name,
    Slug,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    WorkspaceId,
    UserId,
    Role,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Invites {
    Table,
    WorkspaceId,
    Email,
    Role,
    InvitedById,
    ExpiresAt,
    AcceptedAt,
    AcceptedById,
    CreatedAt,
}
