//! Password hashing is bounded (issue 9, point 1): at most `CRM_PASSWORD_HASH_CONCURRENCY`
//! hashes at a time and `CRM_PASSWORD_HASH_QUEUE` more waiting; past that, login and register
//! answer 503 `SERVICE_UNAVAILABLE` with `Retry-After` at once, write nothing, and the server
//! serves the next requests normally.

use reqwest::Response;
use serde_json::{Value, json};
use tokio::task::JoinSet;

use crate::support::accounts::PASSWORD;
use crate::support::{TestApp, assert_envelope};

/// A server that hashes one password at a time, with one more waiting.
async fn narrow_app() -> TestApp {
    TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "100000")
        .env("CRM_PASSWORD_HASH_CONCURRENCY", "1")
        .env("CRM_PASSWORD_HASH_QUEUE", "1")
        .spawn()
        .await
}

/// `bodies` POSTed to `path` all at once; the answers in no particular order.
async fn burst(app: &TestApp, path: &str, bodies: Vec<Value>) -> Vec<Response> {
    let mut set = JoinSet::new();
    for body in bodies {
        let request = app.client.post(app.url(path)).json(&body);
        set.spawn(async move { request.send().await.expect("request is sent") });
    }
    set.join_all().await
}

/// The 503s of `answers`, each checked to carry `Retry-After` and the envelope.
async fn refused(answers: Vec<Response>, other: u16) -> (usize, usize) {
    let (mut busy, mut served) = (0, 0);
    for answer in answers {
        let status = answer.status().as_u16();
        if status == 503 {
            let retry = answer.headers().get("retry-after").cloned();
            assert_eq!(retry.as_ref().and_then(|v| v.to_str().ok()), Some("1"));
            assert_envelope(answer, 503, "SERVICE_UNAVAILABLE").await;
            busy += 1;
        } else {
            assert_eq!(status, other, "every answer is {other} or 503");
            served += 1;
        }
    }
    (busy, served)
}

#[tokio::test]
async fn a_burst_of_failed_logins_past_the_queue_is_turned_away_with_503() {
    let app = narrow_app().await;
    let guesses = (0..24)
        .map(|i| json!({ "email": format!("ghost{i}@example.com"), "password": "guess1234" }))
        .collect();

    let (busy, served) = refused(burst(&app, "/v1/auth/login", guesses).await, 401).await;

    assert!(busy > 0, "some logins were turned away ({served} checked)");
    assert!(
        served >= 2,
        "the running and the queued one were checked ({served})"
    );
    // The bound is a queue, not a lock-out: once the burst is over, logins are checked again.
    app.register("Ada", "ada@example.com").await;
    assert_eq!(
        app.try_login("ada@example.com", PASSWORD).await.status(),
        200
    );
}

#[tokio::test]
async fn registrations_share_the_bound_and_a_refused_one_writes_nothing() {
    let app = narrow_app().await;
    let accounts = (0..16)
        .map(|i| json!({ "name": "N", "email": format!("n{i}@example.com"), "password": PASSWORD }))
        .collect();

    let (busy, created) = refused(burst(&app, "/v1/auth/register", accounts).await, 200).await;

    assert!(
        busy > 0,
        "some registrations were turned away ({created} created)"
    );
    let created = u64::try_from(created).expect("a small count");
    assert_eq!(
        app.user_count().await,
        created,
        "only the served ones exist"
    );
}
