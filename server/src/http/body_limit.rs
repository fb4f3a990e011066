//! Request body limits: 1 MiB for JSON bodies, `CRM_IMPORT_BODY_LIMIT_BYTES` for the contact
//! import. A declared `Content-Length` over the limit is refused before reading anything; a
//! streamed (chunked) body is cut off once it passes the limit, and the extractor reading it then
//! answers 413, which the envelope middleware rewrites. axum's own 2 MB default limit is
//! disabled in [`crate::app::with_middleware`] so that the import limit can be larger.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::Limited;

use crate::config::{Config, JSON_BODY_LIMIT_BYTES};
use crate::error::{ApiError, ErrorCode};

/// The one route with a larger body limit.
pub const IMPORT_PATH: &str = "/v1/contacts/import";

/// The limits in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimits {
    /// Every body except the import's.
    pub json: usize,
    /// `POST /v1/contacts/import`.
    pub import: usize,
}

impl BodyLimits {
    /// Limits from the configuration.
    pub fn from_config(config: &Config) -> Self {
        Self {
            json: JSON_BODY_LIMIT_BYTES,
            import: config.import_body_limit_bytes,
        }
    }

    /// The limit for one request.
    pub fn for_request(&self, method: &Method, path: &str) -> usize {
        if method == Method::POST && path == IMPORT_PATH {
            self.import
        } else {
            self.json
        }
    }
}

/// Middleware: enforces [`BodyLimits`].
pub async fn limit_body(
    State(limits): State<BodyLimits>,
    request: Request,
    next: Next,
) -> Response {
    let limit = limits.for_request(request.method(), request.uri().path());
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return too_large(limit);
    }
    let request = request.map(|body| Body::new(Limited::new(body, limit)));
    next.run(request).await
}

fn too_large(limit: usize) -> Response {
    let message = format!("The request body is larger than the limit of {limit} bytes");
    ApiError::new(ErrorCode::PayloadTooLarge, message).into_response()
}
