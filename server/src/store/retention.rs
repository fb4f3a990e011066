//! What the retention sweep reads and deletes across workspaces: which workspaces hold trash
//! (soft-deleted rows) older than a cutoff, and the purge itself, scoped to one workspace (on
//! behalf of its oldest owner, [`super::members::oldest_owner`]).

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use super::record::Record;
use super::remove::delete_where;
use super::tenant::Tenant;
use crate::error::ApiError;

/// The workspaces with rows of `E` soft-deleted before `cutoff`.
#[expect(
    clippy::disallowed_methods,
    reason = "the sweep looks across workspaces for the ones with old trash"
)]
pub async fn workspaces_with_trash<E: Record, C: ConnectionTrait>(
    db: &C,
    cutoff: DateTime<Utc>,
) -> Result<Vec<Uuid>, ApiError> {
    let Some(deleted) = E::deleted_column() else {
        return Ok(Vec::new());
    };
    Ok(E::find()
        .select_only()
        .column(E::workspace_column())
        .distinct()
        .filter(deleted.lt(cutoff))
        .into_tuple()
        .all(db)
        .await?)
}

/// Deletes for good the tenant's rows of `E` soft-deleted before `cutoff`; answers how many.
pub async fn purge_trash<E: Record, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    cutoff: DateTime<Utc>,
) -> Result<u64, ApiError> {
    let Some(deleted) = E::deleted_column() else {
        return Ok(0);
    };
    delete_where::<E, C>(db, tenant, deleted.lt(cutoff)).await
}
