//! The delivery log of a subscription (newest first, optionally by status) and replays: a new
//! pending delivery of the same event, due at once, answered 202.

use chrono::{DateTime, Utc};
use crm_api::models::{self, ListWebhookDeliveriesQueryParams, WebhookDeliveryStatus};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

use crate::api::convert::nullable;
use crate::entities::webhook_deliveries::{self, Column, Entity, Model};
use crate::entities::{activities, webhooks};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::list::{self, Filters, Page};
use crate::store::outbox::{self, DELIVERED, FAILED, PENDING};
use crate::store::record::{at, find, impl_record, newest_first};
use crate::store::write::{insert_row, update_where};

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
    // The event outlives nothing it belongs to: activities are never deleted.
    let event = find::<activities::Entity, _>(&txn, tenant, original.activity_id).await?;
    let row = outbox::delivery(webhook, &event, Some(original.id), crate::time::now());
    let row = insert_row::<Entity, _>(&txn, tenant, row).await?;
    txn.commit().await?;
    Ok(row)
}

/// Ends every pending delivery of `webhook` as failed with `error` (the server disabled the
/// subscription), in the caller's transaction; answers how many.
pub async fn fail_pending<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    webhook: Uuid,
    error: &str,
) -> Result<u64, ApiError> {
    let columns = vec![
        (Column::Status, Expr::value(FAILED)),
        (
            Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        ),
        (Column::Error, Expr::value(error)),
    ];
    update_where::<Entity, _>(db, tenant, pending_of(webhook), columns).await
}

/// Holds back (`parked`) or releases the pending deliveries of `webhook`, in the caller's
/// transaction: a subscription turned off keeps them with no due time, so the dispatcher does
/// not look at them, and turning it on makes them due at once.
pub async fn park<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    webhook: Uuid,
    parked: bool,
) -> Result<(), ApiError> {
    let (rows, due) = if parked {
        (pending_of(webhook), None)
    } else {
        let held = pending_of(webhook).and(Column::NextAttemptAt.is_null());
        (held, Some(crate::time::now()))
    };
    let columns = vec![(Column::NextAttemptAt, Expr::value(due))];
    update_where::<Entity, _>(db, tenant, rows, columns).await?;
    Ok(())
}

/// The pending deliveries of `webhook`.
fn pending_of(webhook: Uuid) -> SimpleExpr {
    Column::WebhookId
        .eq(webhook)
        .and(Column::Status.eq(PENDING))
}
