//! `idempotency_keys`: the answers of requests sent with an `Idempotency-Key`, kept 24 hours so
//! that a retry on any instance replays the first answer instead of writing again. A global
//! table: the scope column names the caller (a user and workspace, or a client address).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    blob_null, integer_null, text, text_null, timestamp_with_time_zone as timestamp,
};

use crate::{create_indexes, drop_tables, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IdempotencyKeys::Table)
                    .col(text(IdempotencyKeys::Scope))
                    .col(text(IdempotencyKeys::Key))
                    .col(text(IdempotencyKeys::Fingerprint))
                    .col(integer_null(IdempotencyKeys::Status))
                    .col(text_null(IdempotencyKeys::Headers))
                    .col(blob_null(IdempotencyKeys::Body))
                    .col(timestamp(IdempotencyKeys::CreatedAt))
                    .col(timestamp(IdempotencyKeys::ExpiresAt))
                    .primary_key(
                        Index::create()
                            .col(IdempotencyKeys::Scope)
                            .col(IdempotencyKeys::Key),
                    )
                    .take(),
            )
            .await?;
        // Lets expired keys be purged by time.
        create_indexes(
            manager,
            [index(IdempotencyKeys::Table, IdempotencyKeys::ExpiresAt)],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, [IdempotencyKeys::Table.into_iden()]).await
    }
}

#[derive(DeriveIden)]
enum IdempotencyKeys {
    Table,
    Scope,
    Key,
    Fingerprint,
    Status,
    Headers,
    Body,
    CreatedAt,
    ExpiresAt,
}
