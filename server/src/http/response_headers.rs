//! Headers every answer carries, for browsers and caches between us and the client:
//! - `Cache-Control: no-store` unless the answer set its own: API answers carry tokens and
//!   personal data, and none is meant to be kept by a shared cache;
//! - `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`;
//! - `charset=utf-8` on a `text/*` content type that names none (the CSV export), so a client
//!   does not read `é` as Latin-1.

use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// Middleware: adds the headers above to the response.
pub async fn add_response_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers
        .entry(CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    declare_utf8(headers);
    response
}

/// `text/csv` → `text/csv; charset=utf-8` (our text is always UTF-8).
fn declare_utf8(headers: &mut HeaderMap) {
    let Some(content_type) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return;
    };
    let lower = content_type.to_ascii_lowercase();
    if lower.starts_with("text/")
        && !lower.contains("charset=")
        && let Ok(value) = HeaderValue::from_str(&format!("{content_type}; charset=utf-8"))
    {
        headers.insert(CONTENT_TYPE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_types_without_a_charset_get_utf8() {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/csv"));
        declare_utf8(&mut headers);
        assert_eq!(headers[CONTENT_TYPE], "text/csv; charset=utf-8");
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=latin1"),
        );
        declare_utf8(&mut headers);
        assert_eq!(headers[CONTENT_TYPE], "text/plain; charset=latin1");
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        declare_utf8(&mut headers);
        assert_eq!(headers[CONTENT_TYPE], "application/json");
    }
}
