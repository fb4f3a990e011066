//! `Tasks` operations (tag `Tasks`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::tasks::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Tasks<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_task(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateTaskHeaderParams,
        _body: &models::TaskCreateRequest,
    ) -> Result<CreateTaskResponse, ApiError> {
        Err(ApiError::not_implemented("createTask"))
    }

    async fn delete_task(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteTaskHeaderParams,
        _path_params: &models::DeleteTaskPathParams,
    ) -> Result<DeleteTaskResponse, ApiError> {
        Err(ApiError::not_implemented("deleteTask"))
    }

    async fn get_task_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetTaskByIdHeaderParams,
        _path_params: &models::GetTaskByIdPathParams,
    ) -> Result<GetTaskByIdResponse, ApiError> {
        Err(ApiError::not_implemented("getTaskById"))
    }

    async fn list_tasks(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListTasksHeaderParams,
        _query_params: &models::ListTasksQueryParams,
    ) -> Result<ListTasksResponse, ApiError> {
        Err(ApiError::not_implemented("listTasks"))
    }

    async fn update_task(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateTaskHeaderParams,
        _path_params: &models::UpdateTaskPathParams,
        _body: &models::TaskUpdateRequest,
    ) -> Result<UpdateTaskResponse, ApiError> {
        Err(ApiError::not_implemented("updateTask"))
    }
}
