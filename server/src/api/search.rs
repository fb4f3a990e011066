//! `Search` operations: a thin handler over [`crate::crm::search`]. A missing or empty `q` is
//! refused (400) by the generated router before it gets here.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::search::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::crm::search;
use crate::error::ApiError;

#[async_trait]
impl Search<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn global_search(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::GlobalSearchHeaderParams,
        query_params: &models::GlobalSearchQueryParams,
    ) -> Result<GlobalSearchResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let hits = search::search(&self.state.db, ctx, &query_params.q, query_params.limit).await?;
        Ok(GlobalSearchResponse::Status200_TheHits(hits))
    }
}
