//! Issue 3, point 9 (last part): `workspaceId`, `ownerId`, `role`, `createdAt` and other
//! server-set fields in the bodies of the account operations never move or forge anything.
//! (Workspace creation and role changes are checked in `workspaces` and `memberships`.)

use serde_json::json;

use crate::support::accounts::{PASSWORD, User, expect_json, rows};
use crate::support::{TestApp, assert_envelope};

const OLD: &str = "2000-01-01T00:00:00Z";

#[tokio::test]
async fn register_and_login_ignore_workspace_and_role_fields() {
    let app = TestApp::spawn().await;
    let victim = app.register("Victim", "victim@example.com").await;

    let body = json!({
        "name": "Mallory", "email": "mallory@example.com", "password": PASSWORD,
        "workspaceId": victim.workspace(), "role": "OWNER", "id": victim.id,
        "createdAt": OLD, "ownerId": victim.id
    });
    let mallory = User::from_auth(expect_json(app.try_register(body).await, 200).await);

    assert_ne!(mallory.id, victim.id);
    assert_ne!(mallory.workspace(), victim.workspace());
    assert_ne!(mallory.auth["user"]["createdAt"], OLD);
    assert_eq!(app.membership_rows(victim.workspace()).await.len(), 1);
    let login = json!({
        "email": "mallory@example.com", "password": PASSWORD, "workspaceId": victim.workspace()
    });
    let response = app
        .send(reqwest::Method::POST, "/v1/auth/login", None, Some(&login))
        .await;
    let session = expect_json(response, 200).await;
    assert_eq!(session["workspaceId"], mallory.workspace());
    let me = app.get_ok(&mallory, "/v1/auth/me").await;
    assert_eq!(
        (me["workspaceId"].as_str(), me["role"].as_str()),
        (Some(mallory.workspace()), Some("OWNER"))
    );
}

#[tokio::test]
async fn an_invite_is_made_in_the_callers_workspace_whatever_the_body_says() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let other = app.register("Other", "other@example.com").await;

    let body = json!({
        "email": "guest@example.com", "role": "MEMBER", "workspaceId": other.workspace(),
        "id": uuid::Uuid::now_v7(), "token": "chosen.token", "createdAt": OLD,
        "expiresAt": "2999-01-01T00:00:00Z", "acceptedAt": OLD, "invitedById": other.id
    });
    let invite = expect_json(app.post_as(&team.admin, "/v1/invites", body).await, 201).await;

    assert_eq!(invite["workspaceId"], team.workspace.as_str());
    assert_ne!(invite["token"], "chosen.token");
    assert_ne!(invite["createdAt"], OLD);
    assert!(invite["acceptedAt"].is_null(), "{invite}");
    assert!(invite["expiresAt"].as_str().unwrap() < "2999", "{invite}");
    assert!(rows(&app.get_ok(&other, "/v1/invites").await).is_empty());
    let row = app
        .invite_row(invite["id"].as_str().unwrap())
        .await
        .unwrap();
    assert_eq!(
        row.invited_by_id.map(|id| id.to_string()),
        Some(team.admin.id.clone())
    );
}

#[tokio::test]
async fn accepting_gives_the_invites_role_in_the_invites_workspace_only() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let bob = app.register("Bob", "bob@example.com").await;
    let invite = app.invite(&team.owner, "bob@example.com", "MEMBER").await;

    let body = json!({
        "token": invite["token"], "role": "OWNER", "workspaceId": bob.workspace(),
        "userId": team.owner.id
    });
    let joined = User::from_auth(
        expect_json(app.post_as(&bob, "/v1/invites/accept", body).await, 200).await,
    );

    assert_eq!(joined.workspace(), team.workspace);
    assert_eq!(app.get_ok(&joined, "/v1/auth/me").await["role"], "MEMBER");
    assert_eq!(app.membership_rows(bob.workspace()).await.len(), 1);
    // A MEMBER who forges a role in a role change is still a MEMBER.
    let own = app.membership_path(&joined, &joined.id).await;
    let response = app
        .patch_as(
            &joined,
            &own,
            json!({ "role": "OWNER", "actorRole": "OWNER" }),
        )
        .await;
    assert_envelope(response, 403, "FORBIDDEN").await;
}

#[tokio::test]
async fn refresh_and_switch_ignore_user_and_role_fields() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let eve = app.register("Eve", "eve@example.com").await;

    let body = json!({ "refreshToken": ada.refresh_token, "userId": eve.id, "workspaceId": eve.workspace() });
    let response = app
        .send(reqwest::Method::POST, "/v1/auth/refresh", None, Some(&body))
        .await;
    let refreshed = expect_json(response, 200).await;
    assert_eq!(refreshed["user"]["id"], ada.id.as_str());
    assert_eq!(refreshed["workspaceId"], ada.workspace());

    let body = json!({ "workspaceId": ada.workspace(), "role": "MEMBER", "userId": eve.id });
    let switched = expect_json(app.post_as(&ada, "/v1/workspaces/switch", body).await, 200).await;
    assert_eq!(switched["user"]["id"], ada.id.as_str());
    let me = app.get_ok(&User::from_auth(switched), "/v1/auth/me").await;
    assert_eq!(me["role"], "OWNER");
}
