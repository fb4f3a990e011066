//! Typed configuration, read from environment variables and validated once at start.
//!
//! Every variable, its default and its meaning is listed once in [`ENV_VARS`]; the README mirrors
//! that table. Defaults are parsed by the same code as user values, so they cannot drift. An empty
//! value counts as unset. All problems are reported together, each naming its variable; values
//! that may be secret (`DATABASE_URL`, `CRM_JWT_SECRET`) are never echoed.

mod parse;

use std::net::SocketAddr;
use std::time::Duration;

use ipnet::IpNet;
use secrecy::SecretString;

/// Largest accepted body of an ordinary JSON request (1 MiB). Imports have their own limit,
/// [`Config::import_body_limit_bytes`].
pub const JSON_BODY_LIMIT_BYTES: usize = 1024 * 1024;

/// One configuration variable: its name, default (`None`: unset unless given) and meaning.
#[derive(Debug, Clone, Copy)]
pub struct EnvVar {
    /// Environment variable name.
    pub name: &'static str,
    /// Value used when the variable is unset or empty; `None` means "not set".
    pub default: Option<&'static str>,
    /// One-line explanation for operators.
    pub meaning: &'static str,
}

/// Every variable the server reads, in the order the README lists them.
#[rustfmt::skip]
pub const ENV_VARS: &[EnvVar] = &[
    EnvVar { name: "DATABASE_URL", default: Some("sqlite://crm.db?mode=rwc"), meaning: "Database to use: sqlite:… (embedded, file created if missing) or postgres://… (production)." },
    EnvVar { name: "CRM_BIND", default: Some("127.0.0.1:8080"), meaning: "Socket address the HTTP server listens on; use 0.0.0.0:8080 in containers." },
    EnvVar { name: "CRM_JWT_SECRET", default: None, meaning: "HS256 key for access tokens, at least 32 bytes. Unset: a random key is generated once and kept in the database (with a warning)." },
    EnvVar { name: "CRM_LOG_FORMAT", default: Some("pretty"), meaning: "Log output: `pretty` (human) or `json` (one object per line)." },
    EnvVar { name: "RUST_LOG", default: Some("info"), meaning: "Log filter (tracing-subscriber EnvFilter syntax), e.g. `info,crm_server=debug`." },
    EnvVar { name: "CRM_CORS_ORIGINS", default: Some("http://localhost:3000"), meaning: "Comma-separated browser origins allowed to call the API (with credentials). `*` alone allows any origin, without credentials." },
    EnvVar { name: "CRM_REQUEST_TIMEOUT_SECS", default: Some("30"), meaning: "Seconds a request may take before it is answered 408 (1..=3600)." },
    EnvVar { name: "CRM_ACCESS_TOKEN_TTL", default: Some("900"), meaning: "Access token lifetime in seconds. The frontend does not refresh yet, so this is its session length." },
    EnvVar { name: "CRM_REFRESH_TOKEN_TTL", default: Some("2592000"), meaning: "Refresh token lifetime in seconds (30 days); at least the access token lifetime." },
    EnvVar { name: "CRM_INVITE_TTL", default: Some("604800"), meaning: "Invite lifetime in seconds (7 days)." },
    EnvVar { name: "CRM_AUTH_RATE_LIMIT", default: Some("20"), meaning: "Requests per minute per client IP allowed on register, login and refresh." },
    EnvVar { name: "CRM_FAILED_LOGIN_LIMIT", default: Some("10"), meaning: "Failed sign-ins allowed per account and client address in 15 minutes (1..=100000); past it that account answers 429 from that address, even to the right password. From all addresses together an account may fail ten times this." },
    EnvVar { name: "CRM_TRUSTED_PROXIES", default: None, meaning: "Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is believed. Unset: the peer address is the client." },
    EnvVar { name: "CRM_DB_MAX_CONNECTIONS", default: Some("10"), meaning: "Database pool size (1..=1000)." },
    EnvVar { name: "CRM_PASSWORD_HASH_CONCURRENCY", default: None, meaning: "Password hashes (argon2id, 19 MiB each) computed at once (1..=256). Unset: the number of CPU cores." },
    EnvVar { name: "CRM_PASSWORD_HASH_QUEUE", default: Some("16"), meaning: "Sign-ins that may wait for a free hash slot (0..=10000); past them, register and login answer 503 with Retry-After at once." },
    EnvVar { name: "CRM_IMPORT_BODY_LIMIT_BYTES", default: Some("10485760"), meaning: "Largest accepted body of POST /v1/contacts/import, in bytes (other JSON bodies: 1 MiB)." },
    EnvVar { name: "CRM_IMPORT_CONCURRENCY", default: Some("2"), meaning: "Contact imports (up to 50,000 rows each) run at once per instance (1..=64)." },
    EnvVar { name: "CRM_IMPORT_QUEUE", default: Some("4"), meaning: "Imports that may wait for a turn (0..=1000); past them, an import answers 503 with Retry-After at once." },
    EnvVar { name: "CRM_RETENTION_DAYS", default: None, meaning: "Soft-deleted contacts, companies, deals and invoices older than this many days (1..=36500) are deleted for good by an hourly sweep. Unset: kept forever (restorable)." },
    EnvVar { name: "CRM_METRICS", default: Some("off"), meaning: "`on` serves Prometheus metrics at `/metrics` (requests by route, method and status, latency, database pool, rejections, build info); `off` answers 404 there." },
    EnvVar { name: "CRM_METRICS_TOKEN", default: None, meaning: "When set (at least 16 characters), `/metrics` requires `Authorization: Bearer <token>`; unset, anyone who reaches the port may scrape it." },
    EnvVar { name: "CRM_WEBHOOK_DISPATCH", default: Some("on"), meaning: "`on`: this instance sends webhook deliveries (every instance may; they share the work). `off`: it only queues them." },
    EnvVar { name: "CRM_WEBHOOK_ALLOW_HTTP", default: Some("off"), meaning: "`on` accepts `http://` webhook URLs; `off` requires https." },
    EnvVar { name: "CRM_WEBHOOK_ALLOW_PRIVATE", default: Some("off"), meaning: "`on` lets webhooks reach loopback, private, link-local and multicast addresses (a test receiver, an internal service); `off` refuses them when saved and when sent." },
    EnvVar { name: "CRM_WEBHOOK_RETRY_BASE_MS", default: Some("5000"), meaning: "Delay before a failed delivery's first retry, in milliseconds (10..=3600000); each later retry doubles it (capped at an hour), with jitter." },
    EnvVar { name: "CRM_WEBHOOK_GIVE_UP_SECS", default: Some("86400"), meaning: "Seconds a delivery is retried before it is marked failed, and a subscription may fail before it is disabled (1..=604800)." },
    EnvVar { name: "CRM_WEBHOOK_CONCURRENCY", default: Some("16"), meaning: "Webhook attempts in flight at once per instance (1..=1000)." },
    EnvVar { name: "CRM_WEBHOOK_LOG_DAYS", default: Some("14"), meaning: "Days delivered and failed webhook deliveries stay in the delivery log before an hourly purge (1..=3650)." },
    EnvVar { name: "CRM_EVENT_POLL_MS", default: Some("250"), meaning: "How often the webhook dispatcher and each open event stream look for new events, in milliseconds (10..=60000)." },
    EnvVar { name: "CRM_EVENT_STREAM_SECONDS", default: Some("300"), meaning: "Seconds a `GET /v1/events` stream stays open before the server ends it (clients resume with Last-Event-ID); 0 answers what is pending and closes (0..=86400)." },
    EnvVar { name: "CRM_EVENT_STREAMS", default: Some("100"), meaning: "Event streams open at once per instance (1..=10000); past it `GET /v1/events` answers 503 with Retry-After." },
];

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable, for terminals.
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Which browser origins may call the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorsOrigins {
    /// Any origin, without credentials (`CRM_CORS_ORIGINS=*`).
    Any,
    /// Exactly these origins (`scheme://host[:port]`), with credentials allowed.
    List(Vec<String>),
}

