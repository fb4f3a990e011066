//! Reading raw CSV into import rows: header row first (column names case-insensitive, unknown
//! ones ignored), UTF-8, a leading BOM ignored, blank lines skipped, cells trimmed; each row
//! knows the line of the file where it starts, and the cells that cannot be read (`companyId`,
//! `customerType`, lengths) become issues of the row, at the field's name. A quoted field that
//! is never closed is a 400 naming the line where it opens (the `csv` crate would read the rest
//! of the file into it).

use crm_api::models::ContactImportRow;
use crm_api::types::Nullable;
use uuid::Uuid;

use super::source::{SourceRow, too_many_rows};
use crate::error::{ApiError, Issue};

/// A column an import understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    FirstName,
    LastName,
    Email,
    Phone,
    JobTitle,
    CompanyId,
    CompanyName,
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
            "companyname" => Some(Self::CompanyName),
            "customertype" => Some(Self::CustomerType),
            "tags" => Some(Self::Tags),
            _ => None,
        }
    }
}

/// Reads raw CSV (header row first, UTF-8, a leading BOM ignored) into import rows, with the
/// cells that cannot be read (`companyId`, `customerType`) as issues. Blank lines are skipped.
/// More than `max_rows` rows is a 413.
pub(super) fn parse(text: &str, max_rows: usize) -> Result<Vec<SourceRow>, ApiError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(line) = unterminated_quote(text) {
        return Err(ApiError::invalid_field(
            "csv",
            format!("line {line}: a quoted field is never closed"),
        ));
    }
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
    let mut lines = LineCounter::new(text);
    for (i, record) in reader.records().enumerate() {
        if i >= max_rows {
            return Err(too_many_rows(max_rows));
        }
        let record = record.map_err(unreadable)?;
        let start = record.position().map_or(0, csv::Position::byte);
        let line = lines.line_at(usize::try_from(start).unwrap_or(usize::MAX));
        let mut issues = Vec::new();
        let row = read_row(&columns, &record, &mut issues);
        rows.push(SourceRow { line, row, issues });
    }
    Ok(rows)
}

/// The 1-based line where a record starts, from its byte offset: the `csv` crate places a
/// record after blank lines at the first of them, so the line breaks before its first cell are
/// skipped. Offsets only grow, so each byte is looked at once.
struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            offset: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> u64 {
        let bytes = self.text.as_bytes();
        let mut start = offset.min(bytes.len());
        while bytes.get(start).is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            start += 1;
        }
        if start >= self.offset {
            let skipped = bytes.get(self.offset..start).unwrap_or_default();
            let breaks = skipped.iter().filter(|b| **b == b'\n');
            self.line += u64::try_from(breaks.count()).unwrap_or(0);
            self.offset = start;
        }
        self.line
    }
}

fn unreadable(error: csv::Error) -> ApiError {
    let line = error
        .position()
        .map(|p| format!(" (line {})", p.line()))
        .unwrap_or_default();
    ApiError::invalid_field("csv", format!("is not readable CSV{line}"))
}

fn read_row(
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
                Err(_) => issues.push(Issue::new("companyId", "must be a UUID")),
            },
            Column::CompanyName => row.company_name = text(),
            Column::CustomerType if cell.is_empty() => row.customer_type = None,
            Column::CustomerType => match cell.to_ascii_uppercase().parse() {
                Ok(kind) => row.customer_type = Some(Nullable::Present(kind)),
                Err(_) => issues.push(Issue::new(
                    "customerType",
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
    check_lengths(&row, issues);
    row
}

/// The contract's length limits of an import row (parsed `rows` are checked by the framework
/// already; CSV cells are checked here).
fn check_lengths(row: &ContactImportRow, issues: &mut Vec<Issue>) {
    let mut limit = |field: &str, text: Option<&str>, max: usize| {
        if text.is_some_and(|t| t.chars().count() > max) {
            issues.push(Issue::new(
                field,
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
    limit("companyName", present(&row.company_name).as_deref(), 200);
    let tags = row.tags.as_deref().unwrap_or_default();
    if tags.len() > 50 {
        issues.push(Issue::new("tags", "must have at most 50 tags"));
    }
}

/// The 1-based line on which a quoted field opens that no quote closes, if any (RFC 4180: a
/// field starting with `"` ends at a `"` not followed by another `"`).
fn unterminated_quote(text: &str) -> Option<usize> {
    let mut line = 1;
    let mut opened_on = None;
    let mut at_field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (opened_on, c) {
            (None, '"') if at_field_start => opened_on = Some(line),
            (Some(_), '"') if chars.peek() == Some(&'"') => {
                chars.next();
            }
            (Some(_), '"') => opened_on = None,
            _ => {}
        }
        if c == '\n' {
            line += 1;
        }
        at_field_start = opened_on.is_none() && matches!(c, ',' | '\n' | '\r');
    }
    opened_on
}

#[cfg(test)]
mod tests {
    use crm_api::models;

    use super::*;

    #[test]
    fn csv_header_is_case_insensitive_and_unknown_columns_are_ignored() {
        let text = "FIRSTNAME,LastName,Email,Extra,Tags,companyId,customerType,CompanyName\n\
                    Ada,Lovelace,ada@example.com,zzz,a; b;;,,b2c,Analytical\n\
                    \n\
                    Bob,,,,,not-a-uuid,VIP,\n";
        let rows = parse(text, 10).unwrap();
        assert_eq!(rows.len(), 2);
        let ada = &rows[0].row;
        assert_eq!(ada.first_name, "Ada");
        assert_eq!(ada.tags, Some(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(
            ada.customer_type,
            Some(Nullable::Present(models::CustomerType::B2C))
        );
        assert_eq!(
            ada.company_name,
            Some(Nullable::Present("Analytical".to_owned()))
        );
        assert!(rows[0].issues.is_empty());
        assert_eq!(rows[1].row.company_name, None, "an empty cell is absent");
        let paths: Vec<&str> = rows[1].issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["companyId", "customerType"]);
        let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4], "file lines, the header being line 1");
    }

    #[test]
    fn a_row_is_located_by_the_line_it_starts_on() {
        let text = "firstName,lastName,jobTitle\nA,B,\"two\nlines\"\nC,D,x\n";
        let rows = parse(text, 10).unwrap();
        let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4]);
    }

    #[test]
    fn more_rows_than_allowed_is_a_413() {
        let error = parse("firstName,lastName\nA,B\nC,D\n", 1).unwrap_err();
        assert_eq!(error.code(), crate::error::ErrorCode::PayloadTooLarge);
    }

    #[test]
    fn an_unterminated_quote_names_the_line_it_opens_on() {
        assert_eq!(unterminated_quote("a,b\n\"x,y\nz\n"), Some(2));
        assert_eq!(
            unterminated_quote("a,b\n\"x\ny\",z\n"),
            None,
            "a quoted line break"
        );
        assert_eq!(
            unterminated_quote("a\n\"say \"\"hi\"\"\",b\n"),
            None,
            "escaped quotes"
        );
        assert_eq!(
            unterminated_quote("a\nx\"y,b\n"),
            None,
            "a quote inside a field is text"
        );
        assert_eq!(unterminated_quote("a\n1,\"open\n"), Some(2));
        let error = parse("firstName,lastName\nA,\"B\nC,D\n", 10).unwrap_err();
        assert_eq!(
            error.issues()[0].message,
            "line 2: a quoted field is never closed"
        );
    }
}
