//! Cursor walks over 1,000 rows under random filter combinations, compared with a model computed
//! here: every page's `total` is the model's count and the pages together are exactly the model's
//! rows in the documented order (ties on the timestamp broken by id). Also: a walk during writes
//! never repeats a row and never skips an unchanged one. The helpers are shared with the walks
//! of the other lists (`crm_walks_companies_tasks_notes_activities`, `crm_walks_invoices_visits`).

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use crm_server::entities::sea_orm_active_enums::MembershipRole;
use crm_server::entities::{activities, companies, contacts, deals, notes};
use crm_server::store::record::Record;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter};
use serde_json::Value;
use serde_json::json;
use uuid::Uuid;

use crate::support::TestApp;
use crate::support::accounts::User;
use crate::support::crm::{Rng, id_of};

/// Rows seeded per list.
pub(crate) const ROWS: usize = 1_000;
/// Walks per list (the first without filters).
pub(crate) const WALKS: usize = 12;

/// One filter of a walk: its query parameter and which model rows it keeps. Model rows are the
/// API's JSON by default, or the stored rows (see [`WalkRow`]).
pub(crate) struct Filter<R = Value> {
    param: String,
    keeps: Box<dyn Fn(&R) -> bool>,
}

/// The filter `param` (already URL-encoded), keeping the model rows `keeps` accepts.
pub(crate) fn filter<R>(param: String, keeps: impl Fn(&R) -> bool + 'static) -> Filter<R> {
    Filter {
        param,
        keeps: Box::new(keeps),
    }
}

/// A row of a walk's model: the id the list shows for it.
pub(crate) trait WalkRow {
    fn walk_id(&self) -> String;
}

impl WalkRow for Value {
    fn walk_id(&self) -> String {
        id_of(self)
    }
}

/// `name=value`, keeping rows whose `name` is exactly `value`.
pub(crate) fn equals(name: &'static str, value: &str) -> Filter {
    let want = json!(value);
    filter(
        format!("{name}={}", urlencode(value)),
        move |row: &Value| row[name] == want,
    )
}

/// `q=text`, keeping rows where any of `fields` holds `text`, case-insensitively (`%` and `_`
/// are plain characters).
pub(crate) fn search(text: &str, fields: &'static [&'static str]) -> Filter {
    let needle = text.to_lowercase();
    filter(format!("q={}", urlencode(text)), move |row: &Value| {
        fields.iter().any(|f| {
            row[*f]
                .as_str()
                .is_some_and(|v| v.to_lowercase().contains(&needle))
        })
    })
}

/// The contacts' `q=text`: the full name (`firstName lastName`) or the email holds `text`,
/// case-insensitively.
fn name_or_email(text: &str) -> Filter {
    let needle = text.to_lowercase();
    filter(format!("q={}", urlencode(text)), move |row: &Value| {
        let name = format!(
            "{} {}",
            row["firstName"].as_str().unwrap_or_default(),
            row["lastName"].as_str().unwrap_or_default()
        );
        name.to_lowercase().contains(&needle)
            || row["email"]
                .as_str()
                .is_some_and(|e| e.to_lowercase().contains(&needle))
    })
}

/// `tag=tag`, keeping rows whose `tags` hold it.
fn tagged(tag: &str) -> Filter {
    let want = json!(tag);
    filter(format!("tag={tag}"), move |row: &Value| {
        row["tags"].as_array().is_some_and(|t| t.contains(&want))
    })
}

/// `text` percent-encoded for a query string.
pub(crate) fn urlencode(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' | '~' => c.to_string(),
            other => format!("%{:02X}", other as u32),
        })
        .collect()
}

/// The seeded rows as the API shows them, in list order (their [`HasKey::key`] newest first,
/// then id), after giving every `every`th row one shared `column` (in the database too) so the
/// id has to break ties.
pub(crate) async fn model<E, M>(
    app: &TestApp,
    mut rows: Vec<M>,
    every: usize,
    column: E::Column,
) -> Vec<Value>
where
    E: Record<Model = M>,
    M: HasKey,
{
    let tied: Vec<Uuid> = rows.iter().step_by(every).map(HasKey::id).collect();
    let at = tie::<E>(app, &tied, column).await;
    for row in rows.iter_mut().filter(|r| tied.contains(&r.id())) {
        row.set_key(at);
    }
    rows.sort_by_key(|row| std::cmp::Reverse((row.key(), row.id())));
    as_api::<E>(&rows)
}

