pub mod activities;
pub mod auth;
pub mod companies;
pub mod contacts;
pub mod deals;
pub mod invites;
pub mod invoices;
pub mod memberships;
pub mod notes;
pub mod onboarding;
pub mod reports;
pub mod search;
pub mod stages;
pub mod tasks;
pub mod visits;
pub mod webhooks;
pub mod workspaces;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BasicAuthKind {
    Basic,
    Bearer,
}

/// API Key Authentication - Authentication Header.
/// For `Basic token` and `Bearer token`
#[async_trait::async_trait]
pub trait ApiAuthBasic<E: std::fmt::Debug + Send + Sync + 'static = ()> {
    type Claims;

    /// Extracting Claims from Header. `Ok(None)` if the credentials are missing or invalid (the
    /// handler answers 401); `Err` if they could not be checked (answered by
    /// [`ErrorHandler::handle_error`]).
    async fn extract_claims_from_auth_header(
        &self,
        kind: BasicAuthKind,
        headers: &axum::http::header::HeaderMap,
        key: &str,
    ) -> Result<Option<Self::Claims>, E>;
}

// Error handler for unhandled errors.
#[async_trait::async_trait]
pub trait ErrorHandler<E: std::fmt::Debug + Send + Sync + 'static = ()> {
    #[allow(unused_variables)]
    #[tracing::instrument(skip_all)]
    async fn handle_error(
        &self,
        method: &::http::Method,
        host: &headers::Host,
        cookies: &axum_extra::extract::CookieJar,
        error: E,
    ) -> Result<axum::response::Response, http::StatusCode> {
        tracing::error!("Unhandled error: {:?}", error);
        axum::response::Response::builder()
            .status(http::StatusCode::INTERNAL_SERVER_ERROR)
            .body(axum::body::Body::empty())
            .map_err(|_| http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}
