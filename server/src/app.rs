//! Assembles the application: routes, middleware stack, listener and shutdown.
//!
//! Layer order, outermost first (each wraps everything below it):
//! 1. drop an unusable client `X-Request-Id`, then `SetRequestId` (UUIDv7 when missing);
//! 2. `TraceLayer`: the request span (request id, method, route) and the "answered" log line;
//!    then the request metrics ([`crate::http::metrics`], a no-op unless `CRM_METRICS=on`);
//! 3. `PropagateRequestId`: the id goes back on every response, errors included; then the
//!    security and caching headers of every answer ([`crate::http::response_headers`]);
//! 4. CORS, so browsers can read error answers too;
//! 5. the JSON error envelope for every non-JSON 4xx/5xx produced below (rejections, 404,
//!    405, 408 from the timeout, 413 from a streamed body);
//! 6. `CatchPanic` → 500 envelope; 7. `Timeout` → 408; 8. body limits → 413;
//! 9. client IP resolution; 10. `Host` fix; then the router.
//!
//! The `/v1` API routes add the per-IP limit of the auth endpoints, then `Idempotency-Key`
//! ([`crate::http::idempotency`]: a replay counts against the limit and runs nothing below), and
//! the check that a JSON body is an object ([`crate::http::json_object`]; it answers before
//! authentication, like the body limit).
//!
//! The layers are added with `Router::layer`, so they run after routing and the span can name
//! the matched route template. Unknown paths reach the 404 fallback, which has the same layers.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state, map_request};
use ipnet::IpNet;
use sea_orm::DbErr;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::db;
use crate::http::body_limit::{BodyLimits, limit_body};
use crate::http::client_ip::client_ip;
use crate::http::connection::{EnvelopeListener, PeerAddr};
use crate::http::envelope::{json_errors, no_route};
use crate::http::host::ensure_host;
use crate::http::panic::panic_response;
use crate::http::request_id::{MakeRequestUuidV7, drop_insane_request_id};
use crate::http::response_headers::add_response_headers;
use crate::http::trace::{LogResponse, MakeRequestSpan};
use crate::http::{auth_rate_limit, cors, events, health, idempotency, json_object, metrics, spec};
use crate::state::AppState;

/// The whole application: [`routes`] inside [`with_middleware`].
pub fn build_router(state: AppState) -> Router {
    let config = Arc::clone(&state.config);
    with_middleware(routes(state), &config)
}

/// Every route without the middleware: probes, spec and the `/v1` API.
pub fn routes(state: AppState) -> Router {
    Router::new()
        .merge(health::router(state.clone()))
        .merge(metrics::router(state.clone()))
        .merge(spec::router())
        .merge(events::router(state.clone()))
        .merge(
            crate::api::router(state.clone())
                .layer(from_fn(json_object::require_object))
                .layer(from_fn_with_state(state.clone(), idempotency::idempotent))
                .layer(from_fn_with_state(state, auth_rate_limit::limit_auth)),
        )
}

/// Adds the 404 fallback and the middleware stack to `router` (tests use it to wrap extra
/// routes, e.g. one that panics, in the production stack).
pub fn with_middleware(router: Router, config: &Config) -> Router {
    let trusted_proxies: Arc<[IpNet]> = config.trusted_proxies.clone().into();
    let stack = ServiceBuilder::new()
        .layer(map_request(drop_insane_request_id))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuidV7))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(MakeRequestSpan)
                .on_request(())
                .on_response(LogResponse)
                .on_failure(()),
        )
        .layer(from_fn(metrics::track))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(from_fn(add_response_headers))
        .layer(cors::layer(&config.cors_origins))
        .layer(from_fn(json_errors))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(DefaultBodyLimit::disable())
        .layer(from_fn_with_state(
            BodyLimits::from_config(config),
            limit_body,
        ))
        .layer(from_fn_with_state(trusted_proxies, client_ip))
        .layer(map_request(ensure_host));
    router.fallback(no_route).layer(stack)
}

/// Why the server stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Connecting or migrating failed.
    #[error("database: {0}")]
    Database(#[from] DbErr),
    /// The listen address is unusable (in use, not local, no permission).
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The configured address.
        addr: SocketAddr,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// Serving failed.
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

/// `crm-server serve`: connect, migrate, listen on `CRM_BIND`, serve until SIGTERM or Ctrl-C.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let config = Arc::new(config);
    let db = db::connect(&config).await?;
    db::migrate(&db).await?;
    let listener = TcpListener::bind(config.bind)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.bind,
            source,
        })?;
    tracing::info!(addr = %listener.local_addr()?, "listening");
    if let Some(days) = config.retention_days {
        crate::crm::retention::spawn(db.clone(), days);
    }
    if config.webhook_dispatch {
        let settings = crate::webhooks::Settings::from_config(&config);
        if let Err(err) = crate::webhooks::dispatcher::spawn(db.clone(), settings) {
            tracing::error!(error = %err, "webhooks will not be sent by this instance");
        }
    }
    let state = AppState::load(db.clone(), config).await?;
    let stopping = std::sync::Arc::clone(&state.stopping);
    let shutdown = async move {
        shutdown_signal().await;
        // Open event streams end now instead of holding the shutdown for their whole time.
        stopping.send_replace(true);
    };
    run(listener, build_router(state), shutdown).await?;
    tracing::info!("shut down");
    db.close().await?;
    Ok(())
}

/// Serves `router` on `listener` until `shutdown` completes, then lets requests in flight
/// finish. Handlers can read the peer address (`ConnectInfo<PeerAddr>`); hyper's own error
/// answers are rewritten into the envelope ([`crate::http::connection`]).
pub async fn run(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        EnvelopeListener(listener),
        router.into_make_service_with_connect_info::<PeerAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Serves `router` on `listener` in a background task (for tests: bind `127.0.0.1:0` first).
/// Returns the bound address; the task ends with the runtime.
pub fn spawn_on(listener: TcpListener, router: Router) -> std::io::Result<SocketAddr> {
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        if let Err(err) = run(listener, router, std::future::pending()).await {
            tracing::error!(error = %err, "test server stopped");
        }
    });
    Ok(addr)
}

/// Completes on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("Ctrl-C received, shutting down"),
        () = terminate => tracing::info!("SIGTERM received, shutting down"),
    }
}
