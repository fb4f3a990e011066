//! The exact JSON of the account answers, pinned with insta snapshots taken through HTTP: the
//! auth session (register, login, workspace switch), the current user (`GET /auth/me`),
//! workspaces, memberships, users and invites, each list envelope once, and the `{ok: true}` of
//! a delete and of logout. Ids, server-set times and tokens are redacted (`support::shapes`);
//! the same snapshot files serve both databases.

use serde_json::json;

use crate::support::TestApp;
use crate::support::accounts::{PASSWORD, User};
use crate::support::shapes::{Answer, Names, assert_shape};

#[tokio::test]
async fn session_and_current_user_answers_keep_their_shape() {
    let app = TestApp::spawn().await;
    let mut names = Names::default();

    let body = json!({ "name": "Ada Lovelace", "email": "Ada@Example.com", "password": PASSWORD });
    let register = Answer::of(app.try_register(body).await).await;
    let ada = User::from_auth(register.body.clone());
    names
        .name(&json!(ada.id), "ada")
        .name(&json!(ada.workspace()), "ada's workspace");
    assert_shape!(names, "register", register);

    let login = Answer::of(app.try_login("ada@example.com", PASSWORD).await).await;
    assert_shape!(names, "login", login);

    let me = Answer::of(app.get_as(&ada, "/v1/auth/me").await).await;
    assert_shape!(names, "me", me);

    let refreshed = Answer::of(app.refresh(&ada.refresh_token).await).await;
    assert_shape!(names, "refresh", refreshed);

    let logout = Answer::of(app.post_as(&ada, "/v1/auth/logout", json!({})).await).await;
    assert_shape!(names, "logout", logout);
}

#[tokio::test]
async fn workspace_answers_keep_their_shape() {
    let app = TestApp::spawn().await;
    let mut names = Names::default();
    let ada = app.register("Ada Lovelace", "ada@example.com").await;
    names
        .name(&json!(ada.id), "ada")
        .name(&json!(ada.workspace()), "ada's workspace");

    let body = json!({ "name": "Analytical Engines", "slug": "engines" });
    let created = Answer::of(app.post_as(&ada, "/v1/workspaces", body).await).await;
    names.name(&created.body, "engines");
    assert_shape!(names, "workspace", created);

    let listed = Answer::of(app.get_as(&ada, "/v1/workspaces?limit=1").await).await;
    assert_shape!(names, "workspaces_list", listed);

    let body = json!({ "workspaceId": created.body["id"] });
    let switched = Answer::of(app.post_as(&ada, "/v1/workspaces/switch", body).await).await;
    assert_shape!(names, "workspace_switch", switched);

    let me = User::from_auth(switched.body.clone());
    let current = Answer::of(app.get_as(&me, "/v1/auth/me").await).await;
    assert_shape!(names, "me_after_switch", current);
}

#[tokio::test]
async fn membership_user_and_invite_answers_keep_their_shape() {
    let app = TestApp::spawn().await;
    let team = app.team("shape").await;
    let mut names = Names::default();
    names
        .name(&json!(team.workspace), "workspace")
        .name(&json!(team.owner.id), "owner")
        .name(&json!(team.admin.id), "admin")
        .name(&json!(team.member.id), "member");
    let owner = &team.owner;

    let memberships = Answer::of(app.get_as(owner, "/v1/memberships?limit=2").await).await;
    assert_shape!(names, "memberships_list", memberships);

    let path = app.membership_path(owner, &team.member.id).await;
    let membership = app.membership_of(owner, &team.member.id).await;
    names.name(&membership, "member's membership");
    let promoted = Answer::of(app.patch_as(owner, &path, json!({ "role": "ADMIN" })).await).await;
    assert_shape!(names, "membership", promoted);

    let users = Answer::of(app.get_as(owner, "/v1/users?limit=2").await).await;
    assert_shape!(names, "users_list", users);

    let body = json!({ "email": "Grace@Example.com", "role": "MEMBER" });
    let invite = Answer::of(app.post_as(owner, "/v1/invites", body).await).await;
    names.name(&invite.body, "grace's invite");
    assert_shape!(names, "invite", invite);

    let second = app.invite(owner, "linus@example.com", "ADMIN").await;
    names.name(&second, "linus's invite");
    let invites = Answer::of(app.get_as(owner, "/v1/invites?limit=1").await).await;
    assert_shape!(names, "invites_list", invites);

    let revoke = format!("/v1/invites/{}", invite.body["id"].as_str().expect("id"));
    let revoked = Answer::of(app.delete_as(owner, &revoke).await).await;
    assert_shape!(names, "invite_delete", revoked);

    // An existing account accepts while signed in: the answer is a session in the workspace.
    let token = second["token"].as_str().expect("token");
    let linus = app.register("Linus", "linus@example.com").await;
    names
        .name(&json!(linus.id), "linus")
        .name(&json!(linus.workspace()), "linus's workspace");
    let body = json!({ "token": token });
    let accepted = Answer::of(app.post_as(&linus, "/v1/invites/accept", body).await).await;
    assert_shape!(names, "invite_accept", accepted);
}
