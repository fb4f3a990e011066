//! Answers produced outside our handlers — unknown routes, wrong methods, extractor
//! rejections, body limits, panics, timeouts — all use the JSON envelope.
//!
//! Body-handling cases run against a test-only route served inside the production middleware
//! stack ([`test_routes`]). The same checks for the generated router are in
//! [`generated_create_contact_rejects_bad_bodies`], as a signed-in caller.

use std::time::Duration;

use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::{get, post};
use axum::{Json, Router};
use crm_server::config::JSON_BODY_LIMIT_BYTES;
use crm_server::http::body_limit::IMPORT_PATH;
use serde::Deserialize;
use serde_json::json;

use crate::support::{TestApp, assert_envelope, assert_envelope_body};

/// A route that takes a typed JSON body, like the generated create operations.
const BODY_ROUTE: &str = "/__test/records";

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    Open,
    Won,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Record {
    name: String,
    amount: f64,
    status: Status,
}

fn test_routes() -> Router {
    Router::new()
        .route(
            BODY_ROUTE,
            post(|Json(r): Json<Record>| async move {
                Json(json!({ "name": r.name, "amount": r.amount, "status": format!("{:?}", r.status) }))
            }),
        )
        .route(IMPORT_PATH, post(|body: axum::body::Bytes| async move { Json(json!({ "bytes": body.len() })) }))
        .route("/__test/panic", get(panics))
        .route(
            "/__test/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        )
        .route(
            "/__test/host",
            get(|headers: HeaderMap| async move {
                headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("(none)").to_owned()
            }),
        )
        // What the stock generated handlers answer: empty 401, plain-text 400 echoing values.
        .route("/__test/plain-401", get(|| async { StatusCode::UNAUTHORIZED }))
        .route(
            "/__test/validator-400",
            get(|| async { (StatusCode::BAD_REQUEST, "password: Validation error: length [{\"value\": String(\"hunter2\")}]") }),
        )
        .route("/__test/plain-500", get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "db password hunter2") }))
}

async fn panics() -> &'static str {
    panic!("secret panic detail")
}

async fn bare_app() -> TestApp {
    TestApp::builder().bare_routes(test_routes()).spawn().await
}

async fn post_raw(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    let request = app
        .client
        .post(app.url(path))
        .header("content-type", content_type)
        .body(body);
    request.send().await.expect("request is sent")
}

/// Malformed JSON → 400, wrong content type → 415, too large (declared or streamed) → 413.
/// `bearer` is sent as `Authorization` when the route checks authentication first.
async fn assert_body_rejections(app: &TestApp, path: &str, bearer: Option<&str>) {
    let auth = bearer.map(|token| format!("Bearer {token}"));
    let post = |content_type: &str, body: &'static str| {
        let mut request = app
            .client
            .post(app.url(path))
            .header("content-type", content_type);
        if let Some(auth) = &auth {
            request = request.header("authorization", auth);
        }
        request.body(body).send()
    };
    let auth_line = auth
        .as_ref()
        .map(|a| format!("Authorization: {a}\r\n"))
        .unwrap_or_default();

    let response = post("application/json", "{\"name\": ").await.unwrap();
    let body = assert_envelope(response, 400, "VALIDATION_ERROR").await;
    let error = body["error"].as_str().unwrap();
    assert!(error.contains("not valid JSON"), "{body}");

    let response = post("text/plain", "name=x").await.unwrap();
    let body = assert_envelope(response, 415, "UNSUPPORTED_MEDIA_TYPE").await;
    let error = body["error"].as_str().unwrap();
    assert!(error.contains("application/json"), "{body}");

    let declared = format!(
        "POST {path} HTTP/1.1\r\nHost: test\r\n{auth_line}Content-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        JSON_BODY_LIMIT_BYTES + 1
    );
    let response = app.raw(&[declared.as_bytes()]).await;
    assert_eq!(response.status, 413, "{response:?}");
    assert!(response.header("x-request-id").is_some(), "{response:?}");
    assert_envelope_body(&response.json(), "PAYLOAD_TOO_LARGE");

    // A chunked body announces no length: it is cut off once it passes the limit. Sending
    // exactly limit + 1 bytes leaves nothing unread, so the server closes cleanly.
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: test\r\n{auth_line}Content-Type: application/json\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
    let chunks = JSON_BODY_LIMIT_BYTES / (64 * 1024);
    let mut parts: Vec<&[u8]> = vec![head.as_bytes()];
    parts.extend(std::iter::repeat_n(chunk.as_bytes(), chunks));
    parts.push(b"1\r\n \r\n");
    let response = app.raw(&parts).await;
    assert_eq!(response.status, 413, "{response:?}");
    assert_envelope_body(&response.json(), "PAYLOAD_TOO_LARGE");
}

#[tokio::test]
async fn bad_bodies_are_rejected_with_the_envelope() {
    let app = bare_app().await;
    assert_body_rejections(&app, BODY_ROUTE, None).await;
}

#[tokio::test]
async fn generated_create_contact_rejects_bad_bodies() {
    // The generated handlers check the bearer token before looking at the body.
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    assert_body_rejections(&app, "/v1/contacts", Some(&ada.token)).await;
}

