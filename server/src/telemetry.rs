//! Log setup: `tracing` events to stdout, JSON or human-readable.
//!
//! What is logged is decided where events are emitted: identifiers as fields and units in field
//! names (`duration_ms`); never request bodies, query strings, tokens, passwords or emails. The
//! request span (see [`crate::http::trace`]) carries `request_id`, `method` and the matched route.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::{SubscriberInitExt, TryInitError};

use crate::config::{Config, LogFormat};

/// Installs the global subscriber. Fails only if one is already installed.
pub fn init(config: &Config) -> Result<(), TryInitError> {
    // `Config` has already checked that the filter parses; fall back to `info` regardless.
    let filter = EnvFilter::builder()
        .parse(&config.log_filter)
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    match config.log_format {
        LogFormat::Json => registry
            .with(
                tracing_subscriber::fmt::layer()
                    .json()
                    .flatten_event(true)
                    .with_current_span(true)
                    .with_span_list(false),
            )
            .try_init(),
        LogFormat::Pretty => registry.with(tracing_subscriber::fmt::layer()).try_init(),
    }
}
