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
pub enum AuthLoginResponse {
    /// The session.
    Status200_TheSession {
        body: models::AuthTokenResponse,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `CONFLICT` or a finer code: a unique value is already taken; or `IDEMPOTENCY_KEY_IN_FLIGHT`: a request with the same `Idempotency-Key` is still running.
    Status409(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// `RATE_LIMITED`: too many requests; wait `Retry-After` seconds.
    Status429 {
        body: models::Error,
        retry_after: i32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum AuthLogoutResponse {
    /// The session is over.
    Status200_TheSessionIsOver(models::OkResponse),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
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
pub enum AuthMeResponse {
    /// The current user.
    Status200_TheCurrentUser(models::CurrentUser),
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
pub enum AuthRefreshResponse {
    /// The refreshed session.
    Status200_TheRefreshedSession {
        body: models::AuthTokenResponse,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `CONFLICT` or a finer code: a unique value is already taken; or `IDEMPOTENCY_KEY_IN_FLIGHT`: a request with the same `Idempotency-Key` is still running.
    Status409(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// `RATE_LIMITED`: too many requests; wait `Retry-After` seconds.
    Status429 {
        body: models::Error,
        retry_after: i32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum AuthRegisterResponse {
    /// The new account's session.
    Status200_TheNewAccount {
        body: models::AuthTokenResponse,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// `NOT_FOUND`: no such record in the caller's workspace.
    Status404(models::Error),
    /// `CONFLICT` or a finer code: a unique value is already taken; or `IDEMPOTENCY_KEY_IN_FLIGHT`: a request with the same `Idempotency-Key` is still running.
    Status409(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// `RATE_LIMITED`: too many requests; wait `Retry-After` seconds.
    Status429 {
        body: models::Error,
        retry_after: i32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

/// Auth
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Auth<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Log in.
    ///
    /// AuthLogin - POST /v1/auth/login
    async fn auth_login(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        header_params: &models::AuthLoginHeaderParams,
        body: &models::AuthLoginRequest,
    ) -> Result<AuthLoginResponse, E>;

    /// Log out.
    ///
    /// AuthLogout - POST /v1/auth/logout
    async fn auth_logout(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::AuthLogoutHeaderParams,
    ) -> Result<AuthLogoutResponse, E>;

    /// The signed-in user.
    ///
    /// AuthMe - GET /v1/auth/me
    async fn auth_me(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::AuthMeHeaderParams,
    ) -> Result<AuthMeResponse, E>;

    /// Refresh the access token.
    ///
    /// AuthRefresh - POST /v1/auth/refresh
    async fn auth_refresh(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        header_params: &models::AuthRefreshHeaderParams,
        body: &models::AuthRefreshRequest,
    ) -> Result<AuthRefreshResponse, E>;

    /// Register an account.
    ///
    /// AuthRegister - POST /v1/auth/register
    async fn auth_register(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        header_params: &models::AuthRegisterHeaderParams,
        body: &models::AuthRegisterRequest,
    ) -> Result<AuthRegisterResponse, E>;
}
