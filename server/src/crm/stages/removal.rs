//! Deleting a stage. A deal always has a stage, so a stage with live deals needs
//! `targetStageId` (422 `STAGE_IN_USE` otherwise); with it every deal of the stage moves there,
//! each live one writing `deal.stage_changed`, and the stage goes, in one transaction. Deleted
//! deals that still point at the stage move too (to the target, or else to the first other
//! stage), so they never block a delete the user cannot see the reason for.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, QueryFilter, QueryOrder};
use serde_json::json;
use uuid::Uuid;

use super::live_deals;
use crate::entities::{deals, stages};
use crate::error::{ApiError, ErrorCode, Issue};
use crate::store::Tenant;
use crate::store::etag::IfMatch;
use crate::store::record::{exists, find_for_update, scoped, scoped_with_deleted};
use crate::store::remove::hard_delete;
use crate::store::write::{log, metadata, update_where};

/// Deletes the stage (managers only), moving its deals to `target` when given; 412 unless the
/// stage is at a version `expected` names.
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    target: Option<Uuid>,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    tenant.require_manager()?;
    let txn = crate::db::begin_write(db).await?;
    let stage = find_for_update::<stages::Entity, _>(&txn, tenant, id).await?;
    expected.check(|| super::to_api(&stage))?;
    if let Some(target) = target
        && (target == id || !exists::<stages::Entity, _>(&txn, tenant, target).await?)
    {
        return Err(ApiError::new(
            ErrorCode::InvalidReference,
            "The target stage must be another stage of this workspace",
        )
        .with_issues(vec![Issue::new(
            "targetStageId",
            "does not name another stage of this workspace",
        )]));
    }
    remove(&txn, tenant, &stage, target).await?;
    txn.commit().await?;
    Ok(())
}

/// Deletes `stage` in the caller's transaction: its deals move to `target` (422
/// `STAGE_IN_USE` when live ones have nowhere to go), its deleted deals to the target or else to
/// the first other stage.
pub(super) async fn remove<C: ConnectionTrait>(
    txn: &C,
    tenant: Tenant,
    stage: &stages::Model,
    target: Option<Uuid>,
) -> Result<(), ApiError> {
    let id = stage.id;
    let live = live_deals(txn, tenant, id).await?;
    if !live.is_empty() && target.is_none() {
        return Err(in_use());
    }
    let destination = match target {
        Some(target) => Some(target),
        None => first_other_stage(txn, tenant, id).await?,
    };
    match destination {
        Some(_) => {
            let columns = vec![
                (deals::Column::StageId, Expr::value(destination)),
                (deals::Column::UpdatedAt, Expr::value(crate::time::now())),
            ];
            let of_stage = deals::Column::StageId.eq(id);
            update_where::<deals::Entity, _>(txn, tenant, of_stage, columns).await?;
        }
        // No other stage: only deleted deals can be left here (live ones were refused above).
        None if has_any_deal(txn, tenant, id).await? => return Err(in_use()),
        None => {}
    }
    for deal in &live {
        let change = json!({ "stageId": { "before": id, "after": destination } });
        let change = change.as_object().cloned().unwrap_or_default();
        log::<deals::Entity, _>(txn, tenant, "stage_changed", *deal, Some(metadata(change)))
            .await?;
    }
    hard_delete::<stages::Entity, _>(txn, tenant, stage).await
}

fn in_use() -> ApiError {
    ApiError::new(
        ErrorCode::StageInUse,
        "The stage still has deals; pass targetStageId to move them",
    )
}

async fn first_other_stage<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<Option<Uuid>, ApiError> {
    Ok(scoped::<stages::Entity>(tenant)
        .filter(stages::Column::Id.ne(id))
        .order_by_asc(stages::Column::Position)
        .order_by_asc(stages::Column::CreatedAt)
        .one(db)
        .await?
        .map(|s| s.id))
}

async fn has_any_deal<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<bool, ApiError> {
    Ok(scoped_with_deleted::<deals::Entity>(tenant)
        .filter(deals::Column::StageId.eq(id))
        .one(db)
        .await?
        .is_some())
}
