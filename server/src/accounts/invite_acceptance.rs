//! Accepting an invite: by registering with its token, or, signed in, with `POST
//! /invites/accept`. An invite is single use, expires, and is addressed to one email.

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait};
use serde_json::{Value, json};
use uuid::Uuid;

use super::invites::log;
use super::users;
use crate::auth::invite_token;
use crate::auth::sessions::{self, IssuedTokens};
use crate::entities::{invites, memberships, users as user_rows};
use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;
use crate::store::activity;
use crate::store::members;
use crate::store::record::find_by_signed_id;
use crate::store::write::update_where;

/// The invite a token names, if it is genuine, pending and unexpired; else 404 `INVALID_INVITE`.
pub async fn find_valid<C: ConnectionTrait>(
    db: &C,
    key: &[u8],
    token: &str,
) -> Result<invites::Model, ApiError> {
    let Some(id) = invite_token::verify(token, key) else {
        return Err(invalid());
    };
    let invite = find_by_signed_id::<invites::Entity, _>(db, id)
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
        return Err(other_address());
    }
    Ok(invite)
}

/// `POST /invites/accept`: the signed-in user joins the invite's workspace and gets a session
/// scoped to it, in one transaction.
pub async fn accept_signed_in(
    state: &AppState,
    user_id: Uuid,
    token: &str,
) -> Result<(IssuedTokens, user_rows::Model, Uuid), ApiError> {
    let invite = find_valid(&state.db, state.keys.invite_key(), token).await?;
    let user = users::get(&state.db, user_id).await?;
    if invite.email != user.email {
        return Err(other_address());
    }
    let txn = crate::db::begin_write(&state.db).await?;
    accept(&txn, &invite, user.id).await?;
    let jwt_key = state.keys.jwt_key();
    let workspace_id = Some(invite.workspace_id);
    let tokens = sessions::start(&txn, &state.config, jwt_key, user.id, workspace_id).await?;
    txn.commit().await?;
    Ok((tokens, user, invite.workspace_id))
}

/// Uses the invite up for `user_id` and creates the membership, in `db`'s transaction. An
/// existing member gets 409; a concurrent acceptance of the same invite loses with 404 (its
/// membership is rolled back with the caller's transaction).
pub async fn accept<C: ConnectionTrait>(
    db: &C,
    invite: &invites::Model,
    user_id: Uuid,
) -> Result<memberships::Model, ApiError> {
    if members::resolve(db, user_id, invite.workspace_id)
        .await?
        .is_some()
    {
        return Err(ApiError::conflict(
            "You are already a member of this workspace",
        ));
    }
    let (membership, member) = members::add(db, invite.workspace_id, user_id, invite.role).await?;
    let now = crate::time::now();
    let unused = invites::Column::Id
        .eq(invite.id)
        .and(invites::Column::AcceptedAt.is_null());
    let columns = vec![
        (invites::Column::AcceptedAt, Expr::value(now)),
        (invites::Column::AcceptedById, Expr::value(user_id)),
    ];
    if update_where::<invites::Entity, _>(db, member, unused, columns).await? != 1 {
        return Err(invalid());
    }
    let metadata = json!({
        "email": invite.email,
        "role": invite.role.to_value(),
        "userId": user_id,
        "membershipId": membership.id,
        "changes": activity::changes([("acceptedAt", Value::Null, json!(now))]),
    });
    log(db, member, "invite.accepted", invite.id, metadata).await?;
    Ok(membership)
}

fn other_address() -> ApiError {
    ApiError::forbidden("This invite was sent to another email address")
}

fn invalid() -> ApiError {
    ApiError::new(
        ErrorCode::InvalidInvite,
        "This invite is unknown, expired, revoked or already used",
    )
}
