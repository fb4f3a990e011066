//! Issue 3, point 10: two server processes on one database (PostgreSQL; on SQLite the same
//! file, which is a valid multi-process check too). Signing keys, sessions, refresh rotation,
//! logout and both rate limits live in the database, so either instance sees the other's work.

use reqwest::Method;
use serde_json::json;

use crate::support::accounts::{PASSWORD, User, expect_json};
use crate::support::process::ServerProcess;
use crate::support::timing::wait_for_a_fresh_minute;
use crate::support::{TestApp, assert_envelope};

/// The in-process app and a `crm-server serve` process on its database. No `CRM_JWT_SECRET`:
/// the second instance must find the secret the first generated and kept in the database.
async fn two_instances(rate_limit: &str) -> (TestApp, ServerProcess) {
    let first = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", rate_limit)
        .spawn()
        .await;
    let second = ServerProcess::spawn(&first.db.url, &[("CRM_AUTH_RATE_LIMIT", rate_limit)]).await;
    (first, second)
}

#[tokio::test]
async fn log_in_on_one_instance_refresh_and_log_out_on_the_other() {
    let (first, second) = two_instances("1000").await;
    first.register("Ada", "ada@example.com").await;
    let session = first.login("ada@example.com").await;

    let me = second
        .send(Method::GET, "/v1/auth/me", Some(&session), None)
        .await;
    assert_eq!(expect_json(me, 200).await["id"], session.id.as_str());
    let body = json!({ "refreshToken": session.refresh_token });
    let refreshed = second
        .send(Method::POST, "/v1/auth/refresh", None, Some(&body))
        .await;
    let refreshed = User::from_auth(expect_json(refreshed, 200).await);
    assert_eq!(
        first.get_ok(&refreshed, "/v1/auth/me").await["id"],
        session.id.as_str()
    );

    let logout = second
        .send(Method::POST, "/v1/auth/logout", Some(&refreshed), None)
        .await;
    expect_json(logout, 200).await;

    for token in [&session, &refreshed] {
        assert_envelope(
            first.get_as(token, "/v1/auth/me").await,
            401,
            "UNAUTHENTICATED",
        )
        .await;
    }
    assert_envelope(
        first.refresh(&refreshed.refresh_token).await,
        401,
        "UNAUTHENTICATED",
    )
    .await;
}

#[tokio::test]
async fn a_refresh_token_replayed_on_the_other_instance_revokes_the_family() {
    let (first, second) = two_instances("1000").await;
    let ada = first.register("Ada", "ada@example.com").await;
    let body = json!({ "refreshToken": ada.refresh_token });
    let rotated = second
        .send(Method::POST, "/v1/auth/refresh", None, Some(&body))
        .await;
    let newest = User::from_auth(expect_json(rotated, 200).await);

    assert_envelope(
        first.refresh(&ada.refresh_token).await,
        401,
        "UNAUTHENTICATED",
    )
    .await;

    let me = second
        .send(Method::GET, "/v1/auth/me", Some(&newest), None)
        .await;
    assert_envelope(me, 401, "UNAUTHENTICATED").await;
    let body = json!({ "refreshToken": newest.refresh_token });
    let again = second
        .send(Method::POST, "/v1/auth/refresh", None, Some(&body))
        .await;
    assert_envelope(again, 401, "UNAUTHENTICATED").await;
}

#[tokio::test]
async fn failed_logins_on_both_instances_count_against_one_limit() {
    let (first, second) = two_instances("1000").await;
    first.register("Ada", "ada@example.com").await;
    let wrong = json!({ "email": "ada@example.com", "password": "wrong password" });

    for _ in 0..5 {
        assert_eq!(
            first
                .try_login("ada@example.com", "wrong password")
                .await
                .status(),
            401
        );
        let response = second
            .send(Method::POST, "/v1/auth/login", None, Some(&wrong))
            .await;
        assert_eq!(response.status(), 401);
    }

    let right = json!({ "email": "ada@example.com", "password": PASSWORD });
    let response = second
        .send(Method::POST, "/v1/auth/login", None, Some(&right))
        .await;
    assert_envelope(response, 429, "RATE_LIMITED").await;
    assert_envelope(
        first.try_login("ada@example.com", PASSWORD).await,
        429,
        "RATE_LIMITED",
    )
    .await;
}

#[tokio::test]
async fn the_per_ip_limit_counts_requests_made_to_both_instances() {
    let (first, second) = two_instances("4").await;
    wait_for_a_fresh_minute().await;
    let body = json!({ "refreshToken": "not-a-token" });
    for _ in 0..2 {
        assert_eq!(first.refresh("not-a-token").await.status(), 401);
        let response = second
            .send(Method::POST, "/v1/auth/refresh", None, Some(&body))
            .await;
        assert_eq!(response.status(), 401);
    }
    let response = second
        .send(Method::POST, "/v1/auth/refresh", None, Some(&body))
        .await;
    assert_envelope(response, 429, "RATE_LIMITED").await;
    assert_envelope(first.refresh("not-a-token").await, 429, "RATE_LIMITED").await;
}
