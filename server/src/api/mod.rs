//! The contract's operations under `/v1`: one module per spec tag, each implementing the
//! generated `crm_api` trait of that tag.
//!
//! Placeholder until the generated crate exists: the lead replaces it with
//! `crm_api::server::new(impl)`, whose routes already carry the `/v1` prefix.

use crate::state::AppState;

/// The API routes (already prefixed with `/v1`), with their state applied.
pub fn router(_state: AppState) -> axum::Router {
    axum::Router::new()
}
