//! Invoices through HTTP: create (server-set fields ignored, notes kept verbatim, `Location`),
//! read, list, every status and its activities (`invoice.status_changed` with before/after),
//! delete and the 404s after it; PATCH semantics (absent keeps, `null` and `""` clear, a value
//! replaces, nothing changed writes nothing); 422 `INVALID_REFERENCE` for a related record that is
//! not live in the workspace; and who may delete. Numbers are in `crm_invoice_numbers`, bad input
//! in `crm_invoices_visits_input`, list walks in `crm_walks_invoices_visits`.

use serde_json::{Value, json};

use crate::support::accounts::{expect_json, rows};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn invoice_crud_statuses_and_activities() {
    let app = TestApp::spawn().await;
    let team = app.team("inv").await;
    let company = id_of(&app.company(&team.owner, "Acme").await);
    let notes =
        "Line items:\n- 2 × consult\n{\"items\":[{\"sku\":\"A1\",\"qty\":2}]}\n  indented  ";
    let body = json!({
        "invoiceNumber": "ACME-1", "title": "March", "notes": notes, "amount": 1234.5,
        "currency": "EUR", "relatedType": "company", "relatedId": company,
        "issuedAt": "2026-03-01T09:00:00Z", "dueAt": "2099-03-31T09:00:00Z",
        // Server-set fields are never read from a body.
        "id": "00000000-0000-7000-8000-000000000001", "workspaceId": team.workspace,
        "createdById": team.owner.id, "createdAt": "2020-01-01T00:00:00Z",
        "updatedAt": "2020-01-01T00:00:00Z", "items": [1, 2]
    });
    let response = app.post_as(&team.member, "/v1/invoices", body).await;
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let created = expect_json(response, 201).await;
    let id = id_of(&created);
    assert_eq!(location, Some(format!("/v1/invoices/{id}")));
    assert_ne!(id, "00000000-0000-7000-8000-000000000001");
    assert_eq!(created["createdById"], json!(team.member.id));
    assert_eq!(created["workspaceId"], json!(team.workspace));
    assert_ne!(created["createdAt"], json!("2020-01-01T00:00:00Z"));
    assert_eq!(created["status"], "DRAFT", "status defaults to DRAFT");
    assert_eq!(created["amount"], json!(1234.5));
    assert_eq!(created["notes"], json!(notes), "notes are verbatim");
    assert_eq!(created["paidAt"], Value::Null);
    assert!(created.get("items").is_none());

    let path = format!("/v1/invoices/{id}");
    assert_eq!(app.get_ok(&team.admin, &path).await, created);
    let mut last = created.clone();
    for status in ["SENT", "OVERDUE", "PAID"] {
        let patched = expect_json(
            app.patch_as(&team.owner, &path, json!({ "status": status }))
                .await,
            200,
        )
        .await;
        assert_eq!(patched["status"], status);
        assert_eq!(patched["title"], "March", "other fields are kept");
        last = patched;
    }
    let listed = app.get_ok(&team.member, "/v1/invoices").await;
    assert_eq!(rows(&listed), &vec![last.clone()]);
    assert_eq!(listed["total"], 1);

    let types = app.activity_types(&team.owner, &id).await;
    assert_eq!(types[0], "invoice.created");
    assert_eq!(types.iter().filter(|t| *t == "invoice.updated").count(), 3);
    assert_eq!(
        types
            .iter()
            .filter(|t| *t == "invoice.status_changed")
            .count(),
        3
    );
    let moves = app
        .get_ok(
            &team.owner,
            &format!("/v1/activities?entityId={id}&limit=200"),
        )
        .await;
    let first_move = rows(&moves)
        .iter()
        .rev()
        .find(|a| a["type"] == "invoice.status_changed")
        .expect("status_changed");
    assert_eq!(
        first_move["metadata"]["changes"]["status"],
        json!({"before": "DRAFT", "after": "SENT"})
    );

    app.delete_ok(&team.member, &path).await;
    assert_envelope(app.get_as(&team.owner, &path).await, 404, "NOT_FOUND").await;
    assert_envelope(
        app.patch_as(&team.owner, &path, json!({"title": "x"}))
            .await,
        404,
        "NOT_FOUND",
    )
    .await;
    assert_envelope(app.delete_as(&team.owner, &path).await, 404, "NOT_FOUND").await;
    let listed = app.get_ok(&team.owner, "/v1/invoices").await;
    assert!(rows(&listed).is_empty());
    assert_eq!(listed["total"], 0);
    let filtered = app
        .get_ok(&team.owner, &format!("/v1/invoices?relatedId={company}"))
        .await;
    assert_eq!(
        filtered["total"], 0,
        "deleted invoices vanish from filtered lists too"
    );
    let types = app.activity_types(&team.owner, &id).await;
    assert_eq!(types.last().map(String::as_str), Some("invoice.deleted"));
}

