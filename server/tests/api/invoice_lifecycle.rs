//! Invoices behave like invoices (issue 10, point 3): DRAFT → SENT → PAID or VOID, OVERDUE →
//! PAID or VOID, PAID and VOID final (422 `INVALID_TRANSITION`, nothing changed); any status on
//! create (history imports); `paidAt` set on becoming PAID unless sent, `issuedAt` on SENT; a
//! SENT invoice past its `dueAt` reads as OVERDUE in get, list and the `status` filter, at the
//! moment of the request.

use chrono::{Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

fn day(offset: i64) -> String {
    (Utc::now() + Duration::days(offset)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

async fn invoice(app: &TestApp, user: &User, extra: Value) -> Value {
    let mut body = json!({"title": "Work", "amount": 100, "currency": "EUR"});
    crate::support::crm::merge(&mut body, extra);
    expect_json(app.post_as(user, "/v1/invoices", body).await, 201).await
}

async fn move_to(app: &TestApp, user: &User, path: &str, body: Value) -> reqwest::Response {
    app.patch_as(user, path, body).await
}

#[tokio::test]
async fn statuses_move_forward_only_and_paid_and_void_are_final() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let draft = invoice(&app, &ada, json!({})).await;
    let path = format!("/v1/invoices/{}", id_of(&draft));
    assert_eq!(
        (draft["status"].as_str(), &draft["issuedAt"]),
        (Some("DRAFT"), &Value::Null)
    );

    let refused = move_to(&app, &ada, &path, json!({"status": "PAID"})).await;
    let error = assert_envelope(refused, 422, "INVALID_TRANSITION").await;
    assert_eq!(error["issues"][0]["path"], "status");

    let sent = expect_json(
        move_to(&app, &ada, &path, json!({"status": "SENT"})).await,
        200,
    )
    .await;
    assert!(
        sent["issuedAt"].is_string(),
        "issuedAt defaults to now on SENT"
    );
    assert_eq!(sent["paidAt"], Value::Null);
    let paid = expect_json(
        move_to(&app, &ada, &path, json!({"status": "PAID"})).await,
        200,
    )
    .await;
    assert!(paid["paidAt"].is_string(), "paidAt is set on PAID");
    assert_eq!(paid["issuedAt"], sent["issuedAt"], "issuedAt is kept");

    for status in ["SENT", "DRAFT", "VOID", "OVERDUE"] {
        let refused = move_to(
            &app,
            &ada,
            &path,
            json!({"status": status, "title": "Changed"}),
        )
        .await;
        assert_envelope(refused, 422, "INVALID_TRANSITION").await;
    }
    let stored = app.get_ok(&ada, &path).await;
    assert_eq!(stored, paid, "a refused change writes nothing");
    let same = expect_json(
        move_to(
            &app,
            &ada,
            &path,
            json!({"status": "PAID", "title": "Renamed"}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        (same["status"].as_str(), same["title"].as_str()),
        (Some("PAID"), Some("Renamed"))
    );

    let voided = invoice(&app, &ada, json!({"status": "SENT"})).await;
    let void_path = format!("/v1/invoices/{}", id_of(&voided));
    expect_json(
        move_to(&app, &ada, &void_path, json!({"status": "VOID"})).await,
        200,
    )
    .await;
    let refused = move_to(&app, &ada, &void_path, json!({"status": "PAID"})).await;
    assert_envelope(refused, 422, "INVALID_TRANSITION").await;

    let changes: Vec<Value> = app
        .activities_of(&ada, &id_of(&draft))
        .await
        .into_iter()
        .filter(|a| a["type"] == "invoice.status_changed")
        .map(|a| a["metadata"]["changes"]["status"].clone())
        .collect();
    assert_eq!(
        changes,
        [
            json!({"before": "SENT", "after": "PAID"}),
            json!({"before": "DRAFT", "after": "SENT"})
        ]
    );
}

#[tokio::test]
async fn any_status_on_create_and_a_sent_paid_at_is_kept() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let paid_at = "2025-05-05T10:00:00Z";
    let old = invoice(
        &app,
        &ada,
        json!({"status": "PAID", "paidAt": paid_at, "issuedAt": "2025-04-01T00:00:00Z"}),
    )
    .await;
    assert_eq!(
        (old["status"].as_str(), old["paidAt"].as_str()),
        (Some("PAID"), Some(paid_at))
    );
    let void = invoice(&app, &ada, json!({"status": "VOID"})).await;
    assert_eq!(void["status"], "VOID");

    let sent = invoice(&app, &ada, json!({"status": "SENT"})).await;
    let path = format!("/v1/invoices/{}", id_of(&sent));
    let paid = expect_json(
        move_to(
            &app,
            &ada,
            &path,
            json!({"status": "PAID", "paidAt": paid_at}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(paid["paidAt"], paid_at, "a paidAt sent with the move wins");
}

#[tokio::test]
async fn a_sent_invoice_past_due_is_overdue_everywhere_at_once() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let late = invoice(&app, &ada, json!({"status": "SENT", "dueAt": day(-1)})).await;
    let on_time = invoice(&app, &ada, json!({"status": "SENT", "dueAt": day(3)})).await;
    let no_due = invoice(&app, &ada, json!({"status": "SENT"})).await;
    assert_eq!(late["status"], "OVERDUE", "the create's own answer");
    assert_eq!(
        (on_time["status"].as_str(), no_due["status"].as_str()),
        (Some("SENT"), Some("SENT"))
    );

    let path = format!("/v1/invoices/{}", id_of(&late));
    assert_eq!(app.get_ok(&ada, &path).await["status"], "OVERDUE");
    let ids = |list: &Value| -> Vec<String> {
        list["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .map(id_of)
            .collect()
    };
    let overdue = app.get_ok(&ada, "/v1/invoices?status=OVERDUE").await;
    assert_eq!(
        (ids(&overdue), overdue["total"].as_i64()),
        (vec![id_of(&late)], Some(1))
    );
    let sent = app.get_ok(&ada, "/v1/invoices?status=SENT").await;
    assert_eq!(sent["total"], 2);
    assert!(!ids(&sent).contains(&id_of(&late)));

    // Paying it is a move from OVERDUE; extending the due date makes it SENT again.
    let extended = expect_json(
        move_to(&app, &ada, &path, json!({"dueAt": day(10)})).await,
        200,
    )
    .await;
    assert_eq!(extended["status"], "SENT");
    let listed = app.get_ok(&ada, "/v1/invoices?status=OVERDUE").await;
    assert_eq!(listed["total"], 0);
}
