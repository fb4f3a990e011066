//! `Reports` operations (tag `Reports`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::reports::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Reports<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn get_dashboard_report(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetDashboardReportHeaderParams,
    ) -> Result<GetDashboardReportResponse, ApiError> {
        Err(ApiError::not_implemented("getDashboardReport"))
    }

    async fn get_invoice_aging_report(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetInvoiceAgingReportHeaderParams,
    ) -> Result<GetInvoiceAgingReportResponse, ApiError> {
        Err(ApiError::not_implemented("getInvoiceAgingReport"))
    }

    async fn get_pipeline_report(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetPipelineReportHeaderParams,
    ) -> Result<GetPipelineReportResponse, ApiError> {
        Err(ApiError::not_implemented("getPipelineReport"))
    }
}
