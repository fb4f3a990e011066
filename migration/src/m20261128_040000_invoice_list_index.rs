//! The invoices list's default order (most recently updated first, then id) gets its index, as
//! contacts, companies and deals have theirs: without it a page of a large workspace sorts every
//! invoice of the workspace.

use sea_orm_migration::prelude::*;

use crate::{create_indexes, index};

/// Creates `idx_invoices_workspace_id_updated_at_id`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_indexes(manager, [list_index()]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NAME).table(Invoices::Table).to_owned())
            .await
    }
}

/// The index's name (as [`index`] would derive it, spelled out for `down`).
const NAME: &str = "idx_invoices_workspace_id_updated_at_id";

fn list_index() -> IndexCreateStatement {
    let mut index = index(
        Invoices::Table,
        (Invoices::WorkspaceId, Invoices::UpdatedAt, Invoices::Id),
    );
    index.name(NAME);
    index
}

#[derive(DeriveIden)]
enum Invoices {
    Table,
    WorkspaceId,
    UpdatedAt,
    Id,
}
