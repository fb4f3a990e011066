//! Issue 3, point 3: refresh rotation, reuse detection revoking the whole family, logout ending
//! both tokens, and `GET /auth/me` (with and without a workspace).

use reqwest::Method;

use crate::support::accounts::{User, expect_json, rows};
use crate::support::{TestApp, assert_envelope};

/// Whether the access token still opens `/auth/me`.
async fn me_status(app: &TestApp, user: &User) -> u16 {
    app.get_as(user, "/v1/auth/me").await.status().as_u16()
}

#[tokio::test]
async fn refresh_rotates_the_refresh_token_in_the_same_session() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    let next = User::from_auth(expect_json(app.refresh(&ada.refresh_token).await, 200).await);

    assert_ne!(next.refresh_token, ada.refresh_token);
    assert_eq!(next.id, ada.id);
    assert_eq!(next.workspace_id, ada.workspace_id);
    assert_eq!(next.auth["expiresIn"], 900);
    assert_eq!(next.auth["user"], ada.auth["user"]);
    assert_eq!(me_status(&app, &next).await, 200);
    // Same session: the first access token is still good until it expires.
    assert_eq!(me_status(&app, &ada).await, 200);
    // The new refresh token works once more.
    expect_json(app.refresh(&next.refresh_token).await, 200).await;
}

#[tokio::test]
async fn reusing_a_rotated_refresh_token_revokes_the_whole_family() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let other_session = app.login("ada@example.com").await;
    let second = User::from_auth(expect_json(app.refresh(&ada.refresh_token).await, 200).await);
    let newest = User::from_auth(expect_json(app.refresh(&second.refresh_token).await, 200).await);

    // Someone replays the first, already rotated, token.
    assert_envelope(
        app.refresh(&ada.refresh_token).await,
        401,
        "UNAUTHENTICATED",
    )
    .await;

    assert_envelope(
        app.refresh(&newest.refresh_token).await,
        401,
        "UNAUTHENTICATED",
    )
    .await;
    for user in [&ada, &second, &newest] {
        assert_eq!(me_status(&app, user).await, 401, "family's access tokens");
    }
    // Another sign-in of the same user is another family.
    assert_eq!(me_status(&app, &other_session).await, 200);
    expect_json(app.refresh(&other_session.refresh_token).await, 200).await;
}

#[tokio::test]
async fn unknown_refresh_tokens_are_401() {
    let app = TestApp::spawn().await;
    for token in ["", "garbage", &"A".repeat(43)] {
        let status = app.refresh(token).await.status().as_u16();
        assert!(status == 401 || status == 400, "{token:?}: {status}");
    }
    assert_envelope(app.refresh("not-a-token").await, 401, "UNAUTHENTICATED").await;
}

#[tokio::test]
async fn logout_ends_the_access_and_the_refresh_token() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let elsewhere = app.login("ada@example.com").await;

    let response = app
        .send(Method::POST, "/v1/auth/logout", Some(&ada), None)
        .await;
    assert_eq!(
        expect_json(response, 200).await,
        serde_json::json!({ "ok": true })
    );

    let refused = app.get_as(&ada, "/v1/auth/me").await;
    assert_envelope(refused, 401, "UNAUTHENTICATED").await;
    assert_envelope(
        app.refresh(&ada.refresh_token).await,
        401,
        "UNAUTHENTICATED",
    )
    .await;
    let again = app
        .send(Method::POST, "/v1/auth/logout", Some(&ada), None)
        .await;
    assert_envelope(again, 401, "UNAUTHENTICATED").await;
    // Only that session ended.
    assert_eq!(me_status(&app, &elsewhere).await, 200);
}

#[tokio::test]
async fn logout_needs_a_token() {
    let app = TestApp::spawn().await;
    let response = app.send(Method::POST, "/v1/auth/logout", None, None).await;
    assert_envelope(response, 401, "UNAUTHENTICATED").await;
}

#[tokio::test]
async fn me_answers_the_user_fields_the_user_workspace_and_role() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    let me = app.get_ok(&ada, "/v1/auth/me").await;

    assert_eq!(me["id"], ada.id.as_str());
    assert_eq!(me["name"], "Ada");
    assert_eq!(me["email"], "ada@example.com");
    assert!(
        me["createdAt"].is_string() && me["updatedAt"].is_string(),
        "{me}"
    );
    assert_eq!(
        me["user"],
        serde_json::json!({ "id": ada.id, "name": "Ada", "email": "ada@example.com" })
    );
    assert_eq!(me["workspaceId"], ada.workspace());
    assert_eq!(me["role"], "OWNER");
    assert!(me.get("passwordHash").is_none() && me.get("password_hash").is_none());
}

#[tokio::test]
async fn a_user_without_a_workspace_gets_me_and_empty_lists() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    // The member leaves their only workspace, then signs in again: a session without workspace.
    let leave = app.membership_path(&team.member, &team.member.id).await;
    expect_json(app.delete_as(&team.member, &leave).await, 200).await;
    let alone = app.login(&team.member.email).await;
    assert_eq!(alone.workspace_id, None);

    let me = app.get_ok(&alone, "/v1/auth/me").await;
    assert_eq!(me["id"], team.member.id.as_str());
    assert!(me["workspaceId"].is_null() && me["role"].is_null(), "{me}");
    for path in [
        "/v1/workspaces",
        "/v1/memberships",
        "/v1/users",
        "/v1/invites",
    ] {
        let list = app.get_ok(&alone, path).await;
        assert!(rows(&list).is_empty(), "{path}: {list}");
        assert_eq!(list["total"], 0, "{path}");
    }
    // Creating a workspace gets them going again.
    let created = app
        .post_as(
            &alone,
            "/v1/workspaces",
            serde_json::json!({ "name": "Fresh Start" }),
        )
        .await;
    expect_json(created, 201).await;
    assert_eq!(rows(&app.get_ok(&alone, "/v1/workspaces").await).len(), 1);
}

#[tokio::test]
async fn the_access_token_lifetime_is_crm_access_token_ttl() {
    let app = TestApp::builder()
        .env("CRM_ACCESS_TOKEN_TTL", "120")
        .spawn()
        .await;
    let ada = app.register("Ada", "ada@example.com").await;

    let claims = crate::support::tokens::claims_of(&ada.token);

    assert_eq!(ada.auth["expiresIn"], 120);
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        120
    );
    let refreshed = expect_json(app.refresh(&ada.refresh_token).await, 200).await;
    assert_eq!(refreshed["expiresIn"], 120);
}

#[tokio::test]
async fn an_expired_session_refuses_its_access_and_refresh_tokens() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    app.expire_sessions(&ada.id).await;

    assert_eq!(me_status(&app, &ada).await, 401);
    assert_envelope(
        app.refresh(&ada.refresh_token).await,
        401,
        "UNAUTHENTICATED",
    )
    .await;
    assert_eq!(
        me_status(&app, &app.login("ada@example.com").await).await,
        200
    );
}
