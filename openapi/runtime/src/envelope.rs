//! The contract's error envelope, `{"error": string, "code": string, "issues"?: [{path,
//! message, line?}]}`, and the answers the generated handlers give with it.

use axum::body::Body;
use axum::response::Response;
use http::header::{CONTENT_TYPE, WWW_AUTHENTICATE};
use http::{HeaderValue, StatusCode};
use serde::Serialize;

/// One invalid input of a request. Sorted by path, then message, so answers listing several
/// are stable.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Issue {
    /// Where in the request, in the contract's JSON names (`email`, `rows[3].email`, `limit`,
    /// `X-Workspace-Id`); `body` for the request body as a whole.
    pub path: String,
    /// What is wrong, without repeating the submitted value (`is required`).
    pub message: String,
    /// For a row of an import: the 1-based line of the CSV file where it starts, or its 1-based
    /// position in `rows`. Left out of the JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

impl Issue {
    /// An issue at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            line: None,
        }
    }

    /// The same issue, about the import row at `line`.
    #[must_use]
    pub fn on_line(mut self, line: u64) -> Self {
        self.line = Some(line);
        self
    }
}

/// The error envelope (schema `Error` of the contract), as serialised on the wire.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Envelope<'a> {
    /// The human sentence.
    pub error: &'a str,
    /// The stable machine code (`VALIDATION_ERROR`), which fixes the status.
    pub code: &'a str,
    /// Field-level details; left out of the JSON when empty.
    #[serde(skip_serializing_if = "<[Issue]>::is_empty")]
    pub issues: &'a [Issue],
}

/// Body sent if the envelope cannot be serialised (it always can: it holds only strings).
const FALLBACK_BODY: &[u8] = br#"{"error":"Internal server error","code":"INTERNAL"}"#;

/// The envelope as a JSON response with `status`. The caller picks the status that belongs to
/// `code` (the server's code table, or the fixed answers below).
pub fn envelope_response(
    status: StatusCode,
    error: &str,
    code: &str,
    issues: &[Issue],
) -> Response {
    let envelope = Envelope {
        error,
        code,
        issues,
    };
    let body = serde_json::to_vec(&envelope).unwrap_or_else(|_| FALLBACK_BODY.to_vec());
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// 400 `VALIDATION_ERROR` listing `issues`, sorted and without duplicates (validator reports
/// fields in hash order). An issue inside `rows[i]` is about an import row (the contact
/// import's is the only request body with `rows`), so it carries that row's `line`, `i + 1`.
pub fn validation_failed(issues: Vec<Issue>) -> Response {
    let mut issues: Vec<Issue> = issues.into_iter().map(locate_row).collect();
    issues.sort();
    issues.dedup();
    envelope_response(
        StatusCode::BAD_REQUEST,
        "Validation failed",
        "VALIDATION_ERROR",
        &issues,
    )
}

/// `issue` with the `line` of the import row its path is in (`rows[3].email`: line 4), when it
/// has none yet.
fn locate_row(issue: Issue) -> Issue {
    let index = issue
        .path
        .strip_prefix("rows[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(index, _)| index.parse::<u64>().ok());
    match (issue.line, index) {
        (None, Some(index)) => issue.on_line(index.saturating_add(1)),
        _ => issue,
    }
}

/// 400 `VALIDATION_ERROR` with a single issue.
pub fn invalid_input(path: &str, message: &str) -> Response {
    validation_failed(vec![Issue::new(path, message)])
}

/// 401 `UNAUTHENTICATED` with `WWW-Authenticate: Bearer`: no bearer token, or one the server
/// does not accept.
pub fn unauthenticated() -> Response {
    let mut response = envelope_response(
        StatusCode::UNAUTHORIZED,
        "Authentication required",
        "UNAUTHENTICATED",
        &[],
    );
    response
        .headers_mut()
        .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

/// 404 `NOT_FOUND`: a path segment that cannot be an id names no resource, like an unknown id
/// (GitHub and Stripe answer so; the frontend shows "not found" only for a 404).
pub fn no_such_resource() -> Response {
    envelope_response(
        StatusCode::NOT_FOUND,
        "No such resource: the path does not name a record",
        "NOT_FOUND",
        &[],
    )
}

/// 500 `INTERNAL`; the caller has logged the cause, which is never sent.
pub fn internal_error() -> Response {
    envelope_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Internal server error",
        "INTERNAL",
        &[],
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use axum::body::to_bytes;

    use super::*;

    /// The body of `response` as text.
    pub(crate) async fn body_text(response: Response) -> String {
        let bytes = to_bytes(response.into_body(), 64 * 1024).await.unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn issues_are_left_out_when_there_are_none() {
        let response = internal_error();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(
            body_text(response).await,
            r#"{"error":"Internal server error","code":"INTERNAL"}"#
        );
    }

    #[tokio::test]
    async fn validation_issues_are_sorted_and_deduplicated() {
        let response = validation_failed(vec![
            Issue::new("name", "is required"),
            Issue::new("email", "must be a string"),
            Issue::new("name", "is required"),
        ]);
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(
            body_text(response).await,
            r#"{"error":"Validation failed","code":"VALIDATION_ERROR","issues":[{"path":"email","message":"must be a string"},{"path":"name","message":"is required"}]}"#
        );
    }

    #[tokio::test]
    async fn an_issue_inside_rows_carries_the_rows_line() {
        let response = validation_failed(vec![
            Issue::new("rows[0].email", "must match the pattern"),
            Issue::new("rows", "must be an array"),
        ]);
        assert_eq!(
            body_text(response).await,
            r#"{"error":"Validation failed","code":"VALIDATION_ERROR","issues":[{"path":"rows","message":"must be an array"},{"path":"rows[0].email","message":"must match the pattern","line":1}]}"#
        );
    }

    #[tokio::test]
    async fn unauthenticated_asks_for_a_bearer_token() {
        let response = unauthenticated();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(response.headers()[WWW_AUTHENTICATE], "Bearer");
        assert_eq!(
            body_text(response).await,
            r#"{"error":"Authentication required","code":"UNAUTHENTICATED"}"#
        );
    }
}
