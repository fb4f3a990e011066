//! `Contacts` operations (tag `Contacts`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::contacts::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Contacts<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn bulk_delete_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::BulkDeleteContactsHeaderParams,
        _body: &models::ContactBulkDeleteRequest,
    ) -> Result<BulkDeleteContactsResponse, ApiError> {
        Err(ApiError::not_implemented("bulkDeleteContacts"))
    }

    async fn create_contact(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateContactHeaderParams,
        _body: &models::ContactCreateRequest,
    ) -> Result<CreateContactResponse, ApiError> {
        Err(ApiError::not_implemented("createContact"))
    }

    async fn delete_contact(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteContactHeaderParams,
        _path_params: &models::DeleteContactPathParams,
    ) -> Result<DeleteContactResponse, ApiError> {
        Err(ApiError::not_implemented("deleteContact"))
    }

    async fn export_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ExportContactsHeaderParams,
        _query_params: &models::ExportContactsQueryParams,
    ) -> Result<ExportContactsResponse, ApiError> {
        Err(ApiError::not_implemented("exportContacts"))
    }

    async fn get_contact_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::GetContactByIdHeaderParams,
        _path_params: &models::GetContactByIdPathParams,
    ) -> Result<GetContactByIdResponse, ApiError> {
        Err(ApiError::not_implemented("getContactById"))
    }

    async fn import_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ImportContactsHeaderParams,
        _body: &models::ContactImportRequest,
    ) -> Result<ImportContactsResponse, ApiError> {
        Err(ApiError::not_implemented("importContacts"))
    }

    async fn list_contacts(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListContactsHeaderParams,
        _query_params: &models::ListContactsQueryParams,
    ) -> Result<ListContactsResponse, ApiError> {
        Err(ApiError::not_implemented("listContacts"))
    }

    async fn update_contact(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateContactHeaderParams,
        _path_params: &models::UpdateContactPathParams,
        _body: &models::ContactUpdateRequest,
    ) -> Result<UpdateContactResponse, ApiError> {
        Err(ApiError::not_implemented("updateContact"))
    }
}
