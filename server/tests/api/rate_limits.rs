//! Issue 3, point 8: `CRM_AUTH_RATE_LIMIT` requests per minute per client IP on the credential
//! routes (register, login, refresh): 429 with `Retry-After` and the envelope, the IETF draft's
//! `RateLimit-Policy`/`RateLimit` headers, `X-Forwarded-For` believed only from
//! `CRM_TRUSTED_PROXIES`; and at most 10 failed logins (`CRM_FAILED_LOGIN_LIMIT`) per account and
//! client address, ten times that per account from all addresses, per 15 minutes.

use reqwest::{Method, Response};
use serde_json::json;

use crate::support::accounts::{PASSWORD, expect_json};
use crate::support::timing::wait_for_a_fresh_minute;
use crate::support::{TestApp, assert_envelope};

fn header<'a>(response: &'a Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("{name} on {}", response.url()))
}

/// A login from the given `X-Forwarded-For` (none when `None`).
async fn login_from(app: &TestApp, forwarded_for: Option<&str>) -> Response {
    let mut request = app
        .client
        .post(app.url("/v1/auth/login"))
        .json(&json!({ "email": "nobody@example.com", "password": "whatever1" }));
    if let Some(ip) = forwarded_for {
        request = request.header("X-Forwarded-For", ip);
    }
    request.send().await.expect("request is sent")
}

#[tokio::test]
async fn auth_routes_are_limited_per_ip_with_draft_headers_and_a_429_envelope() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "3")
        .spawn()
        .await;
    wait_for_a_fresh_minute().await;

    for remaining in [2, 1, 0] {
        let response = login_from(&app, None).await;
        assert_eq!(response.status(), 401);
        assert_eq!(header(&response, "ratelimit-policy"), "\"auth\";q=3;w=60");
        let state = header(&response, "ratelimit");
        let prefix = format!("\"auth\";r={remaining};t=");
        let reset: u64 = state
            .strip_prefix(&prefix)
            .and_then(|t| t.parse().ok())
            .unwrap_or_else(|| panic!("{state}"));
        assert!((1..=60).contains(&reset), "{state}");
    }
    // The credential routes share the budget, with or without a body that makes sense.
    let limited = [
        app.try_register(json!({ "name": "A", "email": "a@example.com", "password": PASSWORD }))
            .await,
        app.refresh("whatever").await,
        login_from(&app, None).await,
    ];
    for response in limited {
        let retry: u64 = header(&response, "retry-after")
            .parse()
            .expect("delta-seconds");
        assert!((1..=60).contains(&retry), "Retry-After {retry}");
        assert!(header(&response, "ratelimit").starts_with("\"auth\";r=0;t="));
        assert_eq!(header(&response, "ratelimit-policy"), "\"auth\";q=3;w=60");
        assert_envelope(response, 429, "RATE_LIMITED").await;
    }
    assert_eq!(
        app.user_count().await,
        0,
        "the limited register did not run"
    );
    // Other routes, session-bound /auth/me and logout included, are not limited and carry no
    // limit headers.
    for path in ["/healthz", "/v1/workspaces", "/v1/auth/me"] {
        let response = app.get(path).await;
        assert_ne!(response.status(), 429, "{path}");
        assert!(response.headers().get("ratelimit").is_none(), "{path}");
        assert!(
            response.headers().get("ratelimit-policy").is_none(),
            "{path}"
        );
    }
    let logout = app.send(Method::POST, "/v1/auth/logout", None, None).await;
    assert_eq!(logout.status(), 401);
}

#[tokio::test]
async fn the_default_limit_is_20_per_minute() {
    let app = TestApp::spawn().await;
    wait_for_a_fresh_minute().await;
    for _ in 0..20 {
        assert_eq!(app.refresh("not-a-token").await.status(), 401);
    }
    assert_envelope(app.refresh("not-a-token").await, 429, "RATE_LIMITED").await;
}

#[tokio::test]
async fn x_forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "2")
        .spawn()
        .await;
    wait_for_a_fresh_minute().await;
    for ip in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
        let status = login_from(&app, Some(ip)).await.status().as_u16();
        if ip == "198.51.100.3" {
            assert_eq!(status, 429, "a forged header buys no new budget");
        }
    }

    let proxied = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "2")
        .env("CRM_TRUSTED_PROXIES", "127.0.0.1/32")
        .spawn()
        .await;
    wait_for_a_fresh_minute().await;
    for ip in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
        for _ in 0..2 {
            assert_eq!(
                login_from(&proxied, Some(ip)).await.status(),
                401,
                "{ip} has its own budget"
            );
        }
    }
    assert_envelope(
        login_from(&proxied, Some("198.51.100.1")).await,
        429,
        "RATE_LIMITED",
    )
    .await;
    // Entries left of the nearest untrusted hop are the client's own claims and prove nothing.
    let spoofed = login_from(&proxied, Some("203.0.113.77, 198.51.100.2")).await;
    assert_envelope(spoofed, 429, "RATE_LIMITED").await;
}

#[tokio::test]
async fn ten_failed_logins_lock_the_account_for_15_minutes_even_with_the_right_password() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "1000")
        .spawn()
        .await;
    app.register("Ada", "ada@example.com").await;
    app.register("Bob", "bob@example.com").await;

    for attempt in 0..10 {
        let email = if attempt % 2 == 0 {
            "ada@example.com"
        } else {
            "ADA@Example.com"
        };
        let response = app.try_login(email, "wrong password").await;
        assert_envelope(response, 401, "UNAUTHENTICATED").await;
    }
    let locked = app.try_login("ada@example.com", PASSWORD).await;
    let retry: i64 = header(&locked, "retry-after")
        .parse()
        .expect("delta-seconds");
    assert!((1..=900).contains(&retry), "Retry-After {retry}");
    assert_envelope(locked, 429, "RATE_LIMITED").await;
    // Only that account.
    expect_json(app.try_login("bob@example.com", PASSWORD).await, 200).await;

    // Once the failures leave the 15-minute window, the right password works again.
    app.age_rate_limits("login-fail:", chrono::Duration::minutes(15))
        .await;
    expect_json(app.try_login("ada@example.com", PASSWORD).await, 200).await;
}

