//! The cursor walks of `crm_walks` over invoices and visits: rows seeded through the domain
//! layer, walked under random filters and date ranges and compared with a model computed here
//! (exact totals, ties on `updatedAt` broken by id, visits soonest first by date then time); and
//! a page of either list costs the same number of queries whatever its size, filtered or not.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use crm_server::entities::sea_orm_active_enums::{InvoiceStatus, MembershipRole};
use crm_server::entities::{invoices, visits};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::crm_walks::{Filter, WalkRow, check_walk, filter};
use crate::support::TestApp;
use crate::support::accounts::User;
use crate::support::crm::{Rng, id_of};
use crate::support::statements::CountingDb;

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
                // A SENT invoice past its due date is OVERDUE.
                let past_due = r.due_at.is_some_and(|due| due < chrono::Utc::now());
                let effective = match r.status {
                    InvoiceStatus::Sent if past_due => InvoiceStatus::Overdue,
                    other => other,
                };
                crm_server::crm::invoices::status_to_api(effective).to_string() == status
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
                "issuedTo": filtered.then_some("2020-01-01T00:00:00Z")}))
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
