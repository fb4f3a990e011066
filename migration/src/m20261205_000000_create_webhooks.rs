//! Webhooks and the event stream (issue 12):
//! - `activities.seq`: the event's number in its workspace (1, 2, 3 … in commit order, taken from
//!   the workspace's `activities` counter in the change's transaction), the `id:` of the live
//!   stream and what `Last-Event-ID` resumes from. Rows written before this migration keep
//!   `NULL` (no stream could have named them); the next event continues from the counter.
//! - `webhooks`: a workspace's subscriptions, with the signing secret and the one it replaced
//!   (still signed with until `previous_secret_expires_at`).
//! - `webhook_deliveries`: the outbox and delivery log, one row per event and subscription,
//!   written in the change's transaction; the dispatcher claims due `pending` rows.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, integer, integer_null, json_binary, text, text_null,
    timestamp_with_time_zone as timestamp, timestamp_with_time_zone_null as timestamp_null, uuid,
    uuid_null,
};

use crate::{create_indexes, drop_tables, foreign_key, index, tenant_table};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let seq = ColumnDef::new(Activities::Seq)
            .big_integer()
            .null()
            .to_owned();
        manager
            .alter_table(
                Table::alter()
                    .table(Activities::Table)
                    .add_column(seq)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                tenant_table(Webhooks::Table)
                    .col(text(Webhooks::Url))
                    .col(text_null(Webhooks::Description))
                    .col(json_binary(Webhooks::Events))
                    .col(boolean(Webhooks::Active))
                    .col(text(Webhooks::Secret))
                    .col(text_null(Webhooks::PreviousSecret))
                    .col(timestamp_null(Webhooks::PreviousSecretExpiresAt))
                    .col(text_null(Webhooks::DisabledReason))
                    .col(timestamp_null(Webhooks::FailingSince))
                    .col(timestamp(Webhooks::CreatedAt))
                    .col(timestamp(Webhooks::UpdatedAt))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                tenant_table(WebhookDeliveries::Table)
                    .col(uuid(WebhookDeliveries::WebhookId))
                    .col(uuid(WebhookDeliveries::ActivityId))
                    .col(
                        ColumnDef::new(WebhookDeliveries::EventSeq)
                            .big_integer()
                            .not_null(),
                    )
                    .col(text(WebhookDeliveries::EventType))
                    .col(text(WebhookDeliveries::EntityType))
                    .col(uuid(WebhookDeliveries::EntityId))
                    .col(text(WebhookDeliveries::Status))
                    .col(integer(WebhookDeliveries::Attempts))
                    .col(timestamp_null(WebhookDeliveries::NextAttemptAt))
                    .col(timestamp_null(WebhookDeliveries::LastAttemptAt))
                    .col(integer_null(WebhookDeliveries::ResponseStatus))
                    .col(integer_null(WebhookDeliveries::LatencyMs))
                    .col(text_null(WebhookDeliveries::Error))
                    .col(timestamp_null(WebhookDeliveries::DeliveredAt))
                    .col(uuid_null(WebhookDeliveries::ReplayOf))
                    .col(timestamp(WebhookDeliveries::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        WebhookDeliveries::Table,
                        (WebhookDeliveries::WorkspaceId, WebhookDeliveries::WebhookId),
                        Webhooks::Table,
                        (Webhooks::WorkspaceId, Webhooks::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        WebhookDeliveries::Table,
                        (
                            WebhookDeliveries::WorkspaceId,
                            WebhookDeliveries::ActivityId,
                        ),
                        Activities::Table,
                        (Activities::WorkspaceId, Activities::Id),
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            [
                // The live stream and `Last-Event-ID`.
                index(
                    Activities::Table,
                    (Activities::WorkspaceId, Activities::Seq),
                ),
                index(
                    Webhooks::Table,
                    (Webhooks::WorkspaceId, Webhooks::CreatedAt),
                ),
                // The dispatcher's claim: due pending rows.
                index(
                    WebhookDeliveries::Table,
                    (WebhookDeliveries::Status, WebhookDeliveries::NextAttemptAt),
                ),
                // Order per record: is an earlier event of the same record still pending?
                index(
                    WebhookDeliveries::Table,
                    (
                        WebhookDeliveries::WebhookId,
                        WebhookDeliveries::EntityId,
                        WebhookDeliveries::EventSeq,
                    ),
                ),
                // The delivery log, newest first (and the subscription's foreign key).
                index(
                    WebhookDeliveries::Table,
                    (
                        WebhookDeliveries::WorkspaceId,
                        WebhookDeliveries::WebhookId,
                        WebhookDeliveries::CreatedAt,
                    ),
                ),
                // The event's foreign key.
                index(
                    WebhookDeliveries::Table,
                    (
                        WebhookDeliveries::WorkspaceId,
                        WebhookDeliveries::ActivityId,
                    ),
                ),
                // The log's retention purge.
                index(
                    WebhookDeliveries::Table,
                    (WebhookDeliveries::Status, WebhookDeliveries::DeliveredAt),
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                WebhookDeliveries::Table.into_iden(),
                Webhooks::Table.into_iden(),
            ],
        )
        .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_activities_workspace_id_seq")
                    .table(Activities::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Activities::Table)
                    .drop_column(Activities::Seq)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Activities {
    Table,
    Id,
    WorkspaceId,
    Seq,
}

#[derive(DeriveIden)]
enum Webhooks {
    Table,
    Id,
    WorkspaceId,
    Url,
    Description,
    Events,
    Active,
    Secret,
    PreviousSecret,
    PreviousSecretExpiresAt,
    DisabledReason,
    FailingSince,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum WebhookDeliveries {
    Table,
    WorkspaceId,
    WebhookId,
    ActivityId,
    EventSeq,
    EventType,
    EntityType,
    EntityId,
    Status,
    Attempts,
    NextAttemptAt,
    LastAttemptAt,
    ResponseStatus,
    LatencyMs,
    Error,
    DeliveredAt,
    ReplayOf,
    CreatedAt,
}
