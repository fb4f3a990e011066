//! Sign-in lands where you work (issue 10, point 2): login and refresh put the user into the
//! workspace they last switched to, created, joined or set up, not the first one; the choice is
//! kept in the database (another instance sees it); a workspace left falls back to the one
//! chosen before it, else the oldest membership.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json};
use crate::support::crm::id_of;
use crate::support::process::ServerProcess;
use crate::support::{TestApp, assert_envelope};

async fn new_workspace(app: &TestApp, user: &User, name: &str) -> String {
    let created = app
        .post_as(user, "/v1/workspaces", json!({"name": name}))
        .await;
    id_of(&expect_json(created, 201).await)
}

async fn switch(app: &TestApp, user: &User, workspace: &str) -> User {
    let body = json!({"workspaceId": workspace});
    let switched = app.post_as(user, "/v1/workspaces/switch", body).await;
    User::from_auth(expect_json(switched, 200).await)
}

#[tokio::test]
async fn login_and_refresh_land_in_the_workspace_chosen_last() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let personal = ada.workspace().to_owned();

    let created = new_workspace(&app, &ada, "Acme").await;
    assert_eq!(
        app.login("ada@example.com").await.workspace(),
        created,
        "the one created last"
    );

    let back = switch(&app, &ada, &personal).await;
    assert_eq!(
        app.login("ada@example.com").await.workspace(),
        personal,
        "the one switched to"
    );

    // An older session's refresh follows the choice too.
    let refreshed = app.refresh(&ada.refresh_token).await;
    let refreshed = User::from_auth(expect_json(refreshed, 200).await);
    assert_eq!(refreshed.workspace(), personal);
    let me = app.get_ok(&refreshed, "/v1/auth/me").await;
    assert_eq!(me["workspaceId"], json!(personal));
    drop(back);
}

#[tokio::test]
async fn the_choice_is_shared_by_every_instance() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let created = new_workspace(&app, &ada, "Acme").await;
    switch(&app, &ada, ada.workspace()).await;

    let other = ServerProcess::spawn(&app.db.url, &[]).await;
    let body = json!({"email": "ada@example.com", "password": crate::support::accounts::PASSWORD});
    let login = other
        .send(Method::POST, "/v1/auth/login", None, Some(&body))
        .await;
    let session: Value = expect_json(login, 200).await;
    assert_eq!(session["workspaceId"], json!(ada.workspace()));
    assert_ne!(session["workspaceId"], json!(created));
}

#[tokio::test]
async fn a_workspace_left_falls_back_to_the_one_chosen_before() {
    let app = TestApp::spawn().await;
    let bob = app.register("Bob", "bob@example.com").await;
    let ada = app.register("Ada", "ada@example.com").await;
    let personal = ada.workspace().to_owned();
    let invite = app.invite(&bob, "ada@example.com", "MEMBER").await;
    let accepted = app
        .post_as(
            &ada,
            "/v1/invites/accept",
            json!({"token": invite["token"]}),
        )
        .await;
    let joined = User::from_auth(expect_json(accepted, 200).await);
    assert_eq!(joined.workspace(), bob.workspace());
    assert_eq!(
        app.login("ada@example.com").await.workspace(),
        bob.workspace(),
        "joined last"
    );

    let membership = app.membership_path(&bob, &ada.id).await;
    expect_json(app.delete_as(&bob, &membership).await, 200).await;

    assert_eq!(app.login("ada@example.com").await.workspace(), personal);
    let refused = app.get_as(&joined, "/v1/contacts").await;
    assert_envelope(refused, 401, "UNAUTHENTICATED").await;
}
