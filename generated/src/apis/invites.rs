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
pub enum AcceptInviteResponse {
    /// The session scoped to the joined workspace.
    Status200_TheSessionScopedToTheJoinedWorkspace(models::AuthTokenResponse),
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
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum CreateInviteResponse {
    /// The invite.
    Status201_TheInvite(models::Invite),
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
pub enum DeleteInviteResponse {
    /// The invite is revoked.
    Status200_TheInviteIsRevoked(models::OkResponse),
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
pub enum ListInvitesResponse {
    /// The invites.
    Status200_TheInvites(models::ListInvitesResponse),
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

/// Invites
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Invites<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Accept an invite.
    ///
    /// AcceptInvite - POST /v1/invites/accept
    async fn accept_invite(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::AcceptInviteHeaderParams,
        body: &models::InviteAcceptRequest,
    ) -> Result<AcceptInviteResponse, E>;

    /// Invite someone.
    ///
    /// CreateInvite - POST /v1/invites
    async fn create_invite(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateInviteHeaderParams,
        body: &models::InviteCreateRequest,
    ) -> Result<CreateInviteResponse, E>;

    /// Revoke an invite.
    ///
    /// DeleteInvite - DELETE /v1/invites/{id}
    async fn delete_invite(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::DeleteInviteHeaderParams,
        path_params: &models::DeleteInvitePathParams,
    ) -> Result<DeleteInviteResponse, E>;

    /// List pending invites.
    ///
    /// ListInvites - GET /v1/invites
    async fn list_invites(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ListInvitesHeaderParams,
        query_params: &models::ListInvitesQueryParams,
    ) -> Result<ListInvitesResponse, E>;
}
