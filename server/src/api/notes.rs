//! `Notes` operations (tag `Notes`): not served yet, each answers 501 `NOT_IMPLEMENTED`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::notes::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::ApiImpl;
use crate::auth::Caller;
use crate::error::ApiError;

#[async_trait]
impl Notes<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_note(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateNoteHeaderParams,
        _body: &models::NoteCreateRequest,
    ) -> Result<CreateNoteResponse, ApiError> {
        Err(ApiError::not_implemented("createNote"))
    }

    async fn delete_note(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::DeleteNoteHeaderParams,
        _path_params: &models::DeleteNotePathParams,
    ) -> Result<DeleteNoteResponse, ApiError> {
        Err(ApiError::not_implemented("deleteNote"))
    }

    async fn list_notes(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ListNotesHeaderParams,
        _query_params: &models::ListNotesQueryParams,
    ) -> Result<ListNotesResponse, ApiError> {
        Err(ApiError::not_implemented("listNotes"))
    }
}
