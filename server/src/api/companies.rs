//! `Companies` operations (tag `Companies`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::companies::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Companies<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateCompanyHeaderParams,
        _body: &models::CompanyCreateRequest,
    ) -> Result<CreateCompanyResponse, ApiError> {
        Err(ApiError::not_implemented("createCompany"))
    }

    async fn delete_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteCompanyHeaderParams,
        _path_params: &models::DeleteCompanyPathParams,
    ) -> Result<DeleteCompanyResponse, ApiError> {
        Err(ApiError::not_implemented("deleteCompany"))
    }

    async fn get_company_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetCompanyByIdHeaderParams,
        _path_params: &models::GetCompanyByIdPathParams,
    ) -> Result<GetCompanyByIdResponse, ApiError> {
        Err(ApiError::not_implemented("getCompanyById"))
    }

    async fn list_companies(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListCompaniesHeaderParams,
        _query_params: &models::ListCompaniesQueryParams,
    ) -> Result<ListCompaniesResponse, ApiError> {
        Err(ApiError::not_implemented("listCompanies"))
    }

    async fn update_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateCompanyHeaderParams,
        _path_params: &models::UpdateCompanyPathParams,
        _body: &models::CompanyUpdateRequest,
    ) -> Result<UpdateCompanyResponse, ApiError> {
        Err(ApiError::not_implemented("updateCompany"))
    }
}
