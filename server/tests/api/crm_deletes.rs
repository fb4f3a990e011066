//! What each delete does to the records around it (the referential strategy), who may delete
//! what, and bulk deletes of contacts.

use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::{expect_json, rows};
use crate::support::assert_envelope;
use crate::support::crm::id_of;

#[tokio::test]
async fn deleting_a_company_detaches_and_removes_what_hangs_on_it() {
    let app = TestApp::spawn().await;
    let team = app.team("dc").await;
    let stage = app.stage_ids(&team.owner).await[0].clone();
    let company = id_of(&app.company(&team.admin, "Acme").await);
    let contact = id_of(
        &app.contact(&team.member, "Ann", json!({"companyId": company}))
            .await,
    );
    let deal = id_of(
        &app.deal(
            &team.member,
            "D",
            &stage,
            json!({"companyId": company, "primaryContactId": contact}),
        )
        .await,
    );
    let task = id_of(&app.task(&team.member, "company", &company, json!({})).await);
    let subtask = id_of(&app.task(&team.member, "task", &task, json!({})).await);
    app.note(&team.member, "task", &subtask).await;
    app.note(&team.member, "company", &company).await;
    let kept_note = id_of(&app.note(&team.member, "contact", &contact).await);

    let path = format!("/v1/companies/{company}");
    app.delete_only_by(&team.member, &team.owner, &path).await;
    let contact_now = app
        .get_ok(&team.member, &format!("/v1/contacts/{contact}"))
        .await;
    assert_eq!(contact_now["companyId"], Value::Null);
    let deal_now = app.get_ok(&team.member, &format!("/v1/deals/{deal}")).await;
    assert_eq!(
        (
            deal_now["companyId"].clone(),
            deal_now["primaryContactId"].as_str()
        ),
        (Value::Null, Some(contact.as_str()))
    );
    assert_envelope(
        app.get_as(&team.member, &format!("/v1/tasks/{subtask}"))
            .await,
        404,
        "NOT_FOUND",
    )
    .await;
    let tasks = app.get_ok(&team.member, "/v1/tasks").await;
    assert_eq!(tasks["total"], 0);
    let notes = app.get_ok(&team.member, "/v1/notes").await;
    assert_eq!(
        (
            notes["total"].as_i64(),
            rows(&notes).iter().map(id_of).collect::<Vec<_>>()
        ),
        (Some(1), vec![kept_note])
    );
    let filtered = app
        .get_ok(&team.member, &format!("/v1/contacts?companyId={company}"))
        .await;
    assert_eq!(filtered["total"], 0);
    let deleted = &app.activities_of(&team.owner, &company).await[0];
    assert_eq!(
        deleted["metadata"]["detached"],
        json!({"contacts": 1, "deals": 1})
    );
    assert_eq!(
        deleted["metadata"]["removed"],
        json!({"tasks": 2, "notes": 2})
    );
    assert_eq!(app.live_count("tasks", &team.workspace, false).await, 0);
}

#[tokio::test]
async fn deleting_contacts_deals_tasks_and_notes() {
    let app = TestApp::spawn().await;
    let team = app.team("dd").await;
    let (member, admin, owner) = (&team.member, &team.admin, &team.owner);
    let stage = app.stage_ids(owner).await[0].clone();
    let contact = id_of(&app.contact(admin, "Ann", json!({})).await);
    let deal = app
        .deal(admin, "D", &stage, json!({"primaryContactId": contact}))
        .await;
    let deal = id_of(&deal);
    app.task(member, "contact", &contact, json!({})).await;
    let deal_task = id_of(&app.task(member, "deal", &deal, json!({})).await);
    app.note(member, "task", &deal_task).await;

    // Contacts and deals: their owner or a manager.
    app.delete_only_by(member, admin, &format!("/v1/contacts/{contact}"))
        .await;
    let deal_now = app.get_ok(member, &format!("/v1/deals/{deal}")).await;
    assert_eq!(deal_now["primaryContactId"], Value::Null);
    assert_eq!(app.total(member, "/v1/tasks").await, 1);
    assert_eq!(app.total(member, "/v1/contacts?q=ann").await, 0);
    // Any member deletes any task; the task's own notes go with it.
    app.delete_ok(member, &format!("/v1/tasks/{deal_task}"))
        .await;
    assert_eq!(app.total(member, "/v1/notes").await, 0);
    app.delete_only_by(member, owner, &format!("/v1/deals/{deal}"))
        .await;
    assert_eq!(
        app.total(member, &format!("/v1/deals?stageId={stage}"))
            .await,
        0
    );

    // Notes: their author or a manager.
    let company = id_of(&app.company(member, "C").await);
    let note = id_of(&app.note(admin, "company", &company).await);
    app.delete_only_by(member, owner, &format!("/v1/notes/{note}"))
        .await;
    let own = id_of(&app.note(member, "company", &company).await);
    app.delete_ok(member, &format!("/v1/notes/{own}")).await;
    app.delete_ok(member, &format!("/v1/companies/{company}"))
        .await;
    for (table, soft) in [
        ("contacts", true),
        ("deals", true),
        ("companies", true),
        ("tasks", false),
        ("notes", false),
    ] {
        let total = app.total(owner, &format!("/v1/{table}")).await;
        assert_eq!(
            total,
            app.live_count(table, &team.workspace, soft).await,
            "{table}"
        );
    }
}

