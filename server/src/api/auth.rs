//! `Auth` operations: register, login, refresh, logout and the current user.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::auth::*;
use crm_api::models;
use crm_api::types::Nullable;
use headers::Host;
use http::Method;
use sea_orm::ActiveEnum;

use super::{ApiImpl, convert};
use crate::accounts::users::{self, Registration};
use crate::accounts::workspaces;
use crate::auth::{Caller, sessions};
use crate::error::ApiError;

#[async_trait]
impl Auth<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn auth_register(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        body: &models::AuthRegisterRequest,
    ) -> Result<AuthRegisterResponse, ApiError> {
        let state = &self.state;
        let invite_token = match &body.invite_token {
            Some(Nullable::Present(token)) => Some(token.clone()),
            _ => None,
        };
        let registration = Registration {
            name: body.name.clone(),
            email: body.email.clone(),
            password: body.password.clone(),
            invite_token,
        };
        let (user, workspace_id) =
            users::register(&state.db, state.keys.invite_key(), registration).await?;
        let tokens = sessions::start(
            &state.db,
            &state.config,
            state.keys.jwt_key(),
            user.id,
            Some(workspace_id),
        )
        .await?;
        Ok(AuthRegisterResponse::Status200_TheNewAccount {
            body: convert::session(tokens, &user, Some(workspace_id)),
            rate_limit_policy: None,
            rate_limit: None,
        })
    }

    async fn auth_login(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        body: &models::AuthLoginRequest,
    ) -> Result<AuthLoginResponse, ApiError> {
        let state = &self.state;
        let user = users::login(&state.db, &body.email, &body.password).await?;
        let workspace_id = workspaces::default_for_user(&state.db, user.id).await?;
        let tokens = sessions::start(
            &state.db,
            &state.config,
            state.keys.jwt_key(),
            user.id,
            workspace_id,
        )
        .await?;
        Ok(AuthLoginResponse::Status200_TheSession {
            body: convert::session(tokens, &user, workspace_id),
            rate_limit_policy: None,
            rate_limit: None,
        })
    }

    async fn auth_logout(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
    ) -> Result<AuthLogoutResponse, ApiError> {
        sessions::revoke(&self.state.db, claims.session_id).await?;
        Ok(AuthLogoutResponse::Status200_TheSessionIsOver(
            models::OkResponse::new(true),
        ))
    }

    async fn auth_me(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::AuthMeHeaderParams,
    ) -> Result<AuthMeResponse, ApiError> {
        let user = users::get(&self.state.db, claims.user_id).await?;
        // A workspace named by X-Workspace-Id that the caller is not in is a 403, as everywhere.
        let ctx = claims.workspace_for_read()?;
        let workspace_id = ctx.map(|ctx| ctx.workspace_id);
        let role = ctx.map(|ctx| ctx.role.to_value());
        Ok(AuthMeResponse::Status200_TheCurrentUser(
            models::CurrentUser::new(
                user.id,
                user.name.clone(),
                user.email.clone(),
                user.created_at,
                user.updated_at,
                convert::user_summary(&user),
                convert::nullable(workspace_id),
                convert::nullable(role),
            ),
        ))
    }

    async fn auth_refresh(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        body: &models::AuthRefreshRequest,
    ) -> Result<AuthRefreshResponse, ApiError> {
        let state = &self.state;
        let txn = crate::db::begin_write(&state.db).await?;
        let rotated = sessions::rotate(
            &txn,
            &state.config,
            state.keys.jwt_key(),
            &body.refresh_token,
        )
        .await?;
        // Commit also when refused: a detected reuse revokes the session for good.
        txn.commit().await?;
        let Some((tokens, user_id, workspace_id)) = rotated else {
            return Err(ApiError::new(
                crate::error::ErrorCode::Unauthenticated,
                "The refresh token is invalid, expired or already used",
            ));
        };
        let user = users::get(&state.db, user_id).await?;
        Ok(AuthRefreshResponse::Status200_TheRefreshedSession {
            body: convert::session(tokens, &user, workspace_id),
            rate_limit_policy: None,
            rate_limit: None,
        })
    }
}
