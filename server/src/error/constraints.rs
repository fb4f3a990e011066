//! Unique constraints the API answers with a specific code: a violation is mapped by the
//! constraint's name (PostgreSQL names it in the message) or, on SQLite, which names columns
//! instead, by the constrained column list. A violation of any other unique constraint stays
//! the general 409 `CONFLICT`.
//!
//! Constraint names follow the migration crate's rule `uq_<table>_<columns>`.

use super::{ApiError, ErrorCode, Issue};

/// One unique constraint and the answer to its violation.
struct UniqueRule {
    /// The constraint's name (PostgreSQL).
    constraint: &'static str,
    /// The constrained columns as SQLite lists them (`table.column, table.column`).
    columns: &'static str,
    /// The finer code.
    code: ErrorCode,
    /// The human sentence.
    message: &'static str,
    /// The contract field the clash is about, and what is said of it.
    issue: (&'static str, &'static str),
}

/// The constraints with their own codes.
const RULES: [UniqueRule; 4] = [
    UniqueRule {
        constraint: "uq_users_email",
        columns: "users.email",
        code: ErrorCode::EmailTaken,
        message: "An account with this email already exists",
        issue: ("email", "is already registered"),
    },
    UniqueRule {
        constraint: "uq_workspaces_slug",
        columns: "workspaces.slug",
        code: ErrorCode::SlugTaken,
        message: "This workspace slug is already taken",
        issue: ("slug", "is already taken"),
    },
    UniqueRule {
        constraint: "uq_stages_workspace_id_name",
        columns: "stages.workspace_id, stages.name",
        code: ErrorCode::NameTaken,
        message: "A stage with this name already exists",
        issue: ("name", "is already taken"),
    },
    UniqueRule {
        constraint: "uq_invoices_workspace_id_invoice_number",
        columns: "invoices.workspace_id, invoices.invoice_number",
        code: ErrorCode::InvoiceNumberTaken,
        message: "An invoice with this number already exists in the workspace",
        issue: ("invoiceNumber", "is already taken"),
    },
];

/// The answer to a unique violation whose database message is `message`.
pub(super) fn unique_violation_error(message: &str) -> ApiError {
    match rule_for(message) {
        Some(rule) => ApiError::new(rule.code, rule.message)
            .with_issues(vec![Issue::new(rule.issue.0, rule.issue.1)]),
        None => ApiError::conflict("A record with the same unique value already exists"),
    }
}

/// The error a unique constraint's clash answers, as [`unique_violation_error`] would give it,
/// for code that detects the clash itself (an `ON CONFLICT DO NOTHING` that inserted nothing).
pub fn taken(constraint: &str) -> ApiError {
    unique_violation_error(&format!("unique constraint \"{constraint}\""))
}

fn rule_for(message: &str) -> Option<&'static UniqueRule> {
    let sqlite_columns = message
        .split_once("UNIQUE constraint failed: ")
        .map(|(_, columns)| columns.trim());
    RULES.iter().find(|rule| {
        message.contains(&format!("\"{}\"", rule.constraint))
            || sqlite_columns == Some(rule.columns)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_violations_map_by_constraint_name() {
        let message =
            r#"duplicate key value violates unique constraint "uq_stages_workspace_id_name""#;
        assert_eq!(unique_violation_error(message).code(), ErrorCode::NameTaken);
    }

    #[test]
    fn sqlite_violations_map_by_column_list() {
        let message = "UNIQUE constraint failed: invoices.workspace_id, invoices.invoice_number";
        let error = unique_violation_error(message);
        assert_eq!(error.code(), ErrorCode::InvoiceNumberTaken);
        assert_eq!(error.issues()[0].path, "invoiceNumber");
        assert_eq!(
            unique_violation_error("UNIQUE constraint failed: users.email").code(),
            ErrorCode::EmailTaken
        );
    }

    #[test]
    fn other_constraints_stay_a_plain_conflict() {
        let message = "UNIQUE constraint failed: memberships.workspace_id, memberships.user_id";
        assert_eq!(unique_violation_error(message).code(), ErrorCode::Conflict);
        // A prefix of a known column list is another constraint.
        let message = "UNIQUE constraint failed: stages.workspace_id";
        assert_eq!(unique_violation_error(message).code(), ErrorCode::Conflict);
        assert_eq!(taken("uq_workspaces_slug").code(), ErrorCode::SlugTaken);
    }
}
