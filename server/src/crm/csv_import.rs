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
use crm_api::types::Nullable;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, QueryFilter, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use super::contacts;
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
        (Some(text), None) => parse(text)?,
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
        return Err(too_many_rows());
    }
    Ok((rows, issues))
}

fn too_many_rows() -> ApiError {
    ApiError::invalid_field("rows", format!("at most {MAX_ROWS} rows per import"))
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

/// A column an import understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    FirstName,
    LastName,
    Email,
    Phone,
    JobTitle,
    CompanyId,
    CustomerType,
    Tags,
}

impl Column {
    /// The column a header cell names (case-insensitive); `None` for a column to ignore.
    fn named(header: &str) -> Option<Self> {
        match header.trim().to_ascii_lowercase().as_str() {
            "firstname" => Some(Self::FirstName),
            "lastname" => Some(Self::LastName),
            "email" => Some(Self::Email),
            "phone" => Some(Self::Phone),
            "jobtitle" => Some(Self::JobTitle),
            "companyid" => Some(Self::CompanyId),
            "customertype" => Some(Self::CustomerType),
            "tags" => Some(Self::Tags),
            _ => None,
        }
    }
}

/// Reads raw CSV (header row first, UTF-8, a leading BOM ignored) into import rows, with the
/// cells that cannot be read (`companyId`, `customerType`) as issues. Blank lines are skipped.
fn parse(text: &str) -> Result<(Vec<ContactImportRow>, Vec<Issue>), ApiError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let columns: Vec<Option<Column>> = reader
        .headers()
        .map_err(unreadable)?
        .iter()
        .map(Column::named)
        .collect();
    let mut rows = Vec::new();
    let mut issues = Vec::new();
    for (i, record) in reader.records().enumerate() {
        if i >= MAX_ROWS {
            return Err(too_many_rows());
        }
        let record = record.map_err(unreadable)?;
        rows.push(read_row(i, &columns, &record, &mut issues));
    }
    Ok((rows, issues))
}

fn unreadable(error: csv::Error) -> ApiError {
    let line = error
        .position()
        .map(|p| format!(" (line {})", p.line()))
        .unwrap_or_default();
    ApiError::invalid_field("csv", format!("is not readable CSV{line}"))
}

fn read_row(
    i: usize,
    columns: &[Option<Column>],
    record: &csv::StringRecord,
    issues: &mut Vec<Issue>,
) -> ContactImportRow {
    let mut row = ContactImportRow::new(String::new(), String::new());
    for (column, cell) in columns.iter().zip(record.iter()) {
        let Some(column) = column else { continue };
        let text = || (!cell.is_empty()).then(|| Nullable::Present(cell.to_owned()));
        match column {
            Column::FirstName => row.first_name = cell.to_owned(),
            Column::LastName => row.last_name = cell.to_owned(),
            Column::Email => row.email = text(),
            Column::Phone => row.phone = text(),
            Column::JobTitle => row.job_title = text(),
            Column::CompanyId if cell.is_empty() => row.company_id = None,
            Column::CompanyId => match Uuid::parse_str(cell) {
                Ok(id) => row.company_id = Some(Nullable::Present(id)),
                Err(_) => issues.push(Issue::new(format!("rows[{i}].companyId"), "must be a UUID")),
            },
            Column::CustomerType if cell.is_empty() => row.customer_type = None,
            Column::CustomerType => match cell.to_ascii_uppercase().parse() {
                Ok(kind) => row.customer_type = Some(Nullable::Present(kind)),
                Err(_) => issues.push(Issue::new(
                    format!("rows[{i}].customerType"),
                    "must be one of B2B, B2C, PATIENT",
                )),
            },
            Column::Tags => {
                row.tags = Some(
                    cell.split(';')
                        .map(str::trim)
                        .filter(|tag| !tag.is_empty())
                        .map(str::to_owned)
                        .collect(),
                );
            }
        }
    }
    check_lengths(i, &row, issues);
    row
}

/// The contract's length limits of an import row (parsed `rows` are checked by the framework
/// already; CSV cells are checked here).
fn check_lengths(i: usize, row: &ContactImportRow, issues: &mut Vec<Issue>) {
    let mut limit = |field: &str, text: Option<&str>, max: usize| {
        if text.is_some_and(|t| t.chars().count() > max) {
            issues.push(Issue::new(
                format!("rows[{i}].{field}"),
                format!("must be at most {max} characters"),
            ));
        }
    };
    let present = |value: &Option<Nullable<String>>| match value {
        Some(Nullable::Present(text)) => Some(text.clone()),
        _ => None,
    };
    limit("firstName", Some(&row.first_name), 100);
    limit("lastName", Some(&row.last_name), 100);
    limit("jobTitle", present(&row.job_title).as_deref(), 200);
    limit("email", present(&row.email).as_deref(), 254);
    limit("phone", present(&row.phone).as_deref(), 50);
    let tags = row.tags.as_deref().unwrap_or_default();
    if tags.len() > 50 {
        issues.push(Issue::new(
            format!("rows[{i}].tags"),
            "must have at most 50 tags",
        ));
    }
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
    fn csv_header_is_case_insensitive_and_unknown_columns_are_ignored() {
        let text = "FIRSTNAME,LastName,Email,Extra,Tags,companyId,customerType\n\
                    Ada,Lovelace,ada@example.com,zzz,a; b;;,,b2c\n\
                    Bob,,,,,not-a-uuid,VIP\n";
        let (rows, issues) = parse(text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].first_name, "Ada");
        assert_eq!(rows[0].tags, Some(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(
            rows[0].customer_type,
            Some(Nullable::Present(models::CustomerType::B2C))
        );
        let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["rows[1].companyId", "rows[1].customerType"]);
    }

    #[test]
    fn issue_paths_sort_by_row() {
        assert_eq!(row_index("rows[12].email"), 12);
        assert_eq!(row_index("csv"), usize::MAX);
    }
}
