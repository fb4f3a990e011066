//! The reference served by the binary (issue 13, point 1): `/docs` is one self-contained page
//! that reads `/openapi.json`, the spec as JSON; `/` links both. The browser check of the page
//! itself is `make check-docs` (server/tests/docs).

use serde_json::Value;

use crate::support::TestApp;

#[tokio::test]
async fn the_docs_page_and_the_json_spec_are_served() {
    let app = TestApp::spawn().await;
    let docs = app.get("/docs").await;
    assert_eq!(docs.status(), 200);
    assert!(
        docs.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let page = docs.text().await.unwrap();
    assert!(page.contains("fetch(\"/openapi.json\")"));
    assert!(
        !page.contains("https://") && !page.contains("http://"),
        "nothing from elsewhere"
    );

    let spec: Value = app.get("/openapi.json").await.json().await.unwrap();
    assert_eq!(spec["openapi"], "3.0.3");
    assert!(spec["paths"]["/contacts/{id}/restore"]["post"].is_object());

    let index = app.get("/").await.text().await.unwrap();
    assert!(index.contains("href=\"/docs\"") && index.contains("href=\"/openapi.yaml\""));
}
