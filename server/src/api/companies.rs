//! `Companies` operations: thin handlers over [`crate::crm::companies`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::companies::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned::{self, Read};
use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::companies::{self, to_api};
use crate::entities::companies::Entity;
use crate::error::ApiError;
use crate::store::{record, remove};

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
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(CreateCompanyResponse::Status201_TheNewCompany {
            location: Some(format!("/v1/companies/{}", row.id)),
            body,
            e_tag,
        })
    }

    async fn delete_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteCompanyHeaderParams,
        path_params: &models::DeleteCompanyPathParams,
    ) -> Result<DeleteCompanyResponse, ApiError> {
        companies::delete(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
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
        header_params: &models::GetCompanyByIdHeaderParams,
        path_params: &models::GetCompanyByIdPathParams,
    ) -> Result<GetCompanyByIdResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let company = record::get::<Entity, _>(&self.state.db, ctx, path_params.id).await?;
        Ok(
            match versioned::read(header_params.if_none_match.as_deref(), company) {
                Read::NotModified(e_tag) => GetCompanyByIdResponse::Status304_NotModified { e_tag },
                Read::Fresh(body, e_tag) => {
                    GetCompanyByIdResponse::Status200_TheCompany { body, e_tag }
                }
            },
        )
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
        header_params: &models::UpdateCompanyHeaderParams,
        path_params: &models::UpdateCompanyPathParams,
        body: &models::CompanyUpdateRequest,
    ) -> Result<UpdateCompanyResponse, ApiError> {
        let row = companies::update(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            body,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(UpdateCompanyResponse::Status200_TheUpdatedCompany { body, e_tag })
    }

    async fn restore_company(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::RestoreCompanyHeaderParams,
        path_params: &models::RestoreCompanyPathParams,
    ) -> Result<RestoreCompanyResponse, ApiError> {
        let row =
            remove::restore::<Entity>(&self.state.db, claims.workspace()?, path_params.id).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(RestoreCompanyResponse::Status200_TheRestoredCompany { body, e_tag })
    }
}
