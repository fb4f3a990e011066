//! `X-Request-Id`: generated, or echoed when the client's is a safe token (letters, digits,
//! `-_.:`, up to 128); on every answer.

use crate::support::TestApp;

fn request_id(response: &reqwest::Response) -> String {
    response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_uuid_v7_is_generated_when_none_is_sent() {
    let app = TestApp::spawn().await;

    let first = request_id(&app.get("/healthz").await);
    let second = request_id(&app.get("/healthz").await);

    let parsed = uuid::Uuid::parse_str(&first).expect("a UUID");
    assert_eq!(parsed.get_version_num(), 7);
    assert_ne!(first, second);
}

#[tokio::test]
async fn a_sane_client_id_is_echoed() {
    let app = TestApp::spawn().await;
    let sent = format!("frontend:1.2_x-{}", "a".repeat(113)); // 128 characters

    let response = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", &sent)
        .send()
        .await
        .unwrap();

    assert_eq!(request_id(&response), sent);
}

#[tokio::test]
async fn an_unusable_client_id_is_replaced() {
    let app = TestApp::spawn().await;

    for bad in [
        "x".repeat(129),
        "has spaces in it".to_owned(),
        "<script>alert(1)</script>".to_owned(),
        "id\"with,quotes".to_owned(),
    ] {
        let response = app
            .client
            .get(app.url("/healthz"))
            .header("x-request-id", &bad)
            .send()
            .await
            .unwrap();
        let id = request_id(&response);
        assert_ne!(id, bad);
        assert!(
            uuid::Uuid::parse_str(&id).is_ok(),
            "replaced by a fresh UUID, got {id}"
        );
    }
}

#[tokio::test]
async fn error_answers_carry_the_id_too() {
    let app = TestApp::spawn().await;

    let response = app
        .client
        .get(app.url("/v1/nowhere"))
        .header("x-request-id", "trace-me")
        .send()
        .await
        .unwrap();

    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(request_id(&response), "trace-me");
}
