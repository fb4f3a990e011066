//! The exact JSON of the CRM records, pinned with insta snapshots taken through HTTP: stage
//! (create, reorder), company, contact, deal, task, note, invoice, visit and activity (one with
//! `metadata`) as created, every one of their lists once (`{rows, total, nextCursor}`, with a
//! cursor where there is a next page), an update, and the `{ok: true}` of a delete. Every
//! optional field is set, so its form is pinned too. Ids and server-set times are redacted
//! (`support::shapes`); the same snapshot files serve both databases.

use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::User;
use crate::support::shapes::{Answer, Names, assert_shape};

/// Times the test sends, which the server must echo exactly.
const CLOSE_AT: &str = "2030-06-30T00:00:00Z";
const DUE_AT: &str = "2030-01-15T09:30:00Z";
const ISSUED_AT: &str = "2030-01-01T00:00:00Z";
const PAY_BY: &str = "2030-01-31T00:00:00Z";

/// `POST path` as `user`, answered whole, its record named `label`.
async fn create(
    app: &TestApp,
    names: &mut Names,
    user: &User,
    path: &str,
    label: &str,
    body: Value,
) -> Answer {
    let answer = Answer::of(app.post_as(user, path, body).await).await;
    assert_eq!(answer.status, 201, "{path}: {:?}", answer.body);
    names.name(&answer.body, label);
    answer
}

#[tokio::test]
async fn crm_record_answers_keep_their_shape() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada Lovelace", "ada@example.com").await;
    let mut names = Names::default();
    names
        .name(&json!(ada.id), "ada")
        .name(&json!(ada.workspace()), "workspace");
    for at in [CLOSE_AT, DUE_AT, ISSUED_AT, PAY_BY] {
        names.chose_time(at);
    }
    let stages = app.get_ok(&ada, "/v1/stages").await;
    for stage in stages["rows"].as_array().expect("rows") {
        let label = format!("stage {}", stage["name"].as_str().expect("name"));
        names.name(stage, &label);
    }
    let first_stage = stages["rows"][0]["id"].clone();

    let body = json!({ "name": "Review", "order": 2 });
    let stage = create(&app, &mut names, &ada, "/v1/stages", "stage Review", body).await;
    assert_shape!(names, "stage", stage);
    let body = json!({ "stages": [{ "id": stage.body["id"], "order": 1 }] });
    let reordered = Answer::of(
        app.send(
            reqwest::Method::PUT,
            "/v1/stages/reorder",
            Some(&ada),
            Some(&body),
        )
        .await,
    )
    .await;
    assert_shape!(names, "stages_reorder", reordered);

    let body = json!({ "name": "Babbage & Co" });
    create(&app, &mut names, &ada, "/v1/companies", "babbage", body).await;
    let body =
        json!({ "name": "Acme", "domain": "acme.test", "industry": "Engines", "size": "11-50" });
    let company = create(&app, &mut names, &ada, "/v1/companies", "acme", body).await;
    assert_shape!(names, "company", company);
    let path = format!("/v1/companies/{}", company.body["id"].as_str().expect("id"));
    let renamed = Answer::of(app.patch_as(&ada, &path, json!({ "industry": null })).await).await;
    assert_shape!(names, "company_update", renamed);

    let body = json!({
        "firstName": "Grace", "lastName": "Hopper", "jobTitle": "Rear Admiral",
        "email": "Grace@Acme.test", "phone": "+1 555 0100", "companyId": company.body["id"],
        "customerType": "B2B", "tags": ["vip", "navy"]
    });
    let contact = create(&app, &mut names, &ada, "/v1/contacts", "grace", body).await;
    assert_shape!(names, "contact", contact);
    let body = json!({ "firstName": "Alan", "lastName": "Turing" });
    create(&app, &mut names, &ada, "/v1/contacts", "alan", body).await;

    let body = json!({
        "title": "Acme engines", "amount": 1234.5, "currency": "EUR", "stageId": first_stage,
        "companyId": company.body["id"], "primaryContactId": contact.body["id"],
        "expectedCloseDate": CLOSE_AT, "description": "Two engines"
    });
    let deal = create(&app, &mut names, &ada, "/v1/deals", "deal", body).await;
    assert_shape!(names, "deal", deal);

    let body = json!({
        "title": "Call Grace", "dueAt": DUE_AT, "relatedType": "deal",
        "relatedId": deal.body["id"], "assigneeId": ada.id
    });
    let task = create(&app, &mut names, &ada, "/v1/tasks", "task", body).await;
    assert_shape!(names, "task", task);

    let body = json!({ "body": "Met <Grace>\n{\"x\": 1}", "relatedType": "contact",
                       "relatedId": contact.body["id"] });
    let note = create(&app, &mut names, &ada, "/v1/notes", "note", body).await;
    assert_shape!(names, "note", note);

    let body = json!({
        "invoiceNumber": "ACME-1", "title": "Engines", "notes": "Net 30", "amount": 99.9,
        "currency": "USD", "relatedType": "company", "relatedId": company.body["id"],
        "issuedAt": ISSUED_AT, "dueAt": PAY_BY
    });
    let invoice = create(&app, &mut names, &ada, "/v1/invoices", "invoice", body).await;
    assert_shape!(names, "invoice", invoice);
    let path = format!("/v1/invoices/{}", invoice.body["id"].as_str().expect("id"));
    let sent = Answer::of(app.patch_as(&ada, &path, json!({ "status": "SENT" })).await).await;
    assert_shape!(names, "invoice_update", sent);
    let body = json!({ "title": "Spare parts", "amount": 10, "currency": "USD" });
    create(
        &app,
        &mut names,
        &ada,
        "/v1/invoices",
        "second invoice",
        body,
    )
    .await;

    let body = json!({
        "contactId": contact.body["id"], "contactName": "Grace Hopper", "date": "2030-02-01",
        "time": "09:05", "durationMinutes": 45, "reason": "Demo", "status": "SCHEDULED",
        "notes": "Bring slides"
    });
    let visit = create(&app, &mut names, &ada, "/v1/visits", "visit", body).await;
    assert_shape!(names, "visit", visit);
    let body = json!({
        "contactId": contact.body["id"], "contactName": "Grace Hopper", "date": "2030-02-02",
        "time": "10:00", "durationMinutes": 30, "reason": "Follow-up", "status": "SCHEDULED"
    });
    create(&app, &mut names, &ada, "/v1/visits", "second visit", body).await;

    // The invoice's timeline: created, updated, status_changed (with before and after).
    let path = format!(
        "/v1/activities?entityId={}&limit=2",
        invoice.body["id"].as_str().expect("id")
    );
    let activities = Answer::of(app.get_as(&ada, &path).await).await;
    assert_shape!(names, "activities_list", activities);

    for (list, name) in [
        ("/v1/stages?limit=2", "stages_list"),
        ("/v1/companies?limit=1", "companies_list"),
        ("/v1/contacts?limit=1", "contacts_list"),
        ("/v1/deals", "deals_list"),
        ("/v1/tasks", "tasks_list"),
        ("/v1/notes", "notes_list"),
        ("/v1/invoices?limit=1", "invoices_list"),
        ("/v1/visits?limit=1", "visits_list"),
    ] {
        let answer = Answer::of(app.get_as(&ada, list).await).await;
        assert_shape!(names, name, answer);
    }

    let path = format!("/v1/notes/{}", note.body["id"].as_str().expect("id"));
    let deleted = Answer::of(app.delete_as(&ada, &path).await).await;
    assert_shape!(names, "delete", deleted);
}
