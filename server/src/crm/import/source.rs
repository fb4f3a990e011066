//! What an import reads: the request's `csv` or `rows` as numbered rows, within the limits.

use crm_api::models::{ContactCreateRequest, ContactImportRequest, ContactImportRow};

use super::csv;
use crate::error::{ApiError, ErrorCode, Issue};

/// Most rows one import may carry; more is a 413.
pub const MAX_ROWS: usize = 50_000;

/// One row of the request, located for the person who wrote the file.
#[derive(Debug, Clone)]
pub struct SourceRow {
    /// The 1-based line of the CSV file where the row starts (the header is line 1), or the
    /// 1-based position in `rows`.
    pub line: u64,
    /// The row's cells.
    pub row: ContactImportRow,
    /// Problems found while reading it, at the row's field names (`companyId`).
    pub issues: Vec<Issue>,
}

/// The request's rows. Both or neither of `csv` and `rows` and unreadable CSV are a 400, more
/// than [`MAX_ROWS`] rows a 413, at once.
pub fn read(body: &ContactImportRequest) -> Result<Vec<SourceRow>, ApiError> {
    match (&body.csv, &body.rows) {
        (Some(text), None) => csv::parse(text, MAX_ROWS),
        (None, Some(rows)) if rows.len() > MAX_ROWS => Err(too_many_rows(MAX_ROWS)),
        (None, Some(rows)) => Ok(rows
            .iter()
            .zip(1..)
            .map(|(row, line)| SourceRow {
                line,
                row: row.clone(),
                issues: Vec::new(),
            })
            .collect()),
        (Some(_), Some(_)) => Err(ApiError::invalid_field(
            "csv",
            "send either `csv` or `rows`, not both",
        )),
        (None, None) => Err(ApiError::invalid_field(
            "csv",
            "send either `csv` or `rows`",
        )),
    }
}

/// 413: more than `max_rows` rows in one import.
pub fn too_many_rows(max_rows: usize) -> ApiError {
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        format!("An import carries at most {max_rows} rows"),
    )
}

/// An import row as the `createContact` body it stands for (`companyName` aside).
pub fn to_create(row: &ContactImportRow) -> ContactCreateRequest {
    let mut body = ContactCreateRequest::new(row.first_name.clone(), row.last_name.clone());
    body.job_title = row.job_title.clone();
    body.email = row.email.clone();
    body.phone = row.phone.clone();
    body.company_id = row.company_id;
    body.customer_type = row.customer_type;
    body.tags = row.tags.clone();
    body
}
