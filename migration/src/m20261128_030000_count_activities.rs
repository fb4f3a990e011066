//! The activity timeline gets a per-workspace counter like the other lists: from this migration
//! on, every activity insert adds 1 to `entity_counters (workspace_id, 'activities')` in its own
//! transaction, so the unfiltered `GET /activities` reads its `total` instead of counting a table
//! that only grows. `up` seeds the counter of every workspace from the activities already stored;
//! `down` removes those counters again.

use sea_orm_migration::prelude::*;

/// Seeds the `activities` counters.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The counter's `entity` name (the list's name).
const ENTITY: &str = "activities";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let counts = Query::select()
            .column(Activities::WorkspaceId)
            .expr(Expr::val(ENTITY))
            .expr(Expr::col(Activities::WorkspaceId).count())
            .from(Activities::Table)
            .group_by_col(Activities::WorkspaceId)
            .take();
        let seed = Query::insert()
            .into_table(EntityCounters::Table)
            .columns([
                EntityCounters::WorkspaceId,
                EntityCounters::Entity,
                EntityCounters::LiveCount,
            ])
            .select_from(counts)
            .map_err(|e| DbErr::Migration(e.to_string()))?
            .on_conflict(
                OnConflict::columns([EntityCounters::WorkspaceId, EntityCounters::Entity])
                    .update_column(EntityCounters::LiveCount)
                    .to_owned(),
            )
            .to_owned();
        manager.exec_stmt(seed).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let remove = Query::delete()
            .from_table(EntityCounters::Table)
            .and_where(Expr::col(EntityCounters::Entity).eq(ENTITY))
            .to_owned();
        manager.exec_stmt(remove).await
    }
}

#[derive(DeriveIden)]
enum Activities {
    Table,
    WorkspaceId,
}

#[derive(DeriveIden)]
enum EntityCounters {
    Table,
    WorkspaceId,
    Entity,
    LiveCount,
}
