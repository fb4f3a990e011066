//! `Idempotency-Key` through HTTP (issue 11, points 1 and 4): a replay answers the identical
//! status, body, `Location` and `ETag` marked `Idempotent-Replayed: true` and writes nothing;
//! another request under the key is 422; a key held by a running request is 409; keys are the
//! caller's own; expired keys run again and are purged; 50 concurrent retries of one create make
//! one row; 4xx answers are replayed, 429 answers release the key.

use std::time::Duration;

use chrono::Utc;
use reqwest::{Method, Response};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};
use serde_json::{Value, json};
use tokio::task::JoinSet;

use crate::support::accounts::{PASSWORD, User};
use crate::support::statements::CountingDb;
use crate::support::test_db::connect;
use crate::support::{TestApp, assert_envelope};

const KEY: &str = "Idempotency-Key";

/// What a test compares of two answers.
#[derive(Debug, PartialEq)]
struct Seen {
    status: u16,
    location: Option<String>,
    etag: Option<String>,
    replayed: bool,
    body: String,
}

async fn seen(response: Response) -> Seen {
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let (location, etag) = (header("location"), header("etag"));
    let replayed = header("idempotent-replayed").as_deref() == Some("true");
    Seen {
        status: response.status().as_u16(),
        location,
        etag,
        replayed,
        body: response.text().await.expect("body"),
    }
}

/// `POST path` as `user` (or nobody) with `body` and the key `key`.
async fn post_keyed(
    app: &TestApp,
    user: Option<&User>,
    path: &str,
    key: &str,
    body: &Value,
) -> Response {
    app.request(Method::POST, path, user)
        .header(KEY, key)
        .json(body)
        .timeout(Duration::from_secs(120))
        .send()
        .await
        .expect("request is sent")
}

/// Rows of `table` in the app's database (`where` is an SQL condition).
async fn count(db: &DatabaseConnection, table: &str, condition: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE {condition}");
    let row = db
        .query_one(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("count runs")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("n")
}

#[tokio::test]
async fn a_replay_answers_the_first_answer_again_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.register("Idem", "idem@example.com").await;
    let db = connect(&app.db.url).await;
    let body = json!({ "firstName": "Ada", "lastName": "Lovelace" });

    let first =
        seen(post_keyed(&app, Some(&owner), "/v1/contacts", "create-ada", &body).await).await;
    let again =
        seen(post_keyed(&app, Some(&owner), "/v1/contacts", "create-ada", &body).await).await;

    assert_eq!(first.status, 201);
    assert!(!first.replayed);
    assert!(
        first.location.is_some() && first.etag.is_some(),
        "{first:?}"
    );
    assert!(again.replayed);
    assert_eq!(
        Seen {
            replayed: false,
            ..again
        },
        first
    );
    assert_eq!(count(&db, "contacts", "1 = 1").await, 1);
    assert_eq!(
        count(&db, "activities", "type = 'contact.created'").await,
        1
    );

    // The same key on another request: 422, and still one contact.
    let other = json!({ "firstName": "Grace", "lastName": "Hopper" });
    let reused = post_keyed(&app, Some(&owner), "/v1/contacts", "create-ada", &other).await;
    assert_envelope(reused, 422, "IDEMPOTENCY_KEY_REUSED").await;
    let elsewhere = post_keyed(&app, Some(&owner), "/v1/companies", "create-ada", &body).await;
    assert_envelope(elsewhere, 422, "IDEMPOTENCY_KEY_REUSED").await;
    assert_eq!(count(&db, "contacts", "1 = 1").await, 1);
}

#[tokio::test]
async fn error_answers_are_replayed_and_bad_keys_are_refused() {
    let app = TestApp::spawn().await;
    let owner = app.register("Idem", "idem-errors@example.com").await;
    let bad = json!({ "firstName": "" });
    let first = seen(post_keyed(&app, Some(&owner), "/v1/contacts", "bad-one", &bad).await).await;
    let again = seen(post_keyed(&app, Some(&owner), "/v1/contacts", "bad-one", &bad).await).await;
    assert_eq!(first.status, 400);
    assert!(again.replayed);
    assert_eq!(again.body, first.body);

    let body = json!({ "firstName": "Ada", "lastName": "L" });
    for key in ["", "has space", &"k".repeat(256), "naïve"] {
        let response = app
            .request(Method::POST, "/v1/contacts", Some(&owner))
            .header(KEY, key.as_bytes())
            .json(&body)
            .send()
            .await
            .expect("sent");
        assert_envelope(response, 400, "VALIDATION_ERROR").await;
    }
    assert_eq!(app.total(&owner, "/v1/contacts").await, 0);
}

