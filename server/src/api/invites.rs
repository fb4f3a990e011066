//! `Invites` operations: pending invites, inviting, revoking and accepting.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use chrono::Duration;
use crm_api::apis::invites::*;
use crm_api::models;
use headers::Host;
use http::Method;
use sea_orm::{ColumnTrait, EntityTrait, Order, PaginatorTrait, QueryFilter};

use super::{ApiImpl, convert};
use crate::accounts::{invites as rules, users};
use crate::auth::{Caller, sessions};
use crate::entities::invites;
use crate::error::ApiError;
use crate::paging::{Cursor, PageRequest};

#[async_trait]
impl Invites<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn accept_invite(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        body: &models::InviteAcceptRequest,
    ) -> Result<AcceptInviteResponse, ApiError> {
        let state = &self.state;
        let invite = rules::find_valid(&state.db, state.keys.invite_key(), &body.token).await?;
        let user = users::get(&state.db, claims.user_id).await?;
        if invite.email != user.email {
            return Err(ApiError::forbidden(
                "This invite was sent to another email address",
            ));
        }
        let txn = crate::db::begin_write(&state.db).await?;
        rules::accept(&txn, &invite, user.id).await?;
        let tokens = sessions::start(
            &txn,
            &state.config,
            state.keys.jwt_key(),
            user.id,
            Some(invite.workspace_id),
        )
        .await?;
        txn.commit().await?;
        Ok(
            AcceptInviteResponse::Status200_TheSessionScopedToTheJoinedWorkspace(convert::session(
                tokens,
                &user,
                Some(invite.workspace_id),
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
        let txn = crate::db::begin_write(&state.db).await?;
        let invite = rules::create(
            &txn,
            claims.workspace()?,
            &body.email,
            convert::role_from(body.role),
            ttl,
        )
        .await?;
        txn.commit().await?;
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
        let txn = crate::db::begin_write(&self.state.db).await?;
        rules::revoke(&txn, claims.workspace()?, path_params.id).await?;
        txn.commit().await?;
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
        let page = PageRequest::parse(query_params.limit, query_params.cursor.as_deref())?;
        let empty = || {
            Ok(ListInvitesResponse::Status200_TheInvites(
                models::ListInvitesResponse::new(Vec::new(), 0, convert::nullable(None)),
            ))
        };
        // A member without management rights sees no invites (never a 403: it is a page load).
        let Some(ctx) = claims.workspace_for_read()?.filter(|ctx| ctx.is_manager()) else {
            return empty();
        };
        let db = &self.state.db;
        let pending = invites::Entity::find()
            .filter(invites::Column::WorkspaceId.eq(ctx.workspace_id))
            .filter(invites::Column::AcceptedAt.is_null())
            .filter(invites::Column::ExpiresAt.gt(crate::time::now()));
        let total = pending.clone().count(db).await?;
        let rows = page
            .apply(
                pending,
                invites::Column::CreatedAt,
                invites::Column::Id,
                Order::Desc,
            )
            .all(db)
            .await?;
        let (rows, next) = page.finish(rows, |i| Cursor {
            at: i.created_at,
            id: i.id,
        });
        let key = self.state.keys.invite_key();
        Ok(ListInvitesResponse::Status200_TheInvites(
            models::ListInvitesResponse::new(
                rows.iter().map(|i| convert::invite(i, key)).collect(),
                i64::try_from(total).unwrap_or(i64::MAX),
                convert::nullable(next),
            ),
        ))
    }
}
