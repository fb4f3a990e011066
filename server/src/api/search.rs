//! `Search` operations (tag `Search`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::search::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Search<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn global_search(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GlobalSearchHeaderParams,
        _query_params: &models::GlobalSearchQueryParams,
    ) -> Result<GlobalSearchResponse, ApiError> {
        Err(ApiError::not_implemented("globalSearch"))
    }
}
