//! Probes and the spec endpoint, outside `/v1`.

use serde_json::json;

use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn healthz_answers_ok() {
    let app = TestApp::spawn().await;

    let response = app.get("/healthz").await;

    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers().contains_key("x-request-id"));
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap(),
        json!({ "status": "ok" })
    );
}

#[tokio::test]
async fn readyz_answers_ready_when_the_database_answers() {
    let app = TestApp::spawn().await;

    let response = app.get("/readyz").await;

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap(),
        json!({ "status": "ready" })
    );
}

#[tokio::test]
async fn readyz_answers_503_envelope_when_the_database_is_gone() {
    let app = TestApp::spawn().await;
    app.make_database_unavailable().await;

    let response = app.get("/readyz").await;

    assert_envelope(response, 503, "SERVICE_UNAVAILABLE").await;
    // Liveness does not depend on the database.
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}

#[tokio::test]
async fn the_contract_is_served_as_yaml() {
    let app = TestApp::spawn().await;

    let response = app.get("/openapi.yaml").await;

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/yaml");
    let body = response.text().await.unwrap();
    assert!(
        body.starts_with("openapi: 3.") || body.contains("\nopenapi: 3."),
        "an OpenAPI 3 document"
    );
}
