//! Bad invoice and visit input answers 400 `VALIDATION_ERROR`: amounts (sub-cent, negative,
//! strings), currencies, statuses, references, dates and times, lengths, `null` where the field
//! cannot be empty, on create and on PATCH; and bad list query parameters of both lists.

use serde_json::json;

use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn bad_invoice_and_visit_input_answers_400() {
    let app = TestApp::spawn().await;
    let team = app.team("bad").await;
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let invoice = json!({"title": "T", "amount": 1, "currency": "USD"});
    let bad_invoices = [
        ("amount", json!(1.234)),
        ("amount", json!(-1)),
        ("amount", json!("10")),
        ("currency", json!("usd")),
        ("currency", json!("US")),
        ("status", json!("PENDING")),
        ("relatedType", json!("deal")),
        ("relatedId", json!("not-a-uuid")),
        ("issuedAt", json!("yesterday")),
        ("dueAt", json!("2026-02-30T00:00:00Z")),
        ("title", json!("")),
        ("title", json!(null)),
        ("invoiceNumber", json!("N".repeat(51))),
        ("notes", json!("n".repeat(20_001))),
    ];
    for (field, value) in bad_invoices {
        let mut body = invoice.clone();
        body[field] = value;
        assert_envelope(
            app.post_as(&team.member, "/v1/invoices", body).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
    let path = format!(
        "/v1/invoices/{}",
        id_of(&app.invoice(&team.member, "T", json!({})).await)
    );
    for body in [
        json!({"amount": 0.001}),
        json!({"status": null}),
        json!({"currency": "eur"}),
    ] {
        assert_envelope(
            app.patch_as(&team.member, &path, body).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
    let visit = json!({"contactId": contact, "contactName": "Ann", "date": "2026-05-01",
                       "time": "09:30", "durationMinutes": 30, "reason": "Visit",
                       "status": "SCHEDULED"});
    let bad_visits = [
        ("time", json!("25:00")),
        ("time", json!("9:30")),
        ("time", json!("09:60")),
        ("date", json!("2026-13-01")),
        ("date", json!("01/05/2026")),
        ("durationMinutes", json!(0)),
        ("durationMinutes", json!(1441)),
        ("status", json!("DONE")),
        ("status", json!(null)),
        ("contactId", json!(null)),
        ("reason", json!("")),
    ];
    for (field, value) in bad_visits {
        let mut body = visit.clone();
        body[field] = value;
        assert_envelope(
            app.post_as(&team.member, "/v1/visits", body).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
    let created = app.create(&team.member, "/v1/visits", visit).await;
    let path = format!("/v1/visits/{}", id_of(&created));
    for body in [json!({"time": "24:00"}), json!({"date": "2026-02-30"})] {
        assert_envelope(
            app.patch_as(&team.member, &path, body).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
    for query in [
        "/v1/invoices?issuedFrom=monday",
        "/v1/invoices?status=LATE",
        "/v1/invoices?cursor=nope",
        "/v1/visits?dateFrom=2026-13-01",
        "/v1/visits?limit=0",
    ] {
        assert_envelope(
            app.get_as(&team.member, query).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
}
