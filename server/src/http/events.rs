//! `GET /v1/events`: the workspace's events as Server-Sent Events, served by hand because the
//! generated handlers answer buffered bodies (the operation is in the spec, marked
//! `x-crm-streaming`, and left out of the generator's input: `openapi/tools.sh`).
//!
//! Each message is `id: <seq>`, `event: <type>`, `data: <event JSON>` ([`crate::webhooks::event`]).
//! The stream starts after `Last-Event-ID` (or after the workspace's latest event), reads the
//! outbox every `CRM_EVENT_POLL_MS`, sends a `: heartbeat` comment every 15 seconds, and ends
//! after `CRM_EVENT_STREAM_SECONDS`; the client reconnects with the last id it saw and misses
//! nothing, because event numbers follow commit order without gaps. Each open stream holds
//! one of `CRM_EVENT_STREAMS` permits; past them the answer is 503 with `Retry-After`. On
//! SIGTERM every stream ends at once, so graceful shutdown is not held up by them.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::DatabaseConnection;
use tokio::time::Instant;

use crate::auth::caller;
use crate::entities::activities;
use crate::error::{ApiError, ErrorCode};
use crate::gate::Turn;
use crate::state::AppState;
use crate::store::{Tenant, activity, counters, outbox};

/// How often a heartbeat comment is sent.
pub const HEARTBEAT: Duration = Duration::from_secs(15);
/// Events read per query.
const PAGE: u64 = 200;
/// The reconnection delay suggested to clients (`retry:`).
const RECONNECT: Duration = Duration::from_secs(3);
/// How often an open stream checks again that its token and membership still hold.
const RECHECK: Duration = Duration::from_secs(30);

/// The `/v1/events` route.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/events", get(stream))
        .with_state(state)
}

async fn stream(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    // The generated routes' header parser answers this 400 for them.
    if headers.contains_key("x-workspace-id") && caller::requested_workspace(&headers).is_none() {
        return Err(ApiError::invalid_field("X-Workspace-Id", "must be a UUID"));
    }
    let resume = last_event_id(&headers)?;
    let caller = caller::resolve(&state.db, state.keys.jwt_key(), &headers)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    let tenant = caller.workspace()?;
    let Some(turn) = state.event_streams.enter().await else {
        return Err(ApiError::new(
            ErrorCode::ServiceUnavailable,
            "Too many event streams are open on this server; try again in a moment",
        )
        .with_header(header::RETRY_AFTER, HeaderValue::from_static("5")));
    };
    let after = match resume {
        Some(seq) => seq,
        None => counters::read(&state.db, tenant, activity::COUNTER).await?,
    };
    let mut credentials = HeaderMap::new();
    for name in [header::AUTHORIZATION.as_str(), "x-workspace-id"] {
        if let Some(value) = headers.get(name) {
            credentials.insert(name, value.clone());
        }
    }
    let reader = Reader {
        db: state.db.clone(),
        jwt_key: state.keys.jwt_key().to_vec(),
        credentials,
        recheck_at: Instant::now() + RECHECK,
        tenant,
        after,
        pending: VecDeque::new(),
        poll: state.config.event_poll,
        ends_at: Instant::now() + state.config.event_stream_duration,
        hello: true,
        stopping: state.stopping.subscribe(),
        _turn: OpenStream::new(turn),
    };
    let messages = futures_util::stream::unfold(reader, Reader::next);
    let mut response = Sse::new(messages)
        .keep_alive(KeepAlive::new().interval(HEARTBEAT).text("heartbeat"))
        .into_response();
    // Proxies such as nginx would otherwise buffer the stream.
    response
        .headers_mut()
        .insert("x-accel-buffering", HeaderValue::from_static("no"));
    Ok(response)
}

