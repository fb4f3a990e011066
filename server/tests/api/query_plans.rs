//! Issue 14, point 6: plans do not rot. The statements the list, search and report operations
//! send (recorded from the real domain functions, with their values) are explained on
//! PostgreSQL with sequential scans priced out (`enable_seqscan = off`): the planner then uses a
//! sequential scan only where no index can serve the query, so any left on contacts, deals,
//! tasks or activities is an index the query cannot use, whatever the table sizes.

use crm_server::entities::sea_orm_active_enums::MembershipRole;
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::crm::id_of;
use crate::support::statements::RecordingDb;

/// Tables that must be read through an index.
const INDEXED: [&str; 4] = ["contacts", "deals", "tasks", "activities"];

/// The `Seq Scan` nodes on [`INDEXED`] tables in an `EXPLAIN (FORMAT JSON)` plan.
fn sequential_scans(node: &Value, found: &mut Vec<String>) {
    if let Some(object) = node.as_object() {
        let relation = object.get("Relation Name").and_then(Value::as_str);
        if object.get("Node Type").and_then(Value::as_str) == Some("Seq Scan")
            && let Some(table) = relation.filter(|t| INDEXED.contains(t))
        {
            found.push(table.to_owned());
        }
        for child in object.values() {
            sequential_scans(child, found);
        }
    } else if let Some(items) = node.as_array() {
        for item in items {
            sequential_scans(item, found);
        }
    }
}

/// The tables `statement` reads sequentially when sequential scans are priced out.
async fn unindexed_reads(app: &TestApp, statement: &Statement) -> Vec<String> {
    let txn = app.state.db.begin().await.expect("transaction");
    txn.execute_unprepared("SET LOCAL enable_seqscan = off")
        .await
        .expect("planner setting");
    let explain = Statement {
        sql: format!("EXPLAIN (FORMAT JSON) {}", statement.sql),
        values: statement.values.clone(),
        db_backend: DbBackend::Postgres,
    };
    let row = txn
        .query_one(explain)
        .await
        .unwrap_or_else(|e| panic!("EXPLAIN {}: {e}", statement.sql))
        .expect("a plan");
    let plan: Value = row.try_get("", "QUERY PLAN").expect("the plan as JSON");
    let mut found = Vec::new();
    sequential_scans(&plan, &mut found);
    found
}

fn params<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("query parameters")
}

#[tokio::test]
async fn list_search_and_report_queries_read_contacts_deals_tasks_and_activities_by_index() {
    let app = TestApp::spawn().await;
    if app.state.db.get_database_backend() != DbBackend::Postgres {
        eprintln!("query_plans: PostgreSQL only");
        return;
    }
    let team = app.team("plans").await;
    let owner = &team.owner;
    let stage = app.stage_ids(owner).await[0].clone();
    let contact = id_of(
        &app.contact(
            owner,
            "Ann",
            json!({"tags": ["t7"], "customerType": "PATIENT"}),
        )
        .await,
    );
    let deal = id_of(&app.deal(owner, "Annual plan", &stage, json!({})).await);
    app.task(owner, "contact", &contact, json!({"title": "Call Ann"}))
        .await;
    app.note(owner, "deal", &deal).await;
    let tenant = Some(app.ctx(owner, MembershipRole::Owner).await);

    // The check itself: a filter no index serves is reported.
    let unindexed = Statement::from_string(
        DbBackend::Postgres,
        "SELECT id FROM contacts WHERE job_title = 'x'",
    );
    assert_eq!(unindexed_reads(&app, &unindexed).await, ["contacts"]);

    let recording = RecordingDb::connect(&app).await;
    let db = &recording.db;
    let mut operations: Vec<(&str, Vec<Statement>)> = Vec::new();
    let contacts = [
        json!({}),
        json!({"q": "ann"}),
        json!({"tag": "t7", "customerType": "PATIENT"}),
        json!({"limit": 200}),
    ];
    for query in contacts {
        crm_server::crm::contacts::list(db, tenant, &params(query))
            .await
            .expect("contacts");
        operations.push(("list contacts", recording.take()));
    }
    for query in [json!({}), json!({"stageId": stage})] {
        crm_server::crm::deals::list(db, tenant, &params(query))
            .await
            .expect("deals");
        operations.push(("list deals", recording.take()));
    }
    for query in [
        json!({}),
        json!({"relatedType": "contact", "relatedId": contact}),
    ] {
        crm_server::crm::tasks::list(db, tenant, &params(query))
            .await
            .expect("tasks");
        operations.push(("list tasks", recording.take()));
    }
    crm_server::crm::activities::list(db, tenant, &params(json!({})))
        .await
        .expect("activities");
    operations.push(("list activities", recording.take()));
    crm_server::crm::search::search(db, tenant, "ann", None)
        .await
        .expect("search");
    operations.push(("search", recording.take()));
    crm_server::crm::reports::dashboard(db, tenant, None)
        .await
        .expect("dashboard");
    operations.push(("dashboard report", recording.take()));
    crm_server::crm::reports::pipeline(db, tenant)
        .await
        .expect("pipeline");
    operations.push(("pipeline report", recording.take()));

    let mut problems = Vec::new();
    let mut explained = 0;
    for (operation, statements) in &operations {
        for statement in statements {
            let sql = statement.sql.trim_start().to_uppercase();
            if !(sql.starts_with("SELECT") || sql.starts_with("WITH")) {
                continue;
            }
            explained += 1;
            let tables = unindexed_reads(&app, statement).await;
            if !tables.is_empty() {
                problems.push(format!(
                    "{operation}: Seq Scan on {tables:?} in {}",
                    statement.sql
                ));
            }
        }
    }
    assert!(
        explained >= operations.len(),
        "only {explained} queries recorded"
    );
    assert!(
        problems.is_empty(),
        "queries without a usable index:\n{}",
        problems.join("\n")
    );
}
