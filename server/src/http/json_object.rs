//! Every request body of the contract is a JSON object. serde reads a struct from a JSON array
//! too (its fields in declaration order), so `[]` would pass for a PATCH whose fields are all
//! optional; this middleware refuses a JSON body that is not an object with 400
//! `VALIDATION_ERROR` at `body` before any handler reads it.
//!
//! Only the first non-whitespace byte is looked at: whatever follows is the JSON extractor's to
//! judge (and answer in the envelope). Bodies of other media types, and empty bodies, pass
//! untouched (the extractor answers 415 or 400 for them).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::LengthLimitError;

use super::envelope::has_json_content_type;
use crate::error::{ApiError, ErrorCode};

/// Middleware: 400 unless a JSON request body is empty or starts with `{`.
pub async fn require_object(request: Request, next: Next) -> Response {
    if !is_json(&request) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    // The body is already capped by `body_limit`, so buffering it here costs no more memory
    // than the JSON extractor that reads it next.
    let bytes = match to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => return unreadable(&error),
    };
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{') {
        return ApiError::invalid_field("body", "must be a JSON object").into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn is_json(request: &Request) -> bool {
    has_json_content_type(request.headers())
}

/// A body that could not be read: over the limit (413, as the extractor would say) or cut off.
fn unreadable(error: &axum::Error) -> Response {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = source {
        if current.is::<LengthLimitError>() {
            return ApiError::new(
                ErrorCode::PayloadTooLarge,
                "The request body is larger than the limit",
            )
            .into_response();
        }
        source = current.source();
    }
    ApiError::invalid_field("body", "could not be read").into_response()
}
