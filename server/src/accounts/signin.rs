//! The flows that hand out a session: registration, password login, refresh, switching
//! workspace, accepting an invite (in [`super::invite_acceptance`]); and logout.

use std::net::IpAddr;

use uuid::Uuid;

use super::registration::{self, Registration};
use super::users;
use super::workspaces;
use crate::auth::sessions::{self, IssuedTokens};
use crate::entities::users as user_rows;
use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;
use crate::store::members;

/// A new or refreshed session: its tokens, its user and the workspace it acts in.
#[derive(Debug, Clone)]
pub struct Session {
    /// Access and refresh tokens.
    pub tokens: IssuedTokens,
    /// The signed-in user.
    pub user: user_rows::Model,
    /// The workspace the session acts in (none for a user without any).
    pub workspace_id: Option<Uuid>,
}

/// Starts a session of `user` in `workspace_id`.
async fn start(
    state: &AppState,
    user: user_rows::Model,
    workspace_id: Option<Uuid>,
) -> Result<Session, ApiError> {
    let jwt_key = state.keys.jwt_key();
    let tokens = sessions::start(&state.db, &state.config, jwt_key, user.id, workspace_id).await?;
    Ok(Session {
        tokens,
        user,
        workspace_id,
    })
}

/// Registers the account (joining the invite's workspace, or a new personal one) and signs in.
pub async fn register(state: &AppState, registration: Registration) -> Result<Session, ApiError> {
    let invite_key = state.keys.invite_key();
    let passwords = &state.passwords;
    let (user, workspace_id) =
        registration::register(&state.db, passwords, invite_key, registration).await?;
    start(state, user, Some(workspace_id)).await
}

/// Checks the password (of a sign-in from `client`) and signs in to the workspace the user chose
/// last (else their oldest).
pub async fn login(
    state: &AppState,
    email: &str,
    password: &str,
    client: Option<IpAddr>,
) -> Result<Session, ApiError> {
    let limit = state.config.failed_login_limit;
    let user = users::login(
        &state.db,
        &state.passwords,
        (email, password),
        client,
        limit,
    )
    .await?;
    let workspace_id = workspaces::default_for_user(&state.db, user.id).await?;
    start(state, user, workspace_id).await
}

/// Exchanges a refresh token for a new pair in the same session (401 when it is invalid,
/// expired or already used; a reuse revokes the session).
pub async fn refresh(state: &AppState, refresh_token: &str) -> Result<Session, ApiError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let jwt_key = state.keys.jwt_key();
    let rotated = sessions::rotate(&txn, &state.config, jwt_key, refresh_token).await?;
    // Commit also when refused: a detected reuse revokes the session for good.
    txn.commit().await?;
    let Some((tokens, user_id, workspace_id)) = rotated else {
        return Err(ApiError::new(
            ErrorCode::Unauthenticated,
            "The refresh token is invalid, expired or already used",
        ));
    };
    let user = users::get(&state.db, user_id).await?;
    Ok(Session {
        tokens,
        user,
        workspace_id,
    })
}

/// A new session of `user_id` in `workspace_id`, which becomes the one their next sign-in lands
/// in; 404 unless they are a member of it.
pub async fn switch(
    state: &AppState,
    user_id: Uuid,
    workspace_id: Uuid,
) -> Result<Session, ApiError> {
    let Some(tenant) = members::resolve(&state.db, user_id, workspace_id).await? else {
        return Err(ApiError::not_found("Workspace"));
    };
    members::choose(&state.db, tenant).await?;
    let user = users::get(&state.db, user_id).await?;
    start(state, user, Some(workspace_id)).await
}

/// Ends the session: its access and refresh tokens are refused from now on.
pub async fn logout(state: &AppState, session_id: Uuid) -> Result<(), ApiError> {
    sessions::revoke(&state.db, session_id).await
}
