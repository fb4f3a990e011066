//! Issue 3, points 1 and 2: registration (email, password rules, argon2id, personal workspace
//! with the default pipeline, taken emails) and login (extra fields, one answer for every
//! failure, a dummy hash for unknown accounts).

use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::accounts::{PASSWORD, email, expect_json, rows};
use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn register_lower_cases_the_email_and_answers_the_auth_response() {
    let app = TestApp::spawn().await;

    let body =
        json!({ "name": "Ada Lovelace", "email": "  Ada@Example.COM ", "password": PASSWORD });
    let auth = expect_json(app.try_register(body).await, 200).await;

    assert_eq!(auth["user"]["email"], "ada@example.com");
    assert_eq!(auth["user"]["name"], "Ada Lovelace");
    assert_eq!(auth["expiresIn"], 900, "CRM_ACCESS_TOKEN_TTL default");
    for field in ["token", "refreshToken"] {
        assert!(
            auth[field].as_str().is_some_and(|t| !t.is_empty()),
            "{field}"
        );
    }
    assert!(
        auth["token"].as_str().unwrap().len() < 1024,
        "access token < 1 KB"
    );
    assert!(auth["workspaceId"].is_string(), "{auth}");
    assert!(auth["user"].get("passwordHash").is_none(), "{auth}");
    assert!(app.user_row("ada@example.com").await.is_some());
    let again = app.login("ADA@example.com").await;
    assert_eq!(again.id, auth["user"]["id"]);
}

#[tokio::test]
async fn passwords_are_8_to_128_characters() {
    let app = TestApp::spawn().await;
    let register = |who: &str, password: String| json!({ "name": who, "email": email(who), "password": password });

    for (who, password) in [("short", "x".repeat(7)), ("long", "x".repeat(129))] {
        let response = app.try_register(register(who, password)).await;
        let body = assert_envelope(response, 400, "VALIDATION_ERROR").await;
        assert_eq!(body["issues"][0]["path"], "password", "{body}");
    }
    // Characters, not bytes: 128 two-byte characters are fine.
    for (who, password) in [("eight", "x".repeat(8)), ("wide", "é".repeat(128))] {
        let response = app.try_register(register(who, password.clone())).await;
        expect_json(response, 200).await;
        expect_json(app.try_login(&email(who), &password).await, 200).await;
    }
    assert_eq!(app.user_count().await, 2);
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id_at_owasp_minimum_cost() {
    let app = TestApp::spawn().await;
    app.register("Ada", "ada@example.com").await;

    let stored = app.user_row("ada@example.com").await.unwrap().password_hash;

    assert!(!stored.contains(PASSWORD));
    let parts: Vec<&str> = stored.split('$').collect();
    assert_eq!(parts[1], "argon2id", "{stored}");
    assert_eq!(parts[2], "v=19", "{stored}");
    let param = |name: &str| -> u32 {
        parts[3]
            .split(',')
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name} in {stored}"))
    };
    assert!(param("m") >= 19 * 1024, "memory in KiB: {stored}");
    assert!(param("t") >= 2, "iterations: {stored}");
    assert!(param("p") >= 1, "lanes: {stored}");
    let other = {
        app.register("Bob", "bob@example.com").await;
        app.user_row("bob@example.com").await.unwrap().password_hash
    };
    assert_ne!(stored, other, "salted");
}

