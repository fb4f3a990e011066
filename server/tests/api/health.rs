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

/// With the database gone, a signed-in user's request is a 503 with `Retry-After` (the token
/// may well be fine: it cannot be checked), not a 401 that would send them to the login page.
#[tokio::test]
async fn api_requests_answer_503_not_401_while_the_database_is_gone() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    assert_eq!(app.get_as(&ada, "/v1/contacts").await.status(), 200);
    app.make_database_unavailable().await;

    for path in ["/v1/contacts", "/v1/auth/me"] {
        let response = app.get_as(&ada, path).await;
        assert_eq!(
            response
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap()),
            Some("1"),
            "{path}"
        );
        assert_envelope(response, 503, "SERVICE_UNAVAILABLE").await;
    }
    let login = app
        .try_login("ada@example.com", "correct horse battery")
        .await;
    assert_envelope(login, 503, "SERVICE_UNAVAILABLE").await;
    // Without a token it is still a 401: nothing needed the database.
    let anonymous = app.get("/v1/contacts").await;
    assert_envelope(anonymous, 401, "UNAUTHENTICATED").await;
}
