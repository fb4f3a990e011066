//! The retention sweep (`CRM_RETENTION_DAYS`): soft-deleted contacts, companies, deals and
//! invoices older than that many days are deleted for good, workspace by workspace, each
//! workspace's purge in one transaction with one `workspace.purged` activity (in the name of its
//! oldest owner) counting what went. Every instance runs it hourly; two instances sweeping at
//! once delete each row once (the second finds nothing left) and only the one that deleted
//! rows writes the activity.
//!
//! A soft-deleted row refers to nothing that could block its delete: deleting the records it
//! pointed at detached it, and deleting it detached the rows pointing at it.

use std::collections::BTreeSet;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseConnection;
use serde_json::json;

use crate::entities::{companies, contacts, deals, invoices};
use crate::error::ApiError;
use crate::store::activity::{self, NewActivity};
use crate::store::members::oldest_owner;
use crate::store::retention::{purge_trash, workspaces_with_trash};

/// How often each instance sweeps.
const EVERY: StdDuration = StdDuration::from_secs(3600);
/// The first sweep after start (not at once: a rolling restart would sweep on every instance).
const FIRST_AFTER: StdDuration = StdDuration::from_secs(60);

/// What a sweep deleted in all.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Swept {
    /// Workspaces whose trash lost rows.
    pub workspaces: u64,
    /// Rows deleted for good.
    pub rows: u64,
}

/// Sweeps every workspace: trash deleted more than `days` before `now` goes.
pub async fn sweep(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    days: u32,
) -> Result<Swept, ApiError> {
    let cutoff = now - Duration::days(i64::from(days));
    let mut workspaces = BTreeSet::new();
    workspaces.extend(workspaces_with_trash::<invoices::Entity, _>(db, cutoff).await?);
    workspaces.extend(workspaces_with_trash::<deals::Entity, _>(db, cutoff).await?);
    workspaces.extend(workspaces_with_trash::<contacts::Entity, _>(db, cutoff).await?);
    workspaces.extend(workspaces_with_trash::<companies::Entity, _>(db, cutoff).await?);
    let mut swept = Swept::default();
    for workspace in workspaces {
        let Some(tenant) = oldest_owner(db, workspace).await? else {
            continue;
        };
        let txn = crate::db::begin_write(db).await?;
        // Rows that point at others first.
        let invoices = purge_trash::<invoices::Entity, _>(&txn, tenant, cutoff).await?;
        let deals = purge_trash::<deals::Entity, _>(&txn, tenant, cutoff).await?;
        let contacts = purge_trash::<contacts::Entity, _>(&txn, tenant, cutoff).await?;
        let companies = purge_trash::<companies::Entity, _>(&txn, tenant, cutoff).await?;
        let rows = invoices + deals + contacts + companies;
        if rows > 0 {
            let metadata = json!({
                "deletedBefore": cutoff,
                "retentionDays": days,
                "purged": {
                    "invoices": invoices, "deals": deals, "contacts": contacts, "companies": companies
                },
            });
            let purged = NewActivity {
                kind: "workspace.purged",
                entity_type: "workspace",
                entity_id: workspace,
                metadata: Some(metadata),
            };
            activity::record(&txn, tenant, purged).await?;
            swept.workspaces += 1;
            swept.rows += rows;
        }
        txn.commit().await?;
    }
    Ok(swept)
}

/// Sweeps hourly in the background, for as long as the process runs.
pub fn spawn(db: DatabaseConnection, days: u32) {
    tokio::spawn(async move {
        tokio::time::sleep(FIRST_AFTER).await;
        let mut every = tokio::time::interval(EVERY);
        loop {
            every.tick().await;
            match sweep(&db, crate::time::now(), days).await {
                Ok(swept) if swept.rows > 0 => tracing::info!(
                    workspaces = swept.workspaces,
                    rows = swept.rows,
                    "retention: old trash deleted"
                ),
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(error = %error.message(), "retention: the sweep failed")
                }
            }
        }
    });
}
