//! Per-workspace sequences (`workspace_sequences`): gap-free numbers such as invoice numbers.
//! Each value is taken by one upsert, whose row lock (PostgreSQL) or the write lock (SQLite)
//! holds until the caller's transaction ends, so concurrent takers never get the same value and
//! a rolled-back transaction leaves no gap.

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};

use super::tenant::Tenant;
use crate::entities::workspace_sequences::{self, Column, Entity};
use crate::error::ApiError;

/// Takes the next value of the workspace's sequence `name` (1 on first use).
#[expect(
    clippy::disallowed_methods,
    reason = "the sequences' upsert, scoped to the tenant's workspace here"
)]
pub async fn take_next<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    name: &str,
) -> Result<i64, ApiError> {
    let first = workspace_sequences::ActiveModel {
        workspace_id: Set(tenant.workspace_id()),
        name: Set(name.to_owned()),
        next_value: Set(2),
    };
    let bump = Expr::col((Entity, Column::NextValue)).add(1);
    Entity::insert(first)
        .on_conflict(
            OnConflict::columns([Column::WorkspaceId, Column::Name])
                .value(Column::NextValue, bump)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    let next = Entity::find_by_id((tenant.workspace_id(), name.to_owned()))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::internal("a workspace sequence row is missing"))?;
    Ok(next.next_value - 1)
}
