//! `Activities` operations: the read-only timeline of [`crate::crm::activities`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::activities::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::activities;
use crate::error::ApiError;

#[async_trait]
impl Activities<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn list_activities(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListActivitiesHeaderParams,
        query_params: &models::ListActivitiesQueryParams,
    ) -> Result<ListActivitiesResponse, ApiError> {
        let db = &self.state.db;
        let page = activities::list(db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListActivitiesResponse::Status200_TheActivities(
            models::ListActivitiesResponse::new(
                page.rows,
                page.total,
                convert::nullable(page.next),
            ),
        ))
    }
}
