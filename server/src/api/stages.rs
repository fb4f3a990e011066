//! `Stages` operations: thin handlers over [`crate::crm::stages`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::stages::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned;
use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::stages::{self, to_api};
use crate::error::ApiError;

#[async_trait]
impl Stages<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_stage(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateStageHeaderParams,
        body: &models::StageCreateRequest,
    ) -> Result<CreateStageResponse, ApiError> {
        let row = stages::create(&self.state.db, claims.workspace()?, body).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(CreateStageResponse::Status201_TheNewStage { body, e_tag })
    }

    async fn delete_stage(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteStageHeaderParams,
        path_params: &models::DeleteStagePathParams,
        query_params: &models::DeleteStageQueryParams,
    ) -> Result<DeleteStageResponse, ApiError> {
        let ctx = claims.workspace()?;
        stages::delete(
            &self.state.db,
            ctx,
            path_params.id,
            query_params.target_stage_id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
        Ok(DeleteStageResponse::Status200_TheStageIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn list_stages(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListStagesHeaderParams,
        query_params: &models::ListStagesQueryParams,
    ) -> Result<ListStagesResponse, ApiError> {
        let page = stages::list(&self.state.db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListStagesResponse::Status200_TheStages(
            models::ListStagesResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn reorder_stages(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ReorderStagesHeaderParams,
        body: &models::StageReorderRequest,
    ) -> Result<ReorderStagesResponse, ApiError> {
        let rows = stages::reorder(&self.state.db, claims.workspace()?, body).await?;
        let total = i64::try_from(rows.len()).unwrap_or(i64::MAX);
        Ok(ReorderStagesResponse::Status200_TheStagesInTheirNewOrder(
            models::ListStagesResponse::new(
                rows.iter().map(to_api).collect(),
                total,
                convert::nullable(None),
            ),
        ))
    }

    async fn update_stage(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateStageHeaderParams,
        path_params: &models::UpdateStagePathParams,
        body: &models::StageUpdateRequest,
    ) -> Result<UpdateStageResponse, ApiError> {
        let row = stages::update(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            body,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(UpdateStageResponse::Status200_TheUpdatedStage { body, e_tag })
    }
}