#[tokio::test]
async fn bulk_delete_is_all_or_nothing_and_skips_what_is_not_there() {
    let app = TestApp::spawn().await;
    let team = app.team("bd").await;
    let (member, admin) = (&team.member, &team.admin);
    let stage = app.stage_ids(member).await[0].clone();
    let mine = id_of(&app.contact(member, "Mine", json!({})).await);
    let also_mine = id_of(&app.contact(member, "Also", json!({})).await);
    let theirs = id_of(&app.contact(admin, "Theirs", json!({})).await);
    let deal = id_of(
        &app.deal(member, "D", &stage, json!({"primaryContactId": mine}))
            .await,
    );
    app.task(member, "contact", &mine, json!({})).await;
    let unknown = "00000000-0000-7000-8000-000000000009";
    let bulk = |ids: Vec<&str>| json!({ "ids": ids });

    let refused = app
        .post_as(
            member,
            "/v1/contacts/bulk-delete",
            bulk(vec![&mine, &theirs]),
        )
        .await;
    assert_envelope(refused, 403, "FORBIDDEN").await;
    assert_eq!(
        app.total(member, "/v1/contacts").await,
        3,
        "nothing deleted"
    );

    let ids = bulk(vec![&mine, &also_mine, unknown, &mine]);
    let done = expect_json(
        app.post_as(member, "/v1/contacts/bulk-delete", ids).await,
        200,
    )
    .await;
    assert_eq!(done, json!({"deleted": 2}));
    let deal_now = app.get_ok(member, &format!("/v1/deals/{deal}")).await;
    assert_eq!(deal_now["primaryContactId"], Value::Null);
    assert_eq!(app.total(member, "/v1/tasks").await, 0);
    let ids = bulk(vec![&theirs, &mine]);
    let done = expect_json(
        app.post_as(admin, "/v1/contacts/bulk-delete", ids).await,
        200,
    )
    .await;
    assert_eq!(done, json!({"deleted": 1}));
    assert_eq!(app.total(member, "/v1/contacts").await, 0);
    assert_eq!(app.live_count("contacts", &team.workspace, true).await, 0);
    assert_eq!(
        app.activities_of(member, &theirs).await[0]["type"],
        "contact.deleted"
    );
}

/// A write that names a record races that record's delete: whichever commits first, nothing may
/// be left pointing at the deleted record (a live contact with the deleted company's id, a note
/// on a task that is gone). The reference check holds a shared lock on the record until the
/// write commits, so the delete's referential effects run after it and see its row.
#[tokio::test]
async fn writes_racing_the_delete_of_what_they_name_leave_no_dangling_reference() {
    use reqwest::Method;

    let app = TestApp::spawn().await;
    let team = app.team("race").await;
    let user = &team.owner;
    let anchor = id_of(&app.company(user, "Anchor").await);
    for round in 0..12 {
        let company = id_of(&app.company(user, &format!("Racing {round}")).await);
        let task = id_of(&app.task(user, "company", &anchor, json!({})).await);
        let mut requests: Vec<(Method, String, Option<Value>)> = (0..3)
            .map(|i| {
                let body = json!({"firstName": format!("R{round}-{i}"), "lastName": "X", "companyId": company});
                (Method::POST, "/v1/contacts".to_owned(), Some(body))
            })
            .collect();
        let note = json!({"body": "racing", "relatedType": "task", "relatedId": task});
        requests.push((Method::POST, "/v1/notes".to_owned(), Some(note)));
        requests.push((Method::DELETE, format!("/v1/tasks/{task}"), None));
        requests.push((Method::DELETE, format!("/v1/companies/{company}"), None));
        for (status, body) in app.concurrently(user, requests).await {
            assert!([200, 201, 422].contains(&status), "{status}: {body}");
            if status == 201 && body["firstName"].is_string() {
                let path = format!("/v1/contacts/{}", id_of(&body));
                let contact = app.get_ok(user, &path).await;
                assert_eq!(
                    contact["companyId"],
                    Value::Null,
                    "round {round}: {contact}"
                );
            }
        }
        let notes = app
            .get_ok(
                user,
                &format!("/v1/notes?relatedType=task&relatedId={task}"),
            )
            .await;
        assert_eq!(notes["total"], 0, "round {round}: notes of a deleted task");
    }
}
