//! Headers a security review expects on every answer (issue 9, point 6): `Cache-Control:
//! no-store` (answers carry tokens and personal data), `X-Content-Type-Options: nosniff`,
//! `Referrer-Policy: no-referrer`; on successes, errors, probes and framework answers alike.

use reqwest::Method;
use serde_json::json;

use crate::support::TestApp;
use crate::support::accounts::PASSWORD;

fn assert_policy_headers(response: &reqwest::Response, what: &str) {
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{name} on {what}"))
            .to_owned()
    };
    assert_eq!(header("cache-control"), "no-store", "{what}");
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("referrer-policy"), "no-referrer", "{what}");
}

#[tokio::test]
async fn every_kind_of_answer_carries_the_policy_headers() {
    let app = TestApp::spawn().await;
    let body = json!({"name": "Ada", "email": "ada@example.com", "password": PASSWORD});
    let register = app.try_register(body).await;
    assert_eq!(register.status(), 200);
    assert_policy_headers(&register, "the session answer (it carries tokens)");
    let ada = app.login("ada@example.com").await;

    let answers = [
        ("a list", app.get_as(&ada, "/v1/contacts").await),
        ("an export", app.get_as(&ada, "/v1/contacts/export").await),
        (
            "a 404",
            app.get_as(&ada, "/v1/contacts/0191f5a0-0000-7000-8000-000000000000")
                .await,
        ),
        ("a 401", app.get("/v1/contacts").await),
        (
            "a 405",
            app.send(Method::PUT, "/v1/contacts", None, None).await,
        ),
        ("an unknown route", app.get("/v1/nowhere").await),
        ("a probe", app.get("/healthz").await),
    ];
    for (what, response) in &answers {
        assert_policy_headers(response, what);
    }
}
