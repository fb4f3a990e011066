//! The dispatcher's side of the webhook outbox ([`super::outbox`]), across every workspace:
//! which deliveries may be attempted, the claim, the outcome of an attempt, the subscription's
//! health, and the log's purge. Every instance runs a dispatcher; the claim is `FOR UPDATE SKIP
//! LOCKED` on PostgreSQL and a write transaction (SQLite's single writer) on SQLite, and moves
//! the row's `next_attempt_at` past the attempt's lease in the claiming transaction, so no two
//! dispatchers make the same attempt.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, LockBehavior, LockType, Query, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::outbox::{DELIVERED, FAILED, PENDING};
use crate::entities::webhook_deliveries::{self, Column as D};
use crate::entities::{activities, webhooks};
use crate::error::ApiError;

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

/// Sets columns of one subscription by id, for the dispatcher (no activity: the caller writes
/// the one a disable calls for); answers whether it changed a row.
#[expect(
    clippy::disallowed_methods,
    reason = "the dispatcher updates the subscription it delivered for, by id"
)]
pub async fn set_webhook<C: ConnectionTrait>(
    db: &C,
    webhook: Uuid,
    columns: Vec<(webhooks::Column, SimpleExpr)>,
    only_if: Option<SimpleExpr>,
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
