//! Totals and costs: the per-workspace counters behind unfiltered totals stay equal to
//! `count(*)` under concurrent creates and deletes (double deletes included), and a list page
//! costs the same small number of queries whatever its size.

use crm_server::entities::sea_orm_active_enums::MembershipRole;
use reqwest::Method;
use serde_json::json;

use crate::support::TestApp;
use crate::support::crm::{Rng, id_of};
use crate::support::statements::CountingDb;

/// The lists with counters and whether their table is soft-deleted.
const COUNTED: [(&str, bool); 8] = [
    ("contacts", true),
    ("companies", true),
    ("deals", true),
    ("tasks", false),
    ("notes", false),
    ("activities", false),
    ("invoices", true),
    ("visits", false),
];

#[tokio::test]
async fn counters_match_count_star_after_concurrent_writes() {
    let app = TestApp::spawn().await;
    let team = app.team("cnt").await;
    let stage = app.stage_ids(&team.owner).await[0].clone();
    let mut rng = Rng::new(7);
    let mut companies = Vec::new();
    for i in 0..6 {
        companies.push(id_of(&app.company(&team.owner, &format!("Co{i}")).await));
    }
    for round in 0..3 {
        let mut requests = Vec::new();
        for i in 0..24 {
            let company = rng.pick(&companies).clone();
            let request = match rng.below(6) {
                0 => (
                    Method::POST,
                    "/v1/contacts".to_owned(),
                    Some(
                        json!({"firstName": format!("P{round}-{i}"), "lastName": "X", "companyId": company}),
                    ),
                ),
                1 => (
                    Method::POST,
                    "/v1/deals".to_owned(),
                    Some(
                        json!({"title": "D", "amount": 1, "currency": "USD", "stageId": stage, "companyId": company}),
                    ),
                ),
                2 => (
                    Method::POST,
                    "/v1/tasks".to_owned(),
                    Some(json!({"title": "T", "relatedType": "company", "relatedId": company})),
                ),
                3 => (
                    Method::POST,
                    "/v1/notes".to_owned(),
                    Some(json!({"body": "N", "relatedType": "company", "relatedId": company})),
                ),
                4 => (
                    Method::POST,
                    "/v1/companies".to_owned(),
                    Some(json!({"name": format!("New{round}-{i}")})),
                ),
                // Deleting a company twice at once: only one delete may count.
                _ => (Method::DELETE, format!("/v1/companies/{company}"), None),
            };
            requests.push(request);
        }
        let answers = app.concurrently(&team.owner, requests).await;
        for (status, body) in &answers {
            assert!([200, 201, 404, 422].contains(status), "{status}: {body}");
            if *status == 201 && body["name"].is_string() && body["firstName"].is_null() {
                companies.push(id_of(body));
            }
        }
        for (table, soft) in COUNTED {
            let total = app
                .get_ok(&team.member, &format!("/v1/{table}?limit=1"))
                .await["total"]
                .as_i64();
            assert_eq!(
                total,
                Some(app.live_count(table, &team.workspace, soft).await),
                "{table} after round {round}"
            );
        }
    }
}

#[tokio::test]
async fn a_list_page_costs_the_same_queries_whatever_its_size() {
    let app = TestApp::spawn().await;
    let team = app.team("qc").await;
    let ctx = app.ctx(&team.owner, MembershipRole::Owner).await;
    let stage = app.stage_ids(&team.owner).await[0].clone();
    let company = id_of(&app.company(&team.owner, "Acme").await);
    for i in 0..210 {
        let contact = serde_json::from_value(
            json!({"firstName": format!("C{i}"), "lastName": "X", "tags": ["t"]}),
        )
        .expect("contact");
        crm_server::crm::contacts::create(&app.state.db, ctx, &contact)
            .await
            .expect("contact");
        let deal = serde_json::from_value(
            json!({"title": "D", "amount": 1, "currency": "USD", "stageId": stage}),
        )
        .expect("deal");
        crm_server::crm::deals::create(&app.state.db, ctx, &deal)
            .await
            .expect("deal");
        let task = serde_json::from_value(
            json!({"title": "T", "relatedType": "company", "relatedId": company}),
        )
        .expect("task");
        crm_server::crm::tasks::create(&app.state.db, ctx, &task)
            .await
            .expect("task");
    }
    let counting = CountingDb::connect(&app).await;
    let db = &counting.db;
    let mut costs = Vec::new();
    for limit in [1u32, 50, 200] {
        for filtered in [false, true] {
            let before = counting.statements();
            let q = filtered.then(|| "c".to_owned());
            let query = serde_json::from_value(
                json!({"limit": limit, "q": q, "tag": q.as_ref().map(|_| "t")}),
            )
            .expect("query");
            let page = crm_server::crm::contacts::list(db, Some(ctx), &query)
                .await
                .expect("contacts");
            assert_eq!(page.rows.len(), limit as usize);
            let query = serde_json::from_value(json!({"limit": limit, "q": q})).expect("query");
            crm_server::crm::deals::list(db, Some(ctx), &query)
                .await
                .expect("deals");
            let query = serde_json::from_value(
                json!({"limit": limit, "status": filtered.then_some("OPEN")}),
            )
            .expect("query");
            crm_server::crm::tasks::list(db, Some(ctx), &query)
                .await
                .expect("tasks");
            let query = serde_json::from_value(json!({"limit": limit})).expect("query");
            crm_server::crm::activities::list(db, Some(ctx), &query)
                .await
                .expect("activities");
            costs.push(counting.statements() - before);
        }
    }
    // Four lists, two queries each (total, page), at every page size, filtered or not.
    assert!(
        costs.iter().all(|c| *c == 8),
        "statements per round: {costs:?}"
    );
}
