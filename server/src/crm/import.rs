//! Contact import (raw CSV or parsed rows); the export is in [`super::csv_export`].
//!
//! Every row goes through [`contacts::prepare`], the same validation and row building as
//! `createContact`, and is located by its `line` ([`source`]). By default an import is all or
//! nothing: any invalid row refuses the file (400 with every problem at `rows[i].field` and its
//! line; a `companyId` naming no live company is a 422 `INVALID_REFERENCE`) and nothing is
//! written. [`Options`] relax that (`skipInvalid`), decide duplicates by email ([`plan`]) and
//! make a dry run. In one transaction: the references are checked, `companyName` is resolved or
//! created, duplicates are found (each with a fixed number of queries per 500 rows,
//! [`lookup`]), the new contacts are inserted in batches, each changed one is updated with its
//! `contact.updated` activity, and ONE `contact.imported` activity about the workspace carries
//! the counts. Imports are rate limited per workspace and run a few at a time per instance
//! ([`crate::AppState::imports`]).

mod csv;
mod lookup;
mod plan;
mod source;

pub use source::MAX_ROWS;

use std::collections::HashMap;

use chrono::Duration;
use crm_api::models::{self, ContactImportRequest, ImportDuplicateMode};
use crm_api::types::Nullable;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;

use self::plan::{Plan, ReadyRow, Written};
use self::source::SourceRow;
use super::{companies, contacts};
use crate::entities::contacts::{Entity, Model};
use crate::error::{ApiError, ErrorCode, Issue};
use crate::store::activity::{self, NewActivity};
use crate::store::batch::{insert_many, update_many};
use crate::store::{Tenant, rate_counters, statistics};

/// Imports a workspace may run per [`RATE_WINDOW`].
pub const IMPORTS_PER_WINDOW: i64 = 10;
/// The import rate-limit window.
pub const RATE_WINDOW: Duration = Duration::seconds(60);
/// Seconds a client turned away by a busy instance is told to wait.
const BUSY_RETRY_SECS: &str = "5";

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
        crate::metrics::rejected(crate::metrics::Rejection::ImportRateLimit);
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

/// 503 `SERVICE_UNAVAILABLE`: the instance runs as many imports as it may, and its queue is
/// full.
pub fn busy() -> ApiError {
    crate::metrics::rejected(crate::metrics::Rejection::ImportQueue);
    ApiError::new(
        ErrorCode::ServiceUnavailable,
        "Too many imports are running right now; try again in a moment",
    )
    .with_header(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from_static(BUSY_RETRY_SECS),
    )
}

/// How an import treats invalid rows and duplicates, and whether it writes.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Check and report only.
    pub dry_run: bool,
    /// Import the valid rows, report the others.
    pub skip_invalid: bool,
    /// What a row whose email is already a contact does.
    pub on_duplicate: ImportDuplicateMode,
}

impl Default for Options {
    /// A real, all-or-nothing import that skips duplicates.
    fn default() -> Self {
        Self {
            dry_run: false,
            skip_invalid: false,
            on_duplicate: ImportDuplicateMode::Skip,
        }
    }
}

impl Options {
    /// The options of the request's query ([`Options::default`] for those not given).
    pub fn from_query(query: &models::ImportContactsQueryParams) -> Self {
        Self {
            dry_run: query.dry_run.unwrap_or(false),
            skip_invalid: query.skip_invalid.unwrap_or(false),
            on_duplicate: query.on_duplicate.unwrap_or(ImportDuplicateMode::Skip),
        }
    }
}

/// What an import did (or, on a dry run, would do).
#[derive(Debug, Default)]
pub struct Outcome {
    /// The contacts created or updated, in file order (none on a dry run).
    pub contacts: Vec<Model>,
    /// Rows that created a contact.
    pub created: i64,
    /// Rows that updated a contact.
    pub updated: i64,
    /// Rows left out as duplicates.
    pub skipped: i64,
    /// Invalid rows left out.
    pub failed: i64,
    /// Companies created for a `companyName`.
    pub companies_created: i64,
    /// The problems of the rows left out, by line.
    pub errors: Vec<models::ImportRowError>,
    /// Nothing was written.
    pub dry_run: bool,
}

