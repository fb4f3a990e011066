//! `Visits` operations (tag `Visits`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::visits::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Visits<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_visit(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateVisitHeaderParams,
        _body: &models::VisitCreateRequest,
    ) -> Result<CreateVisitResponse, ApiError> {
        Err(ApiError::not_implemented("createVisit"))
    }

    async fn delete_visit(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteVisitHeaderParams,
        _path_params: &models::DeleteVisitPathParams,
    ) -> Result<DeleteVisitResponse, ApiError> {
        Err(ApiError::not_implemented("deleteVisit"))
    }

    async fn list_visits(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListVisitsHeaderParams,
        _query_params: &models::ListVisitsQueryParams,
    ) -> Result<ListVisitsResponse, ApiError> {
        Err(ApiError::not_implemented("listVisits"))
    }

    async fn update_visit(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateVisitHeaderParams,
        _path_params: &models::UpdateVisitPathParams,
        _body: &models::VisitUpdateRequest,
    ) -> Result<UpdateVisitResponse, ApiError> {
        Err(ApiError::not_implemented("updateVisit"))
    }
}
