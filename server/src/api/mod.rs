//! The contract's operations under `/v1`: one module per spec tag, each implementing the
//! generated `crm_api` trait of that tag on [`ApiImpl`].
//!
//! Every handler answers `Ok(success)` or `Err(ApiError)`; errors become the JSON envelope in
//! [`ErrorHandler::handle_error`], so the declared error variants of the generated response enums
//! are documentation only. Authentication runs in [`ApiAuthBasic`] before any handler.

mod activities;
mod auth;
mod companies;
mod contacts;
pub(crate) mod convert;
mod deals;
mod invites;
mod invoices;
mod memberships;
mod notes;
mod onboarding;
mod reports;
mod search;
mod stages;
mod tasks;
mod versioned;
mod visits;
mod webhooks;
mod workspaces;

use async_trait::async_trait;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use crm_api::apis::{ApiAuthBasic, BasicAuthKind, ErrorHandler};
use headers::Host;
use http::{Method, StatusCode};

use crate::auth::{Caller, caller};
use crate::error::ApiError;
use crate::http::trace::record_caller;
use crate::state::AppState;

/// The implementation of every generated trait. Cheap to clone (the state is shared).
#[derive(Clone)]
pub struct ApiImpl {
    state: AppState,
}

impl AsRef<ApiImpl> for ApiImpl {
    fn as_ref(&self) -> &ApiImpl {
        self
    }
}

/// The API routes (already prefixed with `/v1`), with their state applied.
pub fn router(state: AppState) -> axum::Router {
    crm_api::server::new(ApiImpl { state })
}

#[async_trait]
impl ErrorHandler<ApiError> for ApiImpl {
    async fn handle_error(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        error: ApiError,
    ) -> Result<Response, StatusCode> {
        Ok(error.into_response())
    }
}

#[async_trait]
impl ApiAuthBasic<ApiError> for ApiImpl {
    type Claims = Caller;

    /// A database failure is an `Err` (answered as itself, 503 or 500, by [`ErrorHandler`] and
    /// logged there, once), not a bad token.
    async fn extract_claims_from_auth_header(
        &self,
        _kind: BasicAuthKind,
        headers: &HeaderMap,
        _key: &str,
    ) -> Result<Option<Caller>, ApiError> {
        let caller = caller::resolve(&self.state.db, self.state.keys.jwt_key(), headers).await?;
        Ok(caller.inspect(record_caller))
    }
}
