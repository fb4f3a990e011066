//! Prometheus metrics (`CRM_METRICS=on`): the recorder, the metric names and the few counters
//! the domain bumps. Each instance keeps its own (Prometheus scrapes every instance and adds
//! them up), so nothing here is shared state a second instance would need.
//!
//! Series, all prefixed `crm_`:
//! - `http_requests_total{method, route, status}` and `http_request_duration_seconds{…}`: the
//!   route label is the matched path template (`/v1/contacts/{id}`), never a concrete path, so
//!   the number of series stays bounded; unmatched paths are `(no route)`;
//! - `db_pool_connections{state="in_use"|"idle"}` and `db_pool_max_connections`, read at scrape
//!   time (sqlx does not expose how many requests wait; those that give up show as
//!   `rejections_total{reason="db_pool_timeout"}` and 503s);
//! - `rejections_total{reason}`: `auth_rate_limit`, `failed_logins`, `import_rate_limit` (429s)
//!   and `password_hash_queue`, `import_queue`, `db_pool_timeout` (503s);
//! - `idempotent_replays_total`;
//! - `webhook_attempts_total{outcome="delivered"|"retry"|"failed"}` and
//!   `webhook_attempt_duration_seconds{…}`: the dispatcher's attempts of this instance;
//! - `event_streams_open`: `GET /v1/events` streams open on this instance;
//! - `build_info{version}` = 1.
//!
//! Without the recorder (metrics off) the macros are no-ops.

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Requests answered.
pub const HTTP_REQUESTS: &str = "crm_http_requests_total";
/// Seconds from request to answer.
pub const HTTP_DURATION: &str = "crm_http_request_duration_seconds";
/// Pool connections by state.
pub const DB_POOL_CONNECTIONS: &str = "crm_db_pool_connections";
/// The pool's size limit.
pub const DB_POOL_MAX: &str = "crm_db_pool_max_connections";
/// Requests refused to protect the instance.
pub const REJECTIONS: &str = "crm_rejections_total";
/// Answers replayed for an `Idempotency-Key`.
pub const IDEMPOTENT_REPLAYS: &str = "crm_idempotent_replays_total";
/// Webhook attempts made by this instance, by outcome.
pub const WEBHOOK_ATTEMPTS: &str = "crm_webhook_attempts_total";
/// Seconds one webhook attempt took.
pub const WEBHOOK_DURATION: &str = "crm_webhook_attempt_duration_seconds";
/// Event streams open now.
pub const EVENT_STREAMS: &str = "crm_event_streams_open";
/// Always 1, labelled with the version.
pub const BUILD_INFO: &str = "crm_build_info";

/// Latency buckets, in seconds (1 ms to 30 s).
const BUCKETS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Why a request was refused, the `reason` label of [`REJECTIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// 429: the per-IP limit of the credential routes.
    AuthRateLimit,
    /// 429: too many failed logins for an account.
    FailedLogins,
    /// 429: too many imports for a workspace.
    ImportRateLimit,
    /// 503: the password-hash queue is full.
    PasswordHashQueue,
    /// 503: the import queue is full.
    ImportQueue,
    /// 503: no pooled database connection in time.
    DbPoolTimeout,
}

impl Rejection {
    fn label(self) -> &'static str {
        match self {
            Rejection::AuthRateLimit => "auth_rate_limit",
            Rejection::FailedLogins => "failed_logins",
            Rejection::ImportRateLimit => "import_rate_limit",
            Rejection::PasswordHashQueue => "password_hash_queue",
            Rejection::ImportQueue => "import_queue",
            Rejection::DbPoolTimeout => "db_pool_timeout",
        }
    }
}

/// Counts one refused request.
pub fn rejected(reason: Rejection) {
    metrics::counter!(REJECTIONS, "reason" => reason.label()).increment(1);
}

/// Counts one webhook attempt and its duration; `outcome` is the delivery's state after it
/// (`delivered`, `pending` for a retry, `failed`).
pub fn webhook_attempt(outcome: &'static str, seconds: f64) {
    let outcome = if outcome == "pending" {
        "retry"
    } else {
        outcome
    };
    metrics::counter!(WEBHOOK_ATTEMPTS, "outcome" => outcome).increment(1);
    metrics::histogram!(WEBHOOK_DURATION, "outcome" => outcome).record(seconds);
}

/// One more (`1.0`) or one fewer (`-1.0`) open event stream.
pub fn event_streams(delta: f64) {
    metrics::gauge!(EVENT_STREAMS).increment(delta);
}

/// Installs the process-wide recorder (once; later calls answer the same handle).
pub fn install() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(HTTP_DURATION.to_owned()), &BUCKETS)
                .ok()?
                .set_buckets_for_metric(Matcher::Full(WEBHOOK_DURATION.to_owned()), &BUCKETS)
                .ok()?;
            let handle = match builder.install_recorder() {
                Ok(handle) => handle,
                Err(error) => {
                    tracing::warn!(%error, "metrics: the recorder could not be installed");
                    return None;
                }
            };
            metrics::gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
            Some(handle)
        })
        .as_ref()
}
