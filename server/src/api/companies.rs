//! `Companies` operations: thin handlers over [`crate::crm::companies`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::companies::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::companies::{self, to_api};
use crate::entities::companies::Entity;
use crate::error::ApiError;
use crate::store::record;

#[async_trait]
impl Companies<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateCompanyHeaderParams,
        body: &models::CompanyCreateRequest,
    ) -> Result<CreateCompanyResponse, ApiError> {
        let row = companies::create(&self.state.db, claims.workspace()?, body).await?;
        Ok(CreateCompanyResponse::Status201_TheNewCompany {
            location: Some(format!("/v1/companies/{}", row.id)),
            body: to_api(&row),
        })
    }

    async fn delete_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::DeleteCompanyHeaderParams,
        path_params: &models::DeleteCompanyPathParams,
    ) -> Result<DeleteCompanyResponse, ApiError> {
        companies::delete(&self.state.db, claims.workspace()?, path_params.id).await?;
        Ok(DeleteCompanyResponse::Status200_TheCompanyIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn get_company_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::GetCompanyByIdHeaderParams,
        path_params: &models::GetCompanyByIdPathParams,
    ) -> Result<GetCompanyByIdResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let company = record::get::<Entity, _>(&self.state.db, ctx, path_params.id).await?;
        Ok(GetCompanyByIdResponse::Status200_TheCompany(company))
    }

    async fn list_companies(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListCompaniesHeaderParams,
        query_params: &models::ListCompaniesQueryParams,
    ) -> Result<ListCompaniesResponse, ApiError> {
        let page =
            companies::list(&self.state.db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListCompaniesResponse::Status200_TheCompanies(
            models::ListCompaniesResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn update_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::UpdateCompanyHeaderParams,
        path_params: &models::UpdateCompanyPathParams,
        body: &models::CompanyUpdateRequest,
    ) -> Result<UpdateCompanyResponse, ApiError> {
        let row =
            companies::update(&self.state.db, claims.workspace()?, path_params.id, body).await?;
        Ok(UpdateCompanyResponse::Status200_TheUpdatedCompany(to_api(
            &row,
        )))
    }
}
