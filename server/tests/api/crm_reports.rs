//! The three reports through HTTP: the dashboard's and the pipeline's figures against data made
//! here (exact cents), zeros and all five aging buckets for an empty workspace, soft-deleted rows
//! and other workspaces never counted, the invoice-aging boundaries by calendar days past due;
//! and a fixed number of queries per report and per search. Invoices, visits and old activities
//! are written straight into the database (`support::seeded_rows`), so these tests do not depend
//! on the invoice and visit endpoints.

use chrono::Duration;
use crm_server::entities::sea_orm_active_enums::{InvoiceStatus, MembershipRole};
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::{expect_json, rows};
use crate::support::crm::id_of;
use crate::support::seeded_rows::invoice;
use crate::support::statements::CountingDb;

/// The amount of a report field, compared exactly (the server sends the double nearest the
/// exact decimal, so 0.1 + 0.2 cents-summed is exactly `0.3`).
fn amount(value: &Value) -> f64 {
    value.as_f64().unwrap_or_else(|| panic!("amount {value}"))
}

/// The aging buckets, in the contract's order.
pub const BUCKETS: [&str; 5] = [
    "current",
    "days_1_30",
    "days_31_60",
    "days_61_90",
    "days_90_plus",
];

/// The aging report as `(bucket, count, amount)` lines, checking the five names in order.
fn aging_lines(report: &Value) -> Vec<(i64, f64)> {
    let buckets = report["buckets"].as_array().expect("buckets");
    let names: Vec<&str> = buckets
        .iter()
        .map(|b| b["bucket"].as_str().expect("bucket name"))
        .collect();
    assert_eq!(names, BUCKETS, "all five buckets, in order");
    buckets
        .iter()
        .map(|b| (b["count"].as_i64().expect("count"), amount(&b["amount"])))
        .collect()
}

#[tokio::test]
async fn the_dashboard_counts_open_live_records_and_last_weeks_activity() {
    let app = TestApp::spawn().await;
    let team = app.team("dash").await;
    let other = app.register("Other", "other-dash@example.com").await;
    let stage = app.stage_ids(&team.owner).await[0].clone();
    let other_stage = app.stage_ids(&other).await[0].clone();
    let a = app
        .deal(&team.owner, "A", &stage, json!({"amount": 0.1}))
        .await;
    app.deal(&team.member, "B", &stage, json!({"amount": 0.2}))
        .await;
    app.deal(
        &team.owner,
        "Won",
        &stage,
        json!({"amount": 5, "status": "WON"}),
    )
    .await;
    let gone = app
        .deal(&team.owner, "Gone", &stage, json!({"amount": 7}))
        .await;
    app.delete_ok(&team.owner, &format!("/v1/deals/{}", id_of(&gone)))
        .await;
    app.deal(&other, "Elsewhere", &other_stage, json!({"amount": 100}))
        .await;
    app.task(&team.owner, "deal", &id_of(&a), json!({})).await;
    app.task(&team.owner, "deal", &id_of(&a), json!({})).await;
    let done = app.task(&team.owner, "deal", &id_of(&a), json!({})).await;
    expect_json(
        app.patch_as(
            &team.owner,
            &format!("/v1/tasks/{}", id_of(&done)),
            json!({"status": "DONE"}),
        )
        .await,
        200,
    )
    .await;
    let now = crm_server::time::now();
    app.insert_activity(&team.owner, now - Duration::days(6))
        .await;
    app.insert_activity(&team.owner, now - Duration::days(8))
        .await;
    let recent = i64::try_from(app.activity_count(&team.workspace).await).expect("count") - 1;

    for user in team.everyone() {
        let report = app.get_ok(user, "/v1/reports/dashboard").await;
        assert_eq!(report["openDeals"], 2, "{report}");
        assert_eq!(amount(&report["pipelineTotal"]), 0.3, "{report}");
        assert_eq!(report["openTasks"], 2, "{report}");
        assert_eq!(report["recentActivity"], recent, "{report}");
    }
    let theirs = app.get_ok(&other, "/v1/reports/dashboard").await;
    assert_eq!(theirs["openDeals"], 1, "{theirs}");
    assert_eq!(amount(&theirs["pipelineTotal"]), 100.0, "{theirs}");
    assert_eq!(theirs["openTasks"], 0, "{theirs}");
}

