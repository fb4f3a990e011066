//! `Deals` operations (tag `Deals`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::deals::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Deals<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_deal(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateDealHeaderParams,
        _body: &models::DealCreateRequest,
    ) -> Result<CreateDealResponse, ApiError> {
        Err(ApiError::not_implemented("createDeal"))
    }

    async fn delete_deal(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteDealHeaderParams,
        _path_params: &models::DeleteDealPathParams,
    ) -> Result<DeleteDealResponse, ApiError> {
        Err(ApiError::not_implemented("deleteDeal"))
    }

    async fn get_deal_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetDealByIdHeaderParams,
        _path_params: &models::GetDealByIdPathParams,
    ) -> Result<GetDealByIdResponse, ApiError> {
        Err(ApiError::not_implemented("getDealById"))
    }

    async fn list_deals(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListDealsHeaderParams,
        _query_params: &models::ListDealsQueryParams,
    ) -> Result<ListDealsResponse, ApiError> {
        Err(ApiError::not_implemented("listDeals"))
    }

    async fn update_deal(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateDealHeaderParams,
        _path_params: &models::UpdateDealPathParams,
        _body: &models::DealUpdateRequest,
    ) -> Result<UpdateDealResponse, ApiError> {
        Err(ApiError::not_implemented("updateDeal"))
    }
}