/// Sets `column` of the rows `ids` to one new time in the database; answers that time.
pub(crate) async fn tie<E: Record>(
    app: &TestApp,
    ids: &[Uuid],
    column: E::Column,
) -> DateTime<Utc> {
    let at = crm_server::time::now();
    E::update_many()
        .col_expr(column, Expr::value(at))
        .filter(E::id_column().is_in(ids.iter().copied()))
        .exec(&app.state.db)
        .await
        .expect("tie update");
    at
}

/// `rows` as the API shows them, in the same order.
pub(crate) fn as_api<E: Record>(rows: &[E::Model]) -> Vec<Value> {
    rows.iter()
        .map(|row| serde_json::to_value(E::to_api(row)).expect("json"))
        .collect()
}

/// The sort key of a seeded row of a list ordered newest first, then id.
pub(crate) trait HasKey {
    /// The row's id.
    fn id(&self) -> Uuid;
    /// The time the list orders by.
    fn key(&self) -> DateTime<Utc>;
    /// Moves that time.
    fn set_key(&mut self, at: DateTime<Utc>);
}

macro_rules! has_key {
    ($($model:ty: $field:ident),*) => {$(
        impl HasKey for $model {
            fn id(&self) -> Uuid { self.id }
            fn key(&self) -> DateTime<Utc> { self.$field }
            fn set_key(&mut self, at: DateTime<Utc>) { self.$field = at; }
        }
    )*};
}
has_key!(contacts::Model: updated_at, deals::Model: updated_at,
    companies::Model: updated_at, notes::Model: created_at, activities::Model: created_at);

/// Walks `list` under `filters` with a random limit; the pages must be exactly the model's
/// rows that every filter keeps, and every page's total their count.
pub(crate) async fn check_walk<R: WalkRow>(
    app: &TestApp,
    user: &User,
    list: &str,
    model: &[R],
    filters: &[Filter<R>],
    rng: &mut Rng,
) {
    let expected: Vec<String> = model
        .iter()
        .filter(|row| filters.iter().all(|f| (f.keeps)(row)))
        .map(WalkRow::walk_id)
        .collect();
    let params: Vec<&str> = filters.iter().map(|f| f.param.as_str()).collect();
    let path = format!("{list}?{}", params.join("&"));
    let limit = 20 + rng.below(181) as u32;
    let seen = app.walk(user, &path, limit).await;
    assert_eq!(seen.ids(), expected, "{path} limit {limit}");
    let total = i64::try_from(expected.len()).expect("count");
    assert!(
        seen.totals.iter().all(|t| *t == total),
        "{path}: totals {:?}, want {total}",
        seen.totals
    );
}

#[tokio::test]
async fn contact_walks_match_the_model_under_random_filters() {
    let app = TestApp::spawn().await;
    let team = app.team("wc").await;
    let ctx = app.ctx(&team.owner, MembershipRole::Owner).await;
    let mut rng = Rng::new(0xC0FFEF);
    let mut companies = Vec::new();
    for name in ["Acme", "Globex", "Initech"] {
        companies.push(id_of(&app.company(&team.owner, name).await));
    }
    let firsts = ["Ann", "Bob", "Cleo", "Dan_x", "Eve%"];
    let kinds = ["B2B", "B2C", "PATIENT"];
    let tags = ["vip", "new", "a_b"];
    let mut rows = Vec::new();
    for i in 0..ROWS {
        let first = rng.pick(&firsts);
        let mut body =
            json!({"firstName": first, "lastName": rng.pick(&["Smith", "Jones", "Brown"])});
        if rng.chance(70) {
            body["email"] = json!(format!("{first}{i}@Example.com"));
        }
        if rng.chance(60) {
            body["companyId"] = json!(rng.pick(&companies));
        }
        if rng.chance(60) {
            body["customerType"] = json!(rng.pick(&kinds));
        }
        body["tags"] = json!(tags.iter().filter(|_| rng.chance(35)).collect::<Vec<_>>());
        let request = serde_json::from_value(body).expect("request");
        let row = crm_server::crm::contacts::create(&app.state.db, ctx, &request)
            .await
            .expect("seed contact");
        rows.push(row);
    }
    let model = model::<contacts::Entity, _>(&app, rows, 3, contacts::Column::UpdatedAt).await;
    for walk in 0..WALKS {
        let mut filters = Vec::new();
        if walk > 0 && rng.chance(60) {
            let q = *rng.pick(&[
                "ann s", "SMITH", "example", "_x", "%", "n%", "e", "ann", "x j", "% b", "n b",
            ]);
            filters.push(name_or_email(q));
        }
        if walk > 0 && rng.chance(40) {
            filters.push(equals("companyId", &rng.pick(&companies).clone()));
        }
        if walk > 0 && rng.chance(40) {
            let kind = *rng.pick(&kinds);
            filters.push(equals("customerType", kind));
        }
        if walk > 0 && rng.chance(40) {
            let tag = *rng.pick(&tags);
            filters.push(tagged(tag));
        }
        check_walk(
            &app,
            &team.member,
            "/v1/contacts",
            &model,
            &filters,
            &mut rng,
        )
        .await;
    }
}

