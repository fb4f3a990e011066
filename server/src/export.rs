//! `crm-server export-workspace --workspace ID --out FILE.zip`: everything a workspace holds,
//! for a customer who leaves. One JSON file per kind (an array of the contract's models, the
//! shapes the API answers), `contacts.csv` (the API's CSV export), `members.json` and
//! `workspace.json`. Live records only: the trash is what its users deleted.
//!
//! Rows are read a page at a time through the store's list ([`crate::store::list::page`]) and
//! written to the archive as they come, so a workspace of a million contacts does not have to
//! fit in memory.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use sea_orm::{ActiveEnum, DatabaseConnection};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use crate::accounts::memberships;
use crate::crm::csv_export;
use crate::entities::{
    activities, companies, contacts, deals, invoices, notes, stages, tasks, visits,
};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::list::{self, Filters};
use crate::store::members::oldest_owner;
use crate::store::paging::KeysetPage;
use crate::store::record::Record;

/// Rows read per query.
const PAGE: u32 = 200;

/// What was written: `(file name, rows)`.
pub type Written = Vec<(String, u64)>;

/// Writes the archive of `workspace_id` to `out`; 404 when the workspace has no owner (unknown).
pub async fn export_workspace(
    db: &DatabaseConnection,
    workspace_id: Uuid,
    out: &Path,
) -> Result<Written, ApiError> {
    let tenant = oldest_owner(db, workspace_id)
        .await?
        .ok_or_else(|| ApiError::not_found("Workspace"))?;
    let file =
        File::create(out).map_err(|e| ApiError::internal(format!("{}: {e}", out.display())))?;
    let mut zip = ZipWriter::new(file);
    let mut written = Written::new();
    written.push(kind::<companies::Entity>(&mut zip, db, tenant, "companies.json").await?);
    written.push(kind::<contacts::Entity>(&mut zip, db, tenant, "contacts.json").await?);
    written.push(kind::<deals::Entity>(&mut zip, db, tenant, "deals.json").await?);
    written.push(kind::<stages::Entity>(&mut zip, db, tenant, "stages.json").await?);
    written.push(kind::<tasks::Entity>(&mut zip, db, tenant, "tasks.json").await?);
    written.push(kind::<notes::Entity>(&mut zip, db, tenant, "notes.json").await?);
    written.push(kind::<invoices::Entity>(&mut zip, db, tenant, "invoices.json").await?);
    written.push(kind::<visits::Entity>(&mut zip, db, tenant, "visits.json").await?);
    written.push(kind::<activities::Entity>(&mut zip, db, tenant, "activities.json").await?);
    written.push(members(&mut zip, db, tenant).await?);
    let csv = csv_export::export(db, Some(tenant)).await?;
    let csv_rows = u64::try_from(csv.lines().count().saturating_sub(1)).unwrap_or(u64::MAX);
    entry(&mut zip, "contacts.csv")?;
    zip.write_all(csv.as_bytes()).map_err(io)?;
    written.push(("contacts.csv".to_owned(), csv_rows));
    entry(&mut zip, "workspace.json")?;
    let about =
        json!({ "workspaceId": workspace_id, "exportedAt": crate::time::now(), "files": written });
    zip.write_all(about.to_string().as_bytes()).map_err(io)?;
    zip.finish()
        .map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(written)
}

/// Every live row of `E` as a JSON array in `name`; answers `(name, rows)`.
async fn kind<E>(
    zip: &mut ZipWriter<File>,
    db: &DatabaseConnection,
    tenant: Tenant,
    name: &str,
) -> Result<(String, u64), ApiError>
where
    E: Record,
    E::Model: Sync,
{
    entry(zip, name)?;
    let mut array = JsonArray::default();
    let mut cursor: Option<String> = None;
    loop {
        let request = KeysetPage::parse(Some(PAGE), cursor.as_deref())?;
        let page = list::page::<E, _>(db, Some(tenant), Filters::new(), &request).await?;
        for row in &page.rows {
            array.push(zip, &E::to_api(row))?;
        }
        match page.next {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    Ok((name.to_owned(), array.finish(zip)?))
}

/// `members.json`: who belongs to the workspace, with which role, since when.
async fn members(
    zip: &mut ZipWriter<File>,
    db: &DatabaseConnection,
    tenant: Tenant,
) -> Result<(String, u64), ApiError> {
    entry(zip, "members.json")?;
    let mut array = JsonArray::default();
    let mut cursor: Option<String> = None;
    loop {
        let (rows, _total, next) =
            memberships::page(db, Some(tenant), Some(PAGE), cursor.as_deref()).await?;
        for (membership, user) in &rows {
            let member = json!({
                "userId": user.id,
                "name": user.name,
                "email": user.email,
                "role": membership.role.to_value(),
                "joinedAt": membership.created_at,
            });
            array.push(zip, &member)?;
        }
        match next {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    Ok(("members.json".to_owned(), array.finish(zip)?))
}

/// A JSON array written element by element.
#[derive(Default)]
struct JsonArray {
    count: u64,
}

impl JsonArray {
    fn push(&mut self, zip: &mut ZipWriter<File>, value: &impl Serialize) -> Result<(), ApiError> {
        zip.write_all(if self.count == 0 { b"[\n" } else { b",\n" })
            .map_err(io)?;
        serde_json::to_writer(&mut *zip, value).map_err(ApiError::internal)?;
        self.count += 1;
        Ok(())
    }

    fn finish(self, zip: &mut ZipWriter<File>) -> Result<u64, ApiError> {
        zip.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })
            .map_err(io)?;
        Ok(self.count)
    }
}

/// Starts the archive's file `name` (deflated).
fn entry(zip: &mut ZipWriter<File>, name: &str) -> Result<(), ApiError> {
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file(name, options)
        .map_err(|e| ApiError::internal(e.to_string()))
}

fn io(error: std::io::Error) -> ApiError {
    ApiError::internal(error.to_string())
}
