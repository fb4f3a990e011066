//! `Stages` operations (tag `Stages`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::stages::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Stages<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_stage(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateStageHeaderParams,
        _body: &models::StageCreateRequest,
    ) -> Result<CreateStageResponse, ApiError> {
        Err(ApiError::not_implemented("createStage"))
    }

    async fn delete_stage(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteStageHeaderParams,
        _path_params: &models::DeleteStagePathParams,
        _query_params: &models::DeleteStageQueryParams,
    ) -> Result<DeleteStageResponse, ApiError> {
        Err(ApiError::not_implemented("deleteStage"))
    }

    async fn list_stages(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListStagesHeaderParams,
        _query_params: &models::ListStagesQueryParams,
    ) -> Result<ListStagesResponse, ApiError> {
        Err(ApiError::not_implemented("listStages"))
    }

    async fn reorder_stages(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ReorderStagesHeaderParams,
        _body: &models::StageReorderRequest,
    ) -> Result<ReorderStagesResponse, ApiError> {
        Err(ApiError::not_implemented("reorderStages"))
    }

    async fn update_stage(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateStageHeaderParams,
        _path_params: &models::UpdateStagePathParams,
        _body: &models::StageUpdateRequest,
    ) -> Result<UpdateStageResponse, ApiError> {
        Err(ApiError::not_implemented("updateStage"))
    }
}
