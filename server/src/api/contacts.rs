//! `Contacts` operations: thin handlers over [`crate::crm::contacts`], and over
//! [`crate::crm::import`] for import, [`crate::crm::csv_export`] for export.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::contacts::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned::{self, Read};
use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::contacts::{self, to_api};
use crate::crm::{csv_export, import};
use crate::entities::contacts::Entity;
use crate::error::ApiError;
use crate::store::{record, remove};

#[async_trait]
impl Contacts<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn bulk_delete_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::BulkDeleteContactsHeaderParams,
        body: &models::ContactBulkDeleteRequest,
    ) -> Result<BulkDeleteContactsResponse, ApiError> {
        let deleted = contacts::bulk_delete(&self.state.db, claims.workspace()?, &body.ids).await?;
        let deleted = i64::try_from(deleted).unwrap_or(i64::MAX);
        Ok(
            BulkDeleteContactsResponse::Status200_HowManyContactsWereDeleted(
                models::BulkDeleteResponse::new(deleted),
            ),
        )
    }

    async fn export_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ExportContactsHeaderParams,
        _query_params: &models::ExportContactsQueryParams,
    ) -> Result<ExportContactsResponse, ApiError> {
        let text = csv_export::export(&self.state.db, claims.workspace_for_read()?).await?;
        Ok(ExportContactsResponse::Status200_TheContactsAsCSV {
            body: text,
            content_disposition: Some(csv_export::attachment(crate::time::now())),
        })
    }

    async fn import_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ImportContactsHeaderParams,
        query_params: &models::ImportContactsQueryParams,
        body: &models::ContactImportRequest,
    ) -> Result<ImportContactsResponse, ApiError> {
        let ctx = claims.workspace()?;
        let rate = import::admit(&self.state.db, ctx).await?;
        let _turn = self.state.imports.enter().await.ok_or_else(import::busy)?;
        let options = import::Options::from_query(query_params);
        let outcome = import::import(&self.state.db, ctx, body, options).await?;
        Ok(ImportContactsResponse::Status200_TheImportedContacts {
            body: outcome.to_api(),
            rate_limit_policy: Some(rate.policy),
            rate_limit: Some(rate.state),
        })
    }

    async fn create_contact(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateContactHeaderParams,
        body: &models::ContactCreateRequest,
    ) -> Result<CreateContactResponse, ApiError> {
        let row = contacts::create(&self.state.db, claims.workspace()?, body).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(CreateContactResponse::Status201_TheNewContact {
            location: Some(format!("/v1/contacts/{}", row.id)),
            body,
            e_tag,
        })
    }

    async fn delete_contact(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteContactHeaderParams,
        path_params: &models::DeleteContactPathParams,
    ) -> Result<DeleteContactResponse, ApiError> {
        contacts::delete(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
        Ok(DeleteContactResponse::Status200_TheContactIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn get_contact_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::GetContactByIdHeaderParams,
        path_params: &models::GetContactByIdPathParams,
    ) -> Result<GetContactByIdResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let contact = record::get::<Entity, _>(&self.state.db, ctx, path_params.id).await?;
        Ok(
            match versioned::read(header_params.if_none_match.as_deref(), contact) {
                Read::NotModified(e_tag) => GetContactByIdResponse::Status304_NotModified { e_tag },
                Read::Fresh(body, e_tag) => {
                    GetContactByIdResponse::Status200_TheContact { body, e_tag }
                }
            },
        )
    }

    async fn list_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListContactsHeaderParams,
        query_params: &models::ListContactsQueryParams,
    ) -> Result<ListContactsResponse, ApiError> {
        let page =
            contacts::list(&self.state.db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListContactsResponse::Status200_TheContacts(
            models::ListContactsResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn update_contact(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateContactHeaderParams,
        path_params: &models::UpdateContactPathParams,
        body: &models::ContactUpdateRequest,
    ) -> Result<UpdateContactResponse, ApiError> {
        let row = contacts::update(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            body,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(UpdateContactResponse::Status200_TheUpdatedContact { body, e_tag })
    }

    async fn restore_contact(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::RestoreContactHeaderParams,
        path_params: &models::RestoreContactPathParams,
    ) -> Result<RestoreContactResponse, ApiError> {
        let row =
            remove::restore::<Entity>(&self.state.db, claims.workspace()?, path_params.id).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(RestoreContactResponse::Status200_TheRestoredContact { body, e_tag })
    }
}
