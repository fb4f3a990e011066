//! Resolving a bearer token into the [`Caller`]: the JWT is verified, then one query checks that
//! the session is live and loads the caller's membership of the workspace in use (the token's, or
//! the `X-Workspace-Id` header's).

use axum::http::HeaderMap;
use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{ActiveEnum, ConnectionTrait, DatabaseConnection, Iden as _};
use uuid::Uuid;

use super::jwt;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{memberships, sessions};
use crate::error::ApiError;

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
    Member(WorkspaceCtx),
    /// `X-Workspace-Id` named a workspace the caller does not belong to.
    NotAMember,
}

/// A workspace the caller belongs to, with their role. Every tenant query takes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkspaceCtx {
    /// The tenant.
    pub workspace_id: Uuid,
    /// The caller.
    pub user_id: Uuid,
    /// The caller's role in it.
    pub role: MembershipRole,
}

impl WorkspaceCtx {
    /// OWNER or ADMIN: may manage members, invites and stages.
    pub fn is_manager(&self) -> bool {
        matches!(self.role, MembershipRole::Owner | MembershipRole::Admin)
    }

    /// 403 unless the caller is OWNER or ADMIN.
    pub fn require_manager(&self) -> Result<(), ApiError> {
        if self.is_manager() {
            Ok(())
        } else {
            Err(ApiError::forbidden(
                "Only an owner or admin of the workspace may do this",
            ))
        }
    }
}

impl Caller {
    /// The workspace to act in, or 403 when there is none or the caller is not a member.
    pub fn workspace(&self) -> Result<WorkspaceCtx, ApiError> {
        match &self.workspace {
            WorkspaceAccess::Member(ctx) => Ok(*ctx),
            WorkspaceAccess::NoWorkspace => {
                Err(ApiError::forbidden("You do not belong to a workspace yet"))
            }
            WorkspaceAccess::NotAMember => Err(not_a_member()),
        }
    }

    /// For reads a user without a workspace may make: `Ok(None)` means "answer an empty page".
    /// A workspace named by `X-Workspace-Id` that the caller is not a member of is still a 403.
    pub fn workspace_for_read(&self) -> Result<Option<WorkspaceCtx>, ApiError> {
        match &self.workspace {
            WorkspaceAccess::Member(ctx) => Ok(Some(*ctx)),
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

    // Without a workspace in play, join on the nil id, which no membership has.
    let joined_workspace = wanted.unwrap_or(Uuid::nil());
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
        .and_where(Expr::col((sessions::Entity, sessions::Column::Id)).eq(claims.sid))
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
    if user_id != claims.sub {
        return Ok(None);
    }
    let role: Option<String> = row.try_get("", "role")?;
    let role = role.and_then(|raw| MembershipRole::try_from_value(&raw).ok());

    let workspace = match (wanted, role) {
        (None, _) => WorkspaceAccess::NoWorkspace,
        (Some(workspace_id), Some(role)) => WorkspaceAccess::Member(WorkspaceCtx {
            workspace_id,
            user_id,
            role,
        }),
        (Some(_), None) if requested.is_some() => WorkspaceAccess::NotAMember,
        // The token's own workspace no longer has this user as a member: the token is void.
        (Some(_), None) => return Ok(None),
    };
    Ok(Some(Caller {
        user_id,
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

/// A well-formed `X-Workspace-Id`; a malformed one is left to the generated header parser (400).
fn requested_workspace(headers: &HeaderMap) -> Option<Uuid> {
    headers
        .get("x-workspace-id")?
        .to_str()
        .ok()
        .and_then(|v| Uuid::parse_str(v.trim()).ok())
}
