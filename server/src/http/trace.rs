//! One tracing span per request and one log line when it is answered.
//!
//! The span carries `request_id`, `method` and `path` — the matched route template
//! (`/v1/contacts/{id}`), never the concrete path or query string, which may hold personal data
//! —, `user_id` and `workspace_id` once the bearer token is resolved ([`record_caller`]), and on
//! response `status` and `duration_ms`. Errors logged while handling the request sit inside the
//! span, so they carry the request id.

use std::time::Duration;

use axum::extract::MatchedPath;
use axum::http::{Request, Response};
use tower_http::trace::{MakeSpan, OnResponse};
use tracing::Span;
use tracing::field::{Empty, display};

use super::request_id::X_REQUEST_ID;
use crate::auth::{Caller, WorkspaceAccess};

/// Stand-in for `path` when no route matched (the 404 fallback).
const UNMATCHED: &str = "(no route)";

/// Builds the request span.
#[derive(Debug, Clone, Copy, Default)]
pub struct MakeRequestSpan;

impl<B> MakeSpan<B> for MakeRequestSpan {
    fn make_span(&mut self, request: &Request<B>) -> Span {
        let request_id = request
            .headers()
            .get(X_REQUEST_ID)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("");
        let path = request
            .extensions()
            .get::<MatchedPath>()
            .map(MatchedPath::as_str)
            .unwrap_or(UNMATCHED);
        tracing::info_span!(
            "request",
            request_id,
            method = %request.method(),
            path,
            user_id = Empty,
            workspace_id = Empty,
            status = Empty,
            duration_ms = Empty,
        )
    }
}

/// Records the resolved caller (`user_id`, and `workspace_id` when it acts in one) on the request
/// span. Called where the bearer token is resolved, which runs inside the request span (the
/// generated handlers open no span of their own).
pub fn record_caller(caller: &Caller) {
    let span = Span::current();
    span.record("user_id", display(caller.user_id));
    if let WorkspaceAccess::Member(tenant) = &caller.workspace {
        span.record("workspace_id", display(tenant.workspace_id()));
    }
}

/// Records `status` and `duration_ms` and logs the answered request.
#[derive(Debug, Clone, Copy, Default)]
pub struct LogResponse;

impl<B> OnResponse<B> for LogResponse {
    fn on_response(self, response: &Response<B>, latency: Duration, span: &Span) {
        let duration_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
        span.record("status", response.status().as_u16());
        span.record("duration_ms", duration_ms);
        tracing::info!("request answered");
    }
}
