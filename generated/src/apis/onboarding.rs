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
pub enum OnboardInvitesResponse {
    /// The invites created, in the order sent.
    Status201_TheInvitesCreated(models::ListInvitesResponse),
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
pub enum OnboardStagesResponse {
    /// The workspace's stages, in order.
    Status200_TheWorkspace(models::ListStagesResponse),
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
pub enum OnboardWorkspaceResponse {
    /// The session scoped to the configured workspace.
    Status200_TheSessionScopedToTheConfiguredWorkspace(models::AuthTokenResponse),
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

/// Onboarding
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Onboarding<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Invite several people at once.
    ///
    /// OnboardInvites - POST /v1/onboarding/invites
    async fn onboard_invites(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::OnboardInvitesHeaderParams,
        body: &models::OnboardingInvitesRequest,
    ) -> Result<OnboardInvitesResponse, E>;

    /// Replace the workspace's pipeline.
    ///
    /// OnboardStages - POST /v1/onboarding/stages
    async fn onboard_stages(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::OnboardStagesHeaderParams,
        body: &models::OnboardingStagesRequest,
    ) -> Result<OnboardStagesResponse, E>;

    /// Set up the caller's workspace.
    ///
    /// OnboardWorkspace - POST /v1/onboarding/workspace
    async fn onboard_workspace(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::OnboardWorkspaceHeaderParams,
        body: &models::OnboardingWorkspaceRequest,
    ) -> Result<OnboardWorkspaceResponse, E>;
}