impl Outcome {
    /// The contract's answer.
    pub fn to_api(&self) -> models::ContactImportResponse {
        let contacts: Vec<models::Contact> = self.contacts.iter().map(contacts::to_api).collect();
        models::ContactImportResponse::new(
            count(contacts.len()),
            contacts,
            self.created,
            self.updated,
            self.skipped,
            self.failed,
            self.companies_created,
            self.errors.clone(),
            self.dry_run,
        )
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A problem of one row.
#[derive(Debug, Clone)]
struct Problem {
    /// 0-based data row.
    index: usize,
    line: u64,
    /// At the row's field name.
    issue: Issue,
}

impl Problem {
    /// The issue as the envelope of a refused file carries it: `rows[i].field`, with the line.
    fn envelope_issue(&self) -> Issue {
        Issue::new(
            format!("rows[{}].{}", self.index, self.issue.path),
            self.issue.message.clone(),
        )
        .on_line(self.line)
    }
}

/// A row that passed the checks that need no database.
#[derive(Debug, Clone)]
struct Checked {
    index: usize,
    line: u64,
    contact: Model,
    /// The `companyName` to resolve (only when the row names no `companyId`).
    company_name: Option<String>,
}

/// Imports the request's rows for the caller (who owns the contacts created).
pub async fn import(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &ContactImportRequest,
    options: Options,
) -> Result<Outcome, ApiError> {
    // Reading and checking 50,000 rows is CPU work: off the async workers.
    let body = body.clone();
    let (checked, mut problems) = tokio::task::spawn_blocking(move || check(tenant, &body))
        .await
        .map_err(ApiError::internal)??;
    if !problems.is_empty() && !options.skip_invalid {
        let issues = problems.iter().map(Problem::envelope_issue).collect();
        return Err(ApiError::validation(issues));
    }
    let txn = crate::db::begin_write(db).await?;
    let checked = check_references(&txn, tenant, checked, &mut problems, options).await?;
    let (ready, new_companies) = resolve_companies(&txn, tenant, checked).await?;
    let existing = match options.on_duplicate {
        ImportDuplicateMode::Create => HashMap::new(),
        _ => {
            let emails = ready.iter().filter_map(|row| row.contact.email.as_deref());
            lookup::contacts_by_email(&txn, tenant, emails).await?
        }
    };
    let plan = plan::plan(ready, existing, options.on_duplicate);
    let mut outcome = Outcome {
        created: count(plan.created.len()),
        updated: plan.updated_rows,
        skipped: plan.skipped_rows,
        companies_created: count(new_companies.len()),
        dry_run: options.dry_run,
        ..Outcome::default()
    };
    report_problems(&mut outcome, problems);
    if options.dry_run {
        // Dropping the transaction rolls it back; nothing was written anyway.
        return Ok(outcome);
    }
    insert_many::<crate::entities::companies::Entity, _>(&txn, tenant, new_companies).await?;
    outcome.contacts = write(&txn, tenant, plan).await?;
    activity::record(
        &txn,
        tenant,
        NewActivity {
            kind: "contact.imported",
            entity_type: "workspace",
            entity_id: tenant.workspace_id(),
            metadata: Some(json!({
                "count": outcome.created,
                "created": outcome.created,
                "updated": outcome.updated,
                "skipped": outcome.skipped,
                "failed": outcome.failed,
                "companiesCreated": outcome.companies_created,
            })),
        },
    )
    .await?;
    txn.commit().await?;
    let companies = u64::try_from(outcome.companies_created).unwrap_or(0);
    statistics::refresh_after_bulk_write(db, statistics::Table::Companies, companies);
    let contacts = u64::try_from(outcome.created).unwrap_or(0);
    statistics::refresh_after_bulk_write(db, statistics::Table::Contacts, contacts);
    Ok(outcome)
}

/// Reads the request and checks every row like `createContact` (no database).
fn check(
    tenant: Tenant,
    body: &ContactImportRequest,
) -> Result<(Vec<Checked>, Vec<Problem>), ApiError> {
    let rows = source::read(body)?;
    let mut checked = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    for (index, SourceRow { line, row, issues }) in rows.into_iter().enumerate() {
        let problem = |issue: Issue| Problem { index, line, issue };
        let prepared = contacts::prepare(tenant, &source::to_create(&row));
        let found = problems.len();
        problems.extend(issues.into_iter().map(problem));
        match prepared {
            Ok(_) if problems.len() > found => {}
            Ok((contact, _refs)) => checked.push(Checked {
                index,
                line,
                company_name: company_name(&row.company_name)
                    .filter(|_| contact.company_id.is_none()),
                contact,
            }),
            Err(error) if error.code() == ErrorCode::ValidationError => {
                problems.extend(error.issues().iter().cloned().map(problem));
            }
            Err(error) => return Err(error),
        }
    }
    Ok((checked, problems))
}

/// A `companyName` cell, trimmed; blank counts as absent.
fn company_name(cell: &Option<Nullable<String>>) -> Option<String> {
    match cell {
        Some(Nullable::Present(name)) => Some(name.trim().to_owned()).filter(|n| !n.is_empty()),
        _ => None,
    }
}

/// The rows whose `companyId` names a live company of the workspace (or none); the others are
/// problems, which refuse the import with a 422 unless invalid rows are skipped.
async fn check_references<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    checked: Vec<Checked>,
    problems: &mut Vec<Problem>,
    options: Options,
) -> Result<Vec<Checked>, ApiError> {
    let named = checked.iter().filter_map(|row| row.contact.company_id);
    let live = lookup::live_companies(db, tenant, named).await?;
    let (good, bad): (Vec<Checked>, Vec<Checked>) = checked
        .into_iter()
        .partition(|row| row.contact.company_id.is_none_or(|id| live.contains(&id)));
    let bad: Vec<Problem> = bad
        .into_iter()
        .map(|row| Problem {
            index: row.index,
            line: row.line,
            issue: Issue::new("companyId", "does not name a company of this workspace"),
        })
        .collect();
    if !bad.is_empty() && !options.skip_invalid {
        return Err(ApiError::new(
            ErrorCode::InvalidReference,
            "A referenced record does not exist in this workspace",
        )
        .with_issues(bad.iter().map(Problem::envelope_issue).collect()));
    }
    problems.extend(bad);
    Ok(good)
}

/// Points each row with a `companyName` at the live company of that name, or at a new company
/// (one per name, spelled as its first row spells it), which it answers for insertion.
async fn resolve_companies<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    checked: Vec<Checked>,
) -> Result<(Vec<ReadyRow>, Vec<crate::entities::companies::Model>), ApiError> {
    let names = checked.iter().filter_map(|row| row.company_name.as_deref());
    let mut companies_by_key = lookup::companies_by_name(db, tenant, names).await?;
    let mut new_companies = Vec::new();
    let mut ready = Vec::with_capacity(checked.len());
    for row in checked {
        let mut contact = row.contact;
        if let Some(name) = row.company_name {
            let id = *companies_by_key
                .entry(lookup::key(&name))
                .or_insert_with(|| {
                    let company = companies::named(tenant, name);
                    let id = company.id;
                    new_companies.push(company);
                    id
                });
            contact.company_id = Some(id);
        }
        let email_key = contact.email.as_deref().map(lookup::key);
        ready.push(ReadyRow { contact, email_key });
    }
    Ok((ready, new_companies))
}

/// The problems of the rows left out, as the answer lists them (by line) and counts them.
fn report_problems(outcome: &mut Outcome, mut problems: Vec<Problem>) {
    problems.sort_by_key(|p| p.index);
    let mut rows: Vec<usize> = problems.iter().map(|p| p.index).collect();
    rows.dedup();
    outcome.failed = count(rows.len());
    outcome.errors = problems
        .into_iter()
        .map(|p| models::ImportRowError::new(p.line, p.issue.path, p.issue.message))
        .collect();
}

/// Writes the plan: the new contacts, then the changed ones with their activities, in batches.
/// Answers the contacts written, in the plan's order.
async fn write<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    plan: Plan,
) -> Result<Vec<Model>, ApiError> {
    let created = insert_many::<Entity, _>(db, tenant, plan.created).await?;
    let updated = update_many::<Entity, _>(db, tenant, plan.updates).await?;
    Ok(plan
        .order
        .iter()
        .filter_map(|written| match *written {
            Written::Created(i) => created.get(i).cloned(),
            Written::Updated(i) => updated.get(i).cloned(),
        })
        .collect())
}
