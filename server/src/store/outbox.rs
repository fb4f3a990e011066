//! The webhook outbox: queuing an event's deliveries in the transaction of the change, the
//! dispatcher's cross-workspace claim of due deliveries, their outcomes, and the reads of the
//! live stream. Every instance runs a dispatcher; the claim is `FOR UPDATE SKIP LOCKED` on
//! PostgreSQL and a write transaction (SQLite's single writer) on SQLite, and moves the row's
//! `next_attempt_at` past the attempt's lease in the claiming transaction, so no two
//! dispatchers make the same attempt.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, LockBehavior, LockType, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::Value;
use uuid::Uuid;

use super::record::scoped;
use super::tenant::Tenant;
use crate::entities::webhook_deliveries::{self, Column as D};
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

/// Inserts one delivery made by [`delivery`] for the tenant (a replay).
#[expect(
    clippy::disallowed_methods,
    reason = "the outbox writer: the workspace is the tenant's"
)]
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    mut row: webhook_deliveries::Model,
) -> Result<webhook_deliveries::Model, ApiError> {
    row.workspace_id = tenant.workspace_id();
    webhook_deliveries::Entity::insert(row.clone().into_active_model())
        .exec_without_returning(db)
        .await?;
    Ok(row)
}

/// A claimed attempt: the delivery (its `attempts` already counts this one), its subscription
/// and its event.
#[derive(Debug, Clone)]
pub struct Claimed {
    /// The delivery row as claimed.
    pub delivery: webhook_deliveries::Model,
    /// Its subscription.
    pub webhook: webhooks::Model,
    /// Its event.
    pub event: activities::Model,
}

/// The deliveries an attempt may be made at `now`: pending, due, of an active subscription,
/// and with no earlier event of the same record still pending for that subscription (order
/// per record), oldest due first.
fn claimable(now: DateTime<Utc>) -> sea_orm::Select<webhook_deliveries::Entity> {
    let earlier = Alias::new("earlier");
    let earlier_pending = Query::select()
        .expr(Expr::val(1))
        .from_as(webhook_deliveries::Entity, earlier.clone())
        .and_where(
            Expr::col((earlier.clone(), D::WebhookId))
                .equals((webhook_deliveries::Entity, D::WebhookId)),
        )
        .and_where(
            Expr::col((earlier.clone(), D::EntityId))
                .equals((webhook_deliveries::Entity, D::EntityId)),
        )
        .and_where(Expr::col((earlier.clone(), D::Status)).eq(PENDING))
        .and_where(
            Expr::col((earlier, D::EventSeq))
                .lt(Expr::col((webhook_deliveries::Entity, D::EventSeq))),
        )
        .to_owned();
    let active_subscription = Query::select()
        .expr(Expr::val(1))
        .from(webhooks::Entity)
        .and_where(
            Expr::col((webhooks::Entity, webhooks::Column::Id))
                .equals((webhook_deliveries::Entity, D::WebhookId)),
        )
        .and_where(Expr::col((webhooks::Entity, webhooks::Column::Active)).eq(true))
        .to_owned();
    #[expect(
        clippy::disallowed_methods,
        reason = "the dispatcher's claim spans every workspace's due deliveries"
    )]
    let due = webhook_deliveries::Entity::find();
    due.filter(D::Status.eq(PENDING))
        .filter(D::NextAttemptAt.lte(now))
        .filter(Expr::exists(active_subscription))
        .filter(Expr::exists(earlier_pending).not())
        .order_by_asc(D::NextAttemptAt)
        .order_by_asc(D::EventSeq)
}