#[tokio::test]
async fn deal_walks_match_the_model_under_random_filters() {
    let app = TestApp::spawn().await;
    let team = app.team("wd").await;
    let mut rng = Rng::new(0xDEA1);
    let stages = app.stage_ids(&team.owner).await;
    let company = id_of(&app.company(&team.owner, "Acme").await);
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let users = [
        (&team.owner, MembershipRole::Owner),
        (&team.admin, MembershipRole::Admin),
        (&team.member, MembershipRole::Member),
    ];
    let statuses = ["OPEN", "WON", "LOST"];
    let mut rows = Vec::new();
    for _ in 0..ROWS {
        let (user, role) = *rng.pick(&users);
        let title = rng.pick(&["Alpha deal", "Beta renewal", "Gamma upsell", "delta 50%"]);
        let mut body = json!({"title": title, "amount": rng.below(100_000) as f64 / 100.0,
                              "currency": "USD", "stageId": rng.pick(&stages), "status": rng.pick(&statuses)});
        if rng.chance(50) {
            body["companyId"] = json!(company);
        }
        if rng.chance(30) {
            body["primaryContactId"] = json!(contact);
        }
        let request = serde_json::from_value(body).expect("request");
        let row =
            crm_server::crm::deals::create(&app.state.db, app.ctx(user, role).await, &request)
                .await
                .expect("seed deal");
        rows.push(row);
    }
    let model = model::<deals::Entity, _>(&app, rows, 4, deals::Column::UpdatedAt).await;
    let owners: Vec<String> = users.iter().map(|(u, _)| u.id.clone()).collect();
    for walk in 0..WALKS {
        let mut filters = Vec::new();
        let mut maybe = |rng: &mut Rng, filter: Filter| {
            if walk > 0 && rng.chance(35) {
                filters.push(filter);
            }
        };
        let q = *rng.pick(&["alpha", "RENEW", "50%", "a"]);
        maybe(&mut rng, search(q, &["title"]));
        let stage = rng.pick(&stages).clone();
        maybe(&mut rng, equals("stageId", &stage));
        let status = *rng.pick(&statuses);
        maybe(&mut rng, equals("status", status));
        let owner = rng.pick(&owners).clone();
        maybe(&mut rng, equals("ownerId", &owner));
        maybe(&mut rng, equals("companyId", &company));
        maybe(&mut rng, equals("primaryContactId", &contact));
        check_walk(&app, &team.member, "/v1/deals", &model, &filters, &mut rng).await;
    }
}

#[tokio::test]
async fn a_walk_during_writes_never_repeats_or_skips_unchanged_rows() {
    let app = TestApp::spawn().await;
    let team = app.team("ww").await;
    let mut ids = Vec::new();
    for i in 0..60 {
        ids.push(id_of(
            &app.contact(&team.owner, &format!("C{i}"), json!({})).await,
        ));
    }
    let mut changed = HashSet::new();
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut round = 0;
    loop {
        let mut path = "/v1/contacts?limit=7".to_owned();
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let page = app.get_ok(&team.member, &path).await;
        seen.extend(page["rows"].as_array().expect("rows").iter().map(id_of));
        // Between pages: touch one row (it moves to the top), delete one, add one.
        let touched = ids[(round * 7) % ids.len()].clone();
        app.patch_as(
            &team.owner,
            &format!("/v1/contacts/{touched}"),
            json!({"jobTitle": format!("v{round}")}),
        )
        .await;
        changed.insert(touched);
        let victim = ids[(round * 11 + 3) % ids.len()].clone();
        app.delete_as(&team.owner, &format!("/v1/contacts/{victim}"))
            .await;
        changed.insert(victim);
        app.contact(&team.owner, &format!("New{round}"), json!({}))
            .await;
        round += 1;
        match page["nextCursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    let unique: HashSet<_> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "no row twice");
    for id in ids.iter().filter(|id| !changed.contains(*id)) {
        assert!(unique.contains(id), "unchanged {id} was skipped");
    }
}
