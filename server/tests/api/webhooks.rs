//! Webhooks and the live stream (issue 12) through the real stack, with a real receiver on
//! loopback: signatures checked by a reference implementation written here, retries while the
//! receiver is down (every event arrives, in order per record), nothing for a rolled-back
//! change, two instances sharing one database delivering each attempt once, SSRF refusals, no
//! redirects followed, 410 disabling, replay and rotation, and the SSE stream resuming after a
//! disconnect without gaps.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use reqwest::Method;
use serde_json::{Value, json};
use sha2::Sha256;
use uuid::Uuid;

use crate::support::accounts::{User, expect_json, rows};
use crate::support::process::ServerProcess;
use crate::support::{TestApp, assert_envelope};

/// One POST the receiver got.
#[derive(Debug, Clone)]
struct Received {
    id: String,
    timestamp: String,
    signature: String,
    body: Vec<u8>,
    /// The status the receiver answered.
    answered: u16,
}

impl Received {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// What the receiver answers, switchable during a test.
#[derive(Debug, Clone)]
enum Mode {
    Accept,
    Status(u16),
    Redirect,
}

#[derive(Clone)]
struct Receiver {
    got: Arc<Mutex<Vec<Received>>>,
    mode: Arc<Mutex<Mode>>,
    other_hits: Arc<Mutex<u32>>,
    url: String,
}

impl Receiver {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        Self::start_on(listener)
    }

