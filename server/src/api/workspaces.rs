//! `Workspaces` operations: the caller's workspaces, creating one, switching the session to one.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::workspaces::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert};
use crate::accounts::{signin, workspaces};
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Workspaces<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_workspace(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateWorkspaceHeaderParams,
        body: &models::WorkspaceCreateRequest,
    ) -> Result<CreateWorkspaceResponse, ApiError> {
        let workspace = workspaces::create_for(&self.state.db, claims.user_id, body).await?;
        Ok(CreateWorkspaceResponse::Status201_TheNewWorkspace(
            convert::workspace(&workspace),
        ))
    }

    async fn list_workspaces(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListWorkspacesQueryParams,
    ) -> Result<ListWorkspacesResponse, ApiError> {
        let (rows, total, next) = workspaces::list_of(
            &self.state.db,
            claims.user_id,
            query_params.limit,
            query_params.cursor.as_deref(),
        )
        .await?;
        Ok(ListWorkspacesResponse::Status200_TheCaller(
            models::ListWorkspacesResponse::new(
                rows.iter().map(convert::workspace).collect(),
                total,
                convert::nullable(next),
            ),
        ))
    }

    async fn switch_workspace(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::SwitchWorkspaceHeaderParams,
        body: &models::WorkspaceSwitchRequest,
    ) -> Result<SwitchWorkspaceResponse, ApiError> {
        let session = signin::switch(&self.state, claims.user_id, body.workspace_id).await?;
        Ok(
            SwitchWorkspaceResponse::Status200_TheSessionScopedToTheWorkspace(convert::session(
                session.tokens,
                &session.user,
                session.workspace_id,
            )),
        )
    }
}
