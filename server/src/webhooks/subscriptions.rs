//! Webhook subscriptions of a workspace, `OWNER` or `ADMIN` only: list, create (the answer
//! shows the secret once), read, change, delete (with its delivery log) and secret rotation
//! (the old secret still signs for [`ROTATION_GRACE`]). Each write records its activity
//! (`webhook.created`, `.updated`, `.deleted`, `.secret_rotated`), never with the secret.

use chrono::Duration;
use crm_api::models::{self, ListWebhooksQueryParams, WebhookCreateRequest, WebhookUpdateRequest};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, Order, PaginatorTrait};
use serde_json::Value;
use uuid::Uuid;

use super::patterns;
use super::signature::new_secret;
use super::target::{self, TargetPolicy};
use crate::crm::input::{optional_text, patch_text};
use crate::crm::patch::{keep_clear_or_replace, keep_or_replace};
use crate::entities::webhook_deliveries;
use crate::entities::webhooks::{self, Column, Entity, Model};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::activity::{self, NewActivity};
use crate::store::list::{self, Filters, Page};
use crate::store::paging::Sort;
use crate::store::record::{DeleteEffects, at, find_for_update, impl_record, scoped};
use crate::store::remove::delete_where;
use crate::store::write::{self, Precondition, update_where};
use crate::store::{counters, outbox};

impl_record!(webhooks: "Webhook";
    kind "webhook", counter None, api models::Webhook,
    owner |_row| None,
    sort Sort::new(Column::Id, Order::Asc).time(Column::CreatedAt, Order::Asc),
    cursor |row| vec![at(row.created_at)],
    to_api to_api, touch |row, now| row.updated_at = now,
    on_delete delete_deliveries, audit audit_view);

/// The most subscriptions a workspace may have: every event is written once per matching
/// subscription, so their number multiplies the cost of every write.
pub const MAX_PER_WORKSPACE: u64 = 25;

/// A create is refused (422 `BUSINESS_RULE`) once the workspace has [`MAX_PER_WORKSPACE`].
struct BelowLimit;

impl Precondition for BelowLimit {
    async fn check<C: ConnectionTrait>(self, db: &C, tenant: Tenant) -> Result<(), ApiError> {
        let count = scoped::<Entity>(tenant).count(db).await?;
        if count >= MAX_PER_WORKSPACE {
            return Err(ApiError::business_rule(format!(
                "A workspace can have at most {MAX_PER_WORKSPACE} webhook subscriptions; delete one first"
            )));
        }
        Ok(())
    }
}

/// How long a rotated-out secret keeps signing deliveries beside the new one.
pub const ROTATION_GRACE: Duration = Duration::hours(24);

/// The contract's `Webhook`, without the secret.
pub fn to_api(row: &Model) -> models::Webhook {
    let mut api = models::Webhook::new(
        row.id,
        row.workspace_id,
        row.url.clone(),
        crate::api::convert::nullable(row.description.clone()),
        outbox::event_patterns(&row.events)
            .into_iter()
            .map(str::to_owned)
            .collect(),
        row.active,
        crate::api::convert::nullable(row.disabled_reason.clone()),
        crate::api::convert::nullable(row.failing_since),
        row.created_at,
        row.updated_at,
    );
    api.secret = None;
    api
}

/// A subscription as its activities record it: the URL reduced to its origin and a digest of
/// the whole (a path may carry the receiver's token, and every member reads the timeline; the
/// digest still shows that it changed).
fn audit_view(row: &Model) -> Value {
    let mut api = to_api(row);
    let digest = crate::digest::sha256_hex(row.url.as_bytes());
    let origin = url::Url::parse(&row.url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    api.url = format!("{origin}/… (sha256 {})", &digest[..12]);
    serde_json::to_value(api).unwrap_or(Value::Null)
}

/// The contract's `Webhook` with its secret (the answers of create and rotate).
pub fn with_secret(row: &Model) -> models::Webhook {
    let mut api = to_api(row);
    api.secret = Some(row.secret.clone());
    api
}

/// The subscription's deliveries go with it.
async fn delete_deliveries<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<DeleteEffects, ApiError> {
    let of_this = webhook_deliveries::Column::WebhookId.eq(id);
    delete_where::<webhook_deliveries::Entity, _>(db, tenant, of_this).await?;
    Ok(DeleteEffects::default())
}

/// A page of the workspace's subscriptions, oldest first.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Tenant,
    query: &ListWebhooksQueryParams,
) -> Result<Page<models::Webhook>, ApiError> {
    tenant.require_manager()?;
    list::run::<Entity, _>(
        db,
        Some(tenant),
        query.limit,
        query.cursor.as_deref(),
        Filters::new(),
    )
    .await
}

