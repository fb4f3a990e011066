//! Resolving a bearer token into the [`Caller`]: the JWT is verified, then one query checks that
//! the session is live and loads the caller's membership of the workspace in use (the token's, or
//! the `X-Workspace-Id` header's).

use axum::http::HeaderMap;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::jwt;
use crate::error::ApiError;
use crate::store::{Tenant, members};

/// The authenticated caller of an operation (the generated traits' `Claims`).
#[derive(Debug, Clone)]
pub struct Caller {
    /// The signed-in user.
    pub user_id: Uuid,
    /// The session the access token belongs to.
    pub session_id: Uuid,
    /// The workspace the request acts in.
    pub workspace: WorkspaceAccess,
}

/// The workspace side of a caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkspaceAccess {
    /// The session has no workspace (a user who belongs to none).
    NoWorkspace,
    /// The caller is a member of the workspace in use.
    Member(Tenant),
    /// `X-Workspace-Id` named a workspace the caller does not belong to.
    NotAMember,
}

impl Caller {
    /// The workspace to act in, or 403 when there is none or the caller is not a member.
    pub fn workspace(&self) -> Result<Tenant, ApiError> {
        match &self.workspace {
            WorkspaceAccess::Member(tenant) => Ok(*tenant),
            WorkspaceAccess::NoWorkspace => {
                Err(ApiError::forbidden("You do not belong to a workspace yet"))
            }
            WorkspaceAccess::NotAMember => Err(not_a_member()),
        }
    }

    /// For reads a user without a workspace may make: `Ok(None)` means "answer an empty page".
    /// A workspace named by `X-Workspace-Id` that the caller is not a member of is still a 403.
    pub fn workspace_for_read(&self) -> Result<Option<Tenant>, ApiError> {
        match &self.workspace {
            WorkspaceAccess::Member(tenant) => Ok(Some(*tenant)),
            WorkspaceAccess::NoWorkspace => Ok(None),
            WorkspaceAccess::NotAMember => Err(not_a_member()),
        }
    }
}

fn not_a_member() -> ApiError {
    ApiError::forbidden("You are not a member of the workspace named by X-Workspace-Id")
}

/// Resolves the `Authorization: Bearer` header into a caller, or `None` (401) when the token is
/// missing, invalid, expired, of an ended session, or of a workspace the user has left.
pub async fn resolve(
    db: &DatabaseConnection,
    jwt_key: &[u8],
    headers: &HeaderMap,
) -> Result<Option<Caller>, ApiError> {
    let Some(token) = bearer_token(headers) else {
        return Ok(None);
    };
    let Some(claims) = jwt::decode(token, jwt_key) else {
        return Ok(None);
    };
    let requested = requested_workspace(headers);
    let wanted = requested.or(claims.wid);
    let Some(session) = members::session_member(db, claims.sid, wanted).await? else {
        return Ok(None);
    };
    if session.user_id != claims.sub {
        return Ok(None);
    }
    let workspace = match (wanted, session.tenant) {
        (None, _) => WorkspaceAccess::NoWorkspace,
        (Some(_), Some(tenant)) => WorkspaceAccess::Member(tenant),
        (Some(_), None) if requested.is_some() => WorkspaceAccess::NotAMember,
        // The token's own workspace no longer has this user as a member: the token is void.
        (Some(_), None) => return Ok(None),
    };
    Ok(Some(Caller {
        user_id: session.user_id,
        session_id: claims.sid,
        workspace,
    }))
}

/// The token of an `Authorization: Bearer <token>` header (scheme case-insensitive).
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// A well-formed `X-Workspace-Id`; a malformed one is left to the generated header parser (400),
/// or, on the hand-written event stream, answered there.
pub fn requested_workspace(headers: &HeaderMap) -> Option<Uuid> {
    headers
        .get("x-workspace-id")?
        .to_str()
        .ok()
        .and_then(|v| Uuid::parse_str(v.trim()).ok())
}
