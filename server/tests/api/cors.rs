//! CORS: browsers on configured origins may call the API (the frontend's login does).

use crate::support::TestApp;

const ALLOWED: &str = "http://localhost:3000";

async fn preflight(app: &TestApp, origin: &str) -> reqwest::Response {
    app.client
        .request(reqwest::Method::OPTIONS, app.url("/v1/auth/login"))
        .header("origin", origin)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "content-type,authorization,x-workspace-id",
        )
        .send()
        .await
        .unwrap()
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn preflight_from_an_allowed_origin_is_granted() {
    let app = TestApp::spawn().await;

    let response = preflight(&app, ALLOWED).await;

    assert!(
        response.status().is_success(),
        "status {}",
        response.status()
    );
    assert_eq!(
        header(&response, "access-control-allow-origin"),
        Some(ALLOWED)
    );
    assert_eq!(
        header(&response, "access-control-allow-credentials"),
        Some("true")
    );
    assert_eq!(header(&response, "access-control-max-age"), Some("600"));
    let methods = header(&response, "access-control-allow-methods")
        .unwrap()
        .to_ascii_uppercase();
    assert!(
        methods.contains("POST") && methods.contains("PATCH"),
        "{methods}"
    );
    let headers = header(&response, "access-control-allow-headers")
        .unwrap()
        .to_ascii_lowercase();
    for needed in [
        "content-type",
        "authorization",
        "x-workspace-id",
        "idempotency-key",
    ] {
        assert!(headers.contains(needed), "{needed} in {headers}");
    }
}

#[tokio::test]
async fn preflight_from_another_origin_is_not_granted() {
    let app = TestApp::spawn().await;

    let response = preflight(&app, "https://evil.example").await;

    // Without Access-Control-Allow-Origin the browser refuses, whatever else is sent.
    assert_eq!(header(&response, "access-control-allow-origin"), None);
}

#[tokio::test]
async fn actual_answers_expose_the_request_id_to_the_allowed_origin() {
    let app = TestApp::spawn().await;

    let response = app
        .client
        .get(app.url("/healthz"))
        .header("origin", ALLOWED)
        .send()
        .await
        .unwrap();

    assert_eq!(
        header(&response, "access-control-allow-origin"),
        Some(ALLOWED)
    );
    let exposed = header(&response, "access-control-expose-headers")
        .unwrap()
        .to_ascii_lowercase();
    assert!(
        exposed.contains("x-request-id") && exposed.contains("retry-after"),
        "{exposed}"
    );
}

#[tokio::test]
async fn a_wildcard_allows_any_origin_without_credentials() {
    let app = TestApp::builder()
        .env("CRM_CORS_ORIGINS", "*")
        .spawn()
        .await;

    let response = preflight(&app, "https://anywhere.example").await;

    assert_eq!(header(&response, "access-control-allow-origin"), Some("*"));
    assert_eq!(header(&response, "access-control-allow-credentials"), None);
}
