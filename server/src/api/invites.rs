//! `Invites` operations: pending invites, inviting, revoking and accepting.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use chrono::Duration;
use crm_api::apis::invites::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert};
use crate::accounts::{invite_acceptance, invites};
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Invites<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn accept_invite(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::AcceptInviteHeaderParams,
        body: &models::InviteAcceptRequest,
    ) -> Result<AcceptInviteResponse, ApiError> {
        let (tokens, user, workspace_id) =
            invite_acceptance::accept_signed_in(&self.state, claims.user_id, &body.token).await?;
        Ok(
            AcceptInviteResponse::Status200_TheSessionScopedToTheJoinedWorkspace(convert::session(
                tokens,
                &user,
                Some(workspace_id),
            )),
        )
    }

    async fn create_invite(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateInviteHeaderParams,
        body: &models::InviteCreateRequest,
    ) -> Result<CreateInviteResponse, ApiError> {
        let state = &self.state;
        let ttl =
            Duration::seconds(i64::try_from(state.config.invite_ttl.as_secs()).unwrap_or(i64::MAX));
        let role = convert::role_from(body.role);
        let invite =
            invites::invite(&state.db, claims.workspace()?, &body.email, role, ttl).await?;
        Ok(CreateInviteResponse::Status201_TheInvite(convert::invite(
            &invite,
            state.keys.invite_key(),
        )))
    }

    async fn delete_invite(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::DeleteInviteHeaderParams,
        path_params: &models::DeleteInvitePathParams,
    ) -> Result<DeleteInviteResponse, ApiError> {
        invites::revoke(&self.state.db, claims.workspace()?, path_params.id).await?;
        Ok(DeleteInviteResponse::Status200_TheInviteIsRevoked(
            models::OkResponse::new(true),
        ))
    }

    async fn list_invites(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListInvitesHeaderParams,
        query_params: &models::ListInvitesQueryParams,
    ) -> Result<ListInvitesResponse, ApiError> {
        let (rows, total, next) = invites::pending(
            &self.state.db,
            claims.workspace_for_read()?,
            query_params.limit,
            query_params.cursor.as_deref(),
        )
        .await?;
        let key = self.state.keys.invite_key();
        Ok(ListInvitesResponse::Status200_TheInvites(
            models::ListInvitesResponse::new(
                rows.iter().map(|i| convert::invite(i, key)).collect(),
                total,
                convert::nullable(next),
            ),
        ))
    }
}
