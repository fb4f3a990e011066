//! The application's one error type and its JSON envelope.
//!
//! Every error answer has the contract's shape `{error, code, issues?}`: `error` is a human
//! sentence, `code` a stable machine code from [`ErrorCode`], each code bound to exactly one HTTP
//! status. Causes of 5xx answers are logged once, where the error becomes a response (inside the
//! request's span, so the log line carries the request id), and never sent to the client.

mod code;
mod constraints;

use std::borrow::Cow;

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{DbErr, SqlErr, TransactionError};

pub use code::ErrorCode;
pub use constraints::taken;

/// One invalid input: `path` uses the contract's JSON names (`email`, `rows[3].email`). The same
/// type the generated handlers answer with, so both build one envelope.
pub use crm_api_runtime::Issue;

/// Cause of an internal error, kept for the log only.
type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// An error answer: handlers return `Result<_, ApiError>` and `?` converts database errors.
#[derive(Debug, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ApiError {
    code: ErrorCode,
    message: Cow<'static, str>,
    issues: Vec<Issue>,
    headers: Vec<(HeaderName, HeaderValue)>,
    #[source]
    cause: Option<Cause>,
}

impl ApiError {
    /// An error with `code` (which fixes the status) and a human sentence.
    pub fn new(code: ErrorCode, message: impl Into<Cow<'static, str>>) -> Self {
        Self {
            code,
            message: message.into(),
            issues: Vec::new(),
            headers: Vec::new(),
            cause: None,
        }
    }

    /// 400 `VALIDATION_ERROR` listing what is wrong.
    pub fn validation(issues: Vec<Issue>) -> Self {
        Self::new(ErrorCode::ValidationError, "Validation failed").with_issues(issues)
    }

    /// 400 `VALIDATION_ERROR` for one field.
    pub fn invalid_field(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::validation(vec![Issue::new(path, message)])
    }

    /// 401 `UNAUTHENTICATED`.
    pub fn unauthenticated() -> Self {
        Self::new(ErrorCode::Unauthenticated, "Authentication required").with_header(
            HeaderName::from_static("www-authenticate"),
            HeaderValue::from_static("Bearer"),
        )
    }

    /// 403 `FORBIDDEN` with a sentence saying what is not allowed.
    pub fn forbidden(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorCode::Forbidden, message)
    }

    /// 404 `NOT_FOUND` for an entity, e.g. `ApiError::not_found("Contact")` → "Contact not found".
    pub fn not_found(entity: &str) -> Self {
        Self::new(ErrorCode::NotFound, format!("{entity} not found"))
    }

    /// 409 `CONFLICT`.
    pub fn conflict(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorCode::Conflict, message)
    }

    /// 422 `BUSINESS_RULE`.
    pub fn business_rule(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorCode::BusinessRule, message)
    }

    /// 429 `RATE_LIMITED` with `Retry-After` in seconds.
    pub fn rate_limited(retry_after_secs: u64) -> Self {
        Self::new(ErrorCode::RateLimited, "Too many requests, try again later").with_header(
            axum::http::header::RETRY_AFTER,
            HeaderValue::from(retry_after_secs),
        )
    }

    /// 500 `INTERNAL`; `cause` is logged when the response is built, never sent.
    pub fn internal(cause: impl Into<Cause>) -> Self {
        let mut error = Self::new(ErrorCode::Internal, "Internal server error");
        error.cause = Some(cause.into());
        error
    }

    /// Adds issues (kept in order).
    pub fn with_issues(mut self, issues: Vec<Issue>) -> Self {
        self.issues.extend(issues);
        self
    }

    /// The same error about one item of a list in the request: every issue's path gets `prefix`
    /// in front (`email` → `invites[2].email`), and an error without issues gets one at `prefix`.
    pub fn nested_under(mut self, prefix: &str) -> Self {
        if self.issues.is_empty() {
            let message = self.message.to_string();
            self.issues.push(Issue::new(prefix, message));
        } else {
            for issue in &mut self.issues {
                issue.path = format!("{prefix}.{}", issue.path);
            }
        }
        self
    }

    /// Adds a response header (e.g. `Retry-After`, `RateLimit`).
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.push((name, value));
        self
    }

    /// The machine code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The HTTP status (always the code's).
    pub fn status(&self) -> StatusCode {
        self.code.status()
    }

    /// The human sentence.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The issues, possibly empty.
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }
}

