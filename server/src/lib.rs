//! The CRM server as a library: `main.rs` is a thin CLI over it, and the integration tests
//! start the same application on a fresh database.
//!
//! Map: [`config`] (environment → typed settings), [`app`] (router, layers, serving), [`http`]
//! (middleware, probes, spec), [`error`] (the one error type and its envelope), [`api`] (the
//! contract's operations, one module per spec tag), [`entities`] (sea-orm models), [`db`]
//! (connection, migrations), [`state`], [`telemetry`].

pub mod accounts;
pub mod api;
pub mod app;
pub mod auth;
pub mod config;
pub mod crm;
pub mod db;
pub mod digest;
pub mod entities;
pub mod error;
pub mod export;
pub mod gate;
pub mod http;
pub mod memory;
pub mod metrics;
pub mod seed;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod time;
pub mod webhooks;

pub use app::{build_router, serve, with_middleware};
pub use config::Config;
pub use error::{ApiError, ErrorCode, Issue};
pub use state::AppState;
