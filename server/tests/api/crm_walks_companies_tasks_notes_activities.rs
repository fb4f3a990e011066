//! The cursor walks of `crm_walks` over companies, tasks, notes and the activity timeline.
//! 1,000 rows each, seeded through the domain layer, many sharing their sort time so the id has
//! to break ties; every walk's pages are exactly the model's rows in the documented order and
//! every page's `total` is their count.

use std::cmp::Reverse;

use chrono::{DateTime, Duration, SecondsFormat, TimeZone, Utc};
use crm_server::crm;
use crm_server::entities::sea_orm_active_enums::MembershipRole;
use crm_server::entities::{activities, companies, notes, tasks};
use crm_server::store::Tenant;
use crm_server::store::etag::IfMatch;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::crm_walks::{
    Filter, ROWS, WALKS, as_api, check_walk, equals, filter, model, search, tie, urlencode,
};
use crate::support::TestApp;
use crate::support::crm::{Rng, id_of};
use crate::support::team::Team;

/// The domain-layer context of each member of `team`, owner first.
async fn contexts(app: &TestApp, team: &Team) -> [Tenant; 3] {
    [
        app.ctx(&team.owner, MembershipRole::Owner).await,
        app.ctx(&team.admin, MembershipRole::Admin).await,
        app.ctx(&team.member, MembershipRole::Member).await,
    ]
}

/// The request `body` stands for.
fn request<T: serde::de::DeserializeOwned>(body: Value) -> T {
    serde_json::from_value(body).expect("request")
}

/// The records tasks and notes attach to, as `(relatedType, relatedId)`: two contacts, a company
/// and a deal.
async fn targets(app: &TestApp, team: &Team) -> Vec<(&'static str, String)> {
    let stage = app.stage_ids(&team.owner).await.remove(0);
    vec![
        (
            "contact",
            id_of(&app.contact(&team.owner, "Ann", json!({})).await),
        ),
        (
            "contact",
            id_of(&app.contact(&team.owner, "Bob", json!({})).await),
        ),
        ("company", id_of(&app.company(&team.owner, "Acme").await)),
        (
            "deal",
            id_of(&app.deal(&team.owner, "Big", &stage, json!({})).await),
        ),
    ]
}

