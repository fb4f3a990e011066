//! Per-client-IP rate limit on the credential endpoints of `/v1/auth/*` (register, login,
//! refresh: `CRM_AUTH_RATE_LIMIT` requests per minute), counted in the database so it holds across
//! instances. `GET /auth/me` and logout are not limited: they need a valid session already, and
//! the frontend calls `/auth/me` on every page render, so a per-IP budget would lock out an office
//! behind one NAT address. Limited routes carry `RateLimit-Policy` and `RateLimit` headers (IETF
//! httpapi-ratelimit-headers draft syntax); a 429 adds `Retry-After`.

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Duration;

use crate::error::ApiError;
use crate::http::client_ip::ClientIp;
use crate::state::AppState;
use crate::store::rate_counters as ratelimit;

/// The routes this limit applies to (all `POST`): the credential routes open to anyone.
pub const LIMITED_PATHS: [&str; 3] = ["/v1/auth/register", "/v1/auth/login", "/v1/auth/refresh"];
/// The window length.
const WINDOW: Duration = Duration::seconds(60);
/// The policy name in the headers.
const POLICY: &str = "auth";

/// Middleware: counts the request against its client's window and refuses it past the limit.
pub async fn limit_auth(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !LIMITED_PATHS.contains(&request.uri().path().trim_end_matches('/')) {
        return next.run(request).await;
    }
    let Some(ClientIp(ip)) = request.extensions().get::<ClientIp>().copied() else {
        return next.run(request).await;
    };
    let limit = i64::from(state.config.auth_rate_limit_per_minute);
    let now = crate::time::now();
    let window = ratelimit::window_start(now, WINDOW);
    let count = match ratelimit::hit(&state.db, &format!("auth-ip:{ip}"), window).await {
        Ok(count) => count,
        Err(error) => return error.into_response(),
    };
    let reset = (window + WINDOW - now).num_seconds().max(1);
    let headers = headers(limit, (limit - count).max(0), reset);
    let mut response = if count > limit {
        crate::metrics::rejected(crate::metrics::Rejection::AuthRateLimit);
        ApiError::rate_limited(u64::try_from(reset).unwrap_or(60)).into_response()
    } else {
        next.run(request).await
    };
    for (name, value) in headers.into_iter().flatten() {
        response.headers_mut().insert(name, value);
    }
    response
}

/// `RateLimit-Policy: "auth";q=20;w=60` and `RateLimit: "auth";r=19;t=42`.
fn headers(limit: i64, remaining: i64, reset_secs: i64) -> [Option<(HeaderName, HeaderValue)>; 2] {
    let secs = WINDOW.num_seconds();
    let policy = HeaderValue::from_str(&format!("\"{POLICY}\";q={limit};w={secs}")).ok();
    let state = HeaderValue::from_str(&format!("\"{POLICY}\";r={remaining};t={reset_secs}")).ok();
    [
        policy.map(|v| (HeaderName::from_static("ratelimit-policy"), v)),
        state.map(|v| (HeaderName::from_static("ratelimit"), v)),
    ]
}
