//! Invoices and visits through HTTP: CRUD and statuses, server-set fields ignored, invoice
//! numbers (allocated in sequence, distinct under concurrent creates, 409 on a clash, deleted
//! numbers stay taken), PATCH semantics, 422 for references to nothing live, who may delete,
//! activities, 400 for bad input, and cursor walks under filters and date ranges compared with a
//! model computed here (with exact totals, and a bounded number of queries per page).

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use crm_server::entities::sea_orm_active_enums::MembershipRole;
use crm_server::entities::{invoices, visits};
use reqwest::Method;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::crm_walks::{Filter, WalkRow, check_walk, filter};
use crate::support::accounts::{User, expect_json, rows};
use crate::support::crm::{Rng, id_of, merge};
use crate::support::statements::CountingDb;
use crate::support::{TestApp, assert_envelope};

impl TestApp {
    /// An invoice `title` of 10 USD with extra fields from `extra`.
    async fn invoice(&self, user: &User, title: &str, extra: Value) -> Value {
        let mut body = json!({ "title": title, "amount": 10, "currency": "USD" });
        merge(&mut body, extra);
        self.create(user, "/v1/invoices", body).await
    }

    /// The activity types of one record, oldest first.
    async fn activity_types(&self, user: &User, id: &str) -> Vec<String> {
        let mut types: Vec<String> = self
            .activities_of(user, id)
            .await
            .iter()
            .map(|a| a["type"].as_str().unwrap_or_default().to_owned())
            .collect();
        types.reverse();
        types
    }
}

