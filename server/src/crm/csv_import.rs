//! Contact import (raw CSV or parsed rows); the export is in [`super::csv_export`].
//!
//! Import is all or nothing: every row goes through [`contacts::prepare`], the same validation
//! and row building as `createContact`, and any problem is reported as `rows[i].field` (`i` the
//! 0-based data row, for CSV too) with nothing written. Format problems answer 400
//! `VALIDATION_ERROR`; when every row is well formed, references (`companyId`) are checked in the
//! import's transaction and a bad one answers 422 `INVALID_REFERENCE`, as `createContact` does.
//! The rows are then inserted in batches with one counter update and ONE `contact.imported`
//! activity about the workspace. Imports are rate limited per workspace.

use std::collections::{BTreeSet, HashSet};

use chrono::Duration;
use crm_api::models::{self, ContactCreateRequest, ContactImportRow};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, QueryFilter, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use super::{contacts, csv_rows};
use crate::entities::companies;
use crate::entities::contacts::{Entity, Model};
use crate::error::{ApiError, ErrorCode, Issue};
use crate::store::activity::{self, NewActivity};
use crate::store::record::scoped;
use crate::store::write::insert_many;
use crate::store::{Tenant, rate_counters};

/// Most rows one import may carry.
pub const MAX_ROWS: usize = 5000;
/// Imports a workspace may run per [`RATE_WINDOW`].
pub const IMPORTS_PER_WINDOW: i64 = 10;
/// The import rate-limit window.
pub const RATE_WINDOW: Duration = Duration::seconds(60);
/// Company ids per reference-check query (well under the bind-parameter limits of both
/// databases).
const CHECK_BATCH: usize = 500;

/// The rate-limit headers of an admitted import: `RateLimit-Policy` and `RateLimit`.
#[derive(Debug, Clone)]
pub struct RateHeaders {
    /// `"import";q=10;w=60`.
    pub policy: String,
    /// `"import";r=<remaining>;t=<seconds to reset>`.
    pub state: String,
}

/// Counts one import of the workspace in the current window; past the limit a 429.
pub async fn admit(db: &DatabaseConnection, tenant: Tenant) -> Result<RateHeaders, ApiError> {
    let now = crate::time::now();
    let window = rate_counters::window_start(now, RATE_WINDOW);
    let bucket = format!("import:{}", tenant.workspace_id());
    let count = rate_counters::hit(db, &bucket, window).await?;
    let reset = (window + RATE_WINDOW - now).num_seconds().max(1);
    if count > IMPORTS_PER_WINDOW {
        return Err(ApiError::rate_limited(u64::try_from(reset).unwrap_or(60)));
    }
    Ok(RateHeaders {
        policy: format!(
            "\"import\";q={IMPORTS_PER_WINDOW};w={}",
            RATE_WINDOW.num_seconds()
        ),
        state: format!(
            "\"import\";r={};t={reset}",
            (IMPORTS_PER_WINDOW - count).max(0)
        ),
    })
}

/// Imports the request's rows for the caller (who owns them), all or nothing.
pub async fn import(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &models::ContactImportRequest,
) -> Result<Vec<Model>, ApiError> {
    let (rows, mut issues) = request_rows(body)?;
    let mut prepared = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        match contacts::prepare(tenant, &to_create(row)) {
            Ok(one) => prepared.push(one),
            Err(error) if error.code() == ErrorCode::ValidationError => {
                issues.extend(at_row(i, error.issues()));
            }
            Err(error) => return Err(error),
        }
    }
    if !issues.is_empty() {
        issues.sort_by_key(|issue| row_index(&issue.path));
        return Err(ApiError::validation(issues));
    }
    let txn = crate::db::begin_write(db).await?;
    // A contact's one reference is its company: checked for all rows at once, one query per
    // `CHECK_BATCH` distinct ids instead of one per row.
    let models: Vec<Model> = prepared.into_iter().map(|(row, _refs)| row).collect();
    let live = live_companies(&txn, tenant, &models).await?;
    let bad: Vec<Issue> = models
        .iter()
        .enumerate()
        .filter(|(_, row)| row.company_id.is_some_and(|id| !live.contains(&id)))
        .map(|(i, _)| {
            Issue::new(
                format!("rows[{i}].companyId"),
                "does not name a company of this workspace",
            )
        })
        .collect();
    if !bad.is_empty() {
        return Err(ApiError::new(
            ErrorCode::InvalidReference,
            "A referenced record does not exist in this workspace",
        )
        .with_issues(bad));
    }
    let models = insert_many::<Entity, _>(&txn, tenant, models).await?;
    let count = i64::try_from(models.len()).unwrap_or(i64::MAX);
    activity::record(
        &txn,
        tenant,
        NewActivity {
            kind: "contact.imported",
            entity_type: "workspace",
            entity_id: tenant.workspace_id(),
            metadata: Some(json!({ "count": count })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(models)
}

/// The companies named by `rows` that are live records of the workspace.
async fn live_companies<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    rows: &[Model],
) -> Result<HashSet<Uuid>, ApiError> {
    let named: BTreeSet<Uuid> = rows.iter().filter_map(|row| row.company_id).collect();
    let named: Vec<Uuid> = named.into_iter().collect();
    let mut live = HashSet::with_capacity(named.len());
    for chunk in named.chunks(CHECK_BATCH) {
        let found: Vec<Uuid> = scoped::<companies::Entity>(tenant)
            .select_only()
            .column(companies::Column::Id)
            .filter(companies::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        live.extend(found);
    }
    Ok(live)
}

/// The request's rows with the problems found while reading CSV; both or neither of `csv` and
/// `rows`, more than [`MAX_ROWS`] rows or unreadable CSV are a 400 at once.
fn request_rows(
    body: &models::ContactImportRequest,
) -> Result<(Vec<ContactImportRow>, Vec<Issue>), ApiError> {
    let (rows, issues) = match (&body.csv, &body.rows) {
        (Some(text), None) => csv_rows::parse(text, MAX_ROWS)?,
        (None, Some(rows)) => (rows.clone(), Vec::new()),
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid_field(
                "csv",
                "send either `csv` or `rows`, not both",
            ));
        }
        (None, None) => {
            return Err(ApiError::invalid_field(
                "csv",
                "send either `csv` or `rows`",
            ));
        }
    };
    if rows.len() > MAX_ROWS {
        return Err(csv_rows::too_many_rows(MAX_ROWS));
    }
    Ok((rows, issues))
}

/// The issues of one row, under `rows[i].`.
fn at_row(i: usize, issues: &[Issue]) -> impl Iterator<Item = Issue> + '_ {
    issues
        .iter()
        .map(move |issue| Issue::new(format!("rows[{i}].{}", issue.path), issue.message.clone()))
}

/// The row index of a `rows[i].field` path (for ordering the issues by row).
fn row_index(path: &str) -> usize {
    path.strip_prefix("rows[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|i| i.parse().ok())
        .unwrap_or(usize::MAX)
}

/// An import row as the `createContact` body it stands for.
fn to_create(row: &ContactImportRow) -> ContactCreateRequest {
    let mut body = ContactCreateRequest::new(row.first_name.clone(), row.last_name.clone());
    body.job_title = row.job_title.clone();
    body.email = row.email.clone();
    body.phone = row.phone.clone();
    body.company_id = row.company_id;
    body.customer_type = row.customer_type;
    body.tags = row.tags.clone();
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_paths_sort_by_row() {
        assert_eq!(row_index("rows[12].email"), 12);
        assert_eq!(row_index("csv"), usize::MAX);
    }
}
