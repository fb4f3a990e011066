//! `ETag`, `If-None-Match` and `If-Match` through HTTP (issue 11, points 2 and 4): every
//! single-record answer carries a strong tag that changes with every write (a stage move and a
//! status change included); a read naming the current tag is 304; a PATCH or DELETE naming
//! another is 412 and changes nothing; `*` and no header write as before; two concurrent
//! PATCHes with one `If-Match` end with exactly one winner.

use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

fn etag(response: &Response) -> String {
    response
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("an ETag on {} {}", response.status(), response.url()))
        .to_owned()
}

/// `method path` as `user` with `If-Match: tag` (and `body` when given).
async fn conditional(
    app: &TestApp,
    user: &User,
    method: Method,
    path: &str,
    header: (&str, &str),
    body: Option<Value>,
) -> Response {
    let mut request = app
        .request(method, path, Some(user))
        .header(header.0, header.1);
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.expect("request is sent")
}

/// Creates at `path`, then checks the tag through read, PATCH and DELETE; answers nothing.
async fn check_record(app: &TestApp, user: &User, path: &str, create: Value, change: Value) {
    let created = app.post_as(user, path, create).await;
    assert_eq!(created.status(), 201, "{path}");
    let first_tag = etag(&created);
    let record: Value = created.json().await.expect("json");
    let item = format!("{path}/{}", id_of(&record));

    let read = app.get_as(user, &item).await;
    assert_eq!(etag(&read), first_tag, "{item}: a read of what was created");

    let not_modified = conditional(
        app,
        user,
        Method::GET,
        &item,
        ("If-None-Match", &first_tag),
        None,
    )
    .await;
    assert_eq!(not_modified.status(), 304, "{item}");
    assert_eq!(etag(&not_modified), first_tag);
    assert!(not_modified.text().await.expect("body").is_empty());
    let other = conditional(
        app,
        user,
        Method::GET,
        &item,
        ("If-None-Match", "\"other\""),
        None,
    )
    .await;
    assert_eq!(other.status(), 200);

    let changed = conditional(
        app,
        user,
        Method::PATCH,
        &item,
        ("If-Match", &first_tag),
        Some(change.clone()),
    )
    .await;
    assert_eq!(changed.status(), 200, "{item}");
    let second_tag = etag(&changed);
    assert_ne!(second_tag, first_tag, "{item}: a write moves the tag");
    let after: Value = changed.json().await.expect("json");

    // A malformed change is a 400 whatever the version.
    let malformed = conditional(
        app,
        user,
        Method::PATCH,
        &item,
        ("If-Match", "\"old\""),
        Some(json!({"tags": "not a list", "name": 5, "title": 5, "firstName": 5})),
    )
    .await;
    assert_envelope(malformed, 400, "VALIDATION_ERROR").await;

    // The old tag no longer matches: 412, nothing changes.
    let stale = conditional(
        app,
        user,
        Method::PATCH,
        &item,
        ("If-Match", &first_tag),
        Some(change),
    )
    .await;
    assert_envelope(stale, 412, "PRECONDITION_FAILED").await;
    let stale_delete = conditional(
        app,
        user,
        Method::DELETE,
        &item,
        ("If-Match", &first_tag),
        None,
    )
    .await;
    assert_envelope(stale_delete, 412, "PRECONDITION_FAILED").await;
    let now = app.get_as(user, &item).await;
    assert_eq!(etag(&now), second_tag);
    assert_eq!(now.json::<Value>().await.expect("json"), after);

    let deleted = conditional(
        app,
        user,
        Method::DELETE,
        &item,
        ("If-Match", &second_tag),
        None,
    )
    .await;
    assert_eq!(deleted.status(), 200, "{item}");
    assert_eq!(app.get_as(user, &item).await.status(), 404);
}