fn number_of(invoice: &Value) -> String {
    invoice["invoiceNumber"]
        .as_str()
        .unwrap_or_else(|| panic!("invoiceNumber in {invoice}"))
        .to_owned()
}

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
        "issuedAt": "2026-03-01T09:00:00Z", "dueAt": "2026-03-31T09:00:00Z",
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
    for status in ["SENT", "OVERDUE", "PAID", "VOID", "DRAFT"] {
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
    assert_eq!(types.iter().filter(|t| *t == "invoice.updated").count(), 5);
    assert_eq!(
        types
            .iter()
            .filter(|t| *t == "invoice.status_changed")
            .count(),
        5
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
async fn invoice_numbers_are_allocated_in_sequence_and_stay_unique() {
    let app = TestApp::spawn().await;
    let team = app.team("num").await;
    let other = app.register("Other", "other@example.com").await;
    let first = app.invoice(&team.owner, "A", json!({})).await;
    let second = app
        .invoice(&team.member, "B", json!({"invoiceNumber": "   "}))
        .await;
    assert_eq!(number_of(&first), "INV-000001");
    assert_eq!(number_of(&second), "INV-000002", "blank counts as absent");
    // A number chosen by hand is skipped by the allocation.
    app.invoice(&team.owner, "C", json!({"invoiceNumber": "INV-000003"}))
        .await;
    let fourth = app.invoice(&team.owner, "D", json!({})).await;
    assert_eq!(number_of(&fourth), "INV-000004");
    let trimmed = app
        .invoice(&team.owner, "E", json!({"invoiceNumber": "  X-9 "}))
        .await;
    assert_eq!(number_of(&trimmed), "X-9");
    // Numbers are per workspace.
    assert_eq!(
        number_of(&app.invoice(&other, "Z", json!({})).await),
        "INV-000001"
    );
    assert_eq!(
        number_of(
            &app.invoice(&other, "Z", json!({"invoiceNumber": "X-9"}))
                .await
        ),
        "X-9"
    );

    // A clash on create and on PATCH is 409 INVOICE_NUMBER_TAKEN, at `invoiceNumber`.
    let clash = assert_envelope(
        app.post_as(
            &team.owner,
            "/v1/invoices",
            json!({"title": "F", "amount": 1, "currency": "USD", "invoiceNumber": "INV-000001"}),
        )
        .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    assert_eq!(clash["issues"][0]["path"], "invoiceNumber");
    let second_path = format!("/v1/invoices/{}", id_of(&second));
    assert_envelope(
        app.patch_as(&team.owner, &second_path, json!({"invoiceNumber": "X-9"}))
            .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    let same = app
        .patch_as(
            &team.owner,
            &second_path,
            json!({"invoiceNumber": "INV-000002"}),
        )
        .await;
    expect_json(same, 200).await;
    // A deleted invoice keeps its number taken.
    app.delete_ok(&team.owner, &format!("/v1/invoices/{}", id_of(&first)))
        .await;
    assert_envelope(
        app.post_as(
            &team.owner,
            "/v1/invoices",
            json!({"title": "G", "amount": 1, "currency": "USD", "invoiceNumber": "INV-000001"}),
        )
        .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    assert_envelope(
        app.patch_as(
            &team.owner,
            &second_path,
            json!({"invoiceNumber": "INV-000001"}),
        )
        .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    assert_eq!(
        number_of(&app.invoice(&team.owner, "H", json!({})).await),
        "INV-000005"
    );
}

#[tokio::test]
async fn concurrent_creates_get_distinct_numbers_and_one_wins_a_clash() {
    let app = TestApp::spawn().await;
    let team = app.team("conc").await;
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let body = json!({"title": "T", "amount": 1, "currency": "USD",
                      "relatedType": "contact", "relatedId": contact});
    let requests = (0..16)
        .map(|_| (Method::POST, "/v1/invoices".to_owned(), Some(body.clone())))
        .collect();
    let answers = app.concurrently(&team.member, requests).await;
    let numbers: HashSet<String> = answers
        .iter()
        .map(|(status, body)| {
            assert_eq!(*status, 201, "{body}");
            number_of(body)
        })
        .collect();
    let expected: HashSet<String> = (1..=16).map(|n| format!("INV-{n:06}")).collect();
    assert_eq!(numbers, expected, "16 distinct numbers, no gap");

    // Hand-picked numbers racing the allocation (fewer than its attempts): an allocated create
    // never answers 409, and every number is distinct.
    let mut requests = Vec::new();
    for n in 0..6 {
        let mut chosen = body.clone();
        chosen["invoiceNumber"] = json!(format!("INV-{:06}", 17 + n));
        let body = if n < 3 { chosen } else { body.clone() };
        requests.push((Method::POST, "/v1/invoices".to_owned(), Some(body.clone())));
        requests.push((Method::POST, "/v1/invoices".to_owned(), Some(body)));
    }
    let answers = app.concurrently(&team.owner, requests).await;
    let mut numbers = HashSet::new();
    for (i, (status, answer)) in answers.iter().enumerate() {
        if i >= 6 || *status != 409 {
            assert_eq!(*status, 201, "{answer}");
            assert!(numbers.insert(number_of(answer)), "{answer}");
        }
    }

    let mut clash = body.clone();
    clash["invoiceNumber"] = json!("SAME-1");
    let requests = (0..8)
        .map(|_| (Method::POST, "/v1/invoices".to_owned(), Some(clash.clone())))
        .collect();
    let answers = app.concurrently(&team.owner, requests).await;
    let created = answers.iter().filter(|(s, _)| *s == 201).count();
    assert_eq!(created, 1, "{answers:?}");
    for (status, body) in answers.iter().filter(|(s, _)| *s != 201) {
        assert_eq!(*status, 409, "{body}");
        assert_eq!(body["code"], "INVOICE_NUMBER_TAKEN");
    }

    // Concurrent deletes and creates keep the counter equal to count(*).
    let ids: Vec<String> = answers
        .iter()
        .filter(|(s, _)| *s == 201)
        .map(|(_, b)| id_of(b))
        .chain(app.walk(&team.owner, "/v1/invoices", 200).await.ids())
        .collect();
    let mut requests: Vec<_> = ids
        .iter()
        .take(6)
        .flat_map(|id| {
            let path = format!("/v1/invoices/{id}");
            [
                (Method::DELETE, path.clone(), None),
                (Method::DELETE, path, None),
            ]
        })
        .collect();
    requests.extend((0..4).map(|_| (Method::POST, "/v1/invoices".to_owned(), Some(body.clone()))));
    for (status, body) in app.concurrently(&team.owner, requests).await {
        assert!([200, 201, 404].contains(&status), "{status}: {body}");
    }
    assert_eq!(
        app.total(&team.member, "/v1/invoices").await,
        app.live_count("invoices", &team.workspace, true).await
    );
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

#[tokio::test]
async fn visits_crud_statuses_references_and_activities() {
    let app = TestApp::spawn().await;
    let team = app.team("vis").await;
    let stranger = app.register("Stranger", "stranger@example.com").await;
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let body = json!({"contactId": contact, "contactName": "Ann Test", "date": "2026-05-01",
                      "time": "09:05", "durationMinutes": 45, "reason": "First visit",
                      "status": "SCHEDULED", "notes": "Bring\n{\"x\":1}",
                      "id": "00000000-0000-7000-8000-000000000001",
                      "workspaceId": team.workspace, "createdAt": "2020-01-01T00:00:00Z"});
    let created = app.create(&team.member, "/v1/visits", body).await;
    let id = id_of(&created);
    assert_ne!(id, "00000000-0000-7000-8000-000000000001");
    assert_eq!(created["workspaceId"], json!(team.workspace));
    assert_eq!(created["date"], "2026-05-01");
    assert_eq!(created["time"], "09:05");
    assert_eq!(created["durationMinutes"], 45);
    assert_eq!(created["notes"], "Bring\n{\"x\":1}");
    let path = format!("/v1/visits/{id}");
    for status in ["COMPLETED", "CANCELLED", "SCHEDULED"] {
        let patched = expect_json(
            app.patch_as(&team.owner, &path, json!({ "status": status }))
                .await,
            200,
        )
        .await;
        assert_eq!(patched["status"], status);
        assert_eq!(patched["reason"], "First visit");
    }
    let moved = expect_json(
        app.patch_as(
            &team.owner,
            &path,
            json!({"date": "2026-05-02", "time": "14:30", "durationMinutes": 60,
                   "reason": "Moved", "notes": null}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(moved["date"], "2026-05-02");
    assert_eq!(moved["time"], "14:30");
    assert_eq!(moved["notes"], Value::Null);
    assert_ne!(moved["updatedAt"], created["updatedAt"]);
    let listed = app.get_ok(&team.member, "/v1/visits").await;
    assert_eq!(rows(&listed), &vec![moved.clone()]);
    assert_eq!(listed["total"], 1);

    // The contact must be a live contact of the workspace.
    let gone = id_of(&app.contact(&team.owner, "Gone", json!({})).await);
    app.delete_ok(&team.owner, &format!("/v1/contacts/{gone}"))
        .await;
    let foreign = id_of(&app.contact(&stranger, "Far", json!({})).await);
    let company = id_of(&app.company(&team.owner, "Acme").await);
    for bad in [gone, foreign, company, uuid::Uuid::now_v7().to_string()] {
        let body = json!({"contactId": bad, "contactName": "X", "date": "2026-05-01",
                          "time": "09:00", "durationMinutes": 30, "reason": "R",
                          "status": "SCHEDULED"});
        let answer = assert_envelope(
            app.post_as(&team.member, "/v1/visits", body).await,
            422,
            "INVALID_REFERENCE",
        )
        .await;
        assert_eq!(answer["issues"][0]["path"], "contactId");
    }

    // Deleting the contact keeps its visits, which still carry the name.
    app.delete_ok(&team.owner, &format!("/v1/contacts/{contact}"))
        .await;
    let kept = app.get_ok(&team.member, "/v1/visits").await;
    assert_eq!(rows(&kept)[0]["contactName"], "Ann Test");
    let patched = app
        .patch_as(&team.member, &path, json!({"status": "COMPLETED"}))
        .await;
    expect_json(patched, 200).await;

    app.delete_ok(&team.member, &path).await;
    assert_envelope(app.delete_as(&team.owner, &path).await, 404, "NOT_FOUND").await;
    assert_envelope(
        app.patch_as(&team.owner, &path, json!({"status": "CANCELLED"}))
            .await,
        404,
        "NOT_FOUND",
    )
    .await;
    assert_eq!(app.total(&team.member, "/v1/visits").await, 0);
    let types = app.activity_types(&team.owner, &id).await;
    assert_eq!(types.first().map(String::as_str), Some("visit.created"));
    assert_eq!(types.iter().filter(|t| *t == "visit.updated").count(), 5);
    assert_eq!(types.last().map(String::as_str), Some("visit.deleted"));
}

impl WalkRow for invoices::Model {
    fn walk_id(&self) -> String {
        self.id.to_string()
    }
}

impl WalkRow for visits::Model {
    fn walk_id(&self) -> String {
        self.id.to_string()
    }
}

/// The spec's order of visits: by date and time, soonest first, then id.
fn in_visit_order(rows: &mut [visits::Model]) {
    rows.sort_by(|a, b| {
        (a.visit_date, &a.visit_time, a.id).cmp(&(b.visit_date, &b.visit_time, b.id))
    });
}

fn day(n: usize) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0)
        .single()
        .expect("date")
        + Duration::days(n as i64)
}

fn at_param(name: &str, at: DateTime<Utc>) -> String {
    format!("{name}={}", at.format("%Y-%m-%dT%H:%M:%SZ"))
}

#[tokio::test]
async fn invoice_walks_match_the_model_under_filters_and_date_ranges() {
    let app = TestApp::spawn().await;
    let team = app.team("iw").await;
    let ctx = app.ctx(&team.owner, MembershipRole::Owner).await;
    let mut rng = Rng::new(0x1470_1CE0);
    let contacts = [
        id_of(&app.contact(&team.owner, "Ann", json!({})).await),
        id_of(&app.contact(&team.owner, "Bob", json!({})).await),
    ];
    let company = id_of(&app.company(&team.owner, "Acme").await);
    let statuses = ["DRAFT", "SENT", "PAID", "OVERDUE", "VOID"];
    let mut rows = Vec::new();
    for _ in 0..300 {
        let mut body = json!({"title": "Inv", "amount": rng.below(10_000) as f64 / 100.0,
                              "currency": "USD", "status": rng.pick(&statuses)});
        match rng.below(3) {
            0 => {
                body["relatedType"] = json!("contact");
                body["relatedId"] = json!(rng.pick(&contacts));
            }
            1 => {
                body["relatedType"] = json!("company");
                body["relatedId"] = json!(company);
            }
            _ => {}
        }
        if rng.chance(80) {
            body["issuedAt"] = json!(day(rng.below(20)));
        }
        if rng.chance(70) {
            body["dueAt"] = json!(day(10 + rng.below(20)));
        }
        let request = serde_json::from_value(body).expect("request");
        let row = crm_server::crm::invoices::create(&app.state.db, ctx, &request)
            .await
            .expect("seed invoice");
        rows.push(row);
    }
    // Every third row shares one updatedAt, so the id has to break ties; a few are deleted.
    let tied_at = crm_server::time::now();
    let tied: Vec<uuid::Uuid> = rows.iter().step_by(3).map(|r| r.id).collect();
    invoices::Entity::update_many()
        .col_expr(invoices::Column::UpdatedAt, Expr::value(tied_at))
        .filter(invoices::Column::Id.is_in(tied.clone()))
        .exec(&app.state.db)
        .await
        .expect("tie");
    for row in rows.iter_mut().filter(|r| tied.contains(&r.id)) {
        row.updated_at = tied_at;
    }
    for row in rows.iter().skip(5).step_by(37) {
        app.delete_ok(&team.admin, &format!("/v1/invoices/{}", row.id))
            .await;
    }
    let deleted: Vec<uuid::Uuid> = rows.iter().skip(5).step_by(37).map(|r| r.id).collect();
    rows.retain(|r| !deleted.contains(&r.id));
    rows.sort_by_key(|r| std::cmp::Reverse((r.updated_at, r.id)));
    let model = rows;

    for walk in 0..14 {
        let mut filters: Vec<Filter<invoices::Model>> = Vec::new();
        let mut maybe = |rng: &mut Rng, f: Filter<invoices::Model>| {
            if walk > 0 && rng.chance(35) {
                filters.push(f);
            }
        };
        let status = *rng.pick(&statuses);
        maybe(
            &mut rng,
            filter(format!("status={status}"), move |r: &invoices::Model| {
                crm_server::crm::invoices::status_to_api(r.status).to_string() == status
            }),
        );
        let kind = *rng.pick(&["contact", "company"]);
        maybe(
            &mut rng,
            filter(format!("relatedType={kind}"), move |r: &invoices::Model| {
                r.related_type
                    .is_some_and(|t| format!("{t:?}").eq_ignore_ascii_case(kind))
            }),
        );
        let target: uuid::Uuid = rng
            .pick(&[&contacts[0], &contacts[1], &company])
            .parse()
            .expect("id");
        maybe(
            &mut rng,
            filter(format!("relatedId={target}"), move |r: &invoices::Model| {
                r.related_id == Some(target)
            }),
        );
        let from = day(rng.below(20));
        maybe(
            &mut rng,
            filter(at_param("issuedFrom", from), move |r: &invoices::Model| {
                r.issued_at.is_some_and(|t| t >= from)
            }),
        );
        let to = day(rng.below(20));
        maybe(
            &mut rng,
            filter(at_param("issuedTo", to), move |r: &invoices::Model| {
                r.issued_at.is_some_and(|t| t <= to)
            }),
        );
        let from = day(10 + rng.below(20));
        maybe(
            &mut rng,
            filter(at_param("dueFrom", from), move |r: &invoices::Model| {
                r.due_at.is_some_and(|t| t >= from)
            }),
        );
        let to = day(10 + rng.below(20));
        maybe(
            &mut rng,
            filter(at_param("dueTo", to), move |r: &invoices::Model| {
                r.due_at.is_some_and(|t| t <= to)
            }),
        );
        check_walk(
            &app,
            &team.member,
            "/v1/invoices",
            &model,
            &filters,
            &mut rng,
        )
        .await;
    }
    assert_eq!(
        app.total(&team.member, "/v1/invoices").await,
        app.live_count("invoices", &team.workspace, true).await
    );
}

/// Seeds `count` visits over a few contacts, days and times; answers them as stored.
async fn seed_visits(
    app: &TestApp,
    user: &User,
    count: usize,
    rng: &mut Rng,
) -> Vec<visits::Model> {
    let ctx = app.ctx(user, MembershipRole::Owner).await;
    let mut contacts = Vec::new();
    for name in ["Ann", "Bob", "Cleo"] {
        contacts.push(id_of(&app.contact(user, name, json!({})).await));
    }
    let times = ["08:00", "09:30", "09:30", "13:15", "17:45"];
    let statuses = ["SCHEDULED", "COMPLETED", "CANCELLED"];
    let mut rows = Vec::new();
    for _ in 0..count {
        let date = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date")
            + chrono::Days::new(rng.below(15) as u64);
        let body = json!({"contactId": rng.pick(&contacts), "contactName": "Someone",
                          "date": date, "time": rng.pick(&times), "durationMinutes": 30,
                          "reason": "Check", "status": rng.pick(&statuses)});
        let request = serde_json::from_value(body).expect("request");
        let row = crm_server::crm::visits::create(&app.state.db, ctx, &request)
            .await
            .expect("seed visit");
        rows.push(row);
    }
    rows
}

#[tokio::test]
async fn visit_walks_match_the_model_under_filters_and_date_ranges() {
    let app = TestApp::spawn().await;
    let team = app.team("vw").await;
    let mut rng = Rng::new(71_517);
    let mut rows = seed_visits(&app, &team.owner, 240, &mut rng).await;
    for row in rows.iter().step_by(29) {
        app.delete_ok(&team.member, &format!("/v1/visits/{}", row.id))
            .await;
    }
    let deleted: Vec<uuid::Uuid> = rows.iter().step_by(29).map(|r| r.id).collect();
    rows.retain(|r| !deleted.contains(&r.id));
    let contacts: Vec<uuid::Uuid> = {
        let mut c: Vec<_> = rows.iter().map(|r| r.contact_id).collect();
        c.sort();
        c.dedup();
        c
    };
    in_visit_order(&mut rows);
    let model = rows;
    for walk in 0..12 {
        let mut filters: Vec<Filter<visits::Model>> = Vec::new();
        let mut maybe = |rng: &mut Rng, f: Filter<visits::Model>| {
            if walk > 0 && rng.chance(40) {
                filters.push(f);
            }
        };
        let contact = *rng.pick(&contacts);
        maybe(
            &mut rng,
            filter(format!("contactId={contact}"), move |r: &visits::Model| {
                r.contact_id == contact
            }),
        );
        let status = *rng.pick(&["SCHEDULED", "COMPLETED", "CANCELLED"]);
        maybe(
            &mut rng,
            filter(format!("status={status}"), move |r: &visits::Model| {
                crm_server::crm::visits::status_to_api(r.status).to_string() == status
            }),
        );
        let from = NaiveDate::from_ymd_opt(2026, 3, 1).expect("d")
            + chrono::Days::new(rng.below(15) as u64);
        maybe(
            &mut rng,
            filter(format!("dateFrom={from}"), move |r: &visits::Model| {
                r.visit_date >= from
            }),
        );
        let to = NaiveDate::from_ymd_opt(2026, 3, 1).expect("d")
            + chrono::Days::new(rng.below(15) as u64);
        maybe(
            &mut rng,
            filter(format!("dateTo={to}"), move |r: &visits::Model| {
                r.visit_date <= to
            }),
        );
        check_walk(&app, &team.member, "/v1/visits", &model, &filters, &mut rng).await;
    }
    assert_eq!(
        app.total(&team.member, "/v1/visits").await,
        app.live_count("visits", &team.workspace, false).await
    );
}

/// The spec's order of visits: by date and time, soonest first, then id.
#[tokio::test]
async fn visits_are_listed_soonest_first() {
    let app = TestApp::spawn().await;
    let team = app.team("vo").await;
    let mut rng = Rng::new(5_004);
    let mut model = seed_visits(&app, &team.owner, 120, &mut rng).await;
    in_visit_order(&mut model);
    for _ in 0..4 {
        check_walk(&app, &team.member, "/v1/visits", &model, &[], &mut rng).await;
    }
    let march_5 = NaiveDate::from_ymd_opt(2026, 3, 5).expect("d");
    let filters = [filter(
        "dateFrom=2026-03-05".to_owned(),
        move |r: &visits::Model| r.visit_date >= march_5,
    )];
    check_walk(&app, &team.member, "/v1/visits", &model, &filters, &mut rng).await;
}

#[tokio::test]
async fn invoice_and_visit_pages_cost_the_same_queries_whatever_their_size() {
    let app = TestApp::spawn().await;
    let team = app.team("iq").await;
    let ctx = app.ctx(&team.owner, MembershipRole::Owner).await;
    let mut rng = Rng::new(3);
    seed_visits(&app, &team.owner, 210, &mut rng).await;
    for _ in 0..210 {
        let request = serde_json::from_value(json!({"title": "I", "amount": 1, "currency": "USD",
                                                    "status": "SENT"}))
        .expect("request");
        crm_server::crm::invoices::create(&app.state.db, ctx, &request)
            .await
            .expect("invoice");
    }
    let counting = CountingDb::connect(&app).await;
    let db = &counting.db;
    let mut costs = Vec::new();
    for limit in [1u32, 50, 200] {
        for filtered in [false, true] {
            let before = counting.statements();
            let query = serde_json::from_value(json!({"limit": limit,
                "status": filtered.then_some("SENT"),
                "issuedTo": filtered.then_some("2030-01-01T00:00:00Z")}))
            .expect("query");
            let page = crm_server::crm::invoices::list(db, Some(ctx), &query)
                .await
                .expect("invoices");
            assert_eq!(page.rows.len(), if filtered { 0 } else { limit as usize });
            let query = serde_json::from_value(json!({"limit": limit,
                "dateFrom": filtered.then_some("2026-03-01")}))
            .expect("query");
            let page = crm_server::crm::visits::list(db, Some(ctx), &query)
                .await
                .expect("visits");
            assert_eq!(page.rows.len(), limit as usize);
            costs.push(counting.statements() - before);
        }
    }
    // Two lists, two queries each (total, page), at every page size, filtered or not.
    assert!(
        costs.iter().all(|c| *c == 4),
        "statements per round: {costs:?}"
    );
}
