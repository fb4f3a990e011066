//! What every `/v1` request's input must be before any handler reads it:
//! - a JSON body is an object: serde reads a struct from a JSON array too (its fields in
//!   declaration order), so `[]` would pass for a PATCH whose fields are all optional;
//! - no text contains U+0000, in a query parameter or anywhere in a JSON body: PostgreSQL
//!   cannot store it in `text` (the statement fails) while SQLite would, so the two databases
//!   would disagree. It is refused on both, 400 `VALIDATION_ERROR` naming the field.
//!
//! Only the first non-whitespace byte of a body is looked at for the object rule, and a body is
//! parsed (to name the field) only when it holds a `\u0000` escape, the one way JSON can carry
//! U+0000: the common case costs one scan. Whatever else is wrong with a body is the JSON
//! extractor's to judge. Bodies of other media types, and empty bodies, pass untouched.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::LengthLimitError;
use serde_json::Value;

use super::envelope::has_json_content_type;
use crate::error::{ApiError, ErrorCode};

/// What is said of a value holding U+0000.
const NUL_MESSAGE: &str = "must not contain the character U+0000";

/// Middleware: 400 for U+0000 in the query or the JSON body, or a JSON body that is not an
/// object.
pub async fn check_input(request: Request, next: Next) -> Response {
    if let Some(path) = nul_in_query(request.uri()) {
        return ApiError::invalid_field(path, NUL_MESSAGE).into_response();
    }
    if !has_json_content_type(request.headers()) {
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
    if has_nul_escape(&bytes)
        && let Some(path) = serde_json::from_slice::<Value>(&bytes)
            .ok()
            .and_then(|value| nul_path(&value, String::new()))
    {
        return ApiError::invalid_field(path, NUL_MESSAGE).into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The query parameter whose name or value holds U+0000 (`%00`), if any; `query` when the
/// name itself is unreadable.
fn nul_in_query(uri: &Uri) -> Option<String> {
    let query = uri.query()?;
    if !query.contains("%00") {
        return None;
    }
    query.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if name.contains('%') {
            (name.contains("%00") || value.contains("%00")).then(|| "query".to_owned())
        } else {
            value.contains("%00").then(|| name.to_owned())
        }
    })
}

/// Whether the raw JSON holds a `\u0000` escape (a backslash that is not itself escaped).
fn has_nul_escape(json: &[u8]) -> bool {
    json.windows(6).enumerate().any(|(at, window)| {
        window == b"\\u0000"
            && json[..at].iter().rev().take_while(|b| **b == b'\\').count() % 2 == 0
    })
}

/// The contract path (`name`, `rows[3].email`, `tags[0]`) of the first string holding U+0000
/// (keys included: a key holding it is reported at its object).
fn nul_path(value: &Value, at: String) -> Option<String> {
    let here = |at: String| if at.is_empty() { "body".to_owned() } else { at };
    match value {
        Value::String(text) => text.contains('\0').then(|| here(at)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| nul_path(item, format!("{at}[{i}]"))),
        Value::Object(fields) => fields.iter().find_map(|(key, item)| {
            if key.contains('\0') {
                return Some(here(at.clone()));
            }
            let path = if at.is_empty() {
                key.clone()
            } else {
                format!("{at}.{key}")
            };
            nul_path(item, path)
        }),
        _ => None,
    }
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn only_an_unescaped_nul_escape_counts() {
        assert!(has_nul_escape(br#"{"a":"x\u0000"}"#));
        assert!(has_nul_escape(br#"{"a":"\\\u0000"}"#));
        assert!(
            !has_nul_escape(br#"{"a":"\\u0000"}"#),
            "an escaped backslash, then text"
        );
        assert!(!has_nul_escape(br#"{"a":"u0000"}"#));
    }

    #[test]
    fn the_field_holding_nul_is_named_by_its_contract_path() {
        let body = json!({"rows": [{"email": "a@b.co"}, {"email": "x\u{0}y"}]});
        assert_eq!(
            nul_path(&body, String::new()).as_deref(),
            Some("rows[1].email")
        );
        let body = json!({"tags": ["ok", "\u{0}"]});
        assert_eq!(nul_path(&body, String::new()).as_deref(), Some("tags[1]"));
        assert_eq!(nul_path(&json!({"a": 1, "b": "fine"}), String::new()), None);
    }

    #[test]
    fn query_values_and_names_are_checked() {
        let uri = |q: &str| format!("/v1/contacts?{q}").parse::<Uri>().unwrap();
        assert_eq!(nul_in_query(&uri("q=a%00b")).as_deref(), Some("q"));
        assert_eq!(
            nul_in_query(&uri("limit=5&tag=%00")).as_deref(),
            Some("tag")
        );
        assert_eq!(nul_in_query(&uri("q%00=x")).as_deref(), Some("query"));
        assert_eq!(
            nul_in_query(&uri("q=a%2500")),
            None,
            "a literal %00 is text"
        );
    }
}