/// One subscription.
pub async fn get(db: &DatabaseConnection, tenant: Tenant, id: Uuid) -> Result<Model, ApiError> {
    tenant.require_manager()?;
    crate::store::record::find::<Entity, _>(db, tenant, id).await
}

fn events_json(patterns: Vec<String>) -> Value {
    Value::Array(patterns.into_iter().map(Value::String).collect())
}

/// Creates a subscription with a new secret.
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    policy: TargetPolicy,
    body: &WebhookCreateRequest,
) -> Result<Model, ApiError> {
    tenant.require_manager()?;
    let url = target::check(&body.url, policy)?;
    let events = patterns::parse(&body.events)?;
    let now = crate::time::now();
    let row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        url,
        description: optional_text(&body.description),
        events: events_json(events),
        active: body.active.unwrap_or(true),
        secret: new_secret(),
        previous_secret: None,
        previous_secret_expires_at: None,
        disabled_reason: None,
        failing_since: None,
        created_at: now,
        updated_at: now,
    };
    write::create::<Entity>(db, tenant, BelowLimit, row).await
}

/// Changes a subscription. Turning it on again clears what the server noted when it turned it
/// off; turning it off holds its pending deliveries back until it is on again.
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    policy: TargetPolicy,
    id: Uuid,
    body: &WebhookUpdateRequest,
) -> Result<Model, ApiError> {
    tenant.require_manager()?;
    let url = body
        .url
        .as_deref()
        .map(|u| target::check(u, policy))
        .transpose()?;
    let events = body.events.as_deref().map(patterns::parse).transpose()?;
    let txn = locked(db, tenant).await?;
    let before = find_for_update::<Entity, _>(&txn, tenant, id).await?;
    let mut row = before.clone();
    keep_or_replace(&mut row.url, url);
    keep_or_replace(&mut row.events, events.map(events_json));
    keep_clear_or_replace(&mut row.description, patch_text(&body.description));
    if let Some(active) = body.active
        && active != row.active
    {
        row.active = active;
        row.disabled_reason = None;
        row.failing_since = None;
        super::deliveries::park(&txn, tenant, id, !active).await?;
    }
    let (row, _) = write::update::<Entity, _>(&txn, tenant, &before, row).await?;
    txn.commit().await?;
    Ok(row)
}

/// A write transaction holding the workspace's activity counter: a subscription's row is locked
/// only after it, the order every writer of the workspace follows (their deliveries' foreign
/// key share-locks the subscription after the counter), so the two never deadlock.
async fn locked(
    db: &DatabaseConnection,
    tenant: Tenant,
) -> Result<sea_orm::DatabaseTransaction, ApiError> {
    let txn = crate::db::begin_write(db).await?;
    counters::hold(&txn, tenant, activity::COUNTER).await?;
    Ok(txn)
}

/// Deletes a subscription and its delivery log.
pub async fn delete(db: &DatabaseConnection, tenant: Tenant, id: Uuid) -> Result<(), ApiError> {
    tenant.require_manager()?;
    let txn = locked(db, tenant).await?;
    let row = find_for_update::<Entity, _>(&txn, tenant, id).await?;
    crate::store::remove::hard_delete::<Entity, _>(&txn, tenant, &row).await?;
    txn.commit().await?;
    Ok(())
}

/// Gives the subscription a new secret; the current one keeps signing for
/// [`ROTATION_GRACE`]. Answers the row with the new secret.
pub async fn rotate_secret(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
) -> Result<Model, ApiError> {
    tenant.require_manager()?;
    let txn = locked(db, tenant).await?;
    let mut row = find_for_update::<Entity, _>(&txn, tenant, id).await?;
    let now = crate::time::now();
    row.previous_secret = Some(std::mem::replace(&mut row.secret, new_secret()));
    row.previous_secret_expires_at = Some(now + ROTATION_GRACE);
    row.updated_at = now;
    let columns = vec![
        (Column::Secret, Expr::value(row.secret.clone())),
        (
            Column::PreviousSecret,
            Expr::value(row.previous_secret.clone()),
        ),
        (
            Column::PreviousSecretExpiresAt,
            Expr::value(row.previous_secret_expires_at),
        ),
        (Column::UpdatedAt, Expr::value(now)),
    ];
    update_where::<Entity, _>(&txn, tenant, Column::Id.eq(id), columns).await?;
    let rotated = NewActivity {
        kind: "webhook.secret_rotated",
        entity_type: "webhook",
        entity_id: id,
        metadata: Some(
            serde_json::json!({ "previousSecretExpiresAt": row.previous_secret_expires_at }),
        ),
    };
    activity::record(&txn, tenant, rotated).await?;
    txn.commit().await?;
    Ok(row)
}
