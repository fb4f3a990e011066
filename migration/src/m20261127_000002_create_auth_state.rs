//! Auth state: sign-in sessions and their rotating refresh tokens, database-backed rate-limit
//! counters (so limits hold across instances), and server settings (e.g. a generated JWT secret).
//!
//! All four tables are global: a session belongs to a user and only points at the workspace it is
//! currently using.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer, pk_uuid, text, timestamp_with_time_zone as timestamp,
    timestamp_with_time_zone_null as timestamp_null, uuid, uuid_null,
};

use crate::{create_indexes, drop_tables, foreign_key, index, unique};

/// Creates sessions, refresh_tokens, rate_limit_counters and server_settings.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A session is one sign-in; every authenticated request checks it is live (not revoked, not
        // expired), so logout takes effect at once. `workspace_id` is the workspace in use (JWT
        // `wid`), a plain foreign key because sessions are not tenant data.
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(pk_uuid(Sessions::Id))
                    .col(uuid(Sessions::UserId))
                    .col(uuid_null(Sessions::WorkspaceId))
                    .col(timestamp(Sessions::CreatedAt))
                    .col(timestamp_null(Sessions::LastUsedAt))
                    .col(timestamp(Sessions::ExpiresAt))
                    .col(timestamp_null(Sessions::RevokedAt))
                    .foreign_key(&mut foreign_key(
                        Sessions::Table,
                        Sessions::UserId,
                        Users::Table,
                        Users::Id,
                    ))
                    .foreign_key(&mut foreign_key(
                        Sessions::Table,
                        Sessions::WorkspaceId,
                        Workspaces::Table,
                        Workspaces::Id,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                index(Sessions::Table, Sessions::UserId),
                index(Sessions::Table, Sessions::WorkspaceId),
                // Lets a cleanup job purge expired sessions without a scan.
                index(Sessions::Table, Sessions::ExpiresAt),
            ],
        )
        .await?;

        // The session is the token family: a reused (already rotated) token revokes its session.
        // Only the SHA-256 hex of the token is stored; lookups go through the unique hash.
        manager
            .create_table(
                Table::create()
                    .table(RefreshTokens::Table)
                    .col(pk_uuid(RefreshTokens::Id))
                    .col(uuid(RefreshTokens::SessionId))
                    .col(text(RefreshTokens::TokenHash))
                    .col(timestamp(RefreshTokens::CreatedAt))
                    .col(timestamp(RefreshTokens::ExpiresAt))
                    .col(timestamp_null(RefreshTokens::RotatedAt))
                    .index(&mut unique(RefreshTokens::Table, RefreshTokens::TokenHash))
                    .foreign_key(&mut foreign_key(
                        RefreshTokens::Table,
                        RefreshTokens::SessionId,
                        Sessions::Table,
                        Sessions::Id,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [index(RefreshTokens::Table, RefreshTokens::SessionId)],
        )
        .await?;

        // Fixed-window counters: one row per (bucket, window start), incremented with an upsert.
        // `bucket` names what is limited, e.g. `ip:1.2.3.4:auth` or `login:someone@example.com`.
        manager
            .create_table(
                Table::create()
                    .table(RateLimitCounters::Table)
                    .col(text(RateLimitCounters::Bucket))
                    .col(timestamp(RateLimitCounters::WindowStart))
                    .col(integer(RateLimitCounters::Count))
                    .primary_key(
                        Index::create()
                            .col(RateLimitCounters::Bucket)
                            .col(RateLimitCounters::WindowStart),
                    )
                    .take(),
            )
            .await?;
        // Lets old windows be deleted by time.
        create_indexes(
            manager,
            [index(
                RateLimitCounters::Table,
                RateLimitCounters::WindowStart,
            )],
        )
        .await?;

        // Key/value settings the server generates once and must keep across restarts.
        manager
            .create_table(
                Table::create()
                    .table(ServerSettings::Table)
                    .col(text(ServerSettings::Key).primary_key())
                    .col(text(ServerSettings::Value))
                    .col(timestamp(ServerSettings::CreatedAt))
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                ServerSettings::Table.into_iden(),
                RateLimitCounters::Table.into_iden(),
                RefreshTokens::Table.into_iden(),
                Sessions::Table.into_iden(),
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

/// `workspaces` as referenced from here.
#[derive(DeriveIden)]
enum Workspaces {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    WorkspaceId,
    CreatedAt,
    LastUsedAt,
    ExpiresAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum RefreshTokens {
    Table,
    Id,
    SessionId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    RotatedAt,
}

#[derive(DeriveIden)]
enum RateLimitCounters {
    Table,
    Bucket,
    WindowStart,
    Count,
}

#[derive(DeriveIden)]
enum ServerSettings {
    Table,
    Key,
    Value,
    CreatedAt,
}
