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
pub enum ListActivitiesResponse {
    /// The activities.
    Status200_TheActivities(models::ListActivitiesResponse),
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

/// Activities
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Activities<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// List the activity timeline.
    ///
    /// ListActivities - GET /v1/activities
    async fn list_activities(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ListActivitiesHeaderParams,
        query_params: &models::ListActivitiesQueryParams,
    ) -> Result<ListActivitiesResponse, E>;
}
