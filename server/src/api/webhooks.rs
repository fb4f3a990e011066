//! `Webhooks` operations: thin handlers over [`crate::webhooks::subscriptions`] and
//! [`crate::webhooks::deliveries`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::webhooks::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::webhooks::subscriptions::{self, to_api, with_secret};
use crate::webhooks::{Settings, deliveries};

impl ApiImpl {
    fn webhook_policy(&self) -> crate::webhooks::target::TargetPolicy {
        Settings::from_config(&self.state.config).policy
    }
}

#[async_trait]
impl Webhooks<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateWebhookHeaderParams,
        body: &models::WebhookCreateRequest,
    ) -> Result<CreateWebhookResponse, ApiError> {
        let ctx = claims.workspace()?;
        let row = subscriptions::create(&self.state.db, ctx, self.webhook_policy(), body).await?;
        Ok(CreateWebhookResponse::Status201_TheNewSubscription(
            with_secret(&row),
        ))
    }

    async fn delete_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::DeleteWebhookHeaderParams,
        path_params: &models::DeleteWebhookPathParams,
    ) -> Result<DeleteWebhookResponse, ApiError> {
        subscriptions::delete(&self.state.db, claims.workspace()?, path_params.id).await?;
        Ok(DeleteWebhookResponse::Status200_TheSubscriptionIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn get_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::GetWebhookHeaderParams,
        path_params: &models::GetWebhookPathParams,
    ) -> Result<GetWebhookResponse, ApiError> {
        let row = subscriptions::get(&self.state.db, claims.workspace()?, path_params.id).await?;
        Ok(GetWebhookResponse::Status200_TheSubscription(to_api(&row)))
    }

    async fn list_webhook_deliveries(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListWebhookDeliveriesHeaderParams,
        path_params: &models::ListWebhookDeliveriesPathParams,
        query_params: &models::ListWebhookDeliveriesQueryParams,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError> {
        let ctx = claims.workspace()?;
        let page = deliveries::list(&self.state.db, ctx, path_params.id, query_params).await?;
        Ok(ListWebhookDeliveriesResponse::Status200_TheDeliveries(
            models::ListWebhookDeliveriesResponse::new(
                page.rows,
                page.total,
                convert::nullable(page.next),
            ),
        ))
    }

    async fn list_webhooks(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListWebhooksHeaderParams,
        query_params: &models::ListWebhooksQueryParams,
    ) -> Result<ListWebhooksResponse, ApiError> {
        let page = subscriptions::list(&self.state.db, claims.workspace()?, query_params).await?;
        Ok(ListWebhooksResponse::Status200_TheSubscriptions(
            models::ListWebhooksResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn replay_webhook_delivery(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ReplayWebhookDeliveryHeaderParams,
        path_params: &models::ReplayWebhookDeliveryPathParams,
    ) -> Result<ReplayWebhookDeliveryResponse, ApiError> {
        let ctx = claims.workspace()?;
        let row = deliveries::replay(&self.state.db, ctx, path_params.id, path_params.delivery_id)
            .await?;
        Ok(ReplayWebhookDeliveryResponse::Status202_TheNewDelivery(
            deliveries::to_api(&row),
        ))
    }

    async fn rotate_webhook_secret(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::RotateWebhookSecretHeaderParams,
        path_params: &models::RotateWebhookSecretPathParams,
    ) -> Result<RotateWebhookSecretResponse, ApiError> {
        let ctx = claims.workspace()?;
        let row = subscriptions::rotate_secret(&self.state.db, ctx, path_params.id).await?;
        Ok(RotateWebhookSecretResponse::Status200_TheSubscription(
            with_secret(&row),
        ))
    }

    async fn update_webhook(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::UpdateWebhookHeaderParams,
        path_params: &models::UpdateWebhookPathParams,
        body: &models::WebhookUpdateRequest,
    ) -> Result<UpdateWebhookResponse, ApiError> {
        let ctx = claims.workspace()?;
        let policy = self.webhook_policy();
        let row = subscriptions::update(&self.state.db, ctx, policy, path_params.id, body).await?;
        Ok(UpdateWebhookResponse::Status200_TheChangedSubscription(
            to_api(&row),
        ))
    }
}
