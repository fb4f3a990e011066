//! `webhooks`: a workspace's event subscriptions (see [`crate::webhooks`]).

use sea_orm::entity::prelude::*;

/// One subscription.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhooks")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace (tenant).
    pub workspace_id: Uuid,
    /// Where events are POSTed.
    #[sea_orm(column_type = "Text")]
    pub url: String,
    /// The owner's note.
    #[sea_orm(column_type = "Text", nullable)]
    pub description: Option<String>,
    /// The event type patterns, a JSON array of strings.
    #[sea_orm(column_type = "JsonBinary")]
    pub events: Json,
    /// Whether events are sent.
    pub active: bool,
    /// The signing secret, `whsec_<base64>`.
    #[sea_orm(column_type = "Text")]
    pub secret: String,
    /// The secret before the last rotation, still signed with until it expires.
    #[sea_orm(column_type = "Text", nullable)]
    pub previous_secret: Option<String>,
    /// When `previous_secret` stops being used.
    pub previous_secret_expires_at: Option<DateTimeUtc>,
    /// Why the server disabled the subscription.
    #[sea_orm(column_type = "Text", nullable)]
    pub disabled_reason: Option<String>,
    /// Since when every attempt has failed.
    pub failing_since: Option<DateTimeUtc>,
    /// When it was created (UTC).
    pub created_at: DateTimeUtc,
    /// When it last changed (UTC).
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of a subscription.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// `fk_webhooks_workspace_id`.
    #[sea_orm(
        belongs_to = "super::workspaces::Entity",
        from = "Column::WorkspaceId",
        to = "super::workspaces::Column::Id"
    )]
    Workspace,
}

impl ActiveModelBehavior for ActiveModel {}
