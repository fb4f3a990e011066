//! Contact export: every live contact, most recently updated first (the list order), as CSV with
//! RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with `'`.

use chrono::SecondsFormat;
use sea_orm::DatabaseConnection;

use super::contacts;
use crate::entities::contacts::{Entity, Model};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::paging::KeysetPage;
use crate::store::record::{Record, scoped};

/// The header row of an export.
pub const EXPORT_HEADER: [&str; 11] = [
    "id",
    "firstName",
    "lastName",
    "email",
    "phone",
    "jobTitle",
    "companyId",
    "customerType",
    "tags",
    "createdAt",
    "updatedAt",
];
/// `Content-Disposition` of an export made at `now`: a download named
/// `contacts-YYYY-MM-DD.csv` after the day (UTC).
pub fn attachment(now: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "attachment; filename=\"contacts-{}.csv\"",
        now.format("%Y-%m-%d")
    )
}

/// The export reads every row; this only bounds the query.
const EXPORT_LIMIT: u64 = 1_000_000_000;

/// Every live contact of the workspace as CSV, most recently updated first; a caller without a
/// workspace gets the header row only.
pub async fn export(db: &DatabaseConnection, tenant: Option<Tenant>) -> Result<String, ApiError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(EXPORT_HEADER)
        .map_err(ApiError::internal)?;
    if let Some(tenant) = tenant {
        let everything = KeysetPage {
            limit: EXPORT_LIMIT,
            after: None,
        };
        let rows = everything
            .apply(scoped::<Entity>(tenant), &Entity::sort())?
            .all(db)
            .await?;
        for row in &rows {
            writer
                .write_record(cells(row).iter().map(|cell| defuse(cell)))
                .map_err(ApiError::internal)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| ApiError::internal(error.into_error()))?;
    String::from_utf8(bytes).map_err(ApiError::internal)
}

/// A contact's cells in [`EXPORT_HEADER`] order.
fn cells(row: &Model) -> [String; 11] {
    let api = contacts::to_api(row);
    let time = |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    let customer_type = row
        .customer_type
        .map(contacts::customer_type_to_api)
        .and_then(|t| serde_json::to_value(t).ok())
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    [
        row.id.to_string(),
        row.first_name.clone(),
        row.last_name.clone(),
        row.email.clone().unwrap_or_default(),
        row.phone.clone().unwrap_or_default(),
        row.job_title.clone().unwrap_or_default(),
        row.company_id.map(|id| id.to_string()).unwrap_or_default(),
        customer_type,
        api.tags.join(";"),
        time(row.created_at),
        time(row.updated_at),
    ]
}

/// Prefixes a cell a spreadsheet would run as a formula with `'`.
pub fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(defuse("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(defuse("+1 555"), "'+1 555");
        assert_eq!(defuse("-2"), "'-2");
        assert_eq!(defuse("@x"), "'@x");
        assert_eq!(defuse("\tx"), "'\tx");
        assert_eq!(defuse("\rx"), "'\rx");
        assert_eq!(defuse("Ada"), "Ada");
    }
}