#[tokio::test]
async fn the_pipeline_lists_every_stage_in_order_with_its_open_live_deals() {
    let app = TestApp::spawn().await;
    let owner = app.register("Pipe", "pipe@example.com").await;
    let other = app.register("Other", "other-pipe@example.com").await;
    let stages = rows(&app.get_ok(&owner, "/v1/stages?limit=200").await).clone();
    assert!(stages.len() >= 3, "default stages");
    let (first, second) = (id_of(&stages[0]), id_of(&stages[1]));
    app.deal(&owner, "A", &first, json!({"amount": 0.1})).await;
    app.deal(&owner, "B", &first, json!({"amount": 0.2})).await;
    app.deal(&owner, "C", &second, json!({"amount": 10.5}))
        .await;
    app.deal(
        &owner,
        "Lost",
        &second,
        json!({"amount": 3, "status": "LOST"}),
    )
    .await;
    let gone = app
        .deal(&owner, "Gone", &second, json!({"amount": 4}))
        .await;
    app.delete_ok(&owner, &format!("/v1/deals/{}", id_of(&gone)))
        .await;
    let other_stage = app.stage_ids(&other).await[0].clone();
    app.deal(&other, "Elsewhere", &other_stage, json!({"amount": 99}))
        .await;

    let report = app.get_ok(&owner, "/v1/reports/pipeline").await;
    let lines = report["stages"].as_array().expect("stages");
    assert_eq!(lines.len(), stages.len(), "every stage: {report}");
    for (line, stage) in lines.iter().zip(&stages) {
        assert_eq!(line["stageId"], stage["id"], "stage order");
        assert_eq!(line["stageName"], stage["name"]);
    }
    assert_eq!(lines[0]["openDeals"], 2);
    assert_eq!(amount(&lines[0]["totalAmount"]), 0.3);
    assert_eq!(lines[1]["openDeals"], 1);
    assert_eq!(amount(&lines[1]["totalAmount"]), 10.5);
    for line in &lines[2..] {
        assert_eq!(line["openDeals"], 0, "{line}");
        assert_eq!(amount(&line["totalAmount"]), 0.0, "{line}");
    }
    assert_eq!(report["totalOpenDeals"], 3);
    assert_eq!(amount(&report["totalPipelineAmount"]), 10.8);

    // A new stage takes its place in the stage list's order.
    let top = app
        .create(&owner, "/v1/stages", json!({"name": "Top", "order": 1}))
        .await;
    let report = app.get_ok(&owner, "/v1/reports/pipeline").await;
    let ids: Vec<String> = report["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .map(|l| l["stageId"].as_str().expect("stageId").to_owned())
        .collect();
    assert_eq!(ids, app.stage_ids(&owner).await, "the stage list's order");
    assert!(ids.contains(&id_of(&top)));
}

#[tokio::test]
async fn an_empty_workspace_reports_zeros_and_all_five_buckets() {
    let app = TestApp::spawn().await;
    let owner = app.register("Empty", "empty@example.com").await;
    let busy = app.register("Busy", "busy@example.com").await;
    let stage = app.stage_ids(&busy).await[0].clone();
    app.deal(&busy, "Big", &stage, json!({"amount": 1000}))
        .await;
    app.insert_invoice(invoice(busy.workspace(), "B-1", 500, Some(40)))
        .await;
    let activities = i64::try_from(app.activity_count(owner.workspace()).await).expect("count");

    let dashboard = app.get_ok(&owner, "/v1/reports/dashboard").await;
    assert_eq!(
        dashboard,
        json!({"openDeals": 0, "openTasks": 0, "pipelineTotal": 0.0, "recentActivity": activities, "byCurrency": []})
    );
    let pipeline = app.get_ok(&owner, "/v1/reports/pipeline").await;
    assert_eq!(pipeline["totalOpenDeals"], 0);
    assert_eq!(amount(&pipeline["totalPipelineAmount"]), 0.0);
    for line in pipeline["stages"].as_array().expect("stages") {
        assert_eq!(
            (&line["openDeals"], amount(&line["totalAmount"])),
            (&json!(0), 0.0)
        );
    }
    let aging = app.get_ok(&owner, "/v1/reports/invoice-aging").await;
    assert_eq!(aging_lines(&aging), vec![(0, 0.0); 5]);
    assert_eq!(amount(&aging["totalOutstanding"]), 0.0);
}

#[tokio::test]
async fn invoice_aging_buckets_outstanding_invoices_by_calendar_days_past_due() {
    let app = TestApp::spawn().await;
    let owner = app.register("Aging", "aging@example.com").await;
    let other = app.register("Other", "other-aging@example.com").await;
    let ws = owner.workspace().to_owned();
    // (days past due, cents): boundaries on both sides of every bucket edge.
    let outstanding: [(Option<i64>, i64); 11] = [
        (None, 1),
        (Some(-5), 2),
        (Some(0), 4),
        (Some(1), 10),
        (Some(30), 20),
        (Some(31), 100),
        (Some(60), 200),
        (Some(61), 1_000),
        (Some(90), 2_000),
        (Some(91), 10_000),
        (Some(400), 20_000),
    ];
    for (i, (days, cents)) in outstanding.into_iter().enumerate() {
        let mut row = invoice(&ws, &format!("A-{i}"), cents, days);
        if i % 2 == 1 {
            row.status = InvoiceStatus::Overdue;
        }
        app.insert_invoice(row).await;
    }
    for (i, status) in [
        InvoiceStatus::Draft,
        InvoiceStatus::Paid,
        InvoiceStatus::Void,
    ]
    .into_iter()
    .enumerate()
    {
        let mut row = invoice(&ws, &format!("X-{i}"), 777, Some(10));
        row.status = status;
        app.insert_invoice(row).await;
    }
    let mut deleted = invoice(&ws, "D-1", 888, Some(10));
    deleted.deleted_at = Some(crm_server::time::now());
    app.insert_invoice(deleted).await;
    app.insert_invoice(invoice(other.workspace(), "A-0", 999, Some(10)))
        .await;
    // Cents that a floating point sum would not keep exact.
    app.insert_invoice(invoice(&ws, "F-1", 10, Some(45))).await;
    app.insert_invoice(invoice(&ws, "F-2", 20, Some(45))).await;

    let report = app.get_ok(&owner, "/v1/reports/invoice-aging").await;
    assert_eq!(
        aging_lines(&report),
        vec![(3, 0.07), (2, 0.3), (4, 3.3), (2, 30.0), (2, 300.0)],
        "{report}"
    );
    assert_eq!(amount(&report["totalOutstanding"]), 333.67);

    let theirs = app.get_ok(&other, "/v1/reports/invoice-aging").await;
    assert_eq!(
        aging_lines(&theirs),
        vec![(0, 0.0), (1, 9.99), (0, 0.0), (0, 0.0), (0, 0.0)]
    );
}

#[tokio::test]
async fn reports_and_search_cost_a_fixed_number_of_queries() {
    let app = TestApp::spawn().await;
    let owner = app.register("Cost", "cost@example.com").await;
    let ctx = app.ctx(&owner, MembershipRole::Owner).await;
    let stage = app.stage_ids(&owner).await[0].clone();
    for i in 0..30 {
        let contact = app.contact(&owner, &format!("Probe{i}"), json!({})).await;
        app.company(&owner, &format!("Probe Co {i}")).await;
        app.deal(&owner, &format!("Probe deal {i}"), &stage, json!({}))
            .await;
        app.task(
            &owner,
            "contact",
            &id_of(&contact),
            json!({"title": "Probe call"}),
        )
        .await;
        app.insert_invoice(invoice(
            owner.workspace(),
            &format!("PROBE-{i}"),
            1,
            Some(i),
        ))
        .await;
        app.insert_visit(owner.workspace(), &contact, "Probe").await;
    }
    let counting = CountingDb::connect(&app).await;
    let db = &counting.db;
    let cost = || counting.statements();

    for limit in [1_u32, 50, 200] {
        let before = cost();
        let found = crm_server::crm::search::search(db, Some(ctx), "probe", Some(limit))
            .await
            .expect("search");
        assert_eq!(found.total, 180);
        assert_eq!(found.rows.len(), limit.min(180) as usize);
        assert!(
            cost() - before <= 7,
            "limit {limit}: {} queries",
            cost() - before
        );
    }
    let before = cost();
    crm_server::crm::reports::dashboard(db, Some(ctx), None)
        .await
        .expect("dashboard");
    assert_eq!(cost() - before, 3, "dashboard");
    let before = cost();
    let pipeline = crm_server::crm::reports::pipeline(db, Some(ctx))
        .await
        .expect("pipeline");
    assert_eq!(pipeline.total_open_deals, 30);
    assert_eq!(cost() - before, 1, "pipeline");
    let before = cost();
    let aging = crm_server::crm::reports::invoice_aging(db, Some(ctx))
        .await
        .expect("aging");
    assert_eq!(aging.total_outstanding, 0.3);
    assert_eq!(cost() - before, 1, "aging");
}