/// Which database engine `DATABASE_URL` points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseKind {
    /// Embedded SQLite file (or memory).
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// The validated configuration. Secrets are wrapped so `Debug` never prints them.
#[derive(Debug, Clone)]
pub struct Config {
    /// Database connection URL (may contain a password).
    pub database_url: SecretString,
    /// Engine named by the URL scheme.
    pub database_kind: DatabaseKind,
    /// Listen address.
    pub bind: SocketAddr,
    /// Access-token signing key; `None` means "generate and keep one in the database".
    pub jwt_secret: Option<SecretString>,
    /// Log line format.
    pub log_format: LogFormat,
    /// Log filter directives (`RUST_LOG`), already checked to parse.
    pub log_filter: String,
    /// Allowed CORS origins.
    pub cors_origins: CorsOrigins,
    /// Per-request time budget.
    pub request_timeout: Duration,
    /// Access token lifetime.
    pub access_token_ttl: Duration,
    /// Refresh token lifetime.
    pub refresh_token_ttl: Duration,
    /// Invite lifetime.
    pub invite_ttl: Duration,
    /// Allowed requests per minute per client IP on `/v1/auth/*`.
    pub auth_rate_limit_per_minute: u32,
    /// Failed sign-ins allowed per account and client address within the failed-login window.
    pub failed_login_limit: i64,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpNet>,
    /// Database pool size.
    pub db_max_connections: u32,
    /// Body limit of `POST /v1/contacts/import`.
    pub import_body_limit_bytes: usize,
    /// Password hashes computed at once.
    pub password_hash_concurrency: usize,
    /// Password checks that may wait for a turn.
    pub password_hash_queue: usize,
    /// Contact imports run at once.
    pub import_concurrency: usize,
    /// Contact imports that may wait for a turn.
    pub import_queue: usize,
    /// Days soft-deleted rows are kept before the sweep deletes them; `None`: forever.
    pub retention_days: Option<u32>,
    /// `/metrics` is served (`CRM_METRICS=on`).
    pub metrics: bool,
    /// The bearer token `/metrics` requires, when set.
    pub metrics_token: Option<SecretString>,
    /// This instance runs a webhook dispatcher.
    pub webhook_dispatch: bool,
    /// `http://` webhook URLs are accepted.
    pub webhook_allow_http: bool,
    /// Webhooks may reach private and loopback addresses.
    pub webhook_allow_private: bool,
    /// The first retry's delay.
    pub webhook_retry_base: Duration,
    /// How long deliveries are retried.
    pub webhook_give_up: Duration,
    /// Webhook attempts in flight at once.
    pub webhook_concurrency: usize,
    /// Days delivered rows stay in the delivery log.
    pub webhook_log_days: u32,
    /// How often the dispatcher and the event streams poll.
    pub event_poll: Duration,
    /// How long an event stream stays open (zero: answer the backlog and close).
    pub event_stream_duration: Duration,
    /// Event streams open at once.
    pub event_streams: usize,
}

