//! CORS for browsers calling the API directly (the frontend's login and register do).
//!
//! A configured list of origins is matched exactly and may send credentials; `*` allows any
//! origin but then without credentials (browsers refuse the combination, and mirroring any
//! origin with credentials would hand every site the user's session).

use std::time::Duration;

use axum::http::{HeaderName, HeaderValue, Method, header};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::config::CorsOrigins;

/// How long browsers may cache a preflight answer.
const MAX_AGE: Duration = Duration::from_secs(600);

/// The CORS layer for the configured origins.
pub fn layer(origins: &CorsOrigins) -> CorsLayer {
    let layer = CorsLayer::new()
        .allow_methods([
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
            Method::OPTIONS,
        ])
        .allow_headers([
            header::CONTENT_TYPE,
            header::AUTHORIZATION,
            HeaderName::from_static("x-workspace-id"),
            HeaderName::from_static("idempotency-key"),
            header::IF_MATCH,
            header::IF_NONE_MATCH,
            HeaderName::from_static("x-request-id"),
        ])
        .expose_headers([
            HeaderName::from_static("x-request-id"),
            header::RETRY_AFTER,
            HeaderName::from_static("ratelimit"),
            HeaderName::from_static("ratelimit-policy"),
            header::LOCATION,
            header::ETAG,
            HeaderName::from_static("idempotent-replayed"),
        ])
        .max_age(MAX_AGE);
    match origins {
        CorsOrigins::Any => layer.allow_origin(AllowOrigin::any()),
        CorsOrigins::List(list) => {
            let values = list.iter().filter_map(|o| HeaderValue::from_str(o).ok());
            layer
                .allow_origin(AllowOrigin::list(values))
                .allow_credentials(true)
        }
    }
}
