//! The webhook outbox: an event's deliveries queued in the transaction of the change, and the
//! reads of the events themselves (the live stream's). The dispatcher's side, the
//! claim and the outcomes, is [`super::dispatch`].

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde_json::Value;
use uuid::Uuid;

use super::record::scoped;
use super::tenant::Tenant;
use crate::entities::webhook_deliveries;
use crate::entities::{activities, webhooks};
use crate::error::ApiError;
use crate::webhooks::patterns;

/// `webhook_deliveries.status` of a delivery still to make (due, or waiting for a retry).
pub const PENDING: &str = "pending";
/// `status` once a 2xx answer came.
pub const DELIVERED: &str = "delivered";
/// `status` once the dispatcher gave up.
pub const FAILED: &str = "failed";

/// Rows per `INSERT` of queued deliveries.
const BATCH: usize = 500;

/// The event type patterns stored in `webhooks.events`.
pub fn event_patterns(events: &Value) -> Vec<&str> {
    events
        .as_array()
        .map(|all| all.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// A new pending delivery of `event` to `webhook`, due at once.
pub fn delivery(
    webhook: Uuid,
    event: &activities::Model,
    replay_of: Option<Uuid>,
    now: DateTime<Utc>,
) -> webhook_deliveries::Model {
    webhook_deliveries::Model {
        id: Uuid::now_v7(),
        workspace_id: event.workspace_id,
        webhook_id: webhook,
        activity_id: event.id,
        event_seq: event.seq.unwrap_or_default(),
        event_type: event.kind.clone(),
        entity_type: event.entity_type.clone(),
        entity_id: event.entity_id,
        status: PENDING.to_owned(),
        attempts: 0,
        next_attempt_at: Some(now),
        last_attempt_at: None,
        response_status: None,
        latency_ms: None,
        error: None,
        delivered_at: None,
        replay_of,
        created_at: now,
    }
}

/// Queues, in `db` (the change's transaction), one delivery of each of `events` to every
/// active subscription of the tenant's workspace whose patterns match the event's type.
#[expect(
    clippy::disallowed_methods,
    reason = "the outbox writer: the workspace comes from the tenant"
)]
pub async fn enqueue<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    events: &[activities::Model],
) -> Result<(), ApiError> {
    if events.is_empty() {
        return Ok(());
    }
    let subscriptions: Vec<(Uuid, Value)> = webhooks::Entity::find()
        .select_only()
        .column(webhooks::Column::Id)
        .column(webhooks::Column::Events)
        .filter(webhooks::Column::WorkspaceId.eq(tenant.workspace_id()))
        .filter(webhooks::Column::Active.eq(true))
        .into_tuple()
        .all(db)
        .await?;
    if subscriptions.is_empty() {
        return Ok(());
    }
    let now = crate::time::now();
    let rows: Vec<webhook_deliveries::ActiveModel> = events
        .iter()
        .flat_map(|event| {
            subscriptions
                .iter()
                .filter(|(_, events)| patterns::any_matches(event_patterns(events), &event.kind))
                .map(move |(webhook, _)| delivery(*webhook, event, None, now).into_active_model())
        })
        .collect();
    for batch in rows.chunks(BATCH) {
        webhook_deliveries::Entity::insert_many(batch.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Up to `limit` events of the tenant's workspace after `seq`, in order (the live stream).
pub async fn events_after<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    seq: i64,
    limit: u64,
) -> Result<Vec<activities::Model>, ApiError> {
    Ok(scoped::<activities::Entity>(tenant)
        .filter(activities::Column::Seq.gt(seq))
        .order_by_asc(activities::Column::Seq)
        .limit(limit)
        .all(db)
        .await?)
}
