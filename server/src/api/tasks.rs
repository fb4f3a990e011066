//! `Tasks` operations: thin handlers over [`crate::crm::tasks`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::tasks::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned::{self, Read};
use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::tasks::{self, to_api};
use crate::entities::tasks::Entity;
use crate::error::ApiError;
use crate::store::record;

#[async_trait]
impl Tasks<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_task(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateTaskHeaderParams,
        body: &models::TaskCreateRequest,
    ) -> Result<CreateTaskResponse, ApiError> {
        let row = tasks::create(&self.state.db, claims.workspace()?, body).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(CreateTaskResponse::Status201_TheNewTask {
            location: Some(format!("/v1/tasks/{}", row.id)),
            body,
            e_tag,
        })
    }

    async fn delete_task(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteTaskHeaderParams,
        path_params: &models::DeleteTaskPathParams,
    ) -> Result<DeleteTaskResponse, ApiError> {
        tasks::delete(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
        Ok(DeleteTaskResponse::Status200_TheTaskIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn get_task_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::GetTaskByIdHeaderParams,
        path_params: &models::GetTaskByIdPathParams,
    ) -> Result<GetTaskByIdResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let task = record::get::<Entity, _>(&self.state.db, ctx, path_params.id).await?;
        Ok(
            match versioned::read(header_params.if_none_match.as_deref(), task) {
                Read::NotModified(e_tag) => GetTaskByIdResponse::Status304_NotModified { e_tag },
                Read::Fresh(body, e_tag) => GetTaskByIdResponse::Status200_TheTask { body, e_tag },
            },
        )
    }

    async fn list_tasks(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListTasksHeaderParams,
        query_params: &models::ListTasksQueryParams,
    ) -> Result<ListTasksResponse, ApiError> {
        let page = tasks::list(&self.state.db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListTasksResponse::Status200_TheTasks(
            models::ListTasksResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn update_task(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateTaskHeaderParams,
        path_params: &models::UpdateTaskPathParams,
        body: &models::TaskUpdateRequest,
    ) -> Result<UpdateTaskResponse, ApiError> {
        let row = tasks::update(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            body,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(UpdateTaskResponse::Status200_TheUpdatedTask { body, e_tag })
    }
}
