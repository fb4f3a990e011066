//! Memberships: the members of a workspace with their users, role changes and removals with
//! the ownership rules of DESIGN.md. Checks come before any write; the owner count is read under
//! a row lock so two concurrent demotions cannot leave a workspace without an owner.

use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DatabaseConnection, Order, PaginatorTrait,
    QueryFilter, QuerySelect,
};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::users;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{memberships, users as user_rows};
use crate::error::{ApiError, ErrorCode};
use crate::store::Tenant;
use crate::store::activity::{self, NewActivity};
use crate::store::etag::IfMatch;
use crate::store::paging::{Cursor, PageRequest};
use crate::store::record::{find, scoped};
use crate::store::remove::delete_where;
use crate::store::write::update_where;

/// A member and their user.
pub type Member = (memberships::Model, user_rows::Model);

/// One page of the workspace's members with their users, oldest first, the total and the next
/// cursor; an empty page for a caller without a workspace.
pub async fn page(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Member>, i64, Option<String>), ApiError> {
    let page = PageRequest::parse(limit, cursor)?;
    let Some(tenant) = tenant else {
        return Ok((Vec::new(), 0, None));
    };
    let all = scoped::<memberships::Entity>(tenant);
    let total = all.clone().count(db).await?;
    let rows = page
        .apply(
            all,
            (memberships::Entity, memberships::Column::CreatedAt),
            (memberships::Entity, memberships::Column::Id),
            Order::Asc,
        )
        .find_also_related(user_rows::Entity)
        .all(db)
        .await?;
    let (rows, next) = page.finish(rows, |(m, _)| Cursor {
        at: m.created_at,
        id: m.id,
    });
    let rows = rows
        .into_iter()
        .filter_map(|(m, u)| u.map(|u| (m, u)))
        .collect();
    Ok((rows, i64::try_from(total).unwrap_or(i64::MAX), next))
}

/// Changes a member's role. Managers only; only an OWNER grants or takes away OWNER; the last
/// OWNER cannot be demoted (422 `LAST_OWNER`). 412 unless the membership is at a version
/// `expected` names, `render` making the answer whose tag is its version.
pub async fn change_role<A: Serialize>(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    role: MembershipRole,
    expected: &IfMatch,
    render: impl Fn(&memberships::Model, &user_rows::Model) -> A,
) -> Result<Member, ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let target = find::<memberships::Entity, _>(&txn, tenant, id).await?;
    tenant.require_manager()?;
    check_version(&txn, &target, expected, &render).await?;
    if (target.role == MembershipRole::Owner || role == MembershipRole::Owner) && !tenant.is_owner()
    {
        return Err(ApiError::forbidden(
            "Only an owner may grant or take away the owner role",
        ));
    }
    if target.role == role {
        txn.commit().await?;
        let user = users::get(db, target.user_id).await?;
        return Ok((target, user));
    }
    if target.role == MembershipRole::Owner {
        ensure_another_owner(&txn, tenant).await?;
    }
    let now = crate::time::now();
    let columns = vec![
        (memberships::Column::Role, Expr::value(role.to_value())),
        (memberships::Column::UpdatedAt, Expr::value(now)),
    ];
    let this_one = still_as_read(&target, expected);
    if update_where::<memberships::Entity, _>(&txn, tenant, this_one, columns).await? == 0 {
        return Err(changed_meanwhile());
    }
    activity::record(
        &txn,
        tenant,
        NewActivity {
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
    let user = users::get(db, target.user_id).await?;
    let changed = memberships::Model {
        role,
        updated_at: now,
        ..target
    };
    Ok((changed, user))
}

/// Removes a membership. Anyone may remove their own (leave); removing someone else needs a
/// manager, and removing an OWNER needs an OWNER. The last OWNER stays (422 `LAST_OWNER`).
/// 412 unless the membership is at a version `expected` names (see [`change_role`]).
pub async fn remove<A: Serialize>(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    render: impl Fn(&memberships::Model, &user_rows::Model) -> A,
) -> Result<(), ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let target = find::<memberships::Entity, _>(&txn, tenant, id).await?;
    check_version(&txn, &target, expected, &render).await?;
    if target.user_id != tenant.user_id() {
        tenant.require_manager()?;
        if target.role == MembershipRole::Owner && !tenant.is_owner() {
            return Err(ApiError::forbidden("Only an owner may remove an owner"));
        }
    }
    if target.role == MembershipRole::Owner {
        ensure_another_owner(&txn, tenant).await?;
    }
    let this_one = still_as_read(&target, expected);
    if delete_where::<memberships::Entity, _>(&txn, tenant, this_one).await? == 0 {
        return Err(changed_meanwhile());
    }
    activity::record(
        &txn,
        tenant,
        NewActivity {
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

/// The membership `target` is; under an `If-Match`, only while its role is still the one read
/// (the role is what a write changes, so the check and the write are one statement, without
/// a row lock that two owners demoting each other would take in opposite orders).
fn still_as_read(target: &memberships::Model, expected: &IfMatch) -> SimpleExpr {
    let this_one = memberships::Column::Id.eq(target.id);
    match expected {
        IfMatch::Any => this_one,
        IfMatch::OneOf(_) => this_one.and(memberships::Column::Role.eq(target.role)),
    }
}

fn changed_meanwhile() -> ApiError {
    ApiError::new(
        ErrorCode::PreconditionFailed,
        "The membership changed since the version named by If-Match; read it again",
    )
}

/// 412 unless `target`, rendered with its user, is at a version `expected` names.
async fn check_version<C: ConnectionTrait, A: Serialize>(
    db: &C,
    target: &memberships::Model,
    expected: &IfMatch,
    render: impl Fn(&memberships::Model, &user_rows::Model) -> A,
) -> Result<(), ApiError> {
    if *expected == IfMatch::Any {
        return Ok(());
    }
    let user = users::get(db, target.user_id).await?;
    expected.check(|| render(target, &user))
}

/// 422 `LAST_OWNER` unless the workspace has at least two owners (rows locked on PostgreSQL).
async fn ensure_another_owner<C: ConnectionTrait>(db: &C, tenant: Tenant) -> Result<(), ApiError> {
    let owners = scoped::<memberships::Entity>(tenant)
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
