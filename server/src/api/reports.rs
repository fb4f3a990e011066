//! `Reports` operations: thin handlers over [`crate::crm::reports`]. Any member may read them; a
//! caller without a workspace gets zeros.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::reports::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::crm::reports;
use crate::error::ApiError;

#[async_trait]
impl Reports<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn get_dashboard_report(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::GetDashboardReportHeaderParams,
        query_params: &models::GetDashboardReportQueryParams,
    ) -> Result<GetDashboardReportResponse, ApiError> {
        let tenant = claims.workspace_for_read()?;
        let report = reports::dashboard(&self.state.db, tenant, query_params.days).await?;
        Ok(GetDashboardReportResponse::Status200_TheDashboardFigures(
            report,
        ))
    }

    async fn get_invoice_aging_report(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::GetInvoiceAgingReportHeaderParams,
    ) -> Result<GetInvoiceAgingReportResponse, ApiError> {
        let report = reports::invoice_aging(&self.state.db, claims.workspace_for_read()?).await?;
        Ok(GetInvoiceAgingReportResponse::Status200_TheAgingReport(
            report,
        ))
    }

    async fn get_pipeline_report(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::GetPipelineReportHeaderParams,
    ) -> Result<GetPipelineReportResponse, ApiError> {
        let report = reports::pipeline(&self.state.db, claims.workspace_for_read()?).await?;
        Ok(GetPipelineReportResponse::Status200_ThePipelineReport(
            report,
        ))
    }
}
