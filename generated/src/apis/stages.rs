use async_trait::async_trait;
use axum::extract::*;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use headers::Host;
use http::Method;
use serde::{Deserialize, Serialize};

use crate::{models, types::*};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum CreateStageResponse {
    /// The new stage.
    Status201_TheNewStage {
        body: models::Stage,
        e_tag: Option<String>,
    },
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// `CONFLICT` or a finer code: a unique value is already taken; or `IDEMPOTENCY_KEY_IN_FLIGHT`: a request with the same `Idempotency-Key` is still running.
    Status409(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum DeleteStageResponse {
    /// The stage is deleted.
    Status200_TheStageIsDeleted(models::OkResponse),
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// `NOT_FOUND`: no such record in the caller's workspace.
    Status404(models::Error),
    /// `PRECONDITION_FAILED`: the record is no longer at the `If-Match` version; nothing changed.
    Status412(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ListStagesResponse {
    /// The stages.
    Status200_TheStages(models::ListStagesResponse),
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ReorderStagesResponse {
    /// The stages in their new order.
    Status200_TheStagesInTheirNewOrder(models::ListStagesResponse),
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum UpdateStageResponse {
    /// The updated stage.
    Status200_TheUpdatedStage {
        body: models::Stage,
        e_tag: Option<String>,
    },
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// `NOT_FOUND`: no such record in the caller's workspace.
    Status404(models::Error),
    /// `CONFLICT` or a finer code: a unique value is already taken; or `IDEMPOTENCY_KEY_IN_FLIGHT`: a request with the same `Idempotency-Key` is still running.
    Status409(models::Error),
    /// `PRECONDITION_FAILED`: the record is no longer at the `If-Match` version; nothing changed.
    Status412(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

/// Stages
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Stages<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Create a stage.
    ///
    /// CreateStage - POST /v1/stages
    async fn create_stage(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateStageHeaderParams,
        body: &models::StageCreateRequest,
    ) -> Result<CreateStageResponse, E>;

    /// Delete a stage.
    ///
    /// DeleteStage - DELETE /v1/stages/{id}
    async fn delete_stage(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::DeleteStageHeaderParams,
        path_params: &models::DeleteStagePathParams,
        query_params: &models::DeleteStageQueryParams,
    ) -> Result<DeleteStageResponse, E>;

    /// List pipeline stages.
    ///
    /// ListStages - GET /v1/stages
    async fn list_stages(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ListStagesHeaderParams,
        query_params: &models::ListStagesQueryParams,
    ) -> Result<ListStagesResponse, E>;

    /// Reorder stages.
    ///
    /// ReorderStages - PUT /v1/stages/reorder
    async fn reorder_stages(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ReorderStagesHeaderParams,
        body: &models::StageReorderRequest,
    ) -> Result<ReorderStagesResponse, E>;

    /// Rename or move a stage.
    ///
    /// UpdateStage - PATCH /v1/stages/{id}
    async fn update_stage(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::UpdateStageHeaderParams,
        path_params: &models::UpdateStagePathParams,
        body: &models::StageUpdateRequest,
    ) -> Result<UpdateStageResponse, E>;
}