#[tokio::test]
async fn records_carry_a_tag_that_guards_their_writes() {
    let app = TestApp::spawn().await;
    let owner = app.register("Tags", "tags@example.com").await;
    let stage = app.stage_ids(&owner).await[0].clone();
    check_record(
        &app,
        &owner,
        "/v1/contacts",
        json!({"firstName": "A", "lastName": "B"}),
        json!({"lastName": "C"}),
    )
    .await;
    check_record(
        &app,
        &owner,
        "/v1/companies",
        json!({"name": "Acme"}),
        json!({"name": "Acme Ltd"}),
    )
    .await;
    check_record(
        &app,
        &owner,
        "/v1/deals",
        json!({"title": "Big", "amount": 10, "currency": "USD", "stageId": stage}),
        json!({"title": "Bigger"}),
    )
    .await;
    let contact = app.contact(&owner, "Callee", json!({})).await;
    check_record(
        &app,
        &owner,
        "/v1/tasks",
        json!({"title": "Call", "relatedType": "contact", "relatedId": id_of(&contact)}),
        json!({"status": "DONE"}),
    )
    .await;
    check_record(
        &app,
        &owner,
        "/v1/invoices",
        json!({"title": "Work", "amount": 5, "currency": "EUR"}),
        json!({"title": "More work"}),
    )
    .await;
}

#[tokio::test]
async fn a_change_the_domain_refuses_is_a_400_before_its_version_is_judged() {
    let app = TestApp::spawn().await;
    let owner = app.register("Tags", "tags-order@example.com").await;
    let contact = app.contact(&owner, "Ord", json!({})).await;
    let item = format!("/v1/contacts/{}", id_of(&contact));
    let too_long = json!({ "tags": ["t".repeat(51)] });
    let answer = conditional(
        &app,
        &owner,
        Method::PATCH,
        &item,
        ("If-Match", "\"old\""),
        Some(too_long),
    )
    .await;
    assert_envelope(answer, 400, "VALIDATION_ERROR").await;
}

#[tokio::test]
async fn records_without_a_read_still_have_tags_and_preconditions() {
    let app = TestApp::spawn().await;
    let owner = app.register("Tags", "tags-more@example.com").await;
    let contact = app.contact(&owner, "Vic", json!({})).await;

    // Visit and stage: tag on create and PATCH, 412 on a stale PATCH or DELETE.
    for (path, create, change) in [
        (
            "/v1/visits",
            json!({"contactId": id_of(&contact), "date": "2026-12-24", "time": "10:00", "durationMinutes": 30, "reason": "Demo"}),
            json!({"reason": "Second demo"}),
        ),
        (
            "/v1/stages",
            json!({"name": "Won back"}),
            json!({"name": "Won again"}),
        ),
    ] {
        let created = app.post_as(&owner, path, create).await;
        assert_eq!(created.status(), 201, "{path}");
        let tag = etag(&created);
        let item = format!(
            "{path}/{}",
            id_of(&created.json::<Value>().await.expect("json"))
        );
        let changed = conditional(
            &app,
            &owner,
            Method::PATCH,
            &item,
            ("If-Match", &tag),
            Some(change.clone()),
        )
        .await;
        assert_eq!(changed.status(), 200, "{item}");
        assert_ne!(etag(&changed), tag);
        let stale = conditional(
            &app,
            &owner,
            Method::PATCH,
            &item,
            ("If-Match", &tag),
            Some(change),
        )
        .await;
        assert_envelope(stale, 412, "PRECONDITION_FAILED").await;
        let stale = conditional(
            &app,
            &owner,
            Method::DELETE,
            &item,
            ("If-Match", &tag),
            None,
        )
        .await;
        assert_envelope(stale, 412, "PRECONDITION_FAILED").await;
        let any = conditional(&app, &owner, Method::DELETE, &item, ("If-Match", "*"), None).await;
        assert_eq!(any.status(), 200, "{item}");
    }

    // A note: tag on create, 412 on a stale delete.
    let note = app
        .post_as(
            &owner,
            "/v1/notes",
            json!({"body": "hi", "relatedType": "contact", "relatedId": id_of(&contact)}),
        )
        .await;
    assert_eq!(note.status(), 201);
    etag(&note);
    let item = format!(
        "/v1/notes/{}",
        id_of(&note.json::<Value>().await.expect("json"))
    );
    let stale = conditional(
        &app,
        &owner,
        Method::DELETE,
        &item,
        ("If-Match", "\"old\""),
        None,
    )
    .await;
    assert_envelope(stale, 412, "PRECONDITION_FAILED").await;
    app.delete_ok(&owner, &item).await;
}

