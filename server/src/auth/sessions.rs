//! Sessions and their rotating refresh tokens. A session is one sign-in; each refresh uses up the
//! presented refresh token and issues a new one in the same session (the token "family").
//! Presenting a used token again means it was copied: the whole session is revoked, the newest
//! token included.

#![expect(
    clippy::disallowed_methods,
    reason = "sessions and refresh tokens are global tables, outside the tenant scope"
)]

use chrono::Duration;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::jwt::{self, AccessClaims};
use super::random::random_token;
use crate::config::Config;
use crate::entities::{refresh_tokens, sessions};
use crate::error::ApiError;
use crate::store::members;

/// What a sign-in, refresh or switch hands to the client.
#[derive(Debug, Clone)]
pub struct IssuedTokens {
    /// The access token (JWT).
    pub access_token: String,
    /// The opaque refresh token (shown once, stored hashed).
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// The session.
    pub session_id: Uuid,
}

/// The stored form of a refresh token: SHA-256, hex. The token itself has 256 bits of entropy,
/// so a fast hash is enough.
pub fn hash_token(token: &str) -> String {
    crate::digest::sha256_hex(token.as_bytes())
}

/// Starts a session for `user_id` in `workspace_id` and issues its first tokens.
pub async fn start<C: ConnectionTrait>(
    db: &C,
    config: &Config,
    jwt_key: &[u8],
    user_id: Uuid,
    workspace_id: Option<Uuid>,
) -> Result<IssuedTokens, ApiError> {
    let now = crate::time::now();
    let session_id = Uuid::now_v7();
    let expires_at = now + Duration::seconds(secs(config.refresh_token_ttl.as_secs()));
    sessions::Entity::insert(sessions::ActiveModel {
        id: Set(session_id),
        user_id: Set(user_id),
        workspace_id: Set(workspace_id),
        created_at: Set(now),
        last_used_at: Set(None),
        expires_at: Set(expires_at),
        revoked_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    issue(
        db,
        config,
        jwt_key,
        user_id,
        workspace_id,
        session_id,
        expires_at,
    )
    .await
}

/// Exchanges a refresh token for new tokens, answering them with the session's user and
/// workspace. Unknown, expired or revoked: `None` (401). Already used: the session is revoked
/// and `None` is answered.
pub async fn rotate<C: ConnectionTrait>(
    db: &C,
    config: &Config,
    jwt_key: &[u8],
    presented: &str,
) -> Result<Option<(IssuedTokens, Uuid, Option<Uuid>)>, ApiError> {
    let now = crate::time::now();
    let Some(token) = refresh_tokens::Entity::find()
        .filter(refresh_tokens::Column::TokenHash.eq(hash_token(presented)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(session) = sessions::Entity::find_by_id(token.session_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if session.revoked_at.is_some() || session.expires_at <= now || token.expires_at <= now {
        return Ok(None);
    }
    // A session of a workspace the user has left (or was removed from) is over: its access
    // tokens are refused already, so refreshing must not hand out new ones.
    if let Some(workspace_id) = session.workspace_id {
        if members::resolve(db, session.user_id, workspace_id)
            .await?
            .is_none()
        {
            revoke(db, session.id).await?;
            return Ok(None);
        }
    }
    // Use the token up; the condition makes two concurrent refreshes with one token a reuse.
    let used = refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::Column::RotatedAt, Expr::value(now))
        .filter(refresh_tokens::Column::Id.eq(token.id))
        .filter(refresh_tokens::Column::RotatedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        revoke(db, session.id).await?;
        tracing::warn!(session_id = %session.id, "refresh token reused: session revoked");
        return Ok(None);
    }
    // The refreshed session acts in the workspace the user chose last (they may have switched
    // in another session since).
    let workspace_id = match members::preferred_workspace(db, session.user_id).await? {
        Some(preferred) => Some(preferred),
        None => session.workspace_id,
    };
    sessions::Entity::update_many()
        .col_expr(sessions::Column::LastUsedAt, Expr::value(now))
        .col_expr(sessions::Column::WorkspaceId, Expr::value(workspace_id))
        .filter(sessions::Column::Id.eq(session.id))
        .exec(db)
        .await?;
    let issued = issue(
        db,
        config,
        jwt_key,
        session.user_id,
        workspace_id,
        session.id,
        session.expires_at,
    )
    .await?;
    Ok(Some((issued, session.user_id, workspace_id)))
}

/// Ends a session: its access token and refresh tokens are refused from now on.
pub async fn revoke<C: ConnectionTrait>(db: &C, session_id: Uuid) -> Result<(), ApiError> {
    sessions::Entity::update_many()
        .col_expr(sessions::Column::RevokedAt, Expr::value(crate::time::now()))
        .filter(sessions::Column::Id.eq(session_id))
        .filter(sessions::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Stores a new refresh token for the session and signs an access token.
async fn issue<C: ConnectionTrait>(
    db: &C,
    config: &Config,
    jwt_key: &[u8],
    user_id: Uuid,
    workspace_id: Option<Uuid>,
    session_id: Uuid,
    session_expires_at: chrono::DateTime<chrono::Utc>,
) -> Result<IssuedTokens, ApiError> {
    let now = crate::time::now();
    let refresh_token = random_token();
    refresh_tokens::Entity::insert(refresh_tokens::ActiveModel {
        id: Set(Uuid::now_v7()),
        session_id: Set(session_id),
        token_hash: Set(hash_token(&refresh_token)),
        created_at: Set(now),
        expires_at: Set(session_expires_at),
        rotated_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    let ttl = config.access_token_ttl.as_secs();
    let claims = AccessClaims::new(user_id, workspace_id, session_id, now, ttl);
    Ok(IssuedTokens {
        access_token: jwt::encode(&claims, jwt_key)?,
        refresh_token,
        expires_in: secs(ttl),
        session_id,
    })
}

fn secs(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}
