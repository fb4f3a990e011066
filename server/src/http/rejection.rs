//! Reads the plain-text bodies of framework rejections (axum extractors, generated handlers)
//! and turns them into the contract's error code, sentence and issues.
//!
//! Rejection texts may contain the submitted values (`invalid type: string "hunter2"`,
//! `unknown variant "FOO"`), so nothing is copied from them except field paths, missing field
//! names and what the schema expected. serde's messages are read by
//! [`crm_api_runtime::issue_in_text`], the same reader the generated handlers answer with.

use axum::http::{Method, StatusCode};
use crm_api_runtime::{issue_in_text, text_between as between};

use crate::error::{ErrorCode, Issue};

/// Longest request path repeated in a "No route" sentence.
const MAX_PATH_SHOWN: usize = 200;

/// What a non-JSON error response becomes: code (which fixes the status), sentence, issues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewritten {
    /// The envelope code.
    pub code: ErrorCode,
    /// The human sentence.
    pub message: String,
    /// Field-level details, possibly none.
    pub issues: Vec<Issue>,
}

impl Rewritten {
    fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            issues: Vec::new(),
        }
    }
}

/// Classifies an error response by status and (for 400/415/422) its body text.
pub fn classify(status: StatusCode, text: &str, method: &Method, path: &str) -> Rewritten {
    match status.as_u16() {
        400 => bad_request(text),
        401 => Rewritten::new(ErrorCode::Unauthenticated, "Authentication required"),
        403 => Rewritten::new(ErrorCode::Forbidden, "You are not allowed to do this"),
        404 => Rewritten::new(
            ErrorCode::NotFound,
            format!("No route for {method} {}", shown(path)),
        ),
        405 => Rewritten::new(
            ErrorCode::MethodNotAllowed,
            format!("Method {method} is not allowed on {}", shown(path)),
        ),
        408 => Rewritten::new(
            ErrorCode::RequestTimeout,
            "The request took too long to process",
        ),
        409 => Rewritten::new(
            ErrorCode::Conflict,
            "The request conflicts with the current state",
        ),
        413 => Rewritten::new(ErrorCode::PayloadTooLarge, "The request body is too large"),
        415 => unsupported_media_type(text),
        422 => unprocessable(text),
        429 => Rewritten::new(ErrorCode::RateLimited, "Too many requests, try again later"),
        501 => Rewritten::new(
            ErrorCode::NotImplemented,
            "This operation is not implemented yet",
        ),
        503 => Rewritten::new(
            ErrorCode::ServiceUnavailable,
            "The service is temporarily unavailable",
        ),
        500..=599 => Rewritten::new(ErrorCode::Internal, "Internal server error"),
        _ => Rewritten::new(ErrorCode::ValidationError, "The request is invalid"),
    }
}

fn shown(path: &str) -> String {
    if path.len() <= MAX_PATH_SHOWN {
        return path.to_owned();
    }
    let mut end = MAX_PATH_SHOWN;
    while !path.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &path[..end])
}

fn bad_request(text: &str) -> Rewritten {
    let invalid = |message: &str| Rewritten::new(ErrorCode::ValidationError, message);
    if let Some(detail) = text.strip_prefix("Failed to parse the request body as JSON") {
        let mut message = "The request body is not valid JSON".to_owned();
        if let Some(position) = detail.rfind(" at line ").map(|i| &detail[i + 1..]) {
            message = format!("{message} (error {position})");
        }
        return invalid(&message);
    }
    if let Some(detail) = text.strip_prefix("Failed to deserialize query string") {
        let mut rewritten = invalid("A query parameter is invalid");
        rewritten
            .issues
            .extend(issue_in_text(detail.trim_start_matches(": ")));
        return rewritten;
    }
    if text.starts_with("Invalid URL") || text.contains("Cannot parse `") {
        let mut rewritten = invalid("The URL contains an invalid value");
        if let Some(key) = between(text, "Cannot parse `", "` with value") {
            rewritten.issues.push(Issue::new(key, "is not valid"));
        }
        return rewritten;
    }
    if let Some(name) = between(text, "Header of type `", "` was missing") {
        return invalid(&format!("The {name} header is missing"));
    }
    if let Some(name) = text.strip_prefix("Missing required header ") {
        let mut rewritten = invalid("A required header is missing");
        rewritten
            .issues
            .push(Issue::new(name.trim(), "is required"));
        return rewritten;
    }
    if let Some(name) = between(text, "Invalid header ", " - ") {
        let mut rewritten = invalid("A header has an invalid value");
        rewritten.issues.push(Issue::new(name, "is not valid"));
        return rewritten;
    }
    if text.starts_with("Failed to buffer the request body") {
        return invalid("The request body could not be read");
    }
    invalid("The request is invalid")
}

fn unsupported_media_type(text: &str) -> Rewritten {
    let message = match between(text, "Content-Type: ", "`") {
        Some(expected) => format!("The request body must be sent as {expected}"),
        None => "The request body's content type is not supported".to_owned(),
    };
    Rewritten::new(ErrorCode::UnsupportedMediaType, message)
}

/// axum answers 422 when a JSON body parses but does not fit the schema (missing field, wrong
/// type, unknown enum value). The contract calls that a 400 validation error.
fn unprocessable(text: &str) -> Rewritten {
    let mut rewritten = Rewritten::new(ErrorCode::ValidationError, "Validation failed");
    let detail = text
        .strip_prefix("Failed to deserialize the JSON body into the target type")
        .map(|d| d.trim_start_matches(": "));
    match detail.and_then(issue_in_text) {
        Some(issue) => rewritten.issues.push(issue),
        None => rewritten.message = "The request body does not have the expected shape".to_owned(),
    }
    rewritten
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_codes() {
        let get = Method::GET;
        let c = |status: u16, text: &str| {
            classify(StatusCode::from_u16(status).unwrap(), text, &get, "/v1/x")
        };
        assert_eq!(c(404, "").message, "No route for GET /v1/x");
        assert_eq!(c(405, "").code, ErrorCode::MethodNotAllowed);
        assert_eq!(c(422, "Failed to deserialize the JSON body into the target type: missing field `name` at line 1 column 2").code, ErrorCode::ValidationError);
        assert_eq!(
            c(422, "Failed to deserialize the JSON body into the target type: amount: invalid type: string \"secret\", expected f64 at line 1 column 9").issues,
            vec![Issue::new("amount", "must be a number")]
        );
        assert_eq!(
            c(
                415,
                "Expected request with `Content-Type: application/json`"
            )
            .message,
            "The request body must be sent as application/json"
        );
        assert_eq!(
            c(502, "upstream said: secret").message,
            "Internal server error"
        );
        assert_eq!(
            c(
                400,
                "Failed to parse the request body as JSON: expected `,` or `}` at line 1 column 10"
            )
            .message,
            "The request body is not valid JSON (error at line 1 column 10)"
        );
        assert_eq!(
            c(
                400,
                "email: Validation error: email [{\"value\": String(\"a@b\")}]"
            )
            .message,
            "The request is invalid"
        );
        assert_eq!(
            c(400, "Invalid header X-Workspace-Id - bad uuid abc").issues,
            vec![Issue::new("X-Workspace-Id", "is not valid")]
        );
    }
}