#[tokio::test]
async fn a_stage_move_a_status_change_and_a_role_change_move_the_tag() {
    let app = TestApp::spawn().await;
    let team = app.team("tags").await;
    let owner = &team.owner;
    let stages = app.stage_ids(owner).await;
    let deal = app
        .post_as(
            owner,
            "/v1/deals",
            json!({"title": "D", "amount": 1, "currency": "USD", "stageId": stages[0]}),
        )
        .await;
    let tag = etag(&deal);
    let item = format!(
        "/v1/deals/{}",
        id_of(&deal.json::<Value>().await.expect("json"))
    );
    let moved = conditional(
        &app,
        owner,
        Method::PATCH,
        &item,
        ("If-Match", &tag),
        Some(json!({"stageId": stages[1]})),
    )
    .await;
    assert_eq!(moved.status(), 200);
    let moved_tag = etag(&moved);
    assert_ne!(moved_tag, tag);
    let won = conditional(
        &app,
        owner,
        Method::PATCH,
        &item,
        ("If-Match", &moved_tag),
        Some(json!({"status": "WON"})),
    )
    .await;
    assert_eq!(won.status(), 200);
    assert_ne!(etag(&won), moved_tag);

    let invoice = app.invoice(owner, "I", json!({})).await;
    let item = format!("/v1/invoices/{}", id_of(&invoice));
    let before = etag(&app.get_as(owner, &item).await);
    let sent = app.patch_as(owner, &item, json!({"status": "SENT"})).await;
    assert_eq!(sent.status(), 200);
    assert_ne!(etag(&sent), before);

    let path = app.membership_path(owner, &team.member.id).await;
    let promoted = app.patch_as(owner, &path, json!({"role": "ADMIN"})).await;
    assert_eq!(promoted.status(), 200);
    let role_tag = etag(&promoted);
    let stale = conditional(
        &app,
        owner,
        Method::PATCH,
        &path,
        ("If-Match", "\"old\""),
        Some(json!({"role": "MEMBER"})),
    )
    .await;
    assert_envelope(stale, 412, "PRECONDITION_FAILED").await;
    let stale = conditional(
        &app,
        owner,
        Method::DELETE,
        &path,
        ("If-Match", "\"old\""),
        None,
    )
    .await;
    assert_envelope(stale, 412, "PRECONDITION_FAILED").await;
    let demoted = conditional(
        &app,
        owner,
        Method::PATCH,
        &path,
        ("If-Match", &role_tag),
        Some(json!({"role": "MEMBER"})),
    )
    .await;
    assert_eq!(demoted.status(), 200);
    assert_ne!(etag(&demoted), role_tag);
}

#[tokio::test]
async fn of_two_concurrent_patches_with_one_if_match_exactly_one_wins() {
    let app = TestApp::spawn().await;
    let owner = app.register("Race", "tags-race@example.com").await;
    for round in 0..5 {
        let created = app
            .post_as(
                &owner,
                "/v1/contacts",
                json!({"firstName": "R", "lastName": round.to_string()}),
            )
            .await;
        let tag = etag(&created);
        let item = format!(
            "/v1/contacts/{}",
            id_of(&created.json::<Value>().await.expect("json"))
        );
        let patch = |name: &'static str| {
            let (url, token, tag) = (app.url(&item), owner.token.clone(), tag.clone());
            tokio::spawn(async move {
                reqwest::Client::new()
                    .patch(url)
                    .bearer_auth(token)
                    .header("If-Match", tag)
                    .json(&json!({ "firstName": name }))
                    .send()
                    .await
                    .expect("sent")
                    .status()
                    .as_u16()
            })
        };
        let (a, b) = (patch("Alice"), patch("Bob"));
        let mut statuses = vec![a.await.expect("a"), b.await.expect("b")];
        statuses.sort_unstable();
        assert_eq!(statuses, vec![200, 412], "round {round}");
        let now = expect_json(app.get_as(&owner, &item).await, 200).await;
        assert!(["Alice", "Bob"].contains(&now["firstName"].as_str().unwrap_or("")));
    }
}