    /// A receiver on `listener` (one bound to a port that refused connections before).
    fn start_on(listener: tokio::net::TcpListener) -> Self {
        let addr = listener.local_addr().expect("addr");
        let receiver = Receiver {
            got: Arc::default(),
            mode: Arc::new(Mutex::new(Mode::Accept)),
            other_hits: Arc::default(),
            url: format!("http://{addr}/hook"),
        };
        let app = Router::new()
            .route("/hook", post(take))
            .route("/elsewhere", post(elsewhere))
            .with_state(receiver.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        receiver
    }

    fn set(&self, mode: Mode) {
        *self.mode.lock().expect("mode") = mode;
    }

    fn all(&self) -> Vec<Received> {
        self.got.lock().expect("got").clone()
    }

    /// The accepted deliveries.
    fn accepted(&self) -> Vec<Received> {
        self.all()
            .into_iter()
            .filter(|r| r.answered == 200)
            .collect()
    }

    async fn wait_accepted(&self, n: usize, within: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let got = self.accepted();
            if got.len() >= n || tokio::time::Instant::now() > deadline {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}

async fn take(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let mode = r.mode.lock().expect("mode").clone();
    let (answered, response) = match mode {
        Mode::Accept => (200, StatusCode::OK.into_response()),
        Mode::Status(code) => {
            let status = StatusCode::from_u16(code).expect("status");
            (
                code,
                (status, "receiver is not taking events").into_response(),
            )
        }
        Mode::Redirect => (
            302,
            (StatusCode::FOUND, [("location", "/elsewhere")]).into_response(),
        ),
    };
    r.got.lock().expect("got").push(Received {
        id: header("webhook-id"),
        timestamp: header("webhook-timestamp"),
        signature: header("webhook-signature"),
        body: body.to_vec(),
        answered,
    });
    response
}

async fn elsewhere(State(r): State<Receiver>) -> StatusCode {
    *r.other_hits.lock().expect("hits") += 1;
    StatusCode::OK
}

/// The reference check of a Standard Webhooks signature: some `v1,` entry of the header is
/// base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), key = base64-decoded secret after
/// `whsec_`.
fn signed_with(secret: &str, got: &Received) -> bool {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").expect("whsec_ prefix"))
        .expect("base64 secret");
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("key");
    mac.update(format!("{}.{}.", got.id, got.timestamp).as_bytes());
    mac.update(&got.body);
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    got.signature.split(' ').any(|s| s == expected)
}

/// An app that delivers (dispatcher on, loopback allowed, fast retries).
async fn delivering_app(extra: &[(&str, &str)]) -> TestApp {
    let mut builder = TestApp::builder()
        .env("CRM_WEBHOOK_DISPATCH", "on")
        .env("CRM_WEBHOOK_ALLOW_HTTP", "on")
        .env("CRM_WEBHOOK_ALLOW_PRIVATE", "on")
        .env("CRM_WEBHOOK_RETRY_BASE_MS", "50")
        .env("CRM_EVENT_POLL_MS", "20");
    for (name, value) in extra {
        builder = builder.env(name, value);
    }
    builder.spawn().await
}

/// A delivering app, a receiver, its owner and a subscription of the receiver to `events`.
async fn delivering_scene(events: Value) -> (TestApp, Receiver, User, Value) {
    let app = delivering_app(&[]).await;
    let receiver = Receiver::start().await;
    let owner = app.register("Ada", "ada@example.com").await;
    let hook = subscribe(&app, &owner, &receiver.url, events).await;
    (app, receiver, owner, hook)
}

/// Waits (at most `within`) until `done` holds.
async fn eventually(within: Duration, mut done: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + within;
    while !done() && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn subscribe(app: &TestApp, owner: &User, url: &str, events: Value) -> Value {
    let created = app
        .post_as(owner, "/v1/webhooks", json!({"url": url, "events": events}))
        .await;
    expect_json(created, 201).await
}

async fn contact(app: &TestApp, owner: &User, first: &str) -> String {
    let body = json!({"firstName": first, "lastName": "Hook"});
    let created = expect_json(app.post_as(owner, "/v1/contacts", body).await, 201).await;
    created["id"].as_str().expect("id").to_owned()
}

async fn rename(app: &TestApp, owner: &User, id: &str, first: &str) {
    let path = format!("/v1/contacts/{id}");
    expect_json(
        app.patch_as(owner, &path, json!({"firstName": first}))
            .await,
        200,
    )
    .await;
}

#[tokio::test]
async fn deliveries_are_signed_shaped_and_filtered_by_pattern() {
    let (app, receiver, owner, hook) = delivering_scene(json!(["contact.*"])).await;
    let secret = hook["secret"]
        .as_str()
        .expect("the secret, once")
        .to_owned();
    assert!(secret.starts_with("whsec_"));
    let read = app
        .get_ok(
            &owner,
            &format!("/v1/webhooks/{}", hook["id"].as_str().expect("id")),
        )
        .await;
    assert!(
        read.get("secret").is_none(),
        "a read never shows the secret: {read}"
    );

    let company = json!({"name": "Not subscribed"});
    expect_json(app.post_as(&owner, "/v1/companies", company).await, 201).await;
    let id = contact(&app, &owner, "Grace").await;
    rename(&app, &owner, &id, "Gracie").await;

    let got = receiver.wait_accepted(2, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 2, "two contact events: {got:?}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        receiver.all().len(),
        2,
        "the company event is not subscribed to"
    );
    for delivery in &got {
        assert!(signed_with(&secret, delivery), "the signature verifies");
        assert!(!signed_with(
            "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            delivery
        ));
        let ts: i64 = delivery.timestamp.parse().expect("unix seconds");
        assert!((chrono::Utc::now().timestamp() - ts).abs() < 60);
        assert_eq!(
            delivery.json()["id"],
            delivery.id.as_str(),
            "webhook-id is the event id"
        );
    }
    let created = got[0].json();
    assert_eq!(created["type"], "contact.created");
    assert_eq!(created["workspaceId"], owner.workspace());
    assert_eq!(
        created["data"]["entity"],
        json!({"type": "contact", "id": id})
    );
    assert_eq!(created["data"]["before"], Value::Null);
    assert_eq!(created["data"]["after"]["firstName"], "Grace");
    let updated = got[1].json();
    assert_eq!(updated["type"], "contact.updated");
    assert_eq!(updated["data"]["before"], json!({"firstName": "Grace"}));
    assert_eq!(updated["data"]["after"], json!({"firstName": "Gracie"}));
}

#[tokio::test]
async fn a_receiver_down_for_a_while_gets_every_event_after_in_order_per_record() {
    let app = delivering_app(&[]).await;
    let receiver = Receiver::start().await;
    receiver.set(Mode::Status(503));
    let owner = app.register("Ada", "ada@example.com").await;
    let hook = subscribe(&app, &owner, &receiver.url, json!(["contact.*"])).await;
    let (a, b) = (
        contact(&app, &owner, "A0").await,
        contact(&app, &owner, "B0").await,
    );
    for i in 1..=4 {
        rename(&app, &owner, &a, &format!("A{i}")).await;
        rename(&app, &owner, &b, &format!("B{i}")).await;
    }
    // Down long enough for several retries of the first events.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(receiver.accepted().is_empty());
    assert!(receiver.all().len() >= 2, "attempts were made while down");
    receiver.set(Mode::Accept);

    let got = receiver.wait_accepted(10, Duration::from_secs(30)).await;
    assert_eq!(
        got.len(),
        10,
        "every event arrives once accepted: {}",
        got.len()
    );
    let ids: HashSet<&str> = got.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), 10, "no event is accepted twice");
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for event in got.iter().map(Received::json) {
        let entity = event["data"]["entity"]["id"]
            .as_str()
            .expect("entity")
            .to_owned();
        names.entry(entity).or_default().push(
            event["data"]["after"]["firstName"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        );
    }
    assert_eq!(
        names[&a],
        ["A0", "A1", "A2", "A3", "A4"],
        "order per record"
    );
    assert_eq!(
        names[&b],
        ["B0", "B1", "B2", "B3", "B4"],
        "order per record"
    );
    // Every attempt of one event carries its id: retries are the only repeats.
    let all = receiver.all();
    let attempts: HashSet<&str> = all.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(attempts, ids);

    let log = app
        .get_ok(
            &owner,
            &format!(
                "/v1/webhooks/{}/deliveries?limit=200",
                hook["id"].as_str().expect("id")
            ),
        )
        .await;
    assert_eq!(log["total"], 10);
    let retried = rows(&log)
        .iter()
        .find(|d| d["attempts"].as_i64() > Some(1))
        .expect("a delivery that needed retries");
    assert_eq!(retried["status"], "delivered");
    assert_eq!(retried["responseStatus"], 200);
    assert_eq!(retried["nextAttemptAt"], Value::Null);
}

#[tokio::test]
async fn a_receiver_that_refuses_connections_gets_every_event_once_it_listens() {
    let app = delivering_app(&[]).await;
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let addr = reserved.local_addr().expect("addr");
    drop(reserved);
    let owner = app.register("Ada", "ada@example.com").await;
    let url = format!("http://{addr}/hook");
    let hook = subscribe(&app, &owner, &url, json!(["contact.*"])).await;
    let id = contact(&app, &owner, "Down0").await;
    for i in 1..=3 {
        rename(&app, &owner, &id, &format!("Down{i}")).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let log = app
        .get_ok(
            &owner,
            &format!(
                "/v1/webhooks/{}/deliveries",
                hook["id"].as_str().expect("id")
            ),
        )
        .await;
    let first = rows(&log).last().expect("the first delivery").clone();
    assert_eq!(first["status"], "pending");
    assert_eq!(
        first["responseStatus"],
        Value::Null,
        "no answer came: {first}"
    );
    assert!(
        first["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{first}"
    );
    assert!(first["attempts"].as_i64() >= Some(2), "retried: {first}");

    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .expect("the port again");
    let receiver = Receiver::start_on(listener);
    let got = receiver.wait_accepted(4, Duration::from_secs(30)).await;
    let names: Vec<String> = got
        .iter()
        .map(|r| {
            r.json()["data"]["after"]["firstName"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(names, ["Down0", "Down1", "Down2", "Down3"]);
}

#[tokio::test]
async fn a_subscription_failing_for_the_whole_window_is_disabled_with_an_activity() {
    let app = delivering_app(&[("CRM_WEBHOOK_GIVE_UP_SECS", "1")]).await;
    let receiver = Receiver::start().await;
    receiver.set(Mode::Status(500));
    let owner = app.register("Ada", "ada@example.com").await;
    let hook = subscribe(&app, &owner, &receiver.url, json!(["contact.*"])).await;
    let hook_id = hook["id"].as_str().expect("id").to_owned();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    let mut n = 0;
    let disabled = loop {
        let read = app.get_ok(&owner, &format!("/v1/webhooks/{hook_id}")).await;
        if read["active"] == false {
            break read;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "still active: {read}"
        );
        contact(&app, &owner, &format!("F{n}")).await;
        n += 1;
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(
        disabled["disabledReason"]
            .as_str()
            .expect("a reason")
            .contains("failed"),
        "{disabled}"
    );
    assert!(disabled["failingSince"].is_string());
    let pending = app
        .get_ok(
            &owner,
            &format!("/v1/webhooks/{hook_id}/deliveries?status=pending"),
        )
        .await;
    assert_eq!(pending["total"], 0, "nothing is left pending: {pending}");
    let timeline = app
        .get_ok(
            &owner,
            &format!("/v1/activities?entityType=webhook&entityId={hook_id}"),
        )
        .await;
    let activity = rows(&timeline)
        .iter()
        .find(|a| a["type"] == "webhook.disabled")
        .expect("webhook.disabled")
        .clone();
    assert_eq!(activity["metadata"]["changes"]["active"]["after"], false);

    let again = app
        .patch_as(
            &owner,
            &format!("/v1/webhooks/{hook_id}"),
            json!({"active": true}),
        )
        .await;
    let again = expect_json(again, 200).await;
    assert_eq!(again["disabledReason"], Value::Null);
    assert_eq!(again["failingSince"], Value::Null);
}

#[tokio::test]
async fn delivered_rows_past_the_log_age_are_purged_and_the_rest_kept() {
    let app = delivering_app(&[]).await;
    let receiver = Receiver::start().await;
    let owner = app.register("Ada", "ada@example.com").await;
    let delivered = subscribe(&app, &owner, &receiver.url, json!(["contact.*"])).await;
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let closed = format!("http://{}/hook", reserved.local_addr().expect("addr"));
    drop(reserved);
    let refused = subscribe(&app, &owner, &closed, json!(["contact.*"])).await;
    contact(&app, &owner, "Kept").await;
    assert_eq!(
        receiver
            .wait_accepted(1, Duration::from_secs(10))
            .await
            .len(),
        1
    );
    let log_of = |hook: &Value| {
        format!(
            "/v1/webhooks/{}/deliveries",
            hook["id"].as_str().expect("id")
        )
    };
    let now = chrono::Utc::now();
    let db = &app.state.db;
    let fresh = crm_server::webhooks::dispatcher::purge_log(db, now, 14)
        .await
        .expect("purge");
    assert_eq!(fresh, 0, "a delivery of today stays");
    let later = now + chrono::Duration::days(15);
    let purged = crm_server::webhooks::dispatcher::purge_log(db, later, 14)
        .await
        .expect("purge");
    assert_eq!(purged, 1);
    assert_eq!(app.get_ok(&owner, &log_of(&delivered)).await["total"], 0);
    assert_eq!(
        app.get_ok(&owner, &log_of(&refused)).await["total"],
        1,
        "an undelivered row is kept"
    );
}

#[tokio::test]
async fn a_rolled_back_change_sends_nothing_and_a_committed_one_is_sent() {
    let app = delivering_app(&[]).await;
    let receiver = Receiver::start().await;
    let owner = app.register("Ada", "ada@example.com").await;
    subscribe(&app, &owner, &receiver.url, json!(["contact.*"])).await;
    let db = &app.state.db;
    let user: Uuid = owner.id.parse().expect("uuid");
    let workspace: Uuid = owner.workspace().parse().expect("uuid");
    let tenant = crm_server::store::members::resolve(db, user, workspace)
        .await
        .expect("read")
        .expect("a member");
    let entity = Uuid::now_v7();
    for commit in [false, true] {
        let txn = crm_server::db::begin_write(db).await.expect("begin");
        let kind = if commit {
            "contact.committed"
        } else {
            "contact.rolled_back"
        };
        let activity = crm_server::store::activity::NewActivity {
            kind,
            entity_type: "contact",
            entity_id: entity,
            metadata: None,
        };
        crm_server::store::activity::record(&txn, tenant, activity)
            .await
            .expect("recorded");
        if commit {
            txn.commit().await.expect("commit");
        } else {
            txn.rollback().await.expect("rollback");
        }
    }
    let got = receiver.wait_accepted(1, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let types: Vec<Value> = receiver
        .all()
        .iter()
        .map(|r| r.json()["type"].clone())
        .collect();
    assert_eq!(types, [json!("contact.committed")], "{got:?}");
}

#[tokio::test]
async fn two_instances_on_one_database_deliver_each_attempt_once() {
    let app = delivering_app(&[]).await;
    let vars = [
        ("CRM_WEBHOOK_ALLOW_HTTP", "on"),
        ("CRM_WEBHOOK_ALLOW_PRIVATE", "on"),
        ("CRM_EVENT_POLL_MS", "20"),
    ];
    let second = ServerProcess::spawn(&app.db.url, &vars).await;
    let receiver = Receiver::start().await;
    let owner = app.register("Ada", "ada@example.com").await;
    let hook = subscribe(&app, &owner, &receiver.url, json!(["contact.created"])).await;
    let mut writes = Vec::new();
    for i in 0..40 {
        let body = json!({"firstName": format!("P{i}"), "lastName": "Twin"});
        let on = if i % 2 == 0 { None } else { Some(&second) };
        writes.push((on.is_some(), body));
    }
    for (on_second, body) in writes {
        let response = if on_second {
            second
                .send(Method::POST, "/v1/contacts", Some(&owner), Some(&body))
                .await
        } else {
            app.post_as(&owner, "/v1/contacts", body).await
        };
        expect_json(response, 201).await;
    }
    let got = receiver.wait_accepted(40, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let all = receiver.all();
    assert_eq!(all.len(), 40, "40 events, each sent once: {}", all.len());
    let ids: HashSet<&str> = got.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), 40);
    let log = app
        .get_ok(
            &owner,
            &format!(
                "/v1/webhooks/{}/deliveries?limit=200",
                hook["id"].as_str().expect("id")
            ),
        )
        .await;
    assert!(
        rows(&log)
            .iter()
            .all(|d| d["attempts"] == 1 && d["status"] == "delivered")
    );
}

#[tokio::test]
async fn private_and_plain_http_targets_are_refused_unless_allowed() {
    let app = TestApp::spawn().await;
    let owner = app.register("Ada", "ada@example.com").await;
    for url in [
        "http://hooks.example.com/crm",
        "https://127.0.0.1/hook",
        "https://localhost:8443/hook",
        "https://10.0.0.8/hook",
        "https://192.168.0.1/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/hook",
        "https://[fd12::1]/hook",
        "https://user:pw@hooks.example.com/crm",
        "https://0/",
    ] {
        let response = app
            .post_as(&owner, "/v1/webhooks", json!({"url": url, "events": ["*"]}))
            .await;
        let body = assert_envelope(response, 422, "TARGET_NOT_ALLOWED").await;
        assert_eq!(body["issues"][0]["path"], "url", "{url}: {body}");
    }
    for url in [
        "ftp://hooks.example.com/crm",
        "hooks.example.com",
        "https:// spaced",
    ] {
        let response = app
            .post_as(&owner, "/v1/webhooks", json!({"url": url, "events": ["*"]}))
            .await;
        let body = assert_envelope(response, 400, "VALIDATION_ERROR").await;
        assert_eq!(body["issues"][0]["path"], "url", "{url}: {body}");
    }
    let ok = json!({"url": "https://hooks.example.com/crm", "events": ["deal.*"]});
    let hook = expect_json(app.post_as(&owner, "/v1/webhooks", ok).await, 201).await;
    let path = format!("/v1/webhooks/{}", hook["id"].as_str().expect("id"));
    let moved = app
        .patch_as(&owner, &path, json!({"url": "https://127.0.0.1/"}))
        .await;
    assert_envelope(moved, 422, "TARGET_NOT_ALLOWED").await;
    let bad = json!({"url": "https://hooks.example.com/crm", "events": ["Contact.*"]});
    let refused = app.post_as(&owner, "/v1/webhooks", bad).await;
    assert_eq!(
        assert_envelope(refused, 400, "VALIDATION_ERROR").await["issues"][0]["path"],
        "events[0]"
    );
}

#[tokio::test]
async fn a_redirect_is_not_followed_and_410_disables_the_subscription() {
    let app = delivering_app(&[]).await;
    let receiver = Receiver::start().await;
    receiver.set(Mode::Redirect);
    let owner = app.register("Ada", "ada@example.com").await;
    let hook = subscribe(&app, &owner, &receiver.url, json!(["contact.*"])).await;
    let hook_id = hook["id"].as_str().expect("id").to_owned();
    contact(&app, &owner, "Redirected").await;
    eventually(Duration::from_secs(10), || receiver.all().len() >= 2).await;
    assert!(receiver.all().len() >= 2, "retried after the redirect");
    assert_eq!(
        *receiver.other_hits.lock().expect("hits"),
        0,
        "the redirect is not followed"
    );
    let log = app
        .get_ok(&owner, &format!("/v1/webhooks/{hook_id}/deliveries"))
        .await;
    assert_eq!(rows(&log)[0]["responseStatus"], 302);
    assert_eq!(rows(&log)[0]["status"], "pending");

    receiver.set(Mode::Status(410));
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let read = app.get_ok(&owner, &format!("/v1/webhooks/{hook_id}")).await;
        if read["active"] == false {
            assert!(
                read["disabledReason"]
                    .as_str()
                    .expect("a reason")
                    .contains("410")
            );
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "disabled after a 410: {read}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let log = app
        .get_ok(
            &owner,
            &format!("/v1/webhooks/{hook_id}/deliveries?status=failed"),
        )
        .await;
    assert_eq!(log["total"], 1);
    let timeline = app
        .get_ok(
            &owner,
            &format!("/v1/activities?entityType=webhook&entityId={hook_id}"),
        )
        .await;
    assert!(
        rows(&timeline)
            .iter()
            .any(|a| a["type"] == "webhook.disabled"),
        "{timeline}"
    );
    let before = receiver.all().len();
    contact(&app, &owner, "Not sent").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        receiver.all().len(),
        before,
        "a disabled subscription gets nothing"
    );
}

#[tokio::test]
async fn replay_resends_the_same_event_and_rotation_signs_with_both_secrets() {
    let (app, receiver, owner, hook) = delivering_scene(json!(["contact.created"])).await;
    let hook_id = hook["id"].as_str().expect("id").to_owned();
    let old_secret = hook["secret"].as_str().expect("secret").to_owned();
    contact(&app, &owner, "Once").await;
    let first = receiver.wait_accepted(1, Duration::from_secs(10)).await;
    assert_eq!(first.len(), 1);
    let log = app
        .get_ok(&owner, &format!("/v1/webhooks/{hook_id}/deliveries"))
        .await;
    let delivery = rows(&log)[0]["id"].as_str().expect("id").to_owned();

    let rotated = app
        .post_as(
            &owner,
            &format!("/v1/webhooks/{hook_id}/rotate-secret"),
            json!({}),
        )
        .await;
    let new_secret = expect_json(rotated, 200).await["secret"]
        .as_str()
        .expect("the new secret")
        .to_owned();
    assert_ne!(new_secret, old_secret);
    let replay = app
        .post_as(
            &owner,
            &format!("/v1/webhooks/{hook_id}/deliveries/{delivery}/replay"),
            json!({}),
        )
        .await;
    let replayed = expect_json(replay, 202).await;
    assert_eq!(replayed["replayOf"], delivery.as_str());
    let got = receiver.wait_accepted(2, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].id, got[0].id, "a replay carries the same webhook-id");
    assert!(signed_with(&new_secret, &got[1]) && signed_with(&old_secret, &got[1]));
    assert!(
        got[1].signature.contains(' '),
        "two signatures during the grace period"
    );

    let other = Uuid::now_v7();
    let missing = app
        .post_as(
            &owner,
            &format!("/v1/webhooks/{hook_id}/deliveries/{other}/replay"),
            json!({}),
        )
        .await;
    assert_envelope(missing, 404, "NOT_FOUND").await;
}

#[tokio::test]
async fn only_owners_and_admins_manage_webhooks() {
    let app = TestApp::spawn().await;
    let owner = app.register("Ada", "ada@example.com").await;
    let invite = json!({"email": "bob@example.com", "role": "MEMBER"});
    let invited = expect_json(app.post_as(&owner, "/v1/invites", invite).await, 201).await;
    let token = invited["token"].as_str().expect("token");
    let member = app.register_invited("Bob", "bob@example.com", token).await;
    let member = member.in_workspace(owner.workspace());
    assert_envelope(app.get_as(&member, "/v1/webhooks").await, 403, "FORBIDDEN").await;
    let body = json!({"url": "https://hooks.example.com/crm", "events": ["*"]});
    assert_envelope(
        app.post_as(&member, "/v1/webhooks", body).await,
        403,
        "FORBIDDEN",
    )
    .await;
}

/// The messages of an SSE body: (id, event, data) of each event with an id.
fn sse_events(text: &str) -> Vec<(i64, String, Value)> {
    text.split("\n\n")
        .filter_map(|block| {
            let mut id = None;
            let mut event = String::new();
            let mut data = String::new();
            for line in block.lines() {
                if let Some(v) = line.strip_prefix("id:") {
                    id = v.trim().parse().ok();
                } else if let Some(v) = line.strip_prefix("event:") {
                    event = v.trim().to_owned();
                } else if let Some(v) = line.strip_prefix("data:") {
                    data.push_str(v.trim_start());
                }
            }
            Some((id?, event, serde_json::from_str(&data).ok()?))
        })
        .collect()
}

/// Reads the stream `response` until `n` events arrived (or it ended).
async fn read_events(mut response: reqwest::Response, n: usize) -> Vec<(i64, String, Value)> {
    let mut text = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while sse_events(&text).len() < n && tokio::time::Instant::now() < deadline {
        match tokio::time::timeout(Duration::from_secs(5), response.chunk()).await {
            Ok(Ok(Some(chunk))) => text.push_str(&String::from_utf8_lossy(&chunk)),
            _ => break,
        }
    }
    sse_events(&text)
}

#[tokio::test]
async fn the_event_stream_resumes_after_a_disconnect_without_gaps() {
    let app = TestApp::builder()
        .env("CRM_EVENT_POLL_MS", "20")
        .env("CRM_EVENT_STREAM_SECONDS", "20")
        .spawn()
        .await;
    let owner = app.register("Ada", "ada@example.com").await;
    let open = |last: Option<i64>| {
        let mut request = app.request(Method::GET, "/v1/events", Some(&owner));
        if let Some(last) = last {
            request = request.header("Last-Event-ID", last.to_string());
        }
        request.send()
    };
    let stream = open(None).await.expect("stream opens");
    assert_eq!(stream.status(), 200);
    assert!(
        stream.headers()["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/event-stream")
    );
    let first = contact(&app, &owner, "Live1").await;
    rename(&app, &owner, &first, "Live2").await;
    let seen = read_events(stream, 2).await;
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[0].1, "contact.created");
    assert_eq!(seen[1].1, "contact.updated");
    assert_eq!(seen[1].0, seen[0].0 + 1, "ids follow one another");
    assert_eq!(seen[0].2["data"]["entity"]["id"], first.as_str());
    let last = seen[1].0;

    // Disconnected (the stream was dropped): three more events happen.
    for name in ["Gap1", "Gap2", "Gap3"] {
        contact(&app, &owner, name).await;
    }
    let resumed = read_events(open(Some(last)).await.expect("reopens"), 3).await;
    let ids: Vec<i64> = resumed.iter().map(|e| e.0).collect();
    assert_eq!(
        ids,
        [last + 1, last + 2, last + 3],
        "nothing missed, nothing repeated"
    );
    let names: Vec<&str> = resumed
        .iter()
        .map(|e| {
            e.2["data"]["after"]["firstName"]
                .as_str()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(names, ["Gap1", "Gap2", "Gap3"]);

    let other = app.register("Eve", "eve@example.com").await;
    contact(&app, &other, "Elsewhere").await;
    let mine = app
        .request(Method::GET, "/v1/events", Some(&owner))
        .header("Last-Event-ID", "0")
        .send()
        .await
        .expect("stream");
    let everything = read_events(mine, 6).await;
    assert!(
        everything
            .iter()
            .all(|e| e.2["workspaceId"] == owner.workspace()),
        "only the caller's workspace"
    );
    let bad = app
        .request(Method::GET, "/v1/events", Some(&owner))
        .header("Last-Event-ID", "yesterday")
        .send()
        .await
        .expect("answer");
    assert_envelope(bad, 400, "VALIDATION_ERROR").await;
    let anonymous = app
        .request(Method::GET, "/v1/events", None)
        .send()
        .await
        .expect("answer");
    assert_envelope(anonymous, 401, "UNAUTHENTICATED").await;
}

#[tokio::test]
async fn streams_past_the_limit_are_refused_with_retry_after() {
    let app = TestApp::builder()
        .env("CRM_EVENT_STREAMS", "1")
        .env("CRM_EVENT_STREAM_SECONDS", "20")
        .spawn()
        .await;
    let owner = app.register("Ada", "ada@example.com").await;
    let held = app
        .request(Method::GET, "/v1/events", Some(&owner))
        .send()
        .await
        .expect("stream");
    assert_eq!(held.status(), 200);
    let refused = app
        .request(Method::GET, "/v1/events", Some(&owner))
        .send()
        .await
        .expect("answer");
    assert!(refused.headers().contains_key("retry-after"));
    assert_envelope(refused, 503, "SERVICE_UNAVAILABLE").await;
    drop(held);
}

#[tokio::test]
async fn a_stream_outlives_the_request_timeout_and_ends_on_sigterm() {
    let app = TestApp::spawn().await;
    let vars = [
        ("CRM_REQUEST_TIMEOUT_SECS", "1"),
        ("CRM_EVENT_POLL_MS", "20"),
        ("CRM_EVENT_STREAM_SECONDS", "600"),
    ];
    let mut server = ServerProcess::spawn(&app.db.url, &vars).await;
    let owner = app.register("Ada", "ada@example.com").await;
    let url = format!("http://{}/v1/events", server.addr);
    let stream = reqwest::Client::new()
        .get(&url)
        .bearer_auth(&owner.token)
        .send()
        .await
        .expect("stream opens");
    assert_eq!(stream.status(), 200);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    contact(&app, &owner, "AfterTimeout").await;
    let mut stream = stream;
    let mut text = String::new();
    while sse_events(&text).is_empty() {
        let chunk = tokio::time::timeout(Duration::from_secs(10), stream.chunk())
            .await
            .expect("an event within 10 s")
            .expect("the stream is still open past the 1 s request timeout")
            .expect("a chunk");
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert_eq!(sse_events(&text)[0].1, "contact.created");

    server.signal("TERM");
    let code = server.exit_code(Duration::from_secs(10)).await;
    assert_eq!(
        code,
        Some(0),
        "SIGTERM ends the open stream and the server stops at once"
    );
    let rest = tokio::time::timeout(Duration::from_secs(5), async {
        while let Ok(Some(_)) = stream.chunk().await {}
    })
    .await;
    assert!(rest.is_ok(), "the stream ended");
}

#[tokio::test]
async fn a_workspace_has_at_most_25_subscriptions() {
    let app = TestApp::spawn().await;
    let owner = app.register("Ada", "ada@example.com").await;
    let body = json!({"url": "https://hooks.example.com/crm", "events": ["*"]});
    for _ in 0..25 {
        expect_json(app.post_as(&owner, "/v1/webhooks", body.clone()).await, 201).await;
    }
    let refused = app.post_as(&owner, "/v1/webhooks", body).await;
    assert_envelope(refused, 422, "BUSINESS_RULE").await;
    let list = app.get_ok(&owner, "/v1/webhooks?limit=10").await;
    assert_eq!(list["total"], 25);
    assert_eq!(rows(&list).len(), 10);
    assert!(rows(&list).iter().all(|w| w.get("secret").is_none()));
}

#[tokio::test]
async fn a_paused_subscription_holds_its_deliveries_until_it_is_on_again() {
    let app = delivering_app(&[]).await;
    let receiver = Receiver::start().await;
    receiver.set(Mode::Status(503));
    let owner = app.register("Ada", "ada@example.com").await;
    let hook = subscribe(&app, &owner, &receiver.url, json!(["contact.*"])).await;
    let path = format!("/v1/webhooks/{}", hook["id"].as_str().expect("id"));
    contact(&app, &owner, "Held").await;
    eventually(Duration::from_secs(10), || !receiver.all().is_empty()).await;
    let paused = app.patch_as(&owner, &path, json!({"active": false})).await;
    assert_eq!(expect_json(paused, 200).await["active"], false);
    receiver.set(Mode::Accept);
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(
        receiver.accepted().is_empty(),
        "nothing is sent while paused"
    );
    let log = app.get_ok(&owner, &format!("{path}/deliveries")).await;
    assert_eq!(
        rows(&log)[0]["status"],
        "pending",
        "held, not given up: {log}"
    );
    contact(&app, &owner, "NotQueued").await;

    expect_json(
        app.patch_as(&owner, &path, json!({"active": true})).await,
        200,
    )
    .await;
    let got = receiver.wait_accepted(1, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let names: Vec<Value> = receiver
        .accepted()
        .iter()
        .map(|r| r.json()["data"]["after"]["firstName"].clone())
        .collect();
    assert_eq!(
        names,
        [json!("Held")],
        "the held event, and nothing queued while off: {got:?}"
    );
}

#[tokio::test]
async fn a_subscriptions_activities_show_its_url_as_origin_and_digest_only() {
    let app = TestApp::spawn().await;
    let owner = app.register("Ada", "ada@example.com").await;
    let url = "https://hooks.example.com/services/T000/B000/secret-token-123";
    let hook = expect_json(
        app.post_as(&owner, "/v1/webhooks", json!({"url": url, "events": ["*"]}))
            .await,
        201,
    )
    .await;
    assert_eq!(hook["url"], url, "the API shows the URL to managers");
    let id = hook["id"].as_str().expect("id");
    let moved = json!({"url": "https://hooks.example.com/services/T000/B000/other-token"});
    expect_json(
        app.patch_as(&owner, &format!("/v1/webhooks/{id}"), moved)
            .await,
        200,
    )
    .await;
    let timeline = app
        .get_ok(
            &owner,
            &format!("/v1/activities?entityType=webhook&entityId={id}"),
        )
        .await;
    let text = timeline.to_string();
    assert!(
        !text.contains("token"),
        "no URL path in the audit trail: {text}"
    );
    assert!(text.contains("https://hooks.example.com/"), "{text}");
    assert!(
        rows(&timeline)
            .iter()
            .any(|a| a["type"] == "webhook.updated"),
        "a change of the path alone is still recorded: {text}"
    );
}

#[tokio::test]
async fn changing_subscriptions_while_the_workspace_writes_never_deadlocks() {
    let (app, _receiver, owner, hook) = delivering_scene(json!(["contact.*"])).await;
    let path = format!("/v1/webhooks/{}", hook["id"].as_str().expect("id"));
    let mut set = tokio::task::JoinSet::new();
    for i in 0..24 {
        let (url, token) = (app.url(""), owner.token.clone());
        let path = path.clone();
        set.spawn(async move {
            let client = reqwest::Client::new();
            let request = match i % 3 {
                0 => client
                    .patch(format!("{url}{path}"))
                    .json(&json!({"description": format!("d{i}")})),
                1 => client.post(format!("{url}{path}/rotate-secret")),
                _ => client
                    .post(format!("{url}/v1/contacts"))
                    .json(&json!({"firstName": format!("C{i}"), "lastName": "Race"})),
            };
            request
                .bearer_auth(token)
                .send()
                .await
                .expect("sent")
                .status()
                .as_u16()
        });
    }
    while let Some(status) = set.join_next().await {
        let status = status.expect("task");
        assert!(
            (200..300).contains(&status),
            "every write succeeds: {status}"
        );
    }
}