#[tokio::test]
async fn without_a_valid_token_a_keyed_request_is_a_401_whatever_the_key() {
    let app = TestApp::spawn().await;
    let body = json!({ "name": "Acme" });
    for _ in 0..2 {
        let answer = app
            .request(Method::POST, "/v1/companies", None)
            .header(KEY, "no-token")
            .json(&body)
            .send()
            .await
            .expect("sent");
        assert_envelope(answer, 401, "UNAUTHENTICATED").await;
    }
    let db = connect(&app.db.url).await;
    assert_eq!(count(&db, "idempotency_keys", "1 = 1").await, 0);
}

#[tokio::test]
async fn keys_belong_to_their_caller() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "idem-ada@example.com").await;
    let bob = app.register("Bob", "idem-bob@example.com").await;
    let body = json!({ "name": "Same Name" });
    let a = seen(post_keyed(&app, Some(&ada), "/v1/companies", "shared-key", &body).await).await;
    let b = seen(post_keyed(&app, Some(&bob), "/v1/companies", "shared-key", &body).await).await;
    assert_eq!((a.status, b.status), (201, 201));
    assert!(!b.replayed);
    assert_ne!(a.location, b.location);
    assert_eq!(app.total(&ada, "/v1/companies").await, 1);
    assert_eq!(app.total(&bob, "/v1/companies").await, 1);

    // Without a token the client address is the scope: a login retried gets the same session.
    let login = json!({ "email": "idem-ada@example.com", "password": PASSWORD });
    let first = seen(post_keyed(&app, None, "/v1/auth/login", "login-1", &login).await).await;
    let again = seen(post_keyed(&app, None, "/v1/auth/login", "login-1", &login).await).await;
    assert_eq!(first.status, 200);
    assert!(again.replayed);
    assert_eq!(again.body, first.body);
}

