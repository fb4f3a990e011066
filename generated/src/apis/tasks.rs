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
pub enum CreateTaskResponse {
    /// The new task.
    Status201_TheNewTask {
        body: models::Task,
        location: Option<String>,
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
pub enum DeleteTaskResponse {
    /// The task is deleted.
    Status200_TheTaskIsDeleted(models::OkResponse),
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
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetTaskByIdResponse {
    /// The task.
    Status200_TheTask {
        body: models::Task,
        e_tag: Option<String>,
    },
    /// Not modified. The record is unchanged since the `If-None-Match` version; no body.
    Status304_NotModified { e_tag: Option<String> },
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
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ListTasksResponse {
    /// The tasks.
    Status200_TheTasks(models::ListTasksResponse),
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
pub enum UpdateTaskResponse {
    /// The updated task.
    Status200_TheUpdatedTask {
        body: models::Task,
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
    /// `PRECONDITION_FAILED`: the record is no longer at the `If-Match` version; nothing changed.
    Status412(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

/// Tasks
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Tasks<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Create a task.
    ///
    /// CreateTask - POST /v1/tasks
    async fn create_task(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateTaskHeaderParams,
        body: &models::TaskCreateRequest,
    ) -> Result<CreateTaskResponse, E>;

    /// Delete a task.
    ///
    /// DeleteTask - DELETE /v1/tasks/{id}
    async fn delete_task(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::DeleteTaskHeaderParams,
        path_params: &models::DeleteTaskPathParams,
    ) -> Result<DeleteTaskResponse, E>;

    /// Get a task.
    ///
    /// GetTaskById - GET /v1/tasks/{id}
    async fn get_task_by_id(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::GetTaskByIdHeaderParams,
        path_params: &models::GetTaskByIdPathParams,
    ) -> Result<GetTaskByIdResponse, E>;

    /// List tasks.
    ///
    /// ListTasks - GET /v1/tasks
    async fn list_tasks(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ListTasksHeaderParams,
        query_params: &models::ListTasksQueryParams,
    ) -> Result<ListTasksResponse, E>;

    /// Update a task.
    ///
    /// UpdateTask - PATCH /v1/tasks/{id}
    async fn update_task(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::UpdateTaskHeaderParams,
        path_params: &models::UpdateTaskPathParams,
        body: &models::TaskUpdateRequest,
    ) -> Result<UpdateTaskResponse, E>;
}
