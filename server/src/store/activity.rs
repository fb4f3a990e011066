//! Writing the audit trail: one activity per change, in the change's own transaction, by the
//! tenant's member, in the tenant's workspace.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, IntoActiveModel};
use serde_json::Value;
use uuid::Uuid;

use super::counters;
use super::outbox;
use super::tenant::Tenant;
use crate::entities::activities;
use crate::error::ApiError;

/// One activity to record: `kind` is `entity.verb` (`membership.role_changed`).
#[derive(Debug, Clone)]
pub struct NewActivity<'a> {
    /// What happened.
    pub kind: &'a str,
    /// The kind of record it happened to.
    pub entity_type: &'a str,
    /// The record.
    pub entity_id: Uuid,
    /// Details (before/after for changes).
    pub metadata: Option<Value>,
}

/// The `entity_counters` name of the timeline (the unfiltered `GET /activities` total).
pub const COUNTER: &str = "activities";

/// Inserts the activity with `db`, which should be the transaction of the change itself, and
/// counts it. Every activity is written here, so the counter stays exact (activities are never
/// deleted). The counter row is per workspace: writes of one workspace queue on it for the rest
/// of their (short) transactions, the price of an exact total without `count(*)`, and the
/// count after the increment is the event's `seq` (gapless, in commit order: the live stream's
/// `id:`). The webhook deliveries of the event are queued in the same transaction
/// ([`crate::webhooks::outbox`]).
#[expect(
    clippy::disallowed_methods,
    reason = "the audit writer: workspace and actor come from the tenant"
)]
pub async fn record<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    activity: NewActivity<'_>,
) -> Result<(), ApiError> {
    let seq = counters::advance(db, tenant, COUNTER, 1).await?;
    let row = row(tenant, activity, crate::time::now(), seq);
    activities::Entity::insert(row.clone().into_active_model())
        .exec_without_returning(db)
        .await?;
    outbox::enqueue(db, tenant, &[row]).await
}

/// Rows per `INSERT` of [`record_many`] (well under both databases' bind limits).
const BATCH: usize = 500;

/// Inserts many activities in batches and counts them with one counter update, in the caller's
/// transaction (a batch write's audit trail, [`super::batch`]).
#[expect(
    clippy::disallowed_methods,
    reason = "the audit writer: workspace and actor come from the tenant"
)]
pub async fn record_many<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    activities: Vec<NewActivity<'_>>,
) -> Result<(), ApiError> {
    if activities.is_empty() {
        return Ok(());
    }
    let count = i64::try_from(activities.len()).unwrap_or(i64::MAX);
    let last = counters::advance(db, tenant, COUNTER, count).await?;
    let now = crate::time::now();
    let mut seq = last - count;
    for batch in activities.chunks(BATCH) {
        let rows: Vec<activities::Model> = batch
            .iter()
            .map(|activity| {
                seq += 1;
                row(tenant, activity.clone(), now, seq)
            })
            .collect();
        activities::Entity::insert_many(
            rows.iter().cloned().map(IntoActiveModel::into_active_model),
        )
        .exec_without_returning(db)
        .await?;
        outbox::enqueue(db, tenant, &rows).await?;
    }
    Ok(())
}

/// The stored row of `activity`, recorded at `at` as event `seq` of the workspace.
fn row(
    tenant: Tenant,
    activity: NewActivity<'_>,
    at: DateTime<Utc>,
    seq: i64,
) -> activities::Model {
    activities::Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        actor_id: tenant.user_id(),
        kind: activity.kind.to_owned(),
        entity_type: activity.entity_type.to_owned(),
        entity_id: activity.entity_id,
        metadata: activity.metadata,
        created_at: at,
        seq: Some(seq),
    }
}

/// The `changes` map `{field: {"before": b, "after": a}}` of the fields that changed (pairs with
/// equal values are left out), for metadata that also carries other details.
pub fn changes<'a>(fields: impl IntoIterator<Item = (&'a str, Value, Value)>) -> Value {
    fields
        .into_iter()
        .filter(|(_, before, after)| before != after)
        .map(|(field, before, after)| {
            (
                field.to_owned(),
                serde_json::json!({ "before": before, "after": after }),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}
