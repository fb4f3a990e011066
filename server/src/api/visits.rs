//! `Visits` operations: thin handlers over [`crate::crm::visits`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::visits::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned;
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
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(CreateVisitResponse::Status201_TheNewVisit { body, e_tag })
    }

    async fn delete_visit(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteVisitHeaderParams,
        path_params: &models::DeleteVisitPathParams,
    ) -> Result<DeleteVisitResponse, ApiError> {
        visits::delete(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
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
        header_params: &models::UpdateVisitHeaderParams,
        path_params: &models::UpdateVisitPathParams,
        body: &models::VisitUpdateRequest,
    ) -> Result<UpdateVisitResponse, ApiError> {
        let row = visits::update(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            body,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(UpdateVisitResponse::Status200_TheUpdatedVisit { body, e_tag })
    }
}
