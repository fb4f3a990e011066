//! `/metrics` (issue 13, point 2): off by default; with `CRM_METRICS=on` the Prometheus text of
//! requests by matched route template (never a concrete id), method and status, their latency
//! histogram, the database pool, rejections and build info; `CRM_METRICS_TOKEN` guards it.
//!
//! The recorder is process-wide, so other tests of this binary add to the same series: each
//! check looks for its own lines, never for exact totals.

use reqwest::Response;

use crate::support::TestApp;

const TOKEN: &str = "scrape-token-0123456789";

async fn scrape(app: &TestApp, token: Option<&str>) -> Response {
    let mut request = app.client.get(app.url("/metrics"));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("scrape is sent")
}

/// The lines of series `name` whose labels include every one of `labels`.
fn lines_of<'a>(text: &'a str, name: &str, labels: &[&str]) -> Vec<&'a str> {
    text.lines()
        .filter(|line| line.starts_with(&format!("{name}{{")))
        .filter(|line| labels.iter().all(|label| line.contains(label)))
        .collect()
}

#[tokio::test]
async fn metrics_are_off_unless_switched_on() {
    let app = TestApp::spawn().await;
    assert_eq!(scrape(&app, None).await.status(), 404);
}

#[tokio::test]
async fn requests_are_counted_by_route_template_method_and_status() {
    let app = TestApp::builder()
        .env("CRM_METRICS", "on")
        .env("CRM_AUTH_RATE_LIMIT", "3")
        .spawn()
        .await;
    let owner = app.register("Metric", "metrics@example.com").await;
    let missing = "/v1/contacts/0193a4c2-5d8e-7f10-9a2b-3c4d5e6f7a8b";
    assert_eq!(app.get_as(&owner, missing).await.status(), 404);
    assert_eq!(app.get("/no/such/route").await.status(), 404);
    for _ in 0..4 {
        app.try_login("metrics@example.com", "wrong-password").await;
    }

    let answer = scrape(&app, None).await;
    assert_eq!(answer.status(), 200);
    let content_type = answer.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .to_owned();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    let text = answer.text().await.expect("text");

    let labels = [
        "method=\"GET\"",
        "route=\"/v1/contacts/{id}\"",
        "status=\"404\"",
    ];
    assert_eq!(
        lines_of(&text, "crm_http_requests_total", &labels).len(),
        1,
        "{text}"
    );
    let register = [
        "method=\"POST\"",
        "route=\"/v1/auth/register\"",
        "status=\"200\"",
    ];
    assert_eq!(
        lines_of(&text, "crm_http_requests_total", &register).len(),
        1
    );
    assert!(!lines_of(&text, "crm_http_requests_total", &["route=\"(no route)\""]).is_empty());
    assert!(!lines_of(&text, "crm_http_request_duration_seconds_bucket", &labels).is_empty());
    assert!(
        !text.contains("0193a4c2-5d8e"),
        "a concrete id became a label"
    );
    assert!(
        !lines_of(
            &text,
            "crm_rejections_total",
            &["reason=\"auth_rate_limit\""]
        )
        .is_empty()
    );
    assert!(!lines_of(&text, "crm_db_pool_connections", &["state=\"idle\""]).is_empty());
    assert!(
        text.lines()
            .any(|l| l.starts_with("crm_db_pool_max_connections"))
    );
    assert!(!lines_of(&text, "crm_build_info", &["version=\""]).is_empty());
}

#[tokio::test]
async fn a_metrics_token_guards_the_scrape() {
    let app = TestApp::builder()
        .env("CRM_METRICS", "on")
        .env("CRM_METRICS_TOKEN", TOKEN)
        .spawn()
        .await;
    assert_eq!(scrape(&app, None).await.status(), 401);
    assert_eq!(
        scrape(&app, Some("scrape-token-wrong-0000")).await.status(),
        401
    );
    let answer = scrape(&app, Some(TOKEN)).await;
    assert_eq!(answer.status(), 200);
    assert!(
        answer
            .text()
            .await
            .expect("text")
            .contains("crm_build_info")
    );
}
