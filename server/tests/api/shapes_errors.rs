//! One answer per error code the server produces, pinned with insta snapshots taken through
//! HTTP: status, the headers that matter (`Allow`, `WWW-Authenticate`, `Retry-After`,
//! `RateLimit*`) and the `{error, code, issues?}` body, for every code of the table in
//! `server/src/error/code.rs` that a request can reach. Not here: `BUSINESS_RULE` itself (every
//! 422 the server sends carries a finer code) and `NOT_IMPLEMENTED` (no operation answers 501).
//! `INTERNAL` comes from a test route that panics, served inside the production middleware
//! stack; every other answer from the application's own routes.

use axum::Router;
use axum::routing::get;
use crm_server::config::JSON_BODY_LIMIT_BYTES;
use reqwest::Method;
use serde_json::json;

use crate::support::accounts::PASSWORD;
use crate::support::shapes::{self, Answer, Names, assert_shape};
use crate::support::timing::wait_for_a_fresh_minute;
use crate::support::{TestApp, assert_envelope_body};

/// Snapshots `answer` as `name` after checking it is the envelope with `code`.
macro_rules! assert_error {
    ($names:expr, $name:literal, $code:literal, $answer:expr) => {{
        let answer = $answer;
        assert_envelope_body(&answer.body, $code);
        assert_shape!($names, $name, answer);
    }};
}

#[tokio::test]
async fn request_errors_keep_their_shape() {
    let app = TestApp::spawn().await;
    let team = app.team("err").await;
    let (owner, member) = (&team.owner, &team.member);
    let names = Names::default();

    let body = json!({ "firstName": "", "lastName": "X", "email": "not-an-email" });
    let invalid = Answer::of(app.post_as(owner, "/v1/contacts", body).await).await;
    assert_error!(names, "error_validation", "VALIDATION_ERROR", invalid);

    let malformed = app
        .request(Method::POST, "/v1/contacts", Some(owner))
        .header("content-type", "application/json")
        .body("{\"firstName\": ")
        .send()
        .await
        .expect("sent");
    assert_error!(
        names,
        "error_validation_malformed_json",
        "VALIDATION_ERROR",
        Answer::of(malformed).await
    );

    let anonymous = Answer::of(app.get("/v1/contacts").await).await;
    assert_error!(names, "error_unauthenticated", "UNAUTHENTICATED", anonymous);
    let wrong = Answer::of(app.try_login(&owner.email, "wrong password").await).await;
    assert_error!(
        names,
        "error_unauthenticated_login",
        "UNAUTHENTICATED",
        wrong
    );

    let stage = json!({ "name": "Members may not" });
    let forbidden = Answer::of(app.post_as(member, "/v1/stages", stage).await).await;
    assert_error!(names, "error_forbidden", "FORBIDDEN", forbidden);

    let unknown = format!("/v1/contacts/{}", uuid::Uuid::now_v7());
    let missing = Answer::of(app.get_as(owner, &unknown).await).await;
    assert_error!(names, "error_not_found", "NOT_FOUND", missing);
    let no_route = Answer::of(app.get_as(owner, "/v1/nowhere?secret=1").await).await;
    assert_error!(names, "error_not_found_route", "NOT_FOUND", no_route);

    let wrong_method = Answer::of(app.delete_as(owner, "/v1/contacts").await).await;
    assert_error!(
        names,
        "error_method_not_allowed",
        "METHOD_NOT_ALLOWED",
        wrong_method
    );

    let text = app
        .request(Method::POST, "/v1/contacts", Some(owner))
        .header("content-type", "text/plain")
        .body("firstName=Ada")
        .send()
        .await
        .expect("sent");
    assert_error!(
        names,
        "error_unsupported_media_type",
        "UNSUPPORTED_MEDIA_TYPE",
        Answer::of(text).await
    );

    let declared = format!(
        "POST /v1/contacts HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        owner.token,
        JSON_BODY_LIMIT_BYTES + 1
    );
    let too_large = app.raw(&[declared.as_bytes()]).await;
    assert_error!(
        names,
        "error_payload_too_large",
        "PAYLOAD_TOO_LARGE",
        Answer::of_raw(&too_large)
    );
}

