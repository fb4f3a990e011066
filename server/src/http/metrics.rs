//! `/metrics` (Prometheus text format) and the middleware that counts and times every answer by
//! matched route, method and status. Served only with `CRM_METRICS=on`; with
//! `CRM_METRICS_TOKEN` set a scrape needs `Authorization: Bearer <token>` (401 otherwise).

use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;
use sea_orm::{ConnectionTrait, DatabaseBackend};
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::metrics::{DB_POOL_CONNECTIONS, DB_POOL_MAX, HTTP_DURATION, HTTP_REQUESTS};
use crate::state::AppState;

/// The route label of a request no route matched.
const UNMATCHED: &str = "(no route)";

/// The Prometheus text exposition format.
const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// `/metrics`, when metrics are on (else no route: 404).
pub fn router(state: AppState) -> Router {
    if !state.config.metrics {
        return Router::new();
    }
    match crate::metrics::install() {
        Some(handle) => Router::new()
            .route("/metrics", get(scrape))
            .with_state((state, handle.clone())),
        None => Router::new(),
    }
}

/// Middleware: counts and times the answer (a no-op without the recorder).
pub async fn track(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, MatchedPath::as_str)
        .to_owned();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    let labels = [("method", method), ("route", route), ("status", status)];
    metrics::counter!(HTTP_REQUESTS, &labels).increment(1);
    metrics::histogram!(HTTP_DURATION, &labels).record(started.elapsed().as_secs_f64());
    response
}

async fn scrape(
    State((state, handle)): State<(AppState, PrometheusHandle)>,
    request: Request,
) -> Response {
    if let Some(token) = &state.config.metrics_token
        && !bearer_is(&request, token.expose_secret())
    {
        return ApiError::unauthenticated().into_response();
    }
    record_pool(&state);
    let mut response = handle.render().into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    response
}

/// `Authorization: Bearer <expected>`, compared through hashes (no early exit on a prefix).
fn bearer_is(request: &Request, expected: &str) -> bool {
    let sent = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .unwrap_or_default();
    Sha256::digest(sent.as_bytes()) == Sha256::digest(expected.as_bytes())
}

/// The pool's connections now.
fn record_pool(state: &AppState) {
    let (size, idle, max) = match state.db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let pool = state.db.get_postgres_connection_pool();
            (
                pool.size(),
                pool.num_idle(),
                pool.options().get_max_connections(),
            )
        }
        _ => {
            let pool = state.db.get_sqlite_connection_pool();
            (
                pool.size(),
                pool.num_idle(),
                pool.options().get_max_connections(),
            )
        }
    };
    let idle = u32::try_from(idle).unwrap_or(u32::MAX);
    let in_use = size.saturating_sub(idle);
    metrics::gauge!(DB_POOL_CONNECTIONS, "state" => "in_use").set(f64::from(in_use));
    metrics::gauge!(DB_POOL_CONNECTIONS, "state" => "idle").set(f64::from(idle));
    metrics::gauge!(DB_POOL_MAX).set(f64::from(max));
}
