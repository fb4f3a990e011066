//! Liveness and readiness probes, outside `/v1` and outside the spec's operations.
//!
//! `GET /healthz` answers as long as the process serves HTTP; `GET /readyz` also needs the
//! database to answer a ping within [`READY_TIMEOUT`], so a load balancer stops sending traffic
//! to an instance that lost its database.

use std::time::Duration;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::error::{ErrorCode, envelope_response};
use crate::state::AppState;

/// Longest a readiness probe waits for the database.
pub const READY_TIMEOUT: Duration = Duration::from_secs(3);

/// `/healthz` and `/readyz`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(state)
}

async fn healthz() -> Response {
    Json(json!({ "status": "ok" })).into_response()
}

async fn readyz(State(state): State<AppState>) -> Response {
    let problem = match tokio::time::timeout(READY_TIMEOUT, state.db.ping()).await {
        Ok(Ok(())) => return Json(json!({ "status": "ready" })).into_response(),
        Ok(Err(err)) => err.to_string(),
        Err(_) => format!("no answer within {} s", READY_TIMEOUT.as_secs()),
    };
    tracing::warn!(error = %problem, "not ready: database unavailable");
    envelope_response(
        ErrorCode::ServiceUnavailable,
        "The database is not available",
        &[],
    )
}