/// `Last-Event-ID`: a number of up to 18 digits, else (empty included) a 400.
fn last_event_id(headers: &HeaderMap) -> Result<Option<i64>, ApiError> {
    let Some(raw) = headers.get("last-event-id") else {
        return Ok(None);
    };
    let text = raw.to_str().unwrap_or_default().trim();
    if text.is_empty() || text.len() > 18 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::invalid_field(
            "Last-Event-ID",
            "must be the id of an event received earlier",
        ));
    }
    Ok(text.parse().ok())
}

/// One open stream's position and budget.
struct Reader {
    db: DatabaseConnection,
    /// What the caller was resolved with, to check again every [`RECHECK`]: a stream ends when
    /// its token expires or is revoked, or the caller leaves the workspace.
    jwt_key: Vec<u8>,
    credentials: HeaderMap,
    recheck_at: Instant,
    tenant: Tenant,
    /// The last event sent (or the one to start after).
    after: i64,
    /// Events read but not sent yet.
    pending: VecDeque<activities::Model>,
    poll: Duration,
    ends_at: Instant,
    /// The first message (`retry:`) is still to send.
    hello: bool,
    /// Becomes `true` when the server shuts down: the stream ends at once.
    stopping: tokio::sync::watch::Receiver<bool>,
    /// Held for as long as the stream is open.
    _turn: OpenStream,
}

/// A stream's turn in the gate, counted in `crm_event_streams_open` while held.
struct OpenStream(#[expect(dead_code, reason = "held, never read")] Turn);

impl OpenStream {
    fn new(turn: Turn) -> Self {
        crate::metrics::event_streams(1.0);
        Self(turn)
    }
}

impl Drop for OpenStream {
    fn drop(&mut self) {
        crate::metrics::event_streams(-1.0);
    }
}

impl Reader {
    /// The next message, waiting for one; `None` ends the stream (time is up, or the database
    /// failed: the client resumes with its last id).
    async fn next(mut self) -> Option<(Result<Event, Infallible>, Self)> {
        if self.hello {
            self.hello = false;
            let hello = Event::default().retry(RECONNECT).comment("connected");
            return Some((Ok(hello), self));
        }
        loop {
            let now = Instant::now();
            if now >= self.ends_at || *self.stopping.borrow() {
                return None;
            }
            if now >= self.recheck_at {
                self.recheck_at = now + RECHECK;
                if !self.still_allowed().await {
                    return None;
                }
            }
            if let Some(event) = self.pending.pop_front() {
                self.after = event.seq.unwrap_or(self.after);
                let message = message(&event);
                return Some((Ok(message), self));
            }
            match outbox::events_after(&self.db, self.tenant, self.after, PAGE).await {
                Ok(events) if !events.is_empty() => {
                    self.pending.extend(events);
                    continue;
                }
                Ok(_) => {}
                Err(err) => {
                    tracing::warn!(error = %err, "event stream: reading the outbox failed");
                    return None;
                }
            }
            let now = Instant::now();
            if now >= self.ends_at {
                return None;
            }
            tokio::select! {
                () = tokio::time::sleep(self.poll.min(self.ends_at - now)) => {}
                changed = self.stopping.changed() => {
                    if changed.is_err() {
                        return None;
                    }
                }
            }
        }
    }
}

impl Reader {
    /// Whether the credentials still name a member of the stream's workspace.
    async fn still_allowed(&self) -> bool {
        match caller::resolve(&self.db, &self.jwt_key, &self.credentials).await {
            Ok(Some(caller)) => caller
                .workspace()
                .is_ok_and(|t| t.workspace_id() == self.tenant.workspace_id()),
            Ok(None) => false,
            Err(err) => {
                tracing::warn!(error = %err, "event stream: checking the caller failed");
                false
            }
        }
    }
}

/// The SSE message of one event.
fn message(event: &activities::Model) -> Event {
    let data = crate::webhooks::event::of(event);
    Event::default()
        .id(event.seq.unwrap_or_default().to_string())
        .event(event.kind.clone())
        .data(data.to_string())
}
