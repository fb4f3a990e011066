//! Membership lookups, and the only places a [`Tenant`] is built: from a membership row read
//! (a signed-in caller, a workspace switched to) or written (a user joining a workspace).
//!
//! Most queries here are scoped by user rather than by workspace (which workspaces does this
//! user belong to?), which is why they live in the store beside the tenant scope itself.

use sea_orm::sea_query::{Alias, Expr, NullOrdering, Query};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, Iden as _, Order, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::paging::{Cursor, PageRequest};
use super::record::{impl_tenanted, scoped};
use super::tenant::Tenant;
use super::write::update_where;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{memberships, sessions, workspaces};
use crate::error::ApiError;

impl_tenanted!(memberships: "Membership");

/// The tenant of a membership row.
pub fn tenant_of(membership: &memberships::Model) -> Tenant {
    Tenant::new(membership.workspace_id, membership.user_id, membership.role)
}

/// `user_id`'s scope in `workspace_id`, when they are a member.
#[expect(
    clippy::disallowed_methods,
    reason = "a membership lookup by user: this is where a tenant is resolved"
)]
pub async fn resolve<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    workspace_id: Uuid,
) -> Result<Option<Tenant>, ApiError> {
    let membership = memberships::Entity::find()
        .filter(memberships::Column::WorkspaceId.eq(workspace_id))
        .filter(memberships::Column::UserId.eq(user_id))
        .one(db)
        .await?;
    Ok(membership.as_ref().map(tenant_of))
}

/// Adds `user_id` to the workspace with `role`, as the workspace they chose last (joining or
/// creating a workspace is choosing it); answers the membership and the new member's scope (to
/// write the first rows of a new workspace, or the activity of a join).
#[expect(
    clippy::disallowed_methods,
    reason = "creating a membership is what creates a tenant"
)]
pub async fn add<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    user_id: Uuid,
    role: MembershipRole,
) -> Result<(memberships::Model, Tenant), ApiError> {
    let now = crate::time::now();
    let membership = memberships::Model {
        id: Uuid::now_v7(),
        workspace_id,
        user_id,
        role,
        created_at: now,
        updated_at: now,
        chosen_at: Some(now),
    };
    memberships::Entity::insert(memberships::ActiveModel::from(membership.clone()))
        .exec_without_returning(db)
        .await?;
    let tenant = tenant_of(&membership);
    Ok((membership, tenant))
}

/// Whether `user_id` belongs to the tenant's workspace (an assignee, an invited address).
pub async fn is_member<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    user_id: Uuid,
) -> Result<bool, ApiError> {
    let members = scoped::<memberships::Entity>(tenant)
        .filter(memberships::Column::UserId.eq(user_id))
        .count(db)
        .await?;
    Ok(members > 0)
}

/// A live session and, when a workspace was asked for, the user's scope in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionMember {
    /// The session's user.
    pub user_id: Uuid,
    /// The user's scope in the workspace asked for; `None` when they are not a member.
    pub tenant: Option<Tenant>,
}