#[tokio::test]
async fn invoice_patch_keeps_absent_clears_null_and_replaces_values() {
    let app = TestApp::spawn().await;
    let team = app.team("ipatch").await;
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let created = app
        .invoice(
            &team.owner,
            "Base",
            json!({"notes": "n", "relatedType": "contact", "relatedId": contact,
                   "issuedAt": "2026-01-01T00:00:00Z", "dueAt": "2026-02-01T00:00:00Z",
                   "paidAt": "2026-01-15T00:00:00Z", "status": "PAID"}),
        )
        .await;
    let path = format!("/v1/invoices/{}", id_of(&created));

    // Nothing changes: nothing is written, updatedAt stays.
    let same = expect_json(app.patch_as(&team.member, &path, json!({})).await, 200).await;
    assert_eq!(same, created);
    let same = app
        .patch_as(
            &team.member,
            &path,
            json!({"title": "Base", "amount": 10.0}),
        )
        .await;
    assert_eq!(expect_json(same, 200).await, created);

    let long_notes = format!("{}\n{{\"json\": true}}", "x".repeat(19_980));
    let patched = expect_json(
        app.patch_as(
            &team.member,
            &path,
            json!({"paidAt": null, "dueAt": "2026-03-01T10:30:00Z", "amount": 0.1 + 0.2,
                   "currency": "GBP", "notes": long_notes, "relatedType": null,
                   "relatedId": null}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(patched["paidAt"], Value::Null);
    assert_eq!(patched["dueAt"], "2026-03-01T10:30:00Z");
    assert_eq!(
        patched["issuedAt"], "2026-01-01T00:00:00Z",
        "absent is kept"
    );
    assert_eq!(patched["amount"], json!(0.3));
    assert_eq!(patched["currency"], "GBP");
    assert_eq!(patched["notes"], json!(long_notes));
    assert_eq!(patched["relatedType"], Value::Null);
    assert_eq!(patched["relatedId"], Value::Null);
    assert_eq!(patched["status"], "PAID");
    assert_ne!(
        patched["updatedAt"], created["updatedAt"],
        "updatedAt moves"
    );
    assert_eq!(patched["createdAt"], created["createdAt"]);
    assert_eq!(app.get_ok(&team.owner, &path).await, patched);

    let cleared = expect_json(
        app.patch_as(&team.member, &path, json!({"notes": "", "issuedAt": null}))
            .await,
        200,
    )
    .await;
    assert_eq!(cleared["notes"], Value::Null, "blank text clears like null");
    assert_eq!(cleared["issuedAt"], Value::Null);
    let changes = &app.activities_of(&team.owner, &id_of(&created)).await[0]["metadata"]["changes"];
    assert_eq!(changes["issuedAt"]["before"], "2026-01-01T00:00:00Z");
    assert_eq!(changes["issuedAt"]["after"], Value::Null);
}

#[tokio::test]
async fn invoice_references_must_name_live_records_of_the_workspace() {
    let app = TestApp::spawn().await;
    let team = app.team("iref").await;
    let stranger = app.register("Stranger", "stranger@example.com").await;
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let company = id_of(&app.company(&team.owner, "Acme").await);
    let gone = id_of(&app.contact(&team.owner, "Gone", json!({})).await);
    app.delete_ok(&team.owner, &format!("/v1/contacts/{gone}"))
        .await;
    let foreign = id_of(&app.contact(&stranger, "Far", json!({})).await);
    let unknown = uuid::Uuid::now_v7().to_string();
    for (kind, id) in [
        ("contact", &gone),
        ("contact", &foreign),
        ("contact", &unknown),
        ("contact", &company),
        ("company", &contact),
    ] {
        let body = json!({"title": "T", "amount": 1, "currency": "USD",
                          "relatedType": kind, "relatedId": id});
        let answer = assert_envelope(
            app.post_as(&team.member, "/v1/invoices", body).await,
            422,
            "INVALID_REFERENCE",
        )
        .await;
        assert_eq!(answer["issues"][0]["path"], "relatedId", "{kind} {id}");
    }
    // The pair comes together: half of it names nothing.
    for (body, missing) in [
        (
            json!({"title": "T", "amount": 1, "currency": "USD", "relatedId": contact}),
            "relatedType",
        ),
        (
            json!({"title": "T", "amount": 1, "currency": "USD", "relatedType": "contact"}),
            "relatedId",
        ),
    ] {
        let answer = assert_envelope(
            app.post_as(&team.member, "/v1/invoices", body).await,
            422,
            "INVALID_REFERENCE",
        )
        .await;
        assert_eq!(answer["issues"][0]["path"], missing);
    }
    let invoice = app
        .invoice(
            &team.member,
            "Billed",
            json!({"relatedType": "company", "relatedId": company}),
        )
        .await;
    let path = format!("/v1/invoices/{}", id_of(&invoice));
    let answer = assert_envelope(
        app.patch_as(&team.member, &path, json!({"relatedType": "contact"}))
            .await,
        422,
        "INVALID_REFERENCE",
    )
    .await;
    assert_eq!(answer["issues"][0]["path"], "relatedId");
    assert_envelope(
        app.patch_as(&team.member, &path, json!({"relatedId": null}))
            .await,
        422,
        "INVALID_REFERENCE",
    )
    .await;
    let moved = app
        .patch_as(
            &team.member,
            &path,
            json!({"relatedType": "contact", "relatedId": contact}),
        )
        .await;
    assert_eq!(expect_json(moved, 200).await["relatedId"], json!(contact));
    // Deleting the record billed keeps the reference; unrelated PATCHes still work.
    app.delete_ok(&team.owner, &format!("/v1/contacts/{contact}"))
        .await;
    let after = expect_json(
        app.patch_as(&team.member, &path, json!({"title": "Still billed"}))
            .await,
        200,
    )
    .await;
    assert_eq!(after["relatedId"], json!(contact));
}

#[tokio::test]
async fn invoices_are_deleted_by_their_creator_or_a_manager() {
    let app = TestApp::spawn().await;
    let team = app.team("idel").await;
    let by_admin = id_of(&app.invoice(&team.admin, "A", json!({})).await);
    let by_member = id_of(&app.invoice(&team.member, "M", json!({})).await);
    let by_member_too = id_of(&app.invoice(&team.member, "M2", json!({})).await);
    app.delete_only_by(
        &team.member,
        &team.owner,
        &format!("/v1/invoices/{by_admin}"),
    )
    .await;
    app.delete_ok(&team.member, &format!("/v1/invoices/{by_member}"))
        .await;
    app.delete_ok(&team.admin, &format!("/v1/invoices/{by_member_too}"))
        .await;
}
