//! The delivery log of a subscription (newest first, optionally by status) and replays: a new
//! pending delivery of the same event, due at once, answered 202.

use crm_api::models::{self, ListWebhookDeliveriesQueryParams, WebhookDeliveryStatus};
use sea_orm::{ColumnTrait, DatabaseConnection};
use uuid::Uuid;

use crate::api::convert::nullable;
use crate::entities::webhook_deliveries::{self, Column, Entity, Model};
use crate::entities::webhooks;
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::list::{self, Filters, Page};
use crate::store::outbox::{self, DELIVERED, FAILED, PENDING};
use crate::store::record::{at, find, impl_record, newest_first};

impl_record!(webhook_deliveries: "Delivery";
    kind "webhook_delivery", counter None, api models::WebhookDelivery,
    owner |_row| None,
    sort newest_first(Column::CreatedAt, Column::Id), cursor |row| vec![at(row.created_at)],
    to_api to_api, touch |_row, _now| ());

/// The contract's status of a stored one.
fn status(stored: &str) -> WebhookDeliveryStatus {
    match stored {
        DELIVERED => WebhookDeliveryStatus::Delivered,
        FAILED => WebhookDeliveryStatus::Failed,
        _ => WebhookDeliveryStatus::Pending,
    }
}

/// The stored status of the contract's.
fn stored(status: WebhookDeliveryStatus) -> &'static str {
    match status {
        WebhookDeliveryStatus::Delivered => DELIVERED,
        WebhookDeliveryStatus::Failed => FAILED,
        WebhookDeliveryStatus::Pending => PENDING,
    }
}

/// The contract's `WebhookDelivery` (no next attempt once it is over).
pub fn to_api(row: &Model) -> models::WebhookDelivery {
    let pending = row.status == PENDING;
    models::WebhookDelivery::new(
        row.id,
        row.webhook_id,
        row.activity_id,
        row.event_type.clone(),
        row.entity_type.clone(),
        row.entity_id,
        status(&row.status),
        row.attempts,
        nullable(row.next_attempt_at.filter(|_| pending)),
        nullable(row.last_attempt_at),
        nullable(row.response_status),
        nullable(row.latency_ms),
        nullable(row.error.clone()),
        nullable(row.delivered_at),
        nullable(row.replay_of),
        row.created_at,
    )
}

/// A page of the subscription's deliveries, newest first; 404 for another workspace's.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Tenant,
    webhook: Uuid,
    query: &ListWebhookDeliveriesQueryParams,
) -> Result<Page<models::WebhookDelivery>, ApiError> {
    tenant.require_manager()?;
    find::<webhooks::Entity, _>(db, tenant, webhook).await?;
    let filters = Filters::new()
        .with(Column::WebhookId.eq(webhook))
        .eq(Column::Status, query.status.map(stored));
    list::run::<Entity, _>(
        db,
        Some(tenant),
        query.limit,
        query.cursor.as_deref(),
        filters,
    )
    .await
}

/// Queues the event of `delivery` again for its (active) subscription.
pub async fn replay(
    db: &DatabaseConnection,
    tenant: Tenant,
    webhook: Uuid,
    delivery: Uuid,
) -> Result<Model, ApiError> {
    tenant.require_manager()?;
    let txn = crate::db::begin_write(db).await?;
    let subscription = find::<webhooks::Entity, _>(&txn, tenant, webhook).await?;
    let original = find::<Entity, _>(&txn, tenant, delivery).await?;
    if original.webhook_id != webhook {
        return Err(ApiError::not_found("Delivery"));
    }
    if !subscription.active {
        return Err(ApiError::business_rule(
            "The subscription is disabled; turn it on (active: true) to replay its events",
        ));
    }
    let event = outbox::event(&txn, tenant, original.activity_id)
        .await?
        .ok_or_else(|| ApiError::not_found("Delivery"))?;
    let row = outbox::delivery(webhook, &event, Some(original.id), crate::time::now());
    let row = outbox::insert(&txn, tenant, row).await?;
    txn.commit().await?;
    Ok(row)
}
