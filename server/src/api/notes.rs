//! `Notes` operations: thin handlers over [`crate::crm::notes`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::notes::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned;
use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::notes;
use crate::error::ApiError;

#[async_trait]
impl Notes<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_note(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateNoteHeaderParams,
        body: &models::NoteCreateRequest,
    ) -> Result<CreateNoteResponse, ApiError> {
        let row = notes::create(&self.state.db, claims.workspace()?, body).await?;
        let (body, e_tag) = versioned::tagged(notes::to_api(&row));
        Ok(CreateNoteResponse::Status201_TheNewNote { body, e_tag })
    }

    async fn delete_note(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteNoteHeaderParams,
        path_params: &models::DeleteNotePathParams,
    ) -> Result<DeleteNoteResponse, ApiError> {
        notes::delete(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
        Ok(DeleteNoteResponse::Status200_TheNoteIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn list_notes(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListNotesHeaderParams,
        query_params: &models::ListNotesQueryParams,
    ) -> Result<ListNotesResponse, ApiError> {
        let page = notes::list(&self.state.db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListNotesResponse::Status200_TheNotes(
            models::ListNotesResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }
}
