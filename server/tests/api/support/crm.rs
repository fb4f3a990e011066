//! CRM helpers shared by the CRM test modules: creating records through the API, walking a list
//! by cursor, a caller's `Tenant` for seeding through the domain layer directly, live-row
//! counts straight from the database, and a small seeded random generator.

use crm_server::entities::sea_orm_active_enums::MembershipRole;
use crm_server::store::{Tenant, members};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use super::TestApp;
use super::accounts::{User, expect_json, rows};
use super::rows::uuid;

/// What a cursor walk saw.
#[derive(Debug, Default)]
pub struct Walk {
    /// Every row of every page, in order.
    pub rows: Vec<Value>,
    /// The `total` of each page.
    pub totals: Vec<i64>,
}

impl Walk {
    /// The ids of the rows, in order.
    pub fn ids(&self) -> Vec<String> {
        self.rows.iter().map(id_of).collect()
    }
}

/// The `id` of a record.
pub fn id_of(record: &Value) -> String {
    record["id"]
        .as_str()
        .unwrap_or_else(|| panic!("id in {record}"))
        .to_owned()
}

impl TestApp {
    /// `POST path` as `user`, expecting 201; answers the record.
    pub async fn create(&self, user: &User, path: &str, body: Value) -> Value {
        expect_json(self.post_as(user, path, body).await, 201).await
    }

    /// A company named `name`.
    pub async fn company(&self, user: &User, name: &str) -> Value {
        self.create(user, "/v1/companies", json!({ "name": name }))
            .await
    }

    /// A contact `first last` with extra fields from `extra` (an object).
    pub async fn contact(&self, user: &User, first: &str, extra: Value) -> Value {
        let mut body = json!({ "firstName": first, "lastName": "Test" });
        merge(&mut body, extra);
        self.create(user, "/v1/contacts", body).await
    }

    /// A deal in `stage_id` with extra fields from `extra`.
    pub async fn deal(&self, user: &User, title: &str, stage_id: &str, extra: Value) -> Value {
        let mut body =
            json!({ "title": title, "amount": 100, "currency": "USD", "stageId": stage_id });
        merge(&mut body, extra);
        self.create(user, "/v1/deals", body).await
    }

    /// A task attached to `related_type`/`related_id`.
    pub async fn task(
        &self,
        user: &User,
        related_type: &str,
        related_id: &str,
        extra: Value,
    ) -> Value {
        let mut body =
            json!({ "title": "Call", "relatedType": related_type, "relatedId": related_id });
        merge(&mut body, extra);
        self.create(user, "/v1/tasks", body).await
    }

    /// A note attached to `related_type`/`related_id`.
    pub async fn note(&self, user: &User, related_type: &str, related_id: &str) -> Value {
        let body =
            json!({ "body": "Met them", "relatedType": related_type, "relatedId": related_id });
        self.create(user, "/v1/notes", body).await
    }

    /// An invoice `title` of 10 USD with extra fields from `extra`.
    pub async fn invoice(&self, user: &User, title: &str, extra: Value) -> Value {
        let mut body = json!({ "title": title, "amount": 10, "currency": "USD" });
        merge(&mut body, extra);
        self.create(user, "/v1/invoices", body).await
    }

    /// `DELETE path` as `user`, expecting 200 `{ok: true}`.
    pub async fn delete_ok(&self, user: &User, path: &str) {
        let body = expect_json(self.delete_as(user, path).await, 200).await;
        assert_eq!(body, json!({"ok": true}), "{path}");
    }

    /// `DELETE path`: 403 `FORBIDDEN` as `denied`, then 200 as `allowed`.
    pub async fn delete_only_by(&self, denied: &User, allowed: &User, path: &str) {
        super::assert_envelope(self.delete_as(denied, path).await, 403, "FORBIDDEN").await;
        self.delete_ok(allowed, path).await;
    }

    /// The `total` of `GET path` as `user`.
    pub async fn total(&self, user: &User, path: &str) -> i64 {
        self.get_ok(user, path).await["total"]
            .as_i64()
            .unwrap_or_else(|| panic!("total of {path}"))
    }

    /// The ids of the workspace's stages, in list order.
    pub async fn stage_ids(&self, user: &User) -> Vec<String> {
        rows(&self.get_ok(user, "/v1/stages?limit=200").await)
            .iter()
            .map(id_of)
            .collect()
    }