#[tokio::test]
async fn conflict_and_business_rule_errors_keep_their_shape() {
    let app = TestApp::spawn().await;
    let team = app.team("rule").await;
    let owner = &team.owner;
    let names = Names::default();

    let again = json!({ "name": "Again", "email": owner.email, "password": PASSWORD });
    let taken = Answer::of(app.try_register(again).await).await;
    assert_error!(names, "error_email_taken", "EMAIL_TAKEN", taken);

    let body = json!({ "name": "Engines", "slug": "engines" });
    app.create(owner, "/v1/workspaces", body.clone()).await;
    let slug = Answer::of(app.post_as(owner, "/v1/workspaces", body).await).await;
    assert_error!(names, "error_slug_taken", "SLUG_TAKEN", slug);

    let body = json!({ "invoiceNumber": "INV-7", "title": "T", "amount": 1, "currency": "USD" });
    app.create(owner, "/v1/invoices", body.clone()).await;
    let number = Answer::of(app.post_as(owner, "/v1/invoices", body).await).await;
    assert_error!(
        names,
        "error_invoice_number_taken",
        "INVOICE_NUMBER_TAKEN",
        number
    );

    let stages = app.get_ok(owner, "/v1/stages").await;
    let first = &stages["rows"][0];
    let body = json!({ "name": first["name"] });
    let name = Answer::of(app.post_as(owner, "/v1/stages", body).await).await;
    assert_error!(names, "error_name_taken", "NAME_TAKEN", name);

    app.invite(owner, "twice@example.com", "MEMBER").await;
    let body = json!({ "email": "twice@example.com", "role": "MEMBER" });
    let pending = Answer::of(app.post_as(owner, "/v1/invites", body).await).await;
    assert_error!(names, "error_conflict", "CONFLICT", pending);

    let stage = first["id"].as_str().expect("stage id");
    app.deal(owner, "Keeps the stage", stage, json!({})).await;
    let in_use = Answer::of(app.delete_as(owner, &format!("/v1/stages/{stage}")).await).await;
    assert_error!(names, "error_stage_in_use", "STAGE_IN_USE", in_use);

    let body = json!({ "firstName": "Ada", "lastName": "X", "companyId": uuid::Uuid::now_v7() });
    let reference = Answer::of(app.post_as(owner, "/v1/contacts", body).await).await;
    assert_error!(
        names,
        "error_invalid_reference",
        "INVALID_REFERENCE",
        reference
    );

    let own = app.membership_path(owner, &owner.id).await;
    let last = Answer::of(app.delete_as(owner, &own).await).await;
    assert_error!(names, "error_last_owner", "LAST_OWNER", last);

    let forged = format!("{}.bm90LWEtbWFj", uuid::Uuid::now_v7());
    let body = json!({ "token": forged });
    let invite = Answer::of(app.post_as(&team.member, "/v1/invites/accept", body).await).await;
    assert_error!(names, "error_invalid_invite", "INVALID_INVITE", invite);
}

#[tokio::test]
async fn rate_limited_answer_keeps_its_shape() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "1")
        .spawn()
        .await;
    wait_for_a_fresh_minute().await;
    let first = app.try_login("nobody@example.com", "whatever1").await;
    assert_eq!(first.status(), 401);

    let limited = Answer::of(app.try_login("nobody@example.com", "whatever1").await).await;

    assert_envelope_body(&limited.body, "RATE_LIMITED");
    let state = &limited.headers["ratelimit"];
    assert!(
        state.starts_with("\"auth\";r=0;"),
        "no budget left: {state}"
    );
    assert_shape!(shapes::settings_with_clock(&Names::default()) => "error_rate_limited", limited);
}

#[tokio::test]
async fn service_unavailable_answer_keeps_its_shape() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    app.make_database_unavailable().await;

    let answer = Answer::of(app.get_as(&ada, "/v1/contacts").await).await;

    assert_error!(
        Names::default(),
        "error_service_unavailable",
        "SERVICE_UNAVAILABLE",
        answer
    );
}

#[tokio::test]
async fn request_timeout_answer_keeps_its_shape() {
    let app = TestApp::builder()
        .env("CRM_REQUEST_TIMEOUT_SECS", "1")
        .spawn()
        .await;
    // A body announced but never sent in full: reading it outlasts the timeout.
    let head = "POST /v1/auth/login HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
                Content-Length: 64\r\nConnection: close\r\n\r\n{\"email\": ";

    let slow = app.raw(&[head.as_bytes()]).await;

    assert_error!(
        Names::default(),
        "error_request_timeout",
        "REQUEST_TIMEOUT",
        Answer::of_raw(&slow)
    );
}

async fn panics() -> &'static str {
    panic!("detail that must not leak")
}

#[tokio::test]
async fn internal_answer_keeps_its_shape() {
    let routes = Router::new().route("/__test/panic", get(panics));
    let app = TestApp::builder().bare_routes(routes).spawn().await;

    let panicked = Answer::of(app.get("/__test/panic").await).await;

    assert_error!(Names::default(), "error_internal", "INTERNAL", panicked);
}
