//! `Memberships` operations: members and users of the current workspace, role changes, removal.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::memberships::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert, versioned};
use crate::accounts::memberships;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Memberships<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn delete_membership(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteMembershipHeaderParams,
        path_params: &models::DeleteMembershipPathParams,
    ) -> Result<DeleteMembershipResponse, ApiError> {
        memberships::remove(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            convert::membership,
        )
        .await?;
        Ok(DeleteMembershipResponse::Status200_TheMemberIsRemoved(
            models::OkResponse::new(true),
        ))
    }

    async fn list_memberships(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListMembershipsHeaderParams,
        query_params: &models::ListMembershipsQueryParams,
    ) -> Result<ListMembershipsResponse, ApiError> {
        let (rows, total, next) = memberships::page(
            &self.state.db,
            claims.workspace_for_read()?,
            query_params.limit,
            query_params.cursor.as_deref(),
        )
        .await?;
        Ok(ListMembershipsResponse::Status200_TheMemberships(
            models::ListMembershipsResponse::new(
                rows.iter()
                    .map(|(m, u)| convert::membership(m, u))
                    .collect(),
                total,
                convert::nullable(next),
            ),
        ))
    }

    async fn list_users(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListUsersHeaderParams,
        query_params: &models::ListUsersQueryParams,
    ) -> Result<ListUsersResponse, ApiError> {
        let (rows, total, next) = memberships::page(
            &self.state.db,
            claims.workspace_for_read()?,
            query_params.limit,
            query_params.cursor.as_deref(),
        )
        .await?;
        Ok(ListUsersResponse::Status200_TheUsers(
            models::ListUsersResponse::new(
                rows.iter().map(|(_, u)| convert::user(u)).collect(),
                total,
                convert::nullable(next),
            ),
        ))
    }

    async fn update_membership(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateMembershipHeaderParams,
        path_params: &models::UpdateMembershipPathParams,
        body: &models::MembershipUpdateRequest,
    ) -> Result<UpdateMembershipResponse, ApiError> {
        let role = convert::role_from(body.role);
        let (updated, member) = memberships::change_role(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            role,
            &versioned::if_match(&header_params.if_match),
            convert::membership,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(convert::membership(&updated, &member));
        Ok(UpdateMembershipResponse::Status200_TheUpdatedMembership { body, e_tag })
    }
}
