//! Issue 3, point 9: the tenant-isolation matrix. Every workspace-scoped operation on `/x/{id}`
//! is read from the contract; a record of workspace A is found or created for each, and the
//! owner of workspace B calls the operation on it: 404, and A's data is unchanged. Every such
//! operation is covered: an operation answering anything else (501 included) fails the test.

use std::collections::{BTreeMap, HashMap};

use reqwest::Method;
use serde_json::Value;

use crate::support::accounts::User;
use crate::support::records::{Seeded, seed_workspace};
use crate::support::spec::{self, Operation};
use crate::support::{TestApp, assert_envelope_body};

/// Everything A can read about the seeded records: each collection's list and each record.
async fn snapshot(
    app: &TestApp,
    owner: &User,
    seeded: &HashMap<String, Seeded>,
    ops: &[Operation],
) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for (collection, seeded) in seeded {
        let Seeded::Id(id) = seeded else { continue };
        let mut reads = vec![format!("/v1{collection}?limit=200")];
        if ops
            .iter()
            .any(|op| op.method == Method::GET && op.collection() == Some(collection))
        {
            reads.push(format!("/v1{collection}/{id}"));
        }
        for path in reads {
            let response = app.get_as(owner, &path).await;
            let status = response.status().as_u16();
            let body: Value = response.json().await.unwrap_or(Value::Null);
            out.insert(path, serde_json::json!({ "status": status, "body": body }));
        }
    }
    out
}

#[tokio::test]
async fn another_workspaces_ids_answer_404_on_every_operation_and_change_nothing() {
    let app = TestApp::spawn().await;
    let owner_a = app.register("Alice", "alice@example.com").await;
    let owner_b = app.register("Bob", "bob@example.com").await;
    let ops: Vec<Operation> = spec::operations()
        .into_iter()
        .filter(|op| op.workspace_scoped && op.collection().is_some())
        .collect();
    assert!(
        ops.len() >= 20,
        "the contract has its id operations: {}",
        ops.len()
    );
    let seeded = seed_workspace(&app, &owner_a).await;
    let before = snapshot(&app, &owner_a, &seeded, &ops).await;
    let activities_before = app.activity_count(owner_a.workspace()).await;

    let (mut covered, mut skipped) = (Vec::new(), Vec::new());
    for op in &ops {
        let collection = op.collection().expect("id operation");
        let id = match &seeded[collection] {
            Seeded::Id(id) => id,
            Seeded::Skipped(why) => {
                skipped.push(format!("{} ({why})", op.id));
                continue;
            }
        };
        let body = op
            .body
            .as_ref()
            .map(|schema| spec::example(schema, &mut |_, _| None));
        let path = format!("/v1{}", op.path.replace("{id}", id));
        let response = app
            .send(op.method.clone(), &path, Some(&owner_b), body.as_ref())
            .await;
        let status = response.status().as_u16();
        let answer: Value = response.json().await.unwrap_or(Value::Null);
        assert_eq!(
            status, 404,
            "{} {path} as another workspace's owner: {answer}",
            op.method
        );
        assert_envelope_body(&answer, "NOT_FOUND");
        covered.push(op.id.clone());
    }

    eprintln!("tenant isolation: {} covered: {covered:?}", covered.len());
    assert!(skipped.is_empty(), "operations not covered: {skipped:?}");
    for must in ["updateMembership", "deleteMembership", "deleteInvite"] {
        assert!(covered.iter().any(|c| c == must), "{must} is covered");
    }
    assert_eq!(
        snapshot(&app, &owner_a, &seeded, &ops).await,
        before,
        "A's data is unchanged"
    );
    assert_eq!(
        app.activity_count(owner_a.workspace()).await,
        activities_before,
        "no activity in A"
    );
}

/// The other direction of the same matrix: every workspace-scoped read without an id (lists,
/// exports, reports, search) made by B's owner mentions none of A's records.
#[tokio::test]
async fn reads_of_another_workspace_never_show_its_records() {
    let app = TestApp::spawn().await;
    let owner_a = app.register("Alice", "alice@example.com").await;
    let owner_b = app.register("Bob", "bob@example.com").await;
    let ops = spec::operations();
    let seeded = seed_workspace(&app, &owner_a).await;
    let mut secrets: Vec<String> = seeded
        .values()
        .filter_map(|s| match s {
            Seeded::Id(id) => Some(id.clone()),
            Seeded::Skipped(_) => None,
        })
        .collect();
    secrets.extend([
        owner_a.workspace().to_owned(),
        owner_a.id.clone(),
        owner_a.email.clone(),
    ]);

    let mut read = Vec::new();
    for op in ops
        .iter()
        // The event stream stays open; its workspace scope is checked in `webhooks.rs`.
        .filter(|op| op.workspace_scoped && op.method == Method::GET && !op.path.contains('{'))
        .filter(|op| !op.streaming)
    {
        let query: Vec<String> = op
            .required_query
            .iter()
            .map(|name| format!("{name}=Seed"))
            .collect();
        let path = format!("/v1{}?{}", op.path, query.join("&"));
        let response = app.get_as(&owner_b, &path).await;
        let status = response.status().as_u16();
        let text = response.text().await.expect("body");
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{} as B shows A's {secret}: {text}",
                op.id
            );
        }
        read.push(format!("{} {status}", op.id));
    }
    eprintln!("tenant isolation: reads checked: {read:?}");
    assert!(
        read.iter().any(|r| r.starts_with("listMemberships")),
        "{read:?}"
    );
}
