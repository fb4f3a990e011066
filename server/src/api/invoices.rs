//! `Invoices` operations (tag `Invoices`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::invoices::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Invoices<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_invoice(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateInvoiceHeaderParams,
        _body: &models::InvoiceCreateRequest,
    ) -> Result<CreateInvoiceResponse, ApiError> {
        Err(ApiError::not_implemented("createInvoice"))
    }

    async fn delete_invoice(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteInvoiceHeaderParams,
        _path_params: &models::DeleteInvoicePathParams,
    ) -> Result<DeleteInvoiceResponse, ApiError> {
        Err(ApiError::not_implemented("deleteInvoice"))
    }

    async fn get_invoice_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetInvoiceByIdHeaderParams,
        _path_params: &models::GetInvoiceByIdPathParams,
    ) -> Result<GetInvoiceByIdResponse, ApiError> {
        Err(ApiError::not_implemented("getInvoiceById"))
    }

    async fn list_invoices(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListInvoicesHeaderParams,
        _query_params: &models::ListInvoicesQueryParams,
    ) -> Result<ListInvoicesResponse, ApiError> {
        Err(ApiError::not_implemented("listInvoices"))
    }

    async fn update_invoice(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateInvoiceHeaderParams,
        _path_params: &models::UpdateInvoicePathParams,
        _body: &models::InvoiceUpdateRequest,
    ) -> Result<UpdateInvoiceResponse, ApiError> {
        Err(ApiError::not_implemented("updateInvoice"))
    }
}
