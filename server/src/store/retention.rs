//! What the retention sweep reads and deletes across workspaces: which workspaces hold trash
//! (soft-deleted rows) older than a cutoff, the owner on whose behalf a workspace's trash is
//! purged, and the purge itself, scoped to that workspace.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::members::tenant_of;
use super::record::Record;
use super::remove::delete_where;
use super::tenant::Tenant;
use crate::entities::memberships;
use crate::entities::sea_orm_active_enums::MembershipRole;
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

/// The workspace's oldest OWNER as a tenant: the sweep's activities are written in their name.
#[expect(
    clippy::disallowed_methods,
    reason = "a membership lookup: this is where a tenant is resolved"
)]
pub async fn owner_of<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
) -> Result<Option<Tenant>, ApiError> {
    let owner = memberships::Entity::find()
        .filter(memberships::Column::WorkspaceId.eq(workspace_id))
        .filter(memberships::Column::Role.eq(MembershipRole::Owner))
        .order_by_asc(memberships::Column::CreatedAt)
        .order_by_asc(memberships::Column::Id)
        .one(db)
        .await?;
    Ok(owner.as_ref().map(tenant_of))
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
