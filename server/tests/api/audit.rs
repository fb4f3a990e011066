//! Issue 3, point 7: role changes, member removal and the invite lifecycle write activities with
//! before and after in `metadata` (`{changes: {field: {before, after}}}`), in the workspace, by
//! the actor, about the record. Read from the table directly: `GET /activities` is issue 4's.

use crm_server::entities::activities;
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::{User, expect_json};
use crate::support::rows::uuid;

/// The only activity of `kind`, checked to be `actor`'s about `entity_type` `entity_id`.
async fn only(
    app: &TestApp,
    workspace: &str,
    kind: &str,
    actor: &User,
    entity: (&str, &str),
) -> Value {
    let found: Vec<activities::Model> = app.activity_rows(workspace, kind).await;
    assert_eq!(found.len(), 1, "{kind}: {found:?}");
    let row = &found[0];
    assert_eq!(row.actor_id, uuid(&actor.id), "{kind} actor");
    assert_eq!(
        (row.entity_type.as_str(), row.entity_id),
        (entity.0, uuid(entity.1)),
        "{kind}"
    );
    row.metadata
        .clone()
        .unwrap_or_else(|| panic!("{kind} has metadata"))
}

fn id(value: &Value) -> &str {
    value["id"]
        .as_str()
        .unwrap_or_else(|| panic!("id in {value}"))
}

#[tokio::test]
async fn role_changes_and_removals_record_the_role_before_and_after() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let membership = app.membership_of(&team.owner, &team.member.id).await;
    let path = format!("/v1/memberships/{}", id(&membership));

    expect_json(
        app.patch_as(&team.admin, &path, json!({ "role": "ADMIN" }))
            .await,
        200,
    )
    .await;
    expect_json(app.delete_as(&team.owner, &path).await, 200).await;

    let changed = only(
        &app,
        &team.workspace,
        "membership.role_changed",
        &team.admin,
        ("membership", id(&membership)),
    )
    .await;
    assert_eq!(
        changed["changes"]["role"],
        json!({ "before": "MEMBER", "after": "ADMIN" })
    );
    assert_eq!(changed["userId"], team.member.id.as_str());
    let removed = only(
        &app,
        &team.workspace,
        "membership.removed",
        &team.owner,
        ("membership", id(&membership)),
    )
    .await;
    assert_eq!(
        removed["changes"]["role"],
        json!({ "before": "ADMIN", "after": null })
    );
    assert_eq!(removed["userId"], team.member.id.as_str());
}

#[tokio::test]
async fn an_unchanged_role_writes_no_activity() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let path = app.membership_path(&team.owner, &team.member.id).await;
    expect_json(
        app.patch_as(&team.owner, &path, json!({ "role": "MEMBER" }))
            .await,
        200,
    )
    .await;
    assert!(
        app.activity_rows(&team.workspace, "membership.role_changed")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn invite_creation_acceptance_and_revocation_are_audited() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;
    let accepted = app.invite(&ada, "bob@example.com", "ADMIN").await;
    let token = accepted["token"].as_str().unwrap();
    expect_json(
        app.post_as(&bob, "/v1/invites/accept", json!({ "token": token }))
            .await,
        200,
    )
    .await;
    let revoked = app.invite(&ada, "carol@example.com", "MEMBER").await;
    expect_json(
        app.delete_as(&ada, &format!("/v1/invites/{}", id(&revoked)))
            .await,
        200,
    )
    .await;
    let w = ada.workspace();

    let created: Vec<activities::Model> = app.activity_rows(w, "invite.created").await;
    assert_eq!(created.len(), 2);
    let first = created[0].metadata.clone().unwrap();
    assert_eq!(
        first["changes"]["email"],
        json!({ "before": null, "after": "bob@example.com" })
    );
    assert_eq!(
        first["changes"]["role"],
        json!({ "before": null, "after": "ADMIN" })
    );
    assert_eq!(first["changes"]["expiresAt"]["before"], Value::Null);
    assert!(
        first["changes"]["expiresAt"]["after"].is_string(),
        "{first}"
    );
    assert_eq!(
        (created[0].actor_id, created[0].entity_id),
        (uuid(&ada.id), uuid(id(&accepted)))
    );

    let joined = only(&app, w, "invite.accepted", &bob, ("invite", id(&accepted))).await;
    assert_eq!(joined["changes"]["acceptedAt"]["before"], Value::Null);
    assert!(
        joined["changes"]["acceptedAt"]["after"].is_string(),
        "{joined}"
    );
    assert_eq!(
        (joined["role"].as_str(), joined["userId"].as_str()),
        (Some("ADMIN"), Some(bob.id.as_str()))
    );

    let gone = only(&app, w, "invite.revoked", &ada, ("invite", id(&revoked))).await;
    assert_eq!(
        gone["changes"]["email"],
        json!({ "before": "carol@example.com", "after": null })
    );
    assert_eq!(
        gone["changes"]["role"],
        json!({ "before": "MEMBER", "after": null })
    );
}

#[tokio::test]
async fn joining_by_registration_is_audited_as_an_acceptance() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let accepted = app.activity_rows(&team.workspace, "invite.accepted").await;
    assert_eq!(accepted.len(), 2, "admin and member joined by invite");
    let actors: Vec<_> = accepted.iter().map(|a| a.actor_id).collect();
    assert_eq!(actors, [uuid(&team.admin.id), uuid(&team.member.id)]);
}
