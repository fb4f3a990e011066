//! Makes every error answer the contract's JSON envelope, whoever produced it.
//!
//! Our handlers already answer JSON. Everything else that can fail a request — axum's extractor
//! rejections (malformed JSON, wrong content type, bad query values), the generated handlers'
//! plain-text 400/401, unknown routes, wrong methods, timeouts, a panic — answers plain text or an
//! empty body; [`json_errors`] rewrites those, keeping headers such as `Allow`.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, Limited};

use super::rejection::classify;
use crate::error::{ApiError, ErrorCode, envelope_response};

/// Longest error body read to classify a rejection; rejection texts are short.
const MAX_REJECTION_TEXT: usize = 16 * 1024;

/// Middleware: rewrites any 4xx/5xx response that is not JSON into the envelope.
pub async fn json_errors(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_json(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = read_text(body).await;
    let rewritten = classify(status, &text, &method, &path);
    if rewritten.code == ErrorCode::Internal {
        tracing::error!(status = status.as_u16(), "non-JSON server error rewritten");
    }
    let mut response = envelope_response(rewritten.code, &rewritten.message, &rewritten.issues);
    // Keep what the original said besides its body: Allow, WWW-Authenticate, Retry-After, ...
    let mut headers = parts.headers;
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::TRANSFER_ENCODING);
    headers.remove(header::CONTENT_ENCODING);
    headers.remove(header::CONTENT_TYPE);
    let mut current = None;
    for (name, value) in headers {
        current = name.or(current);
        if let Some(name) = &current {
            response.headers_mut().append(name.clone(), value);
        }
    }
    if rewritten.code == ErrorCode::Unauthenticated
        && !response.headers().contains_key(header::WWW_AUTHENTICATE)
    {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

/// Fallback for unknown routes: 404 envelope naming method and path (never the query).
pub async fn no_route(method: Method, uri: axum::http::Uri) -> Response {
    let rewritten = classify(axum::http::StatusCode::NOT_FOUND, "", &method, uri.path());
    ApiError::new(ErrorCode::NotFound, rewritten.message).into_response()
}

fn is_json(response: &Response) -> bool {
    has_json_content_type(response.headers())
}

/// Whether `Content-Type` names JSON (`application/json` or any `+json` type).
pub fn has_json_content_type(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(|mime| {
            let mime = mime.trim().to_ascii_lowercase();
            mime == "application/json" || mime.ends_with("+json")
        })
        .unwrap_or(false)
}

async fn read_text(body: Body) -> String {
    match Limited::new(body, MAX_REJECTION_TEXT).collect().await {
        Ok(collected) => String::from_utf8_lossy(&collected.to_bytes()).into_owned(),
        Err(_) => String::new(),
    }
}
