//! Supplies a `Host` header when the request has none.
//!
//! The generated handlers extract `TypedHeader<Host>` and answer 400 without it, but HTTP/2
//! requests carry the authority in the URI instead, and HTTP/1.0 clients may omit it.

use axum::extract::Request;
use axum::http::{HeaderValue, header};

/// Middleware (`map_request`): inserts `Host` from the URI authority, else `localhost`.
pub async fn ensure_host(mut request: Request) -> Request {
    if !request.headers().contains_key(header::HOST) {
        let host = request
            .uri()
            .authority()
            .and_then(|authority| HeaderValue::from_str(authority.as_str()).ok())
            .unwrap_or_else(|| HeaderValue::from_static("localhost"));
        request.headers_mut().insert(header::HOST, host);
    }
    request
}
