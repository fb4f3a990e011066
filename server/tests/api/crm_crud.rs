//! The same CRUD steps for every CRM record type, table-driven: server-set fields in bodies are
//! ignored, reads see writes, `updatedAt` moves, deletes answer `{ok: true}` and the record
//! vanishes from reads and lists, and each step leaves its activity.

use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::{User, expect_json, rows};
use crate::support::assert_envelope;
use crate::support::crm::{id_of, merge};

/// One record type: where it lives, a create body, a PATCH body and the field it changes.
struct Case {
    path: &'static str,
    create: Value,
    patch: Value,
    changed: &'static str,
    creator_field: &'static str,
    kind: &'static str,
}

/// Bodies that also carry server-set fields, which must be ignored.
fn forged() -> Value {
    json!({
        "id": "00000000-0000-7000-8000-00000000dead",
        "workspaceId": "00000000-0000-7000-8000-00000000beef",
        "ownerId": "00000000-0000-7000-8000-00000000cafe",
        "createdById": "00000000-0000-7000-8000-00000000cafe",
        "authorId": "00000000-0000-7000-8000-00000000cafe",
        "createdAt": "2000-01-01T00:00:00Z",
        "updatedAt": "2000-01-01T00:00:00Z"
    })
}

fn time(value: &Value) -> chrono::DateTime<chrono::Utc> {
    value
        .as_str()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .unwrap_or_else(|| panic!("timestamp {value}"))
        .to_utc()
}

async fn cases(app: &TestApp, user: &User) -> Vec<Case> {
    let stage = app.stage_ids(user).await[0].clone();
    let company = id_of(&app.company(user, "Acme").await);
    vec![
        Case {
            path: "/v1/companies",
            create: json!({"name": "Globex", "domain": "globex.test", "industry": ""}),
            patch: json!({"name": "Globex Corp", "domain": null}),
            changed: "name",
            creator_field: "ownerId",
            kind: "company",
        },
        Case {
            path: "/v1/contacts",
            create: json!({"firstName": "Ada", "lastName": "Lovelace", "email": "Ada@Example.com",
                           "companyId": company, "tags": ["vip", "vip", "new"], "customerType": "B2B"}),
            patch: json!({"jobTitle": "Engineer", "tags": []}),
            changed: "jobTitle",
            creator_field: "ownerId",
            kind: "contact",
        },
        Case {
            path: "/v1/deals",
            create: json!({"title": "Big one", "amount": 1234.56, "currency": "EUR", "stageId": stage,
                           "companyId": company, "expectedCloseDate": "2027-01-31T09:30:00Z"}),
            patch: json!({"amount": 0.29, "description": "Renewal"}),
            changed: "amount",
            creator_field: "ownerId",
            kind: "deal",
        },
        Case {
            path: "/v1/tasks",
            create: json!({"title": "Call back", "relatedType": "company", "relatedId": company,
                           "dueAt": "2027-02-01T10:00:00Z", "assigneeId": user.id}),
            patch: json!({"status": "DONE", "dueAt": null}),
            changed: "status",
            creator_field: "createdById",
            kind: "task",
        },
    ]
}

#[tokio::test]
async fn every_record_type_round_trips_through_crud() {
    let app = TestApp::spawn().await;
    let team = app.team("crud").await;
    let user = &team.member;
    for case in cases(&app, user).await {
        let mut body = forged();
        merge(&mut body, case.create.clone());
        let response = app.post_as(user, case.path, body).await;
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap_or("").to_owned());
        let created = expect_json(response, 201).await;
        let id = id_of(&created);
        assert_eq!(
            location,
            Some(format!("{}/{id}", case.path)),
            "{}",
            case.path
        );
        assert!(!id.ends_with("dead"), "id is the server's");
        assert_eq!(
            created["workspaceId"].as_str(),
            Some(team.workspace.as_str())
        );
        assert_eq!(created[case.creator_field].as_str(), Some(user.id.as_str()));
        assert_ne!(created["createdAt"], "2000-01-01T00:00:00Z");
        for (field, value) in case.create.as_object().expect("object") {
            if value != "" && field != "tags" {
                assert_eq!(&created[field], value, "{} {field}", case.path);
            }
        }

        let path = format!("{}/{id}", case.path);
        assert_eq!(app.get_ok(&team.owner, &path).await, created);
        // The whole record sent back with changes, as the pipeline board does: server-set
        // fields in it are ignored.
        let mut whole = created.clone();
        merge(&mut whole, forged());
        merge(&mut whole, case.patch.clone());
        let patched = expect_json(app.patch_as(user, &path, whole.clone()).await, 200).await;
        for (field, value) in case.patch.as_object().expect("object") {
            assert_eq!(&patched[field], value, "{} {field}", case.path);
        }
        assert!(
            time(&patched["updatedAt"]) > time(&created["updatedAt"]),
            "updatedAt moves"
        );
        assert_eq!(patched["createdAt"], created["createdAt"]);
        // A PATCH that changes nothing keeps updatedAt and writes no activity.
        let same = expect_json(app.patch_as(user, &path, whole).await, 200).await;
        assert_eq!(same, patched);

        let list = app.get_ok(user, case.path).await;
        assert!(rows(&list).iter().any(|r| id_of(r) == id));
        let before = list["total"].as_i64().expect("total");

        expect_json(app.delete_as(user, &path).await, 200).await;
        assert_envelope(app.get_as(user, &path).await, 404, "NOT_FOUND").await;
        assert_envelope(
            app.patch_as(user, &path, case.patch.clone()).await,
            404,
            "NOT_FOUND",
        )
        .await;
        assert_envelope(app.delete_as(user, &path).await, 404, "NOT_FOUND").await;
        let list = app.get_ok(user, case.path).await;
        assert!(rows(&list).iter().all(|r| id_of(r) != id));
        assert_eq!(list["total"].as_i64(), Some(before - 1));

        let activities = app.activities_of(&team.owner, &id).await;
        let types: Vec<_> = activities
            .iter()
            .map(|a| a["type"].as_str().unwrap_or(""))
            .collect();
        let kind = case.kind;
        assert_eq!(
            types,
            [
                format!("{kind}.deleted"),
                format!("{kind}.updated"),
                format!("{kind}.created")
            ]
        );
        let update = &activities[1]["metadata"]["changes"][case.changed];
        assert_eq!(update["before"], created[case.changed], "{kind} before");
        assert_eq!(update["after"], patched[case.changed], "{kind} after");
        assert_eq!(activities[1]["actorId"].as_str(), Some(user.id.as_str()));
    }
}

#[tokio::test]
async fn another_workspace_sees_nothing() {
    let app = TestApp::spawn().await;
    let team = app.team("iso").await;
    let stranger = app.register("Stranger", "stranger@example.com").await;
    for case in cases(&app, &team.owner).await {
        let created = app
            .create(&team.owner, case.path, case.create.clone())
            .await;
        let path = format!("{}/{}", case.path, id_of(&created));
        assert_envelope(app.get_as(&stranger, &path).await, 404, "NOT_FOUND").await;
        assert_envelope(
            app.patch_as(&stranger, &path, case.patch.clone()).await,
            404,
            "NOT_FOUND",
        )
        .await;
        assert_envelope(app.delete_as(&stranger, &path).await, 404, "NOT_FOUND").await;
        let list = app.get_ok(&stranger, case.path).await;
        assert_eq!(list["total"], 0, "{}", case.path);
    }
}