/// Builds the JSON envelope response (the generated handlers' own, [`crm_api_runtime::Envelope`]);
/// the status follows from `code`. Used by [`ApiError`] and by the middleware that rewrites
/// framework errors.
pub fn envelope_response(code: ErrorCode, message: &str, issues: &[Issue]) -> Response {
    crm_api_runtime::envelope_response(code.status(), message, code.as_str(), issues)
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.code.status().is_server_error() {
            match &self.cause {
                Some(cause) => tracing::error!(code = %self.code, error = %cause, "request failed"),
                None => {
                    tracing::error!(code = %self.code, message = %self.message, "request failed")
                }
            }
        }
        let mut response = envelope_response(self.code, &self.message, &self.issues);
        for (name, value) in self.headers {
            response.headers_mut().append(name, value);
        }
        response
    }
}

impl From<DbErr> for ApiError {
    /// A unique violation becomes the 409 of its constraint (`EMAIL_TAKEN`, `NAME_TAKEN` …, see
    /// [`constraints`]; others `CONFLICT`), a foreign-key violation 409 `CONFLICT`; a database
    /// that cannot be reached 503 `SERVICE_UNAVAILABLE` with `Retry-After` (see
    /// [`database_unavailable`]); anything else 500 `INTERNAL`. The cause of a 5xx is logged,
    /// never sent.
    fn from(err: DbErr) -> Self {
        if let Some(message) = unique_violation(&err) {
            tracing::debug!(error = %err, "unique constraint violated");
            return constraints::unique_violation_error(&message);
        }
        if database_unavailable(&err) {
            if matches!(err, DbErr::ConnectionAcquire(_)) {
                crate::metrics::rejected(crate::metrics::Rejection::DbPoolTimeout);
            }
            return Self::unavailable(err);
        }
        if matches!(
            err.sql_err(),
            Some(SqlErr::ForeignKeyConstraintViolation(_))
        ) {
            // The service checks references first; the database's foreign keys only refuse
            // what a concurrent write changed in between (a stage deleted under a new deal).
            tracing::debug!(error = %err, "foreign key refused a write");
            return Self::conflict("A related record changed at the same time; try again");
        }
        Self::internal(err)
    }
}

impl ApiError {
    /// 503 `SERVICE_UNAVAILABLE`: the database cannot be reached; worth retrying in a moment.
    pub fn unavailable(cause: impl Into<Cause>) -> Self {
        let mut error = Self::new(
            ErrorCode::ServiceUnavailable,
            "The service is temporarily unavailable; try again shortly",
        )
        .with_header(header::RETRY_AFTER, HeaderValue::from_static("1"));
        error.cause = Some(cause.into());
        error
    }
}

/// Whether `err` says the database could not be reached rather than that a statement failed:
/// no connection from the pool in time, a closed pool, an I/O failure, or PostgreSQL's
/// connection-exception (`08…`), operator-intervention (`57P…`: shutdown, restart) and
/// missing-database (`3D000`) states. These are 503s, not bugs.
pub fn database_unavailable(err: &DbErr) -> bool {
    use sea_orm::sqlx;
    let runtime = match err {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(runtime) | DbErr::Exec(runtime) | DbErr::Query(runtime) => runtime,
        _ => return false,
    };
    let sea_orm::RuntimeErr::SqlxError(sqlx_error) = runtime else {
        return matches!(err, DbErr::Conn(_));
    };
    match sqlx_error {
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || code.starts_with("57P") || code == "3D000"
        }),
        _ => matches!(err, DbErr::Conn(_)),
    }
}

impl<E: Into<ApiError> + std::error::Error> From<TransactionError<E>> for ApiError {
    fn from(err: TransactionError<E>) -> Self {
        match err {
            TransactionError::Connection(db) => db.into(),
            TransactionError::Transaction(inner) => inner.into(),
        }
    }
}

/// The database's message when `err` is a unique-constraint violation. It names the constraint
/// (PostgreSQL) or the columns (SQLite).
fn unique_violation(err: &DbErr) -> Option<String> {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message)) => Some(message),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors_pick_code_status_and_sentence() {
        let e = ApiError::not_found("Contact");
        assert_eq!(
            (e.status(), e.code(), e.message()),
            (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                "Contact not found"
            )
        );
        let e = ApiError::internal(std::io::Error::other("disk on fire"));
        assert_eq!(e.message(), "Internal server error");
        assert!(
            ApiError::from(DbErr::Custom("boom".into()))
                .status()
                .is_server_error()
        );
    }
}