#[tokio::test]
async fn undeserialisable_bodies_are_400_with_the_field_path_and_no_values() {
    let app = bare_app().await;
    let cases = [
        (
            json!({ "amount": 1, "status": "OPEN" }),
            "name",
            "is required",
        ),
        (
            json!({ "name": "x", "amount": "hunter2", "status": "OPEN" }),
            "amount",
            "must be a number",
        ),
        (
            json!({ "name": "x", "amount": 1, "status": "hunter2" }),
            "status",
            "must be OPEN or WON",
        ),
    ];
    for (sent, path, message) in cases {
        let response = app
            .client
            .post(app.url(BODY_ROUTE))
            .json(&sent)
            .send()
            .await
            .unwrap();
        let body = assert_envelope(response, 400, "VALIDATION_ERROR").await;
        assert_eq!(
            body["issues"],
            json!([{ "path": path, "message": message }]),
            "for {sent}"
        );
        assert!(
            !body.to_string().contains("hunter2"),
            "submitted values are never echoed: {body}"
        );
    }
}

#[tokio::test]
async fn the_import_route_has_its_own_larger_limit() {
    let app = bare_app().await;
    // Larger than axum's default 2 MB and than the JSON limit, within the 10 MiB import limit.
    let big = vec![b' '; 3 * 1024 * 1024];

    let response = post_raw(&app, IMPORT_PATH, "application/json", big.clone()).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap()["bytes"],
        3 * 1024 * 1024
    );

    let response = post_raw(&app, BODY_ROUTE, "application/json", big).await;
    assert_envelope(response, 413, "PAYLOAD_TOO_LARGE").await;
}

#[tokio::test]
async fn unknown_routes_answer_404_without_the_query_string() {
    let app = TestApp::spawn().await;

    let response = app.get("/v1/nowhere?email=someone@example.com").await;

    let body = assert_envelope(response, 404, "NOT_FOUND").await;
    assert_eq!(body["error"], "No route for GET /v1/nowhere");
}

#[tokio::test]
async fn wrong_and_unusual_methods_answer_405_with_allow() {
    let app = TestApp::spawn().await;
    for method in ["DELETE", "TRACE", "FROBNICATE"] {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();

        let response = app
            .client
            .request(method.clone(), app.url("/healthz"))
            .send()
            .await
            .unwrap();

        let allow = response
            .headers()
            .get("allow")
            .map(|v| v.to_str().unwrap().to_owned());
        assert!(
            allow.as_deref().is_some_and(|a| a.contains("GET")),
            "{method}: Allow {allow:?}"
        );
        assert_envelope(response, 405, "METHOD_NOT_ALLOWED").await;
    }
}

#[tokio::test]
async fn a_panic_answers_500_without_detail_and_the_server_keeps_serving() {
    let app = bare_app().await;

    let response = app.get("/__test/panic").await;

    let body = assert_envelope(response, 500, "INTERNAL").await;
    assert!(!body.to_string().contains("secret"), "{body}");
    assert_eq!(app.get("/__test/host").await.status().as_u16(), 200);
}

#[tokio::test]
async fn a_slow_request_answers_408() {
    let app = TestApp::builder()
        .env("CRM_REQUEST_TIMEOUT_SECS", "1")
        .bare_routes(test_routes())
        .spawn()
        .await;
    let started = std::time::Instant::now();

    let response = app.get("/__test/slow").await;

    assert_envelope(response, 408, "REQUEST_TIMEOUT").await;
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "answered at the timeout"
    );
}

#[tokio::test]
async fn a_missing_host_header_is_filled_in() {
    let app = bare_app().await;

    let response = app.raw(&[b"GET /__test/host HTTP/1.0\r\n\r\n"]).await;
    assert_eq!(
        (response.status, response.body.as_str()),
        (200, "localhost")
    );

    let absolute = b"GET http://example.com:81/__test/host HTTP/1.1\r\nConnection: close\r\n\r\n";
    let response = app.raw(&[absolute]).await;
    assert_eq!(
        (response.status, response.body.as_str()),
        (200, "example.com:81")
    );
}

#[tokio::test]
async fn plain_text_errors_of_the_generated_handlers_are_rewritten() {
    let app = bare_app().await;

    let response = app.get("/__test/plain-401").await;
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_envelope(response, 401, "UNAUTHENTICATED").await;

    let body = assert_envelope(
        app.get("/__test/validator-400").await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert!(!body.to_string().contains("hunter2"), "{body}");

    let body = assert_envelope(app.get("/__test/plain-500").await, 500, "INTERNAL").await;
    assert!(!body.to_string().contains("hunter2"), "{body}");
}

/// serde would read `[]` as a struct whose fields are all optional (a PATCH that changes
/// nothing); every body of the contract is an object, so any other JSON value is a 400.
#[tokio::test]
async fn a_json_body_that_is_not_an_object_is_400() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let company = app.company(&ada, "Acme").await;
    let path = format!("/v1/companies/{}", crate::support::crm::id_of(&company));
    for raw in ["[]", " [\"x\"]", "\"Acme\"", "42", "null", "true"] {
        let response = app
            .request(reqwest::Method::PATCH, &path, Some(&ada))
            .header("content-type", "application/json")
            .body(raw)
            .send()
            .await
            .unwrap();
        let body = assert_envelope(response, 400, "VALIDATION_ERROR").await;
        assert_eq!(
            body["issues"],
            json!([{ "path": "body", "message": "must be a JSON object" }]),
            "for {raw}"
        );
    }
    assert_eq!(app.get_ok(&ada, &path).await, company, "nothing changed");
    let renamed = app.patch_as(&ada, &path, json!({ "name": "Acme 2" })).await;
    assert_eq!(renamed.status(), 200, "an object still passes");
}
