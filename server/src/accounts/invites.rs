//! Invites: creation and revocation by managers, the pending list. Acceptance is in
//! [`super::invite_acceptance`]. Tokens are HMACs of the id (see [`crate::auth::invite_token`]),
//! so nothing secret is stored.

use chrono::Duration;
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DatabaseConnection, Order, PaginatorTrait,
    QueryFilter,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::users;
use crate::entities::invites;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::error::{ApiError, Issue};
use crate::store::activity::{self, NewActivity};
use crate::store::paging::{Cursor, PageRequest};
use crate::store::record::{find, impl_tenanted, scoped};
use crate::store::remove::delete_where;
use crate::store::write::insert_row;
use crate::store::{Tenant, members};

impl_tenanted!(invites: "Invite");

/// One page of the workspace's pending (unused, unexpired) invites, newest first, with the
/// total and the next cursor. A member without management rights sees none (never a 403: the
/// frontend reads it as "signed out" on a page load), nor does a caller without a workspace.
pub async fn pending(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<invites::Model>, i64, Option<String>), ApiError> {
    let page = PageRequest::parse(limit, cursor)?;
    let Some(tenant) = tenant.filter(Tenant::is_manager) else {
        return Ok((Vec::new(), 0, None));
    };
    let pending = scoped::<invites::Entity>(tenant)
        .filter(invites::Column::AcceptedAt.is_null())
        .filter(invites::Column::ExpiresAt.gt(crate::time::now()));
    let total = pending.clone().count(db).await?;
    let rows = page
        .apply(
            pending,
            invites::Column::CreatedAt,
            invites::Column::Id,
            Order::Desc,
        )
        .all(db)
        .await?;
    let (rows, next) = page.finish(rows, |i| Cursor {
        at: i.created_at,
        id: i.id,
    });
    Ok((rows, i64::try_from(total).unwrap_or(i64::MAX), next))
}

/// `POST /invites` in one transaction: see [`create`].
pub async fn invite(
    db: &DatabaseConnection,
    tenant: Tenant,
    email: &str,
    role: MembershipRole,
    ttl: Duration,
) -> Result<invites::Model, ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let invite = create(&txn, tenant, email, role, ttl).await?;
    txn.commit().await?;
    Ok(invite)
}

/// `POST /onboarding/invites`: several invites in one transaction, each by the rules of
/// [`create`]; any bad one refuses them all, its problem at `invites[i].field` (an address
/// listed twice is the 409 of a pending invite, at the second).
pub async fn invite_many(
    db: &DatabaseConnection,
    tenant: Tenant,
    wanted: &[(String, MembershipRole)],
    ttl: Duration,
) -> Result<Vec<invites::Model>, ApiError> {
    tenant.require_manager()?;
    let mut seen = std::collections::HashSet::new();
    let twice = wanted.iter().position(|(email, _)| {
        !seen.insert(users::normalize_email(email).unwrap_or_else(|| email.clone()))
    });
    if let Some(i) = twice {
        return Err(already_invited().nested_under(&format!("invites[{i}]")));
    }
    let txn = crate::db::begin_write(db).await?;
    let mut created = Vec::with_capacity(wanted.len());
    for (i, (email, role)) in wanted.iter().enumerate() {
        let invite = create(&txn, tenant, email, *role, ttl)
            .await
            .map_err(|error| error.nested_under(&format!("invites[{i}]")))?;
        created.push(invite);
    }
    txn.commit().await?;
    Ok(created)
}

/// Creates an invite (managers only; only an OWNER invites an OWNER). An existing member's email
/// or a pending invite for it is a 409.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    email: &str,
    role: MembershipRole,
    ttl: Duration,
) -> Result<invites::Model, ApiError> {
    tenant.require_manager()?;
    if role == MembershipRole::Owner && !tenant.is_owner() {
        return Err(ApiError::forbidden("Only an owner may invite an owner"));
    }
    let Some(email) = users::normalize_email(email) else {
        return Err(ApiError::validation(vec![Issue::new(
            "email",
            "must be a valid email address",
        )]));
    };
    if let Some(user) = users::find_by_email(db, &email).await? {
        if members::is_member(db, tenant, user.id).await? {
            return Err(ApiError::conflict("This person is already a member")
                .with_issues(vec![Issue::new("email", "is already a member")]));
        }
    }
    let now = crate::time::now();
    let pending = scoped::<invites::Entity>(tenant)
        .filter(invites::Column::Email.eq(&email))
        .filter(invites::Column::AcceptedAt.is_null())
        .filter(invites::Column::ExpiresAt.gt(now))
        .one(db)
        .await?;
    if pending.is_some() {
        return Err(already_invited());
    }
    let invite = invites::Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        email,
        role,
        invited_by_id: Some(tenant.user_id()),
        expires_at: now + ttl,
        accepted_at: None,
        accepted_by_id: None,
        created_at: now,
    };
    let invite = insert_row::<invites::Entity, _>(db, tenant, invite).await?;
    let metadata = json!({
        "email": invite.email,
        "role": role.to_value(),
        "changes": activity::changes(fields(&invite).map(|(f, v)| (f, Value::Null, v))),
    });
    log(db, tenant, "invite.created", invite.id, metadata).await?;
    Ok(invite)
}

/// Revokes (deletes) a pending or used invite of the caller's workspace; managers only.
pub async fn revoke(db: &DatabaseConnection, tenant: Tenant, id: Uuid) -> Result<(), ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let invite = find::<invites::Entity, _>(&txn, tenant, id).await?;
    tenant.require_manager()?;
    delete_where::<invites::Entity, _>(&txn, tenant, invites::Column::Id.eq(id)).await?;
    let metadata = json!({
        "email": invite.email,
        "role": invite.role.to_value(),
        "changes": activity::changes(fields(&invite).map(|(f, v)| (f, v, Value::Null))),
    });
    log(&txn, tenant, "invite.revoked", id, metadata).await?;
    txn.commit().await?;
    Ok(())
}

/// Writes the activity `kind` about the invite `id`.
pub(super) async fn log<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    kind: &str,
    id: Uuid,
    metadata: Value,
) -> Result<(), ApiError> {
    let activity = NewActivity {
        kind,
        entity_type: "invite",
        entity_id: id,
        metadata: Some(metadata),
    };
    activity::record(db, tenant, activity).await
}

/// 409: the address has a pending invite.
fn already_invited() -> ApiError {
    ApiError::conflict("This email already has a pending invite")
        .with_issues(vec![Issue::new("email", "already invited")])
}

/// The audited fields of an invite, as the contract names them.
fn fields(invite: &invites::Model) -> [(&'static str, Value); 4] {
    [
        ("email", json!(invite.email)),
        ("role", json!(invite.role.to_value())),
        ("expiresAt", json!(invite.expires_at)),
        ("acceptedAt", json!(invite.accepted_at)),
    ]
}
