//! Memberships: role changes and removals with the ownership rules of DESIGN.md. Checks come
//! before any write; the owner count is read under a row lock so two concurrent demotions cannot
//! leave a workspace without an owner.

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveEnum, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use super::activity::{self, NewActivity};
use crate::auth::WorkspaceCtx;
use crate::entities::memberships;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::error::{ApiError, ErrorCode};

/// Changes a member's role. Managers only; only an OWNER grants or takes away OWNER; the last
/// OWNER cannot be demoted (422 `LAST_OWNER`).
pub async fn change_role(
    db: &DatabaseConnection,
    ctx: WorkspaceCtx,
    id: Uuid,
    role: MembershipRole,
) -> Result<memberships::Model, ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let target = find(&txn, ctx, id).await?;
    ctx.require_manager()?;
    if (target.role == MembershipRole::Owner || role == MembershipRole::Owner)
        && ctx.role != MembershipRole::Owner
    {
        return Err(ApiError::forbidden(
            "Only an owner may grant or take away the owner role",
        ));
    }
    if target.role == role {
        txn.commit().await?;
        return Ok(target);
    }
    if target.role == MembershipRole::Owner {
        ensure_another_owner(&txn, ctx.workspace_id).await?;
    }
    let now = crate::time::now();
    memberships::Entity::update_many()
        .col_expr(memberships::Column::Role, Expr::value(role.to_value()))
        .col_expr(memberships::Column::UpdatedAt, Expr::value(now))
        .filter(memberships::Column::WorkspaceId.eq(ctx.workspace_id))
        .filter(memberships::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    activity::record(
        &txn,
        NewActivity {
            workspace_id: ctx.workspace_id,
            actor_id: ctx.user_id,
            kind: "membership.role_changed",
            entity_type: "membership",
            entity_id: id,
            metadata: Some(json!({
                "userId": target.user_id,
                "changes": { "role": { "before": target.role.to_value(), "after": role.to_value() } }
            })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(memberships::Model {
        role,
        updated_at: now,
        ..target
    })
}

/// Removes a membership. Anyone may remove their own (leave); removing someone else needs a
/// manager, and removing an OWNER needs an OWNER. The last OWNER stays (422 `LAST_OWNER`).
pub async fn remove(db: &DatabaseConnection, ctx: WorkspaceCtx, id: Uuid) -> Result<(), ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let target = find(&txn, ctx, id).await?;
    if target.user_id != ctx.user_id {
        ctx.require_manager()?;
        if target.role == MembershipRole::Owner && ctx.role != MembershipRole::Owner {
            return Err(ApiError::forbidden("Only an owner may remove an owner"));
        }
    }
    if target.role == MembershipRole::Owner {
        ensure_another_owner(&txn, ctx.workspace_id).await?;
    }
    memberships::Entity::delete_many()
        .filter(memberships::Column::WorkspaceId.eq(ctx.workspace_id))
        .filter(memberships::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    activity::record(
        &txn,
        NewActivity {
            workspace_id: ctx.workspace_id,
            actor_id: ctx.user_id,
            kind: "membership.removed",
            entity_type: "membership",
            entity_id: id,
            metadata: Some(json!({
                "userId": target.user_id,
                "changes": { "role": { "before": target.role.to_value(), "after": null } }
            })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The membership `id` of the caller's workspace, or 404.
async fn find<C: sea_orm::ConnectionTrait>(
    db: &C,
    ctx: WorkspaceCtx,
    id: Uuid,
) -> Result<memberships::Model, ApiError> {
    memberships::Entity::find_by_id(id)
        .filter(memberships::Column::WorkspaceId.eq(ctx.workspace_id))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::not_found("Membership"))
}

/// 422 `LAST_OWNER` unless the workspace has at least two owners (rows locked on PostgreSQL).
async fn ensure_another_owner<C: sea_orm::ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
) -> Result<(), ApiError> {
    let owners = memberships::Entity::find()
        .filter(memberships::Column::WorkspaceId.eq(workspace_id))
        .filter(memberships::Column::Role.eq(MembershipRole::Owner))
        .lock_exclusive()
        .all(db)
        .await?;
    if owners.len() < 2 {
        return Err(ApiError::new(
            ErrorCode::LastOwner,
            "The last owner of a workspace can be neither demoted nor removed",
        ));
    }
    Ok(())
}