/// Claims up to `limit` due deliveries of active subscriptions, oldest due first, skipping any
/// whose record has an earlier event still pending for the same subscription (order per
/// record). Each claimed row counts one more attempt and is not due again before `lease_until`
/// (an instance that dies mid-attempt leaves it to be retried then).
#[expect(
    clippy::disallowed_methods,
    reason = "the dispatcher's claim reads and updates every workspace's due deliveries"
)]
pub async fn claim(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Claimed>, ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let mut due = claimable(now).limit(limit);
    if txn.get_database_backend() == DbBackend::Postgres {
        due = due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let rows = due.all(&txn).await?;
    if rows.is_empty() {
        txn.commit().await?;
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    webhook_deliveries::Entity::update_many()
        .col_expr(D::NextAttemptAt, Expr::value(lease_until))
        .col_expr(D::LastAttemptAt, Expr::value(now))
        .col_expr(D::Attempts, Expr::col(D::Attempts).add(1))
        .filter(D::Id.is_in(ids))
        .exec(&txn)
        .await?;
    let webhook_ids: Vec<Uuid> = rows.iter().map(|r| r.webhook_id).collect();
    let event_ids: Vec<Uuid> = rows.iter().map(|r| r.activity_id).collect();
    let subscriptions = webhooks::Entity::find()
        .filter(webhooks::Column::Id.is_in(webhook_ids))
        .all(&txn)
        .await?;
    let events = activities::Entity::find()
        .filter(activities::Column::Id.is_in(event_ids))
        .all(&txn)
        .await?;
    txn.commit().await?;
    Ok(rows
        .into_iter()
        .filter_map(|mut delivery| {
            let webhook = subscriptions.iter().find(|w| w.id == delivery.webhook_id)?;
            let event = events.iter().find(|e| e.id == delivery.activity_id)?;
            delivery.attempts += 1;
            delivery.last_attempt_at = Some(now);
            Some(Claimed {
                delivery,
                webhook: webhook.clone(),
                event: event.clone(),
            })
        })
        .collect())
}

/// Whether any delivery may be attempted at `now`: the idle dispatcher's plain read, so that
/// an idle poll (or one with only held-back rows) opens no transaction and takes no lock.
pub async fn any_due(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<bool, ApiError> {
    let due: Option<Uuid> = claimable(now)
        .select_only()
        .column(D::Id)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(due.is_some())
}

/// What one attempt came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempted {
    /// The answer's status, when one came.
    pub response_status: Option<i32>,
    /// How long the attempt took.
    pub latency_ms: i32,
    /// What went wrong, when it did (at most 500 characters).
    pub error: Option<String>,
    /// `DELIVERED`, `PENDING` (retry at `next_attempt_at`) or `FAILED`.
    pub status: &'static str,
    /// When to try again (pending only).
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// Records the outcome of the attempt at `delivery` made at `now`. A row ended meanwhile (its
/// subscription was disabled while the attempt was in flight) stays failed unless the attempt
/// delivered.
#[expect(
    clippy::disallowed_methods,
    reason = "the dispatcher records the outcome of a delivery it claimed, by id"
)]
pub async fn record_attempt(
    db: &DatabaseConnection,
    delivery: Uuid,
    attempted: &Attempted,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let delivered_at = (attempted.status == DELIVERED).then_some(now);
    let mut update = webhook_deliveries::Entity::update_many()
        .col_expr(D::Status, Expr::value(attempted.status))
        .col_expr(D::ResponseStatus, Expr::value(attempted.response_status))
        .col_expr(D::LatencyMs, Expr::value(attempted.latency_ms))
        .col_expr(D::Error, Expr::value(attempted.error.clone()))
        .col_expr(D::NextAttemptAt, Expr::value(attempted.next_attempt_at))
        .col_expr(D::DeliveredAt, Expr::value(delivered_at))
        .filter(D::Id.eq(delivery));
    if attempted.status != DELIVERED {
        update = update.filter(D::Status.eq(PENDING));
    }
    update.exec(db).await?;
    Ok(())
}

/// Ends every pending delivery of `webhook` as failed with `error` (the subscription was
/// disabled or deleted), in the caller's transaction.
#[expect(
    clippy::disallowed_methods,
    reason = "scoped to the tenant's workspace and one subscription here"
)]
pub async fn fail_pending<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    webhook: Uuid,
    error: &str,
) -> Result<u64, ApiError> {
    let ended = webhook_deliveries::Entity::update_many()
        .col_expr(D::Status, Expr::value(FAILED))
        .col_expr(D::NextAttemptAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(D::Error, Expr::value(error))
        .filter(D::WorkspaceId.eq(tenant.workspace_id()))
        .filter(D::WebhookId.eq(webhook))
        .filter(D::Status.eq(PENDING))
        .exec(db)
        .await?;
    Ok(ended.rows_affected)
}

/// Deletes every delivery of `webhook` (it is being deleted), in the caller's transaction.
#[expect(
    clippy::disallowed_methods,
    reason = "scoped to the tenant's workspace and one subscription here"
)]
pub async fn delete_of<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    webhook: Uuid,
) -> Result<u64, ApiError> {
    let deleted = webhook_deliveries::Entity::delete_many()
        .filter(D::WorkspaceId.eq(tenant.workspace_id()))
        .filter(D::WebhookId.eq(webhook))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

/// Rows per `DELETE` of the log's purge (short statements: SQLite's writers wait for each).
const PURGE_BATCH: u64 = 1000;

/// Deletes, in every workspace, delivered rows delivered before `cutoff` and failed rows queued
/// before it, a batch at a time; answers how many went.
#[expect(
    clippy::disallowed_methods,
    reason = "the delivery log's retention purge spans every workspace"
)]
pub async fn purge_log(db: &DatabaseConnection, cutoff: DateTime<Utc>) -> Result<u64, ApiError> {
    let old = sea_orm::Condition::any()
        .add(D::Status.eq(DELIVERED).and(D::DeliveredAt.lt(cutoff)))
        .add(D::Status.eq(FAILED).and(D::CreatedAt.lt(cutoff)));
    let mut purged = 0;
    loop {
        let batch: Vec<Uuid> = webhook_deliveries::Entity::find()
            .select_only()
            .column(D::Id)
            .filter(old.clone())
            .limit(PURGE_BATCH)
            .into_tuple()
            .all(db)
            .await?;
        if batch.is_empty() {
            return Ok(purged);
        }
        let deleted = webhook_deliveries::Entity::delete_many()
            .filter(D::Id.is_in(batch))
            .exec(db)
            .await?;
        purged += deleted.rows_affected;
    }
}