/// The live (unrevoked, unexpired) session `session_id` with the user's membership of
/// `workspace_id`, in ONE query (every authenticated request runs it).
#[expect(
    clippy::disallowed_methods,
    reason = "the per-request join of the session and the membership that resolves the caller"
)]
pub async fn session_member<C: ConnectionTrait>(
    db: &C,
    session_id: Uuid,
    workspace_id: Option<Uuid>,
) -> Result<Option<SessionMember>, ApiError> {
    // Without a workspace in play, join on the nil id, which no membership has.
    let joined_workspace = workspace_id.unwrap_or(Uuid::nil());
    let on = Expr::col((memberships::Entity, memberships::Column::UserId))
        .equals((sessions::Entity, sessions::Column::UserId))
        .and(
            Expr::col((memberships::Entity, memberships::Column::WorkspaceId)).eq(joined_workspace),
        );
    let query = Query::select()
        .column((sessions::Entity, sessions::Column::UserId))
        .expr_as(
            Expr::col((memberships::Entity, memberships::Column::Role)),
            Alias::new("role"),
        )
        .from(sessions::Entity)
        .left_join(memberships::Entity, on)
        .and_where(Expr::col((sessions::Entity, sessions::Column::Id)).eq(session_id))
        .and_where(Expr::col((sessions::Entity, sessions::Column::RevokedAt)).is_null())
        .and_where(
            Expr::col((sessions::Entity, sessions::Column::ExpiresAt)).gt(crate::time::now()),
        )
        .to_owned();
    let backend = db.get_database_backend();
    let Some(row) = db.query_one(backend.build(&query)).await? else {
        return Ok(None);
    };
    let user_id: Uuid = row.try_get("", sessions::Column::UserId.to_string().as_str())?;
    let role: Option<String> = row.try_get("", "role")?;
    let role = role.and_then(|raw| MembershipRole::try_from_value(&raw).ok());
    let tenant = match (workspace_id, role) {
        (Some(workspace_id), Some(role)) => Some(Tenant::new(workspace_id, user_id, role)),
        _ => None,
    };
    Ok(Some(SessionMember { user_id, tenant }))
}

/// Records that the member chose the tenant's workspace now (switched to it, set it up), so their
/// next sign-in lands there.
pub async fn choose<C: ConnectionTrait>(db: &C, tenant: Tenant) -> Result<(), ApiError> {
    let now = Expr::value(crate::time::now());
    let mine = memberships::Column::UserId.eq(tenant.user_id());
    let columns = vec![(memberships::Column::ChosenAt, now)];
    update_where::<memberships::Entity, C>(db, tenant, mine, columns).await?;
    Ok(())
}

/// The workspace a new session of `user_id` starts in: the one they chose last, else their
/// oldest membership (a workspace left takes its membership, and its choice, with it).
#[expect(
    clippy::disallowed_methods,
    reason = "a membership lookup by user, across workspaces"
)]
pub async fn preferred_workspace<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Option<Uuid>, ApiError> {
    let preferred = memberships::Entity::find()
        .filter(memberships::Column::UserId.eq(user_id))
        .order_by_with_nulls(
            memberships::Column::ChosenAt,
            Order::Desc,
            NullOrdering::Last,
        )
        .order_by_asc(memberships::Column::CreatedAt)
        .order_by_asc(memberships::Column::Id)
        .one(db)
        .await?;
    Ok(preferred.map(|m| m.workspace_id))
}

/// One page of the workspaces `user_id` belongs to, in the order they joined, with the total
/// and the next cursor.
#[expect(
    clippy::disallowed_methods,
    reason = "the workspaces of a user, across tenants, through their memberships"
)]
pub async fn workspaces_of<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    page: &PageRequest,
) -> Result<(Vec<workspaces::Model>, i64, Option<String>), ApiError> {
    let mine = memberships::Entity::find().filter(memberships::Column::UserId.eq(user_id));
    let total = mine.clone().count(db).await?;
    let rows = page
        .apply(
            mine,
            (memberships::Entity, memberships::Column::CreatedAt),
            (memberships::Entity, memberships::Column::WorkspaceId),
            Order::Asc,
        )
        .find_also_related(workspaces::Entity)
        .all(db)
        .await?;
    let (rows, next) = page.finish(rows, |(m, _)| Cursor {
        at: m.created_at,
        id: m.workspace_id,
    });
    let rows = rows.into_iter().filter_map(|(_, w)| w).collect();
    Ok((rows, i64::try_from(total).unwrap_or(i64::MAX), next))
}

/// The workspace's oldest OWNER as a tenant: the scope of work done for the workspace rather
/// than for a member (the retention sweep's activities, a workspace export).
#[expect(
    clippy::disallowed_methods,
    reason = "a membership lookup: this is where a tenant is resolved"
)]
pub async fn oldest_owner<C: ConnectionTrait>(
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
