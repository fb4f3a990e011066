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
use crate::accounts::registration::Registration;
use crate::accounts::signin::{self, Session};
use crate::accounts::users;
use crate::auth::Caller;
use crate::error::ApiError;

/// The contract's session answer.
fn answer(session: Session) -> models::AuthTokenResponse {
    convert::session(session.tokens, &session.user, session.workspace_id)
}

#[async_trait]
impl Auth<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn auth_register(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _header_params: &models::AuthRegisterHeaderParams,
        body: &models::AuthRegisterRequest,
    ) -> Result<AuthRegisterResponse, ApiError> {
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
        let session = signin::register(&self.state, registration).await?;
        Ok(AuthRegisterResponse::Status200_TheNewAccount {
            body: answer(session),
            rate_limit_policy: None,
            rate_limit: None,
        })
    }

    async fn auth_login(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _header_params: &models::AuthLoginHeaderParams,
        body: &models::AuthLoginRequest,
    ) -> Result<AuthLoginResponse, ApiError> {
        let client = crate::http::client_ip::current();
        let session = signin::login(&self.state, &body.email, &body.password, client).await?;
        Ok(AuthLoginResponse::Status200_TheSession {
            body: answer(session),
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
        _header_params: &models::AuthLogoutHeaderParams,
    ) -> Result<AuthLogoutResponse, ApiError> {
        signin::logout(&self.state, claims.session_id).await?;
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
        let workspace_id = ctx.map(|tenant| tenant.workspace_id());
        let role = ctx.map(|tenant| tenant.role().to_value());
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
        _header_params: &models::AuthRefreshHeaderParams,
        body: &models::AuthRefreshRequest,
    ) -> Result<AuthRefreshResponse, ApiError> {
        let session = signin::refresh(&self.state, &body.refresh_token).await?;
        Ok(AuthRefreshResponse::Status200_TheRefreshedSession {
            body: answer(session),
            rate_limit_policy: None,
            rate_limit: None,
        })
    }
}
