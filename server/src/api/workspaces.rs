//! `Workspaces` operations: the caller's workspaces, creating one, switching the session to one.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::workspaces::*;
use crm_api::models;
use headers::Host;
use http::Method;
use sea_orm::{
    ColumnTrait, EntityTrait, Order, PaginatorTrait, QueryFilter, QuerySelect, RelationTrait,
};

use super::{ApiImpl, convert};
use crate::accounts::{invites, slug, users, workspaces};
use crate::auth::{Caller, sessions};
use crate::entities::{memberships, workspaces as workspace_rows};
use crate::error::{ApiError, Issue};
use crate::paging::{Cursor, PageRequest};

#[async_trait]
impl Workspaces<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_workspace(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        body: &models::WorkspaceCreateRequest,
    ) -> Result<CreateWorkspaceResponse, ApiError> {
        let name = users::display_name(&body.name);
        let requested_slug = match &body.slug {
            Some(crm_api::types::Nullable::Present(slug)) if !slug.is_empty() => {
                Some(slug.as_str())
            }
            _ => None,
        };
        let mut issues = Vec::new();
        if requested_slug.is_some_and(|s| !slug::is_valid(s)) {
            issues.push(Issue::new(
                "slug",
                "must be 1 to 63 lower-case letters, digits and single dashes",
            ));
        }
        if !issues.is_empty() {
            return Err(ApiError::validation(issues));
        }
        let txn = crate::db::begin_write(&self.state.db).await?;
        let workspace = workspaces::create(&txn, claims.user_id, &name, requested_slug).await?;
        txn.commit().await?;
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
        let page = PageRequest::parse(query_params.limit, query_params.cursor.as_deref())?;
        let db = &self.state.db;
        let mine = workspace_rows::Entity::find()
            .join(
                sea_orm::JoinType::InnerJoin,
                workspace_rows::Relation::Memberships.def(),
            )
            .filter(memberships::Column::UserId.eq(claims.user_id));
        let total = mine.clone().count(db).await?;
        let rows = page
            .apply(
                mine,
                (memberships::Entity, memberships::Column::CreatedAt),
                (workspace_rows::Entity, workspace_rows::Column::Id),
                Order::Asc,
            )
            .select_also(memberships::Entity)
            .all(db)
            .await?;
        let (rows, next) = page.finish(rows, |(w, m)| Cursor {
            at: m.as_ref().map_or(w.created_at, |m| m.created_at),
            id: w.id,
        });
        Ok(ListWorkspacesResponse::Status200_TheCaller(
            models::ListWorkspacesResponse::new(
                rows.iter().map(|(w, _)| convert::workspace(w)).collect(),
                i64::try_from(total).unwrap_or(i64::MAX),
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
        body: &models::WorkspaceSwitchRequest,
    ) -> Result<SwitchWorkspaceResponse, ApiError> {
        let state = &self.state;
        if !invites::is_member(&state.db, body.workspace_id, claims.user_id).await? {
            return Err(ApiError::not_found("Workspace"));
        }
        let user = users::get(&state.db, claims.user_id).await?;
        let tokens = sessions::start(
            &state.db,
            &state.config,
            state.keys.jwt_key(),
            user.id,
            Some(body.workspace_id),
        )
        .await?;
        Ok(
            SwitchWorkspaceResponse::Status200_TheSessionScopedToTheWorkspace(convert::session(
                tokens,
                &user,
                Some(body.workspace_id),
            )),
        )
    }
}