#[tokio::test]
async fn register_creates_a_personal_workspace_with_the_default_pipeline() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada Lovelace", "ada@example.com").await;
    let namesake = app.register("Ada Lovelace", "ada2@example.com").await;

    let list = app.get_ok(&ada, "/v1/workspaces").await;
    assert_eq!(list["total"], 1, "{list}");
    let workspace = &rows(&list)[0];
    assert_eq!(workspace["id"], ada.workspace());
    assert_eq!(workspace["slug"], "ada-lovelace");
    let me = app.get_ok(&ada, "/v1/auth/me").await;
    assert_eq!(me["role"], "OWNER");
    assert_eq!(
        app.stage_rows(ada.workspace()).await,
        [
            ("Lead", 1),
            ("Qualified", 2),
            ("Proposal", 3),
            ("Negotiation", 4)
        ]
        .map(|(n, o)| (n.to_owned(), o))
    );

    // The same name gets its own, still valid, slug.
    let other = app.workspace_row(namesake.workspace()).await;
    assert_ne!(namesake.workspace(), ada.workspace());
    assert_ne!(other.slug, "ada-lovelace");
    assert!(other.slug.starts_with("ada-lovelace-"), "{}", other.slug);
    assert!(crm_server::accounts::slug::is_valid(&other.slug));
}

#[tokio::test]
async fn a_taken_email_is_409_email_taken_whatever_its_case() {
    let app = TestApp::spawn().await;
    app.register("Ada", "ada@example.com").await;

    let body =
        json!({ "name": "Imposter", "email": "ADA@EXAMPLE.com", "password": "another password" });
    let error = assert_envelope(app.try_register(body).await, 409, "EMAIL_TAKEN").await;

    assert_eq!(error["issues"][0]["path"], "email");
    assert_eq!(app.user_count().await, 1);
    assert_eq!(app.workspace_count().await, 1);
    app.login("ada@example.com").await;
}

#[tokio::test]
async fn register_refuses_bad_emails_without_creating_anything() {
    let app = TestApp::spawn().await;
    let cases = [
        (
            json!({ "name": "Ada", "email": "not-an-email", "password": PASSWORD }),
            "email",
        ),
        (
            json!({ "name": "Ada", "email": "ada@localhost", "password": PASSWORD }),
            "email",
        ),
    ];
    for (body, path) in cases {
        let error = assert_envelope(app.try_register(body).await, 400, "VALIDATION_ERROR").await;
        assert_eq!(error["issues"][0]["path"], path, "{error}");
    }
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn login_ignores_extra_identifier_fields() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    let body = json!({
        "email": "ada@example.com", "password": PASSWORD,
        "username": "someone-else@example.com", "login": "x", "remember": true
    });
    let response = app
        .send(reqwest::Method::POST, "/v1/auth/login", None, Some(&body))
        .await;
    let auth = expect_json(response, 200).await;

    assert_eq!(auth["user"]["id"], ada.id.as_str());
    assert_eq!(auth["workspaceId"], ada.workspace());
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_401() {
    let app = TestApp::spawn().await;
    app.register("Ada", "ada@example.com").await;

    let wrong = assert_envelope(
        app.try_login("ada@example.com", "wrong password").await,
        401,
        "UNAUTHENTICATED",
    )
    .await;
    let unknown = assert_envelope(
        app.try_login("nobody@example.com", PASSWORD).await,
        401,
        "UNAUTHENTICATED",
    )
    .await;

    assert_eq!(wrong, unknown, "same body for both failures");
}

/// Timing is noisy under a parallel test run, so this compares the fastest of a few attempts
/// (load only adds time), taken in turns so both see the same load: an unknown account must
/// cost a password verification too, not a database miss of a millisecond.
#[tokio::test]
async fn unknown_emails_spend_a_password_verification_too() {
    let app = TestApp::spawn().await;
    app.register("Ada", "ada@example.com").await;
    let timed = |email: &'static str| {
        let app = &app;
        async move {
            let start = Instant::now();
            let response = app.try_login(email, "wrong password").await;
            assert_eq!(response.status(), 401);
            start.elapsed()
        }
    };

    let (mut known, mut unknown) = (Duration::MAX, Duration::MAX);
    for _ in 0..4 {
        known = known.min(timed("ada@example.com").await);
        unknown = unknown.min(timed("nobody@example.com").await);
    }

    assert!(
        unknown * 4 >= known,
        "unknown {unknown:?} vs known {known:?}: no dummy verification?"
    );
}
