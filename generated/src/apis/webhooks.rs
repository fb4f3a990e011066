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
pub enum CreateWebhookResponse {
    /// The new subscription, with its secret.
    Status201_TheNewSubscription(models::Webhook),
    /// `VALIDATION_ERROR`: malformed JSON, a missing or invalid field or parameter, or a malformed cursor. `issues` names each field.
    Status400(models::Error),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum DeleteWebhookResponse {
    /// The subscription is deleted.
    Status200_TheSubscriptionIsDeleted(models::OkResponse),
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
pub enum GetWebhookResponse {
    /// The subscription.
    Status200_TheSubscription(models::Webhook),
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
pub enum ListWebhookDeliveriesResponse {
    /// The deliveries.
    Status200_TheDeliveries(models::ListWebhookDeliveriesResponse),
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
pub enum ListWebhooksResponse {
    /// The subscriptions.
    Status200_TheSubscriptions(models::ListWebhooksResponse),
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
pub enum ReplayWebhookDeliveryResponse {
    /// The new delivery, queued.
    Status202_TheNewDelivery(models::WebhookDelivery),
    /// `UNAUTHENTICATED`: missing, expired, revoked or invalid token, or wrong credentials.
    Status401 {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// `FORBIDDEN`: the caller's role, or workspace membership, does not allow this.
    Status403(models::Error),
    /// `NOT_FOUND`: no such record in the caller's workspace.
    Status404(models::Error),
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum RotateWebhookSecretResponse {
    /// The subscription, with its new secret.
    Status200_TheSubscription(models::Webhook),
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
pub enum UpdateWebhookResponse {
    /// The changed subscription.
    Status200_TheChangedSubscription(models::Webhook),
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
    /// `BUSINESS_RULE` or a finer code: a rule of the domain refuses the change; or `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a different request.
    Status422(models::Error),
    /// Any other error in the same envelope: 405 `METHOD_NOT_ALLOWED`, 408 `REQUEST_TIMEOUT`, 413 `PAYLOAD_TOO_LARGE`, 414 `URI_TOO_LONG`, 415 `UNSUPPORTED_MEDIA_TYPE`, 431 `HEADERS_TOO_LARGE`, 500 `INTERNAL`, 501 `NOT_IMPLEMENTED`, 503 `SERVICE_UNAVAILABLE`.
    Status0_AnyOtherErrorInTheSameEnvelope(models::Error),
}

/// Webhooks
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Webhooks<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Subscribe a URL to events.
    ///
    /// CreateWebhook - POST /v1/webhooks
    async fn create_webhook(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateWebhookHeaderParams,
        body: &models::WebhookCreateRequest,
    ) -> Result<CreateWebhookResponse, E>;

    /// Delete a webhook subscription.
    ///
    /// DeleteWebhook - DELETE /v1/webhooks/{id}
    async fn delete_webhook(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::DeleteWebhookHeaderParams,
        path_params: &models::DeleteWebhookPathParams,
    ) -> Result<DeleteWebhookResponse, E>;

    /// Get a webhook subscription.
    ///
    /// GetWebhook - GET /v1/webhooks/{id}
    async fn get_webhook(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::GetWebhookHeaderParams,
        path_params: &models::GetWebhookPathParams,
    ) -> Result<GetWebhookResponse, E>;

    /// The delivery log of a subscription.
    ///
    /// ListWebhookDeliveries - GET /v1/webhooks/{id}/deliveries
    async fn list_webhook_deliveries(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ListWebhookDeliveriesHeaderParams,
        path_params: &models::ListWebhookDeliveriesPathParams,
        query_params: &models::ListWebhookDeliveriesQueryParams,
    ) -> Result<ListWebhookDeliveriesResponse, E>;

    /// List webhook subscriptions.
    ///
    /// ListWebhooks - GET /v1/webhooks
    async fn list_webhooks(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ListWebhooksHeaderParams,
        query_params: &models::ListWebhooksQueryParams,
    ) -> Result<ListWebhooksResponse, E>;

    /// Send an event again.
    ///
    /// ReplayWebhookDelivery - POST /v1/webhooks/{id}/deliveries/{deliveryId}/replay
    async fn replay_webhook_delivery(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ReplayWebhookDeliveryHeaderParams,
        path_params: &models::ReplayWebhookDeliveryPathParams,
    ) -> Result<ReplayWebhookDeliveryResponse, E>;

    /// Replace the signing secret.
    ///
    /// RotateWebhookSecret - POST /v1/webhooks/{id}/rotate-secret
    async fn rotate_webhook_secret(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::RotateWebhookSecretHeaderParams,
        path_params: &models::RotateWebhookSecretPathParams,
    ) -> Result<RotateWebhookSecretResponse, E>;

    /// Change a webhook subscription.
    ///
    /// UpdateWebhook - PATCH /v1/webhooks/{id}
    async fn update_webhook(
        &self,

        method: &Method,
        host: &Host,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::UpdateWebhookHeaderParams,
        path_params: &models::UpdateWebhookPathParams,
        body: &models::WebhookUpdateRequest,
    ) -> Result<UpdateWebhookResponse, E>;
}
