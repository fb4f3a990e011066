//! HTTP plumbing around the API: middleware, probes, the spec endpoint.
//!
//! The layers and their order are assembled in [`crate::app::with_middleware`].

pub mod auth_rate_limit;
pub mod body_limit;
pub mod client_ip;
pub mod connection;
pub mod cors;
pub mod envelope;
pub mod events;
pub mod health;
pub mod host;
pub mod idempotency;
pub mod json_object;
pub mod metrics;
pub mod panic;
pub mod rejection;
pub mod request_id;
pub mod response_headers;
pub mod spec;
pub mod trace;
