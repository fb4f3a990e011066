//! A path id that is not a UUID names no resource (issue 10, point 8): 404 `NOT_FOUND` in the
//! envelope, like an unknown id, as GitHub and Stripe answer; the frontend reads only a 404 as
//! "not found" (`/contacts/undefined`). Ids in query strings and bodies stay 400s naming the
//! field.

use reqwest::Method;
use serde_json::json;

use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn a_path_id_that_is_no_uuid_is_a_404() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    for (method, path) in [
        (Method::GET, "/v1/contacts/undefined"),
        (Method::GET, "/v1/deals/123"),
        (Method::PATCH, "/v1/companies/null"),
        (Method::DELETE, "/v1/tasks/%00"),
        (Method::DELETE, "/v1/memberships/not-an-id"),
    ] {
        let body = (method == Method::PATCH).then(|| json!({"name": "x"}));
        let answer = app
            .send(method.clone(), path, Some(&ada), body.as_ref())
            .await;
        let error = assert_envelope(answer, 404, "NOT_FOUND").await;
        assert!(error.get("issues").is_none(), "{method} {path}: {error}");
    }
}

#[tokio::test]
async fn ids_in_queries_and_bodies_stay_400s_naming_the_field() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    let query = assert_envelope(
        app.get_as(&ada, "/v1/contacts?companyId=undefined").await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(query["issues"][0]["path"], "companyId");
    let body = json!({"relatedType": "contact", "relatedId": "undefined", "title": "T"});
    let error = assert_envelope(
        app.post_as(&ada, "/v1/tasks", body).await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(error["issues"][0]["path"], "relatedId");
}
