//! Serves the contract itself: `GET /openapi.yaml` (compiled in, so it always matches the
//! binary's behaviour), the same document as `GET /openapi.json`, the interactive reference at
//! `GET /docs` (one self-contained page written for this project, [`DOCS_HTML`], that reads
//! `/openapi.json`; nothing is loaded from elsewhere) and `GET /`, which links them.

use std::sync::OnceLock;

use axum::Router;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use crate::error::ApiError;

/// The OpenAPI document this server implements.
pub const OPENAPI_YAML: &str = include_str!("../../../openapi/crm.openapi.yaml");

/// The reference page.
pub const DOCS_HTML: &str = include_str!("docs/index.html");

/// The landing page of `/`.
const INDEX_HTML: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>CRM API</title></head><body><h1>CRM API</h1><ul>\
<li><a href=\"/docs\">API reference</a></li>\
<li><a href=\"/openapi.yaml\">OpenAPI document (YAML)</a> and <a href=\"/openapi.json\">JSON</a></li>\
<li><a href=\"/healthz\">/healthz</a> and <a href=\"/readyz\">/readyz</a></li>\
</ul><p>The API lives under <code>/v1</code>.</p></body></html>";

/// `/`, `/docs`, `/openapi.yaml` and `/openapi.json`.
pub fn router() -> Router {
    Router::new()
        .route("/", get(index))
        .route("/docs", get(docs))
        .route("/openapi.yaml", get(openapi_yaml))
        .route("/openapi.json", get(openapi_json))
}

async fn index() -> Html<&'static str> {
    Html(INDEX_HTML)
}

async fn docs() -> Html<&'static str> {
    Html(DOCS_HTML)
}

async fn openapi_yaml() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/yaml")], OPENAPI_YAML)
}

async fn openapi_json() -> Response {
    match openapi_as_json() {
        Some(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        None => ApiError::internal("the compiled-in spec is not valid YAML").into_response(),
    }
}

/// The spec converted to JSON once.
fn openapi_as_json() -> Option<&'static str> {
    static JSON: OnceLock<Option<String>> = OnceLock::new();
    JSON.get_or_init(|| {
        let document: serde_json::Value = serde_norway::from_str(OPENAPI_YAML).ok()?;
        serde_json::to_string(&document).ok()
    })
    .as_deref()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_spec_converts_to_json() {
        let json = super::openapi_as_json().expect("the spec is YAML");
        let document: serde_json::Value = serde_json::from_str(json).expect("JSON");
        assert_eq!(document["openapi"], "3.0.3");
        assert!(document["paths"]["/contacts/{id}"]["get"].is_object());
    }
}