/// Walk `walk`'s `relatedType`/`relatedId` filters: each of one random target, at random (the
/// first walk has none).
fn related_filters(
    walk: usize,
    targets: &[(&'static str, String)],
    rng: &mut Rng,
    filters: &mut Vec<Filter>,
) {
    let (kind, id) = rng.pick(targets).clone();
    if walk > 0 && rng.chance(40) {
        filters.push(equals("relatedType", kind));
    }
    if walk > 0 && rng.chance(40) {
        filters.push(equals("relatedId", &id));
    }
}

#[tokio::test]
async fn company_walks_match_the_model_under_random_searches() {
    let app = TestApp::spawn().await;
    let team = app.team("wco").await;
    let ctxs = contexts(&app, &team).await;
    let mut rng = Rng::new(0xC0_4A11);
    let names = [
        "Acme",
        "Globex",
        "Um_brella",
        "Hooli 100%",
        "acme Labs",
        "Initech",
    ];
    let domains = [
        "acme.com",
        "ACME.io",
        "glo_bex.net",
        "hooli%.org",
        "initech.co",
    ];
    let mut rows = Vec::new();
    for i in 0..ROWS {
        let mut body = json!({"name": format!("{} {i}", rng.pick(&names))});
        if rng.chance(60) {
            body["domain"] = json!(rng.pick(&domains));
        }
        let row = crm::companies::create(&app.state.db, *rng.pick(&ctxs), &request(body))
            .await
            .expect("seed company");
        rows.push(row);
    }
    // A few are deleted: soft-deleted companies are not listed.
    let deleted: Vec<Uuid> = rows.iter().skip(7).step_by(41).map(|r| r.id).collect();
    for id in &deleted {
        crm::companies::delete(&app.state.db, ctxs[0], *id, &IfMatch::Any)
            .await
            .expect("delete company");
    }
    rows.retain(|r| !deleted.contains(&r.id));
    let model = model::<companies::Entity, _>(&app, rows, 3, companies::Column::UpdatedAt).await;
    let queries = [
        "acme", "ACME.IO", "_", "%", ".co", "o", "glo_", "100%", "labs 1", "b",
    ];
    for walk in 0..WALKS {
        let mut filters = Vec::new();
        let q = *rng.pick(&queries);
        if walk > 0 && rng.chance(80) {
            filters.push(search(q, &["name", "domain"]));
        }
        check_walk(
            &app,
            &team.member,
            "/v1/companies",
            &model,
            &filters,
            &mut rng,
        )
        .await;
    }
}

/// Midnight UTC `n` days into 2026.
fn day(n: usize) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .expect("date")
        + Duration::days(i64::try_from(n).expect("days"))
}

#[tokio::test]
async fn task_walks_match_the_model_under_random_filters() {
    let app = TestApp::spawn().await;
    let team = app.team("wt").await;
    let ctxs = contexts(&app, &team).await;
    let mut rng = Rng::new(0x7A5C);
    let mut targets = targets(&app, &team).await;
    let users: Vec<String> = team.everyone().iter().map(|u| u.id.clone()).collect();
    let mut rows = Vec::new();
    for i in 0..ROWS {
        let (kind, id) = rng.pick(&targets).clone();
        let mut body = json!({"title": "Call", "relatedType": kind, "relatedId": id,
                              "status": rng.pick(&["OPEN", "DONE"])});
        // Six due dates for three quarters of the tasks: many share one; the rest have none.
        if rng.chance(75) {
            body["dueAt"] = json!(day(rng.below(6)));
        }
        if rng.chance(70) {
            body["assigneeId"] = json!(rng.pick(&users));
        }
        let row = crm::tasks::create(&app.state.db, *rng.pick(&ctxs), &request(body))
            .await
            .expect("seed task");
        if i < 2 {
            targets.push(("task", row.id.to_string()));
        }
        rows.push(row);
    }
    // Every third task shares one createdAt: within one dueAt the id breaks those ties.
    let tied: Vec<Uuid> = rows.iter().step_by(3).map(|r| r.id).collect();
    let at = tie::<tasks::Entity>(&app, &tied, tasks::Column::CreatedAt).await;
    for row in rows.iter_mut().filter(|r| tied.contains(&r.id)) {
        row.created_at = at;
    }
    // Soonest due first, undated last, then newest, then id (descending).
    rows.sort_by_key(|r| {
        (
            r.due_at.is_none(),
            r.due_at,
            Reverse(r.created_at),
            Reverse(r.id),
        )
    });
    let model = as_api::<tasks::Entity>(&rows);
    for walk in 0..WALKS {
        let mut filters = Vec::new();
        let status = *rng.pick(&["OPEN", "DONE"]);
        if walk > 0 && rng.chance(40) {
            filters.push(equals("status", status));
        }
        let assignee = rng.pick(&users).clone();
        if walk > 0 && rng.chance(40) {
            filters.push(equals("assigneeId", &assignee));
        }
        related_filters(walk, &targets, &mut rng, &mut filters);
        check_walk(&app, &team.member, "/v1/tasks", &model, &filters, &mut rng).await;
    }
}

#[tokio::test]
async fn note_walks_match_the_model_under_random_filters() {
    let app = TestApp::spawn().await;
    let team = app.team("wn").await;
    let ctxs = contexts(&app, &team).await;
    let mut rng = Rng::new(0x0_7E5);
    let mut targets = targets(&app, &team).await;
    let contact = targets[0].1.clone();
    for _ in 0..2 {
        let task = app.task(&team.owner, "contact", &contact, json!({})).await;
        targets.push(("task", id_of(&task)));
    }
    let mut rows = Vec::new();
    for i in 0..ROWS {
        let (kind, id) = rng.pick(&targets).clone();
        let body = json!({"body": format!("Note {i}"), "relatedType": kind, "relatedId": id});
        let row = crm::notes::create(&app.state.db, *rng.pick(&ctxs), &request(body))
            .await
            .expect("seed note");
        rows.push(row);
    }
    let model = model::<notes::Entity, _>(&app, rows, 3, notes::Column::CreatedAt).await;
    for walk in 0..WALKS {
        let mut filters = Vec::new();
        related_filters(walk, &targets, &mut rng, &mut filters);
        check_walk(&app, &team.member, "/v1/notes", &model, &filters, &mut rng).await;
    }
}

/// `name=at` (RFC 3339, microseconds), keeping rows whose `createdAt` `keeps` accepts.
fn created(
    name: &str,
    at: DateTime<Utc>,
    keeps: fn(&DateTime<Utc>, &DateTime<Utc>) -> bool,
) -> Filter {
    let param = format!(
        "{name}={}",
        urlencode(&at.to_rfc3339_opts(SecondsFormat::Micros, true))
    );
    filter(param, move |row| keeps(&created_at(row), &at))
}

/// The `createdAt` of an API row.
fn created_at(row: &Value) -> DateTime<Utc> {
    serde_json::from_value(row["createdAt"].clone())
        .unwrap_or_else(|_| panic!("createdAt in {row}"))
}

/// About `ROWS` writes of every kind (creates of contacts, companies, tasks and notes, contact
/// updates, task deletes), each of which records at least one activity.
async fn seed_activities(app: &TestApp, team: &Team, rng: &mut Rng) {
    let db = &app.state.db;
    let ctxs = contexts(app, team).await;
    let (mut people, mut firms, mut todos) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..ROWS {
        let ctx = *rng.pick(&ctxs);
        let action = if people.is_empty() { 0 } else { rng.below(7) };
        match action {
            0 => {
                let body = request(json!({"firstName": format!("C{i}"), "lastName": "Test"}));
                let row = crm::contacts::create(db, ctx, &body)
                    .await
                    .expect("contact");
                people.push(row.id);
            }
            1 => {
                let body = request(json!({"name": format!("Co{i}")}));
                let row = crm::companies::create(db, ctx, &body)
                    .await
                    .expect("company");
                firms.push(row.id);
            }
            2 | 3 => {
                let (kind, id) = if firms.is_empty() || rng.chance(60) {
                    ("contact", *rng.pick(&people))
                } else {
                    ("company", *rng.pick(&firms))
                };
                let body = request(json!({"title": "Call", "relatedType": kind, "relatedId": id}));
                let row = crm::tasks::create(db, ctx, &body).await.expect("task");
                todos.push(row.id);
            }
            4 => {
                let id = *rng.pick(&people);
                let body =
                    request(json!({"body": "Met", "relatedType": "contact", "relatedId": id}));
                crm::notes::create(db, ctx, &body).await.expect("note");
            }
            5 => {
                let body = request(json!({"jobTitle": format!("v{i}")}));
                let id = *rng.pick(&people);
                crm::contacts::update(db, ctx, id, &IfMatch::Any, &body)
                    .await
                    .expect("update");
            }
            _ if !todos.is_empty() => {
                let id = todos.swap_remove(rng.below(todos.len()));
                crm::tasks::delete(db, ctx, id, &IfMatch::Any)
                    .await
                    .expect("delete task");
            }
            _ => {}
        }
    }
}

#[tokio::test]
async fn activity_walks_match_the_model_under_random_filters() {
    let app = TestApp::spawn().await;
    let team = app.team("wa").await;
    let mut rng = Rng::new(0xAC7_1717);
    seed_activities(&app, &team, &mut rng).await;
    let workspace = app
        .ctx(&team.owner, MembershipRole::Owner)
        .await
        .workspace_id();
    let rows = activities::Entity::find()
        .filter(activities::Column::WorkspaceId.eq(workspace))
        .all(&app.state.db)
        .await
        .expect("activities");
    assert!(rows.len() >= ROWS, "{} activities", rows.len());
    let mut kinds: Vec<String> = rows.iter().map(|r| r.entity_type.clone()).collect();
    kinds.sort();
    kinds.dedup();
    kinds.push("invoice".to_owned());
    let model = model::<activities::Entity, _>(&app, rows, 4, activities::Column::CreatedAt).await;
    for walk in 0..WALKS {
        let mut filters = Vec::new();
        let kind = rng.pick(&kinds).clone();
        if walk > 0 && rng.chance(35) {
            filters.push(equals("entityType", &kind));
        }
        let entity = rng.pick(&model)["entityId"]
            .as_str()
            .expect("entityId")
            .to_owned();
        if walk > 0 && rng.chance(30) {
            filters.push(equals("entityId", &entity));
        }
        // Bounds at rows' own times (inclusive), mostly in order, now and then an empty range.
        let (mut from, mut to) = (created_at(rng.pick(&model)), created_at(rng.pick(&model)));
        if (from > to) != rng.chance(15) {
            (from, to) = (to, from);
        }
        // Neither bound, `dateFrom`, `dateTo` or both, equally often.
        let bounds = if walk > 0 { rng.below(4) } else { 0 };
        if bounds & 1 == 1 {
            filters.push(created("dateFrom", from, |at, from| at >= from));
        }
        if bounds & 2 == 2 {
            filters.push(created("dateTo", to, |at, to| at <= to));
        }
        check_walk(
            &app,
            &team.member,
            "/v1/activities",
            &model,
            &filters,
            &mut rng,
        )
        .await;
    }
}
