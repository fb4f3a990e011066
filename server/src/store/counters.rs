//! Per-workspace live-row counters (`entity_counters`): an unfiltered list reads its exact
//! `total` here instead of running `count(*)`. Every insert and (soft) delete adjusts the counter
//! in its own transaction; the row is created on first use by an upsert.

use sea_orm::sea_query::{Alias, Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::tenant::Tenant;
use crate::entities::entity_counters::{self, Column};
use crate::error::ApiError;

/// The upsert adding `delta` to the workspace's count of `entity` (creating the row at
/// `delta`), shared by [`adjust`] and [`advance`].
#[expect(
    clippy::disallowed_methods,
    reason = "the counters' upsert, scoped to the tenant's workspace here"
)]
fn add(tenant: Tenant, entity: &str, delta: i64) -> sea_orm::Insert<entity_counters::ActiveModel> {
    let row = entity_counters::ActiveModel {
        workspace_id: Set(tenant.workspace_id()),
        entity: Set(entity.to_owned()),
        live_count: Set(delta),
    };
    let add_excluded = Expr::col((entity_counters::Entity, Column::LiveCount))
        .add(Expr::col((Alias::new("excluded"), Column::LiveCount)));
    entity_counters::Entity::insert(row).on_conflict(
        OnConflict::columns([Column::WorkspaceId, Column::Entity])
            .value(Column::LiveCount, add_excluded)
            .to_owned(),
    )
}

/// Adds `delta` (negative for deletes) to the workspace's count of `entity`.
pub async fn adjust<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    entity: &str,
    delta: i64,
) -> Result<(), ApiError> {
    if delta == 0 {
        return Ok(());
    }
    add(tenant, entity, delta)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Adds `delta` (0 or more) to the workspace's count of `entity` and answers the new count.
/// The counter row stays locked until the caller's transaction ends, so the values handed out
/// follow commit order: the activity timeline numbers its events this way
/// ([`super::activity`]).
pub async fn advance<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    entity: &str,
    delta: i64,
) -> Result<i64, ApiError> {
    let counted = add(tenant, entity, delta).exec_with_returning(db).await?;
    Ok(counted.live_count)
}

/// Locks the workspace's `entity` counter row until the transaction ends (an upsert adding 0).
/// A transaction that locks other rows before it writes an activity takes this first, so it
/// queues behind concurrent writers in the order they all use: counter first.
pub async fn hold<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    entity: &str,
) -> Result<(), ApiError> {
    advance(db, tenant, entity, 0).await.map(|_| ())
}

/// The workspace's live count of `entity` (0 before the first insert).
#[expect(
    clippy::disallowed_methods,
    reason = "the counters' read, scoped to the tenant's workspace here"
)]
pub async fn read<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    entity: &str,
) -> Result<i64, ApiError> {
    let row = entity_counters::Entity::find()
        .filter(Column::WorkspaceId.eq(tenant.workspace_id()))
        .filter(Column::Entity.eq(entity))
        .one(db)
        .await?;
    Ok(row.map_or(0, |r| r.live_count.max(0)))
}
