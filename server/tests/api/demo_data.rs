//! `crm-server seed` fills the demo workspace (issue 13, point 4): a new user signing in as the
//! demo owner finds every page populated (companies, contacts with tags and customer types,
//! deals in every stage and several currencies, tasks due this week and overdue, notes,
//! invoices in every aging bucket, visits this month), and seeding again changes nothing.

use std::collections::BTreeSet;

use chrono::{Duration, Utc};
use crm_server::seed::{self, Outcome};
use serde_json::Value;

use crate::support::TestApp;
use crate::support::accounts::{User, expect_json, rows};

fn texts<'a>(list: &'a Value, field: &str) -> BTreeSet<&'a str> {
    rows(list)
        .iter()
        .filter_map(|row| row[field].as_str())
        .collect()
}

#[tokio::test]
async fn the_demo_workspace_has_something_on_every_page() {
    let app = TestApp::spawn().await;
    assert_eq!(
        seed::run(&app.state.db).await.expect("seed"),
        Outcome::Created
    );
    let signed_in = app.try_login(seed::OWNER_EMAIL, seed::PASSWORD).await;
    let owner = User::from_auth(expect_json(signed_in, 200).await);

    let companies = app.get_ok(&owner, "/v1/companies?limit=200").await;
    assert!(companies["total"].as_i64() >= Some(5));
    let contacts = app.get_ok(&owner, "/v1/contacts?limit=200").await;
    assert!(contacts["total"].as_i64() >= Some(10));
    let types = texts(&contacts, "customerType");
    assert!(types.len() >= 3, "{types:?}");
    assert!(
        rows(&contacts)
            .iter()
            .any(|c| c["tags"].as_array().is_some_and(|t| !t.is_empty()))
    );

    let deals = app.get_ok(&owner, "/v1/deals?limit=200").await;
    let stages = app.stage_ids(&owner).await;
    let staged = texts(&deals, "stageId");
    assert!(
        stages.iter().all(|s| staged.contains(s.as_str())),
        "a stage without deals"
    );
    assert!(texts(&deals, "currency").len() >= 3);
    assert_eq!(texts(&deals, "status").len(), 3);

    let tasks = app.get_ok(&owner, "/v1/tasks?limit=200").await;
    let now = Utc::now();
    let due: Vec<_> = rows(&tasks)
        .iter()
        .filter(|t| t["status"] == "OPEN")
        .filter_map(|t| t["dueAt"].as_str()?.parse::<chrono::DateTime<Utc>>().ok())
        .collect();
    assert!(due.iter().any(|d| *d < now), "no overdue task");
    assert!(
        due.iter().any(|d| *d > now && *d < now + Duration::days(7)),
        "none due this week"
    );

    assert!(app.total(&owner, "/v1/notes").await >= 3);
    let aging = app.get_ok(&owner, "/v1/reports/invoice-aging").await;
    let buckets = aging["buckets"].as_array().expect("buckets");
    assert_eq!(buckets.len(), 5);
    assert!(
        buckets.iter().all(|b| b["count"].as_i64() >= Some(1)),
        "{aging}"
    );
    let invoices = app.get_ok(&owner, "/v1/invoices?limit=200").await;
    assert!(texts(&invoices, "status").len() >= 4);

    let visits = app.get_ok(&owner, "/v1/visits?limit=200").await;
    let this_month = now.format("%Y-%m").to_string();
    let dates = texts(&visits, "date");
    assert!(
        dates.iter().any(|d| d.starts_with(&this_month)),
        "{dates:?}"
    );
    let dashboard = app.get_ok(&owner, "/v1/reports/dashboard").await;
    assert!(
        dashboard["recentActivity"].as_i64() > Some(0),
        "{dashboard}"
    );
    assert!(dashboard["openDeals"].as_i64() > Some(0), "{dashboard}");

    // Again: nothing changes.
    assert_eq!(
        seed::run(&app.state.db).await.expect("seed"),
        Outcome::AlreadyPresent
    );
    assert_eq!(
        app.get_ok(&owner, "/v1/contacts?limit=200").await["total"],
        contacts["total"]
    );
    assert_eq!(
        app.get_ok(&owner, "/v1/deals?limit=200").await["total"],
        deals["total"]
    );
}
