//! `Memberships` operations: members and users of the current workspace, role changes, removal.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::memberships::*;
use crm_api::models;
use headers::Host;
use http::Method;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, Order, PaginatorTrait, QueryFilter};

use super::{ApiImpl, convert};
use crate::accounts::memberships as rules;
use crate::auth::{Caller, WorkspaceCtx};
use crate::entities::{memberships, users};
use crate::error::ApiError;
use crate::paging::{Cursor, PageRequest};

/// One page of the workspace's memberships with their users, oldest first, and the total.
async fn members_page(
    db: &DatabaseConnection,
    ctx: Option<WorkspaceCtx>,
    page: &PageRequest,
) -> Result<(Vec<(memberships::Model, users::Model)>, i64, Option<String>), ApiError> {
    let Some(ctx) = ctx else {
        return Ok((Vec::new(), 0, None));
    };
    let all =
        memberships::Entity::find().filter(memberships::Column::WorkspaceId.eq(ctx.workspace_id));
    let total = all.clone().count(db).await?;
    let rows = page
        .apply(
            all,
            (memberships::Entity, memberships::Column::CreatedAt),
            (memberships::Entity, memberships::Column::Id),
            Order::Asc,
        )
        .find_also_related(users::Entity)
        .all(db)
        .await?;
    let (rows, next) = page.finish(rows, |(m, _)| Cursor {
        at: m.created_at,
        id: m.id,
    });
    let rows = rows
        .into_iter()
        .filter_map(|(m, u)| u.map(|u| (m, u)))
        .collect();
    Ok((rows, i64::try_from(total).unwrap_or(i64::MAX), next))
}

#[async_trait]
impl Memberships<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn delete_membership(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::DeleteMembershipHeaderParams,
        path_params: &models::DeleteMembershipPathParams,
    ) -> Result<DeleteMembershipResponse, ApiError> {
        rules::remove(&self.state.db, claims.workspace()?, path_params.id).await?;
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
        let page = PageRequest::parse(query_params.limit, query_params.cursor.as_deref())?;
        let (rows, total, next) =
            members_page(&self.state.db, claims.workspace_for_read()?, &page).await?;
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
        let page = PageRequest::parse(query_params.limit, query_params.cursor.as_deref())?;
        let (rows, total, next) =
            members_page(&self.state.db, claims.workspace_for_read()?, &page).await?;
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
        _header_params: &models::UpdateMembershipHeaderParams,
        path_params: &models::UpdateMembershipPathParams,
        body: &models::MembershipUpdateRequest,
    ) -> Result<UpdateMembershipResponse, ApiError> {
        let db = &self.state.db;
        let updated = rules::change_role(
            db,
            claims.workspace()?,
            path_params.id,
            convert::role_from(body.role),
        )
        .await?;
        let member = users::Entity::find_by_id(updated.user_id)
            .one(db)
            .await?
            .ok_or_else(|| ApiError::not_found("User"))?;
        Ok(UpdateMembershipResponse::Status200_TheUpdatedMembership(
            convert::membership(&updated, &member),
        ))
    }
}
