//! Per-workspace counters: live-row counts for unfiltered list totals, and named sequences for
//! race-free numbering (invoice numbers).
//!
//! An exact `count(*)` over a large workspace costs about a hundred times the page query itself, so
//! every insert, soft delete and restore adjusts `entity_counters` in the same transaction, and an
//! unfiltered list reads its `total` from there.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{big_integer, text, uuid};

use crate::{drop_tables, foreign_key};

/// Creates entity_counters and workspace_sequences.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // `entity` is the list's name: contacts, companies, deals, tasks, notes, activities,
        // invoices, visits, stages. The primary key leads with `workspace_id`, which also backs
        // the foreign key.
        manager
            .create_table(
                Table::create()
                    .table(EntityCounters::Table)
                    .col(uuid(EntityCounters::WorkspaceId))
                    .col(text(EntityCounters::Entity))
                    .col(big_integer(EntityCounters::LiveCount))
                    .primary_key(
                        Index::create()
                            .col(EntityCounters::WorkspaceId)
                            .col(EntityCounters::Entity),
                    )
                    .foreign_key(&mut foreign_key(
                        EntityCounters::Table,
                        EntityCounters::WorkspaceId,
                        Workspaces::Table,
                        Workspaces::Id,
                    ))
                    .take(),
            )
            .await?;

        // `next_value` is taken and incremented in one statement (UPDATE ... RETURNING, or an
        // upsert), so two concurrent creates never get the same number.
        manager
            .create_table(
                Table::create()
                    .table(WorkspaceSequences::Table)
                    .col(uuid(WorkspaceSequences::WorkspaceId))
                    .col(text(WorkspaceSequences::Name))
                    .col(big_integer(WorkspaceSequences::NextValue))
                    .primary_key(
                        Index::create()
                            .col(WorkspaceSequences::WorkspaceId)
                            .col(WorkspaceSequences::Name),
                    )
                    .foreign_key(&mut foreign_key(
                        WorkspaceSequences::Table,
                        WorkspaceSequences::WorkspaceId,
                        Workspaces::Table,
                        Workspaces::Id,
                    ))
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                WorkspaceSequences::Table.into_iden(),
                EntityCounters::Table.into_iden(),
            ],
        )
        .await
    }
}

/// `workspaces` as referenced from here.
#[derive(DeriveIden)]
enum Workspaces {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum EntityCounters {
    Table,
    WorkspaceId,
    Entity,
    LiveCount,
}

#[derive(DeriveIden)]
enum WorkspaceSequences {
    Table,
    WorkspaceId,
    Name,
    NextValue,
}
