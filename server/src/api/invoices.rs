//! `Invoices` operations: thin handlers over [`crate::crm::invoices`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::invoices::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned::{self, Read};
use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::invoices::{self, to_api};
use crate::entities::invoices::Entity;
use crate::error::ApiError;
use crate::store::{record, remove};

#[async_trait]
impl Invoices<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_invoice(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateInvoiceHeaderParams,
        body: &models::InvoiceCreateRequest,
    ) -> Result<CreateInvoiceResponse, ApiError> {
        let row = invoices::create(&self.state.db, claims.workspace()?, body).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(CreateInvoiceResponse::Status201_TheNewInvoice {
            location: Some(format!("/v1/invoices/{}", row.id)),
            body,
            e_tag,
        })
    }

    async fn delete_invoice(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteInvoiceHeaderParams,
        path_params: &models::DeleteInvoicePathParams,
    ) -> Result<DeleteInvoiceResponse, ApiError> {
        invoices::delete(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
        Ok(DeleteInvoiceResponse::Status200_TheInvoiceIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn get_invoice_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::GetInvoiceByIdHeaderParams,
        path_params: &models::GetInvoiceByIdPathParams,
    ) -> Result<GetInvoiceByIdResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let invoice = record::get::<Entity, _>(&self.state.db, ctx, path_params.id).await?;
        Ok(
            match versioned::read(header_params.if_none_match.as_deref(), invoice) {
                Read::NotModified(e_tag) => GetInvoiceByIdResponse::Status304_NotModified { e_tag },
                Read::Fresh(body, e_tag) => {
                    GetInvoiceByIdResponse::Status200_TheInvoice { body, e_tag }
                }
            },
        )
    }

    async fn list_invoices(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListInvoicesHeaderParams,
        query_params: &models::ListInvoicesQueryParams,
    ) -> Result<ListInvoicesResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let page = invoices::list(&self.state.db, ctx, query_params).await?;
        Ok(ListInvoicesResponse::Status200_TheInvoices(
            models::ListInvoicesResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn update_invoice(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateInvoiceHeaderParams,
        path_params: &models::UpdateInvoicePathParams,
        body: &models::InvoiceUpdateRequest,
    ) -> Result<UpdateInvoiceResponse, ApiError> {
        let ctx = claims.workspace()?;
        let row = invoices::update(
            &self.state.db,
            ctx,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            body,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(UpdateInvoiceResponse::Status200_TheUpdatedInvoice { body, e_tag })
    }

    async fn restore_invoice(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::RestoreInvoiceHeaderParams,
        path_params: &models::RestoreInvoicePathParams,
    ) -> Result<RestoreInvoiceResponse, ApiError> {
        let row =
            remove::restore::<Entity>(&self.state.db, claims.workspace()?, path_params.id).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(RestoreInvoiceResponse::Status200_TheRestoredInvoice { body, e_tag })
    }
}
