//! `Visits` operations: thin handlers over [`crate::crm::visits`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::visits::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::visits::{self, to_api};
use crate::error::ApiError;

#[async_trait]
impl Visits<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_visit(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateVisitHeaderParams,
        body: &models::VisitCreateRequest,
    ) -> Result<CreateVisitResponse, ApiError> {
        let row = visits::create(&self.state.db, claims.workspace()?, body).await?;
        Ok(CreateVisitResponse::Status201_TheNewVisit(to_api(&row)))
    }

    async fn delete_visit(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::DeleteVisitHeaderParams,
        path_params: &models::DeleteVisitPathParams,
    ) -> Result<DeleteVisitResponse, ApiError> {
        visits::delete(&self.state.db, claims.workspace()?, path_params.id).await?;
        Ok(DeleteVisitResponse::Status200_TheVisitIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn list_visits(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListVisitsHeaderParams,
        query_params: &models::ListVisitsQueryParams,
    ) -> Result<ListVisitsResponse, ApiError> {
        let page = visits::list(&self.state.db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListVisitsResponse::Status200_TheVisits(
            models::ListVisitsResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn update_visit(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::UpdateVisitHeaderParams,
        path_params: &models::UpdateVisitPathParams,
        body: &models::VisitUpdateRequest,
    ) -> Result<UpdateVisitResponse, ApiError> {
        let row = visits::update(&self.state.db, claims.workspace()?, path_params.id, body).await?;
        Ok(UpdateVisitResponse::Status200_TheUpdatedVisit(to_api(&row)))
    }
}
