//! Serves the contract itself at `GET /openapi.yaml` (compiled in, so it always matches the
//! binary's behaviour).

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

/// The OpenAPI document this server implements.
pub const OPENAPI_YAML: &str = include_str!("../../../openapi/crm.openapi.yaml");

/// `/openapi.yaml`.
pub fn router() -> Router {
    Router::new().route("/openapi.yaml", get(openapi_yaml))
}

async fn openapi_yaml() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/yaml")], OPENAPI_YAML)
}