/// Holds back (`parked`) or releases the pending deliveries of `webhook`, in the caller's
/// transaction: a subscription turned off keeps them with no due time, so the dispatcher does
/// not look at them, and turning it on makes them due at once.
#[expect(
    clippy::disallowed_methods,
    reason = "scoped to the tenant's workspace and one subscription here"
)]
pub async fn park<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    webhook: Uuid,
    parked: bool,
) -> Result<(), ApiError> {
    let mut update = webhook_deliveries::Entity::update_many()
        .filter(D::WorkspaceId.eq(tenant.workspace_id()))
        .filter(D::WebhookId.eq(webhook))
        .filter(D::Status.eq(PENDING));
    update = if parked {
        update.col_expr(D::NextAttemptAt, Expr::value(Option::<DateTime<Utc>>::None))
    } else {
        update
            .col_expr(D::NextAttemptAt, Expr::value(crate::time::now()))
            .filter(D::NextAttemptAt.is_null())
    };
    update.exec(db).await?;
    Ok(())
}

/// Sets columns of one subscription by id, for the dispatcher (no activity: the caller writes
/// the one a disable calls for); answers whether it changed a row.
#[expect(
    clippy::disallowed_methods,
    reason = "the dispatcher updates the subscription it delivered for, by id"
)]
pub async fn set_webhook<C: ConnectionTrait>(
    db: &C,
    webhook: Uuid,
    columns: Vec<(webhooks::Column, sea_orm::sea_query::SimpleExpr)>,
    only_if: Option<sea_orm::sea_query::SimpleExpr>,
) -> Result<bool, ApiError> {
    let mut update = webhooks::Entity::update_many().filter(webhooks::Column::Id.eq(webhook));
    if let Some(condition) = only_if {
        update = update.filter(condition);
    }
    for (column, value) in columns {
        update = update.col_expr(column, value);
    }
    Ok(update.exec(db).await?.rows_affected > 0)
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

/// The one event `id` of the tenant's workspace (a replay's).
pub async fn event<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<Option<activities::Model>, ApiError> {
    Ok(scoped::<activities::Entity>(tenant)
        .filter(activities::Column::Id.eq(id))
        .one(db)
        .await?)
}
