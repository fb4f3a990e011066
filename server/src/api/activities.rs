//! `Activities` operations (tag `Activities`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::activities::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Activities<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn list_activities(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListActivitiesHeaderParams,
        _query_params: &models::ListActivitiesQueryParams,
    ) -> Result<ListActivitiesResponse, ApiError> {
        Err(ApiError::not_implemented("listActivities"))
    }
}
