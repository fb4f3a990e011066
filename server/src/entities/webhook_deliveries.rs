//! `webhook_deliveries`: the outbox and delivery log, one row per event and subscription,
//! written in the transaction of the change (see [`crate::webhooks`]).

use sea_orm::entity::prelude::*;

/// One event to deliver (or delivered) to one subscription.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_deliveries")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// The subscription.
    pub webhook_id: Uuid,
    /// The event: the activity it was made from (its id is the `webhook-id`).
    pub activity_id: Uuid,
    /// The event's number in the workspace (`activities.seq`), for order per record.
    pub event_seq: i64,
    /// The event's type, e.g. `contact.updated`.
    #[sea_orm(column_type = "Text")]
    pub event_type: String,
    /// The kind of record the event is about.
    #[sea_orm(column_type = "Text")]
    pub entity_type: String,
    /// The record.
    pub entity_id: Uuid,
    /// `pending`, `delivered` or `failed`.
    #[sea_orm(column_type = "Text")]
    pub status: String,
    /// Attempts made (or claimed) so far.
    pub attempts: i32,
    /// When the next attempt is due (also the lease of an attempt in flight).
    pub next_attempt_at: Option<DateTimeUtc>,
    /// When the last attempt started.
    pub last_attempt_at: Option<DateTimeUtc>,
    /// The status of the last answer.
    pub response_status: Option<i32>,
    /// How long the last attempt took, in milliseconds.
    pub latency_ms: Option<i32>,
    /// What went wrong with the last attempt (at most 500 characters).
    #[sea_orm(column_type = "Text", nullable)]
    pub error: Option<String>,
    /// When a 2xx came.
    pub delivered_at: Option<DateTimeUtc>,
    /// The delivery this one replays.
    pub replay_of: Option<Uuid>,
    /// When it was queued (UTC).
    pub created_at: DateTimeUtc,
}

/// Foreign keys of a delivery.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_webhook_deliveries_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
}

impl ActiveModelBehavior for ActiveModel {}