/// One invalid variable and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The variable's name.
    pub variable: &'static str,
    /// A sentence fragment saying what is wrong, e.g. `"abc" is not a socket address like …`.
    pub reason: String,
}

/// The configuration could not be read; lists every invalid variable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid configuration:{}", render_problems(.problems))]
pub struct ConfigError {
    /// Every problem found, in [`ENV_VARS`] order.
    pub problems: Vec<Problem>,
}

fn render_problems(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("\n  {}: {}", p.variable, p.reason))
        .collect()
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| {
            std::env::var_os(name).map(|value| value.to_string_lossy().into_owned())
        })
    }

    /// Reads variables through `lookup` (pure; used by tests and by [`Config::from_env`]).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut r = parse::Reader::new(lookup);
        let database_url = r.required("DATABASE_URL", parse::database_url);
        let bind = r.required("CRM_BIND", parse::socket_addr);
        let jwt_secret = r.optional("CRM_JWT_SECRET", parse::jwt_secret);
        let log_format = r.required("CRM_LOG_FORMAT", parse::log_format);
        let log_filter = r.required("RUST_LOG", parse::log_filter);
        let cors_origins = r.required("CRM_CORS_ORIGINS", parse::cors_origins);
        let request_timeout =
            r.required("CRM_REQUEST_TIMEOUT_SECS", |v| parse::seconds(v, 1, 3600));
        let access_token_ttl = r.required("CRM_ACCESS_TOKEN_TTL", |v| {
            parse::seconds(v, 60, parse::YEAR_SECS)
        });
        let refresh_token_ttl = r.required("CRM_REFRESH_TOKEN_TTL", |v| {
            parse::seconds(v, 60, parse::YEAR_SECS)
        });
        let invite_ttl = r.required("CRM_INVITE_TTL", |v| {
            parse::seconds(v, 60, parse::YEAR_SECS)
        });
        let auth_rate_limit = r.required("CRM_AUTH_RATE_LIMIT", |v| parse::number(v, 1, 100_000));
        let failed_login_limit =
            r.required("CRM_FAILED_LOGIN_LIMIT", |v| parse::number(v, 1, 100_000));
        let trusted_proxies = r.optional("CRM_TRUSTED_PROXIES", parse::ip_nets);
        let db_max_connections =
            r.required("CRM_DB_MAX_CONNECTIONS", |v| parse::number(v, 1, 1000));
        let hash_concurrency = r.optional("CRM_PASSWORD_HASH_CONCURRENCY", |v| {
            parse::number(v, 1, 256)
        });
        let hash_queue = r.required("CRM_PASSWORD_HASH_QUEUE", |v| parse::number(v, 0, 10_000));
        let import_limit = r.required("CRM_IMPORT_BODY_LIMIT_BYTES", |v| {
            parse::number(v, 1024, 1 << 30)
        });
        let import_concurrency = r.required("CRM_IMPORT_CONCURRENCY", |v| parse::number(v, 1, 64));
        let import_queue = r.required("CRM_IMPORT_QUEUE", |v| parse::number(v, 0, 1000));
        let retention_days = r.optional("CRM_RETENTION_DAYS", |v| parse::number(v, 1, 36_500));
        let metrics = r.required("CRM_METRICS", parse::on_off);
        let metrics_token = r.optional("CRM_METRICS_TOKEN", parse::metrics_token);
        let webhook_dispatch = r.required("CRM_WEBHOOK_DISPATCH", parse::on_off);
        let webhook_allow_http = r.required("CRM_WEBHOOK_ALLOW_HTTP", parse::on_off);
        let webhook_allow_private = r.required("CRM_WEBHOOK_ALLOW_PRIVATE", parse::on_off);
        let webhook_retry_base = r.required("CRM_WEBHOOK_RETRY_BASE_MS", |v| {
            parse::number(v, 10, 3_600_000)
        });
        let webhook_give_up = r.required("CRM_WEBHOOK_GIVE_UP_SECS", |v| {
            parse::seconds(v, 1, 7 * 86_400)
        });
        let webhook_concurrency =
            r.required("CRM_WEBHOOK_CONCURRENCY", |v| parse::number(v, 1, 1000));
        let webhook_log_days = r.required("CRM_WEBHOOK_LOG_DAYS", |v| parse::number(v, 1, 3650));
        let event_poll = r.required("CRM_EVENT_POLL_MS", |v| parse::number(v, 10, 60_000));
        let event_stream = r.required("CRM_EVENT_STREAM_SECONDS", |v| parse::seconds(v, 0, 86_400));
        let event_streams = r.required("CRM_EVENT_STREAMS", |v| parse::number(v, 1, 10_000));

        if let (Some(access), Some(refresh)) = (access_token_ttl, refresh_token_ttl)
            && refresh < access
        {
            r.problem(
                "CRM_REFRESH_TOKEN_TTL",
                "must not be shorter than CRM_ACCESS_TOKEN_TTL".into(),
            );
        }

        let config = (|| {
            let (database_url, database_kind) = database_url?;
            Some(Config {
                database_url,
                database_kind,
                bind: bind?,
                jwt_secret: jwt_secret?,
                log_format: log_format?,
                log_filter: log_filter?,
                cors_origins: cors_origins?,
                request_timeout: request_timeout?,
                access_token_ttl: access_token_ttl?,
                refresh_token_ttl: refresh_token_ttl?,
                invite_ttl: invite_ttl?,
                auth_rate_limit_per_minute: u32::try_from(auth_rate_limit?).ok()?,
                failed_login_limit: i64::try_from(failed_login_limit?).ok()?,
                trusted_proxies: trusted_proxies?.unwrap_or_default(),
                db_max_connections: u32::try_from(db_max_connections?).ok()?,
                import_body_limit_bytes: usize::try_from(import_limit?).ok()?,
                password_hash_concurrency: match hash_concurrency? {
                    Some(n) => usize::try_from(n).ok()?,
                    None => cpu_cores(),
                },
                password_hash_queue: usize::try_from(hash_queue?).ok()?,
                import_concurrency: usize::try_from(import_concurrency?).ok()?,
                import_queue: usize::try_from(import_queue?).ok()?,
                retention_days: match retention_days? {
                    Some(days) => Some(u32::try_from(days).ok()?),
                    None => None,
                },
                metrics: metrics?,
                metrics_token: metrics_token?,
                webhook_dispatch: webhook_dispatch?,
                webhook_allow_http: webhook_allow_http?,
                webhook_allow_private: webhook_allow_private?,
                webhook_retry_base: Duration::from_millis(webhook_retry_base?),
                webhook_give_up: webhook_give_up?,
                webhook_concurrency: usize::try_from(webhook_concurrency?).ok()?,
                webhook_log_days: u32::try_from(webhook_log_days?).ok()?,
                event_poll: Duration::from_millis(event_poll?),
                event_stream_duration: event_stream?,
                event_streams: usize::try_from(event_streams?).ok()?,
            })
        })();
        r.finish(config)
    }
}

/// The CPU cores this process may use (1 when unknown).
fn cpu_cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

#[cfg(test)]
mod tests;