#[tokio::test]
async fn unknown_accounts_are_limited_like_known_ones() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "1000")
        .spawn()
        .await;
    for _ in 0..10 {
        assert_eq!(
            app.try_login("ghost@example.com", "guess1234")
                .await
                .status(),
            401
        );
    }
    assert_envelope(
        app.try_login("ghost@example.com", "guess1234").await,
        429,
        "RATE_LIMITED",
    )
    .await;
}

/// Many wrong passwords at once must not slip past the limit between the check and the count.
#[tokio::test]
async fn concurrent_failed_logins_stay_within_the_limit() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "1000")
        .spawn()
        .await;
    app.register("Ada", "ada@example.com").await;

    let wrong = json!({ "email": "ada@example.com", "password": "wrong password" });
    let calls = (0..30)
        .map(|_| {
            (
                Method::POST,
                "/v1/auth/login".to_owned(),
                None,
                wrong.clone(),
            )
        })
        .collect();
    let statuses = app.all_at_once(calls).await;

    let verified = statuses.iter().filter(|s| **s == 401).count();
    assert!(
        verified <= 10,
        "{verified} passwords were checked: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 429),
        "{statuses:?}"
    );
    // Attempts refused while others were in flight did not count: the rest of the allowance is
    // still there, and then no more.
    for _ in verified..10 {
        let response = app.try_login("ada@example.com", "wrong password").await;
        assert_eq!(response.status(), 401);
    }
    assert_envelope(
        app.try_login("ada@example.com", PASSWORD).await,
        429,
        "RATE_LIMITED",
    )
    .await;
}

/// A login of Ada's through the trusted proxy, from `client`.
async fn ada_from(app: &TestApp, client: &str, password: &str) -> Response {
    app.client
        .post(app.url("/v1/auth/login"))
        .header("X-Forwarded-For", client)
        .json(&json!({ "email": "ada@example.com", "password": password }))
        .send()
        .await
        .expect("request is sent")
}

/// Behind a trusted proxy, so that `X-Forwarded-For` names the client address.
async fn proxied_app() -> TestApp {
    TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "100000")
        .env("CRM_TRUSTED_PROXIES", "127.0.0.1/32")
        .spawn()
        .await
}

#[tokio::test]
async fn someone_elses_failures_do_not_lock_the_owner_out() {
    let app = proxied_app().await;
    app.register("Ada", "ada@example.com").await;
    let (attacker, owner) = ("198.51.100.66", "203.0.113.5");

    for _ in 0..10 {
        assert_eq!(
            ada_from(&app, attacker, "wrong password").await.status(),
            401
        );
    }
    let locked = ada_from(&app, attacker, PASSWORD).await;
    assert_envelope(locked, 429, "RATE_LIMITED").await;

    expect_json(ada_from(&app, owner, PASSWORD).await, 200).await;
    assert_eq!(ada_from(&app, owner, "one typo").await.status(), 401);
    expect_json(ada_from(&app, owner, PASSWORD).await, 200).await;
}

#[tokio::test]
async fn a_hundred_failures_from_many_addresses_lock_the_account_everywhere() {
    let app = proxied_app().await;
    app.register("Ada", "ada@example.com").await;

    for i in 0..100 {
        let address = format!("198.51.100.{}", i / 10);
        let response = ada_from(&app, &address, "wrong password").await;
        assert_eq!(response.status(), 401, "failure {i} from {address}");
    }

    let fresh_address = ada_from(&app, "203.0.113.5", PASSWORD).await;
    assert_envelope(fresh_address, 429, "RATE_LIMITED").await;
    app.age_rate_limits("login-fail:", chrono::Duration::minutes(15))
        .await;
    expect_json(ada_from(&app, "203.0.113.5", PASSWORD).await, 200).await;
}

#[tokio::test]
async fn crm_failed_login_limit_sets_the_allowance_per_address_and_ten_times_it_per_account() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "100000")
        .env("CRM_TRUSTED_PROXIES", "127.0.0.1/32")
        .env("CRM_FAILED_LOGIN_LIMIT", "2")
        .spawn()
        .await;
    app.register("Ada", "ada@example.com").await;

    for _ in 0..2 {
        let response = ada_from(&app, "198.51.100.1", "wrong password").await;
        assert_envelope(response, 401, "UNAUTHENTICATED").await;
    }
    let locked_here = ada_from(&app, "198.51.100.1", PASSWORD).await;
    assert_envelope(locked_here, 429, "RATE_LIMITED").await;
    // 2 failures from each of eight more addresses: 18 of the account's 20 (ten times 2).
    for i in 2..10 {
        for _ in 0..2 {
            let address = format!("198.51.100.{i}");
            let response = ada_from(&app, &address, "wrong password").await;
            assert_eq!(response.status(), 401, "a failure from {address}");
        }
    }
    expect_json(ada_from(&app, "203.0.113.5", PASSWORD).await, 200).await;
    for address in ["198.51.100.20", "198.51.100.21"] {
        let response = ada_from(&app, address, "wrong password").await;
        assert_envelope(response, 401, "UNAUTHENTICATED").await;
    }
    // 20 failures: the ceiling is reached, every address is refused now.
    let everywhere = ada_from(&app, "203.0.113.5", PASSWORD).await;
    assert_envelope(everywhere, 429, "RATE_LIMITED").await;
}
