//! The contract's error envelope, `{"error": string, "code": string, "issues"?: [{path, message}]}`,
//! and the answers the generated handlers give with it.

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
}

impl Issue {
    /// An issue at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
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
/// fields in hash order).
pub fn validation_failed(mut issues: Vec<Issue>) -> Response {
    issues.sort();
    issues.dedup();
    envelope_response(
        StatusCode::BAD_REQUEST,
        "Validation failed",
        "VALIDATION_ERROR",
        &issues,
    )
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
