//! The exact JSON of the derived answers, pinned with insta snapshots taken through HTTP: the
//! three reports (dashboard, pipeline, invoice aging) over data made here, a search finding
//! every kind of record, a contact import and a bulk delete. Ids and server-set times are
//! redacted (`support::shapes`); the same snapshot files serve both databases.

use chrono::{Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::User;
use crate::support::shapes::{Answer, Names, assert_shape};

/// `POST path` as `user` (expecting 201), its record named `label`; answers the record.
async fn made(
    app: &TestApp,
    names: &mut Names,
    user: &User,
    path: &str,
    label: &str,
    body: Value,
) -> Value {
    let record = app.create(user, path, body).await;
    names.name(&record, label);
    record
}

/// `days` from now, as the API writes times (a due date the aging report measures from today).
fn days_from_now(days: i64) -> String {
    (Utc::now() + Duration::days(days)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[tokio::test]
async fn report_answers_keep_their_shape() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada Lovelace", "ada@example.com").await;
    let mut names = Names::default();
    for stage in app.get_ok(&ada, "/v1/stages").await["rows"]
        .as_array()
        .expect("rows")
    {
        let label = format!("stage {}", stage["name"].as_str().expect("name"));
        names.name(stage, &label);
    }
    let stages = app.stage_ids(&ada).await;
    let company = made(
        &app,
        &mut names,
        &ada,
        "/v1/companies",
        "acme",
        json!({ "name": "Acme" }),
    )
    .await;
    for (title, amount, stage, status) in [
        ("Small", json!(0.1), &stages[0], "OPEN"),
        ("Smaller", json!(0.2), &stages[0], "OPEN"),
        ("Big", json!(1500), &stages[1], "OPEN"),
        ("Won", json!(99), &stages[1], "WON"),
    ] {
        let body = json!({ "title": title, "amount": amount, "currency": "USD", "stageId": stage,
                           "status": status });
        made(&app, &mut names, &ada, "/v1/deals", title, body).await;
    }
    let body = json!({ "title": "Call", "relatedType": "company", "relatedId": company["id"] });
    made(&app, &mut names, &ada, "/v1/tasks", "task", body).await;
    // One invoice in each of four buckets, one paid (not outstanding), one draft.
    for (number, amount, due_in_days, status) in [
        ("A-1", 10.5, Some(5), "SENT"),
        ("A-2", 20.0, Some(-10), "SENT"),
        ("A-3", 30.0, Some(-45), "OVERDUE"),
        ("A-4", 40.0, Some(-200), "SENT"),
        ("A-5", 50.0, Some(-10), "PAID"),
        ("A-6", 60.0, None, "DRAFT"),
    ] {
        let mut body = json!({ "invoiceNumber": number, "title": number, "amount": amount,
                               "currency": "USD", "status": status });
        if let Some(days) = due_in_days {
            body["dueAt"] = json!(days_from_now(days));
        }
        made(&app, &mut names, &ada, "/v1/invoices", number, body).await;
    }

    for (path, name) in [
        ("/v1/reports/dashboard", "report_dashboard"),
        ("/v1/reports/pipeline", "report_pipeline"),
        ("/v1/reports/invoice-aging", "report_invoice_aging"),
    ] {
        let answer = Answer::of(app.get_as(&ada, path).await).await;
        assert_shape!(names, name, answer);
    }
}

#[tokio::test]
async fn search_answer_keeps_its_shape() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada Lovelace", "ada@example.com").await;
    let mut names = Names::default();
    let stage = app.stage_ids(&ada).await.remove(0);
    let company = made(
        &app,
        &mut names,
        &ada,
        "/v1/companies",
        "company",
        json!({ "name": "Orbit Works", "domain": "orbit.test" }),
    )
    .await;
    let body = json!({ "firstName": "Orbit", "lastName": "Contact", "email": "c@orbit.test" });
    let contact = made(&app, &mut names, &ada, "/v1/contacts", "contact", body).await;
    let body = json!({ "title": "Orbit deal", "amount": 5, "currency": "USD", "stageId": stage });
    made(&app, &mut names, &ada, "/v1/deals", "deal", body).await;
    let body =
        json!({ "title": "Orbit call", "relatedType": "company", "relatedId": company["id"] });
    made(&app, &mut names, &ada, "/v1/tasks", "task", body).await;
    let body = json!({ "invoiceNumber": "ORB-1", "title": "Orbit invoice", "amount": 5,
                       "currency": "USD" });
    made(&app, &mut names, &ada, "/v1/invoices", "invoice", body).await;
    let body = json!({ "contactId": contact["id"], "contactName": "Orbit Contact",
                       "date": "2030-03-01", "time": "08:00", "durationMinutes": 30,
                       "reason": "Orbit visit", "status": "SCHEDULED" });
    made(&app, &mut names, &ada, "/v1/visits", "visit", body).await;

    let found = Answer::of(app.get_as(&ada, "/v1/search?q=orbit").await).await;
    assert_shape!(names, "search", found);
}

#[tokio::test]
async fn import_and_bulk_delete_answers_keep_their_shape() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada Lovelace", "ada@example.com").await;
    let mut names = Names::default();
    names
        .name(&json!(ada.id), "ada")
        .name(&json!(ada.workspace()), "workspace");
    let company = made(
        &app,
        &mut names,
        &ada,
        "/v1/companies",
        "acme",
        json!({ "name": "Acme" }),
    )
    .await;

    let body = json!({ "rows": [
        { "firstName": "Grace", "lastName": "Hopper", "email": "grace@acme.test",
          "companyId": company["id"], "customerType": "B2C", "tags": ["imported"] },
        { "firstName": "Alan", "lastName": "Turing" }
    ]});
    let rows_import = Answer::of(app.post_as(&ada, "/v1/contacts/import", body).await).await;
    let csv = "firstName,lastName,email,tags\nEdsger,Dijkstra,ewd@example.com,\"go,to\"\n";
    let csv_import = Answer::of(
        app.post_as(&ada, "/v1/contacts/import", json!({ "csv": csv }))
            .await,
    )
    .await;
    for (answer, prefix) in [(&rows_import, "row"), (&csv_import, "csv row")] {
        for (i, row) in answer.body["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .enumerate()
        {
            names.name(row, &format!("{prefix} {i}"));
        }
    }
    assert_shape!(names, "import_rows", rows_import);
    assert_shape!(names, "import_csv", csv_import);

    let mut ids: Vec<Value> = rows_import.body["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    ids.push(json!(uuid::Uuid::now_v7()));
    let deleted = Answer::of(
        app.post_as(&ada, "/v1/contacts/bulk-delete", json!({ "ids": ids }))
            .await,
    )
    .await;
    assert_shape!(names, "bulk_delete", deleted);
}