#[tokio::test]
async fn a_key_held_by_a_running_request_is_409_then_replays() {
    let app = TestApp::spawn().await;
    let owner = app.register("Busy", "idem-busy@example.com").await;
    let db = connect(&app.db.url).await;
    let mut csv = String::from("firstName,lastName,email\n");
    for i in 0..20_000 {
        csv.push_str(&format!("F{i},L{i},p{i}@example.com\n"));
    }
    let body = json!({ "csv": csv });
    let slow = {
        let (app_url, token) = (app.url("/v1/contacts/import"), owner.token.clone());
        let body = body.clone();
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            let response = client
                .post(app_url)
                .bearer_auth(token)
                .header(KEY, "import-1")
                .json(&body)
                .timeout(Duration::from_secs(300))
                .send()
                .await
                .expect("sent");
            seen(response).await
        })
    };
    // Wait until the first request holds the key.
    let mut held = false;
    for _ in 0..3000 {
        if count(&db, "idempotency_keys", "status IS NULL").await == 1 {
            held = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(held, "the import never held its key");
    let second = post_keyed(&app, Some(&owner), "/v1/contacts/import", "import-1", &body).await;
    assert_envelope(second, 409, "IDEMPOTENCY_KEY_IN_FLIGHT").await;

    let first = slow.await.expect("first request");
    assert_eq!(
        first.status,
        200,
        "{}",
        &first.body[..200.min(first.body.len())]
    );
    let replay =
        seen(post_keyed(&app, Some(&owner), "/v1/contacts/import", "import-1", &body).await).await;
    assert!(replay.replayed);
    assert_eq!(replay.body, first.body);
    assert_eq!(app.total(&owner, "/v1/contacts").await, 20_000);
}

#[tokio::test]
async fn fifty_concurrent_retries_of_one_create_make_one_row() {
    let app = TestApp::spawn().await;
    let owner = app.register("Retry", "idem-retry@example.com").await;
    let db = connect(&app.db.url).await;
    let contact = app.contact(&owner, "Callee", json!({})).await;
    let body =
        json!({ "title": "Call back", "relatedType": "contact", "relatedId": contact["id"] });
    let mut set = JoinSet::new();
    for _ in 0..50 {
        let (url, token, body) = (app.url("/v1/tasks"), owner.token.clone(), body.clone());
        set.spawn(async move {
            let response = reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .header(KEY, "one-task")
                .json(&body)
                .timeout(Duration::from_secs(60))
                .send()
                .await
                .expect("sent");
            seen(response).await
        });
    }
    let mut created = Vec::new();
    while let Some(answer) = set.join_next().await {
        let answer = answer.expect("task");
        match answer.status {
            201 => created.push(answer),
            409 => assert!(
                answer.body.contains("IDEMPOTENCY_KEY_IN_FLIGHT"),
                "{answer:?}"
            ),
            other => panic!("unexpected {other}: {answer:?}"),
        }
    }
    assert!(!created.is_empty());
    assert_eq!(created.iter().filter(|a| !a.replayed).count(), 1);
    assert!(created.iter().all(|a| a.body == created[0].body));
    assert_eq!(count(&db, "tasks", "1 = 1").await, 1);
    assert_eq!(count(&db, "activities", "type = 'task.created'").await, 1);
}

/// Moves every stored key 25 hours into the past (expired an hour ago).
async fn expire_keys(db: &DatabaseConnection) {
    let backend = db.get_database_backend();
    let (a, b) = match backend {
        DatabaseBackend::Postgres => ("$1", "$2"),
        _ => ("?", "?"),
    };
    let sql = format!("UPDATE idempotency_keys SET created_at = {a}, expires_at = {b}");
    let created = Utc::now() - chrono::Duration::hours(25);
    let expires = Utc::now() - chrono::Duration::hours(1);
    db.execute(Statement::from_sql_and_values(
        backend,
        sql,
        [created.into(), expires.into()],
    ))
    .await
    .expect("keys expire");
}

#[tokio::test]
async fn expired_keys_run_again_and_are_purged() {
    let app = TestApp::spawn().await;
    let owner = app.register("Old", "idem-old@example.com").await;
    let db = connect(&app.db.url).await;
    let body = json!({ "name": "Acme" });
    let first = seen(post_keyed(&app, Some(&owner), "/v1/companies", "old-key", &body).await).await;
    assert_eq!(first.status, 201);
    expire_keys(&db).await;
    let later = seen(post_keyed(&app, Some(&owner), "/v1/companies", "old-key", &body).await).await;
    assert_eq!(later.status, 201);
    assert!(!later.replayed);
    assert_ne!(later.location, first.location);
    assert_eq!(app.total(&owner, "/v1/companies").await, 2);

    expire_keys(&db).await;
    let purged = crm_server::store::idempotency::purge(&db, Utc::now())
        .await
        .expect("purge");
    assert_eq!(purged, 1);
    assert_eq!(count(&db, "idempotency_keys", "1 = 1").await, 0);
}

#[tokio::test]
async fn a_429_releases_the_key() {
    let app = TestApp::spawn().await;
    app.register("Locked", "idem-locked@example.com").await;
    for _ in 0..10 {
        let wrong = app
            .try_login("idem-locked@example.com", "wrong-password")
            .await;
        assert_eq!(wrong.status(), 401);
    }
    let login = json!({ "email": "idem-locked@example.com", "password": PASSWORD });
    for _ in 0..2 {
        let answer =
            seen(post_keyed(&app, None, "/v1/auth/login", "after-lock", &login).await).await;
        assert_eq!(answer.status, 429, "{answer:?}");
        assert!(!answer.replayed);
    }
    let db = connect(&app.db.url).await;
    assert_eq!(count(&db, "idempotency_keys", "1 = 1").await, 0);
}

/// The statements a key adds to a create: the caller's lookup, the claim and the stored answer
/// (one in a hundred claims also purges expired keys).
#[tokio::test]
async fn a_key_costs_a_claim_and_an_update() {
    let app = TestApp::spawn().await;
    let counting = CountingDb::connect(&app).await;
    let db = &counting.db;
    let before = counting.statements();
    let claim = crm_server::store::idempotency::claim(
        db,
        "addr:127.0.0.1",
        "cost",
        "fingerprint",
        chrono::Duration::minutes(5),
    )
    .await
    .expect("claim");
    assert_eq!(claim, crm_server::store::idempotency::Claim::Run);
    let claimed = counting.statements() - before;
    let answer = crm_server::store::idempotency::Answer {
        status: 201,
        headers: vec![],
        body: b"{}".to_vec(),
    };
    crm_server::store::idempotency::complete(db, "addr:127.0.0.1", "cost", &answer)
        .await
        .expect("complete");
    let completed = counting.statements() - before - claimed;
    assert!(claimed <= 2, "claim: {claimed}");
    assert_eq!(completed, 1);
    let replay = crm_server::store::idempotency::claim(
        db,
        "addr:127.0.0.1",
        "cost",
        "fingerprint",
        chrono::Duration::minutes(5),
    )
    .await
    .expect("claim");
    assert_eq!(
        replay,
        crm_server::store::idempotency::Claim::Replay(answer)
    );
}
