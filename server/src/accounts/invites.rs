//! Invites: creation by managers, single-use acceptance, revocation. Tokens are HMACs of the id
//! (see [`crate::auth::invite_token`]), so nothing secret is stored.

use chrono::Duration;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

use super::activity::{self, NewActivity};
use super::workspaces;
use crate::auth::{WorkspaceCtx, invite_token};
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{invites, memberships, users};
use crate::error::{ApiError, ErrorCode, Issue};

/// The invite a token names, if it is genuine, pending and unexpired; else 404 `INVALID_INVITE`.
pub async fn find_valid<C: ConnectionTrait>(
    db: &C,
    key: &[u8],
    token: &str,
) -> Result<invites::Model, ApiError> {
    let Some(id) = invite_token::verify(token, key) else {
        return Err(invalid());
    };
    let invite = invites::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(invalid)?;
    if invite.accepted_at.is_some() || invite.expires_at <= crate::time::now() {
        return Err(invalid());
    }
    Ok(invite)
}

/// For registration: a valid invite addressed to `email` (404 `INVALID_INVITE` when there is no
/// such live invite, 403 when it was sent to another address).
pub async fn find_acceptable<C: ConnectionTrait>(
    db: &C,
    key: &[u8],
    token: &str,
    email: &str,
) -> Result<invites::Model, ApiError> {
    let invite = find_valid(db, key, token).await?;
    if invite.email != email {
        return Err(ApiError::forbidden(
            "This invite was sent to another email address",
        ));
    }
    Ok(invite)
}

/// Uses the invite up for `user_id` and creates the membership, in `db`'s transaction. A
/// concurrent acceptance of the same invite loses with 404; an existing member gets 409.
pub async fn accept<C: ConnectionTrait>(
    db: &C,
    invite: &invites::Model,
    user_id: Uuid,
) -> Result<memberships::Model, ApiError> {
    let now = crate::time::now();
    let used = invites::Entity::update_many()
        .col_expr(invites::Column::AcceptedAt, Expr::value(now))
        .col_expr(invites::Column::AcceptedById, Expr::value(user_id))
        .filter(invites::Column::Id.eq(invite.id))
        .filter(invites::Column::AcceptedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid());
    }
    if is_member(db, invite.workspace_id, user_id).await? {
        return Err(ApiError::conflict(
            "You are already a member of this workspace",
        ));
    }
    let membership = workspaces::add_member(db, invite.workspace_id, user_id, invite.role).await?;
    activity::record(
        db,
        NewActivity {
            workspace_id: invite.workspace_id,
            actor_id: user_id,
            kind: "invite.accepted",
            entity_type: "invite",
            entity_id: invite.id,
            metadata: Some(json!({
                "email": invite.email,
                "role": invite.role.to_value(),
                "userId": user_id,
                "membershipId": membership.id,
                "changes": activity::changes([("acceptedAt", Value::Null, json!(now))]),
            })),
        },
    )
    .await?;
    Ok(membership)
}

/// Creates an invite (managers only; only an OWNER invites an OWNER). An existing member's email
/// or a pending invite for it is a 409.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    ctx: WorkspaceCtx,
    email: &str,
    role: MembershipRole,
    ttl: Duration,
) -> Result<invites::Model, ApiError> {
    ctx.require_manager()?;
    if role == MembershipRole::Owner && ctx.role != MembershipRole::Owner {
        return Err(ApiError::forbidden("Only an owner may invite an owner"));
    }
    let Some(email) = super::users::normalize_email(email) else {
        return Err(ApiError::validation(vec![Issue::new(
            "email",
            "must be a valid email address",
        )]));
    };
    if let Some(user) = users::Entity::find()
        .filter(users::Column::Email.eq(&email))
        .one(db)
        .await?
    {
        if is_member(db, ctx.workspace_id, user.id).await? {
            return Err(ApiError::conflict("This person is already a member")
                .with_issues(vec![Issue::new("email", "is already a member")]));
        }
    }
    let now = crate::time::now();
    let pending = invites::Entity::find()
        .filter(invites::Column::WorkspaceId.eq(ctx.workspace_id))
        .filter(invites::Column::Email.eq(&email))
        .filter(invites::Column::AcceptedAt.is_null())
        .filter(invites::Column::ExpiresAt.gt(now))
        .one(db)
        .await?;
    if pending.is_some() {
        return Err(
            ApiError::conflict("This email already has a pending invite")
                .with_issues(vec![Issue::new("email", "already invited")]),
        );
    }
    let invite = invites::Model {
        id: Uuid::now_v7(),
        workspace_id: ctx.workspace_id,
        email,
        role,
        invited_by_id: Some(ctx.user_id),
        expires_at: now + ttl,
        accepted_at: None,
        accepted_by_id: None,
        created_at: now,
    };
    invites::Entity::insert(invites::ActiveModel::from(invite.clone()))
        .exec_without_returning(db)
        .await?;
    activity::record(
        db,
        NewActivity {
            workspace_id: ctx.workspace_id,
            actor_id: ctx.user_id,
            kind: "invite.created",
            entity_type: "invite",
            entity_id: invite.id,
            metadata: Some(json!({
                "email": invite.email,
                "role": role.to_value(),
                "changes": activity::changes(fields(&invite).map(|(f, v)| (f, Value::Null, v))),
            })),
        },
    )
    .await?;
    Ok(invite)
}

/// Revokes (deletes) a pending or used invite of the caller's workspace; managers only.
pub async fn revoke<C: ConnectionTrait>(
    db: &C,
    ctx: WorkspaceCtx,
    id: Uuid,
) -> Result<(), ApiError> {
    let invite = invites::Entity::find_by_id(id)
        .filter(invites::Column::WorkspaceId.eq(ctx.workspace_id))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::not_found("Invite"))?;
    ctx.require_manager()?;
    invites::Entity::delete_many()
        .filter(invites::Column::WorkspaceId.eq(ctx.workspace_id))
        .filter(invites::Column::Id.eq(id))
        .exec(db)
        .await?;
    activity::record(
        db,
        NewActivity {
            workspace_id: ctx.workspace_id,
            actor_id: ctx.user_id,
            kind: "invite.revoked",
            entity_type: "invite",
            entity_id: id,
            metadata: Some(json!({
                "email": invite.email,
                "role": invite.role.to_value(),
                "changes": activity::changes(fields(&invite).map(|(f, v)| (f, v, Value::Null))),
            })),
        },
    )
    .await?;
    Ok(())
}

/// Whether `user_id` belongs to the workspace.
pub async fn is_member<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    user_id: Uuid,
) -> Result<bool, ApiError> {
    Ok(memberships::Entity::find()
        .filter(memberships::Column::WorkspaceId.eq(workspace_id))
        .filter(memberships::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .is_some())
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

fn invalid() -> ApiError {
    ApiError::new(
        ErrorCode::InvalidInvite,
        "This invite is unknown, expired, revoked or already used",
    )
}