    /// Walks `path` (which may carry a query) page by page with `limit`, following `nextCursor`.
    pub async fn walk(&self, user: &User, path: &str, limit: u32) -> Walk {
        let joiner = if path.contains('?') { '&' } else { '?' };
        let mut walk = Walk::default();
        let mut cursor: Option<String> = None;
        for _ in 0..10_000 {
            let mut url = format!("{path}{joiner}limit={limit}");
            if let Some(cursor) = &cursor {
                url.push_str(&format!("&cursor={cursor}"));
            }
            let page = self.get_ok(user, &url).await;
            let got = rows(&page);
            assert!(got.len() <= limit as usize, "page size");
            walk.rows.extend(got.iter().cloned());
            walk.totals.push(page["total"].as_i64().expect("total"));
            match page["nextCursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return walk,
            }
        }
        panic!("the walk of {path} does not end");
    }

    /// Sends every request at once (each on its own task) as `user`; answers each status and
    /// JSON body (`Null` when there is none), in request order.
    pub async fn concurrently(
        &self,
        user: &User,
        requests: Vec<(reqwest::Method, String, Option<Value>)>,
    ) -> Vec<(u16, Value)> {
        let mut tasks = Vec::new();
        for (method, path, body) in requests {
            let mut request = self.request(method, &path, Some(user));
            if let Some(body) = body {
                request = request.json(&body);
            }
            tasks.push(tokio::spawn(async move {
                let response = request.send().await.expect("request is sent");
                let status = response.status().as_u16();
                (status, response.json().await.unwrap_or(Value::Null))
            }));
        }
        let mut out = Vec::new();
        for task in tasks {
            out.push(task.await.expect("request task"));
        }
        out
    }

    /// The activities of one record, newest first.
    pub async fn activities_of(&self, user: &User, entity_id: &str) -> Vec<Value> {
        let list = self
            .get_ok(
                user,
                &format!("/v1/activities?entityId={entity_id}&limit=200"),
            )
            .await;
        rows(&list).clone()
    }

    /// The activity types of one record, oldest first.
    pub async fn activity_types(&self, user: &User, id: &str) -> Vec<String> {
        let mut types: Vec<String> = self
            .activities_of(user, id)
            .await
            .iter()
            .map(|a| a["type"].as_str().unwrap_or_default().to_owned())
            .collect();
        types.reverse();
        types
    }

    /// `user`'s scope in their session workspace (checked to have `role`), for calls into the
    /// domain layer.
    pub async fn ctx(&self, user: &User, role: MembershipRole) -> Tenant {
        let (user_id, workspace_id) = (uuid(&user.id), uuid(user.workspace()));
        let tenant = members::resolve(&self.state.db, user_id, workspace_id)
            .await
            .expect("membership lookup")
            .expect("the user is a member of their session workspace");
        assert_eq!(tenant.role(), role, "role of {}", user.id);
        tenant
    }

    /// `count(*)` of `table` in `workspace` (live rows when `soft` says the table has them).
    pub async fn live_count(&self, table: &str, workspace: &str, soft: bool) -> i64 {
        let live = if soft { " AND deleted_at IS NULL" } else { "" };
        let backend = self.state.db.get_database_backend();
        let sql = format!(
            "SELECT COUNT(*) AS n FROM {table} WHERE workspace_id = {}{live}",
            placeholder(backend)
        );
        let row = self
            .state
            .db
            .query_one(Statement::from_sql_and_values(
                backend,
                sql,
                [uuid(workspace).into()],
            ))
            .await
            .expect("count query")
            .expect("one row");
        row.try_get::<i64>("", "n").expect("count")
    }
}

fn placeholder(backend: sea_orm::DatabaseBackend) -> &'static str {
    match backend {
        sea_orm::DatabaseBackend::Postgres => "$1",
        _ => "?",
    }
}

/// Adds the fields of `extra` (an object) to `body`.
pub fn merge(body: &mut Value, extra: Value) {
    if let (Some(body), Value::Object(extra)) = (body.as_object_mut(), extra) {
        body.extend(extra);
    }
}

/// A small deterministic generator (xorshift64*), so a failing walk can be replayed by seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (any value; 0 is remapped).
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
