//! Issue 3, points 1 (register with `inviteToken`) and 6 (invites): URL-safe HMAC tokens shown
//! in every answer, 7-day (configurable) expiry, single use, acceptance only by the addressee,
//! revocation by deletion.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::support::accounts::{PASSWORD, User, expect_json, rows};
use crate::support::{TestApp, assert_envelope};

fn time(value: &Value) -> DateTime<Utc> {
    value
        .as_str()
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("a timestamp: {value}"))
}

fn token(invite: &Value) -> &str {
    invite["token"]
        .as_str()
        .unwrap_or_else(|| panic!("token in {invite}"))
}

async fn accept(app: &TestApp, user: &User, token: &str) -> reqwest::Response {
    app.post_as(user, "/v1/invites/accept", json!({ "token": token }))
        .await
}

#[tokio::test]
async fn an_invite_carries_a_url_safe_token_and_expires_in_seven_days() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    let invite = app.invite(&ada, "  Guest@Example.COM ", "ADMIN").await;

    assert_eq!(invite["email"], "guest@example.com");
    assert_eq!(invite["role"], "ADMIN");
    assert_eq!(invite["workspaceId"], ada.workspace());
    assert!(invite["acceptedAt"].is_null(), "{invite}");
    let token = token(&invite);
    assert!(
        token.len() > 40
            && token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c)),
        "{token}"
    );
    assert!(
        token.starts_with(invite["id"].as_str().unwrap()),
        "the id plus a MAC: {token}"
    );
    let ttl = time(&invite["expiresAt"]) - time(&invite["createdAt"]);
    assert_eq!(ttl.num_seconds(), 7 * 24 * 3600);
    let listed = app.get_ok(&ada, "/v1/invites").await;
    assert_eq!(rows(&listed).len(), 1);
    assert_eq!(
        rows(&listed)[0]["token"],
        token,
        "every answer shows the token"
    );
}

#[tokio::test]
async fn the_invite_lifetime_is_configurable() {
    let app = TestApp::builder().env("CRM_INVITE_TTL", "60").spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let invite = app.invite(&ada, "guest@example.com", "MEMBER").await;
    assert_eq!(
        (time(&invite["expiresAt"]) - time(&invite["createdAt"])).num_seconds(),
        60
    );
}

#[tokio::test]
async fn duplicate_invites_members_and_bad_emails_are_refused() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    app.invite(&team.owner, "guest@example.com", "MEMBER").await;

    let cases = [
        ("GUEST@example.com", 409, "CONFLICT"),
        ("t-member@example.com", 409, "CONFLICT"),
        ("not-an-email", 400, "VALIDATION_ERROR"),
    ];
    for (email, status, code) in cases {
        let response = app
            .post_as(
                &team.admin,
                "/v1/invites",
                json!({ "email": email, "role": "MEMBER" }),
            )
            .await;
        let error = assert_envelope(response, status, code).await;
        assert_eq!(error["issues"][0]["path"], "email", "{email}: {error}");
    }
    assert_eq!(rows(&app.get_ok(&team.owner, "/v1/invites").await).len(), 1);
}

#[tokio::test]
async fn accepting_joins_with_the_invites_role_and_answers_a_session_there() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;
    let invite = app.invite(&ada, "bob@example.com", "ADMIN").await;

    let joined = User::from_auth(expect_json(accept(&app, &bob, token(&invite)).await, 200).await);

    assert_eq!(joined.workspace_id.as_deref(), Some(ada.workspace()));
    assert_eq!(joined.id, bob.id);
    let me = app.get_ok(&joined, "/v1/auth/me").await;
    assert_eq!(
        (me["workspaceId"].as_str(), me["role"].as_str()),
        (Some(ada.workspace()), Some("ADMIN"))
    );
    assert_eq!(app.membership_rows(ada.workspace()).await.len(), 2);
    let row = app
        .invite_row(invite["id"].as_str().unwrap())
        .await
        .unwrap();
    assert!(row.accepted_at.is_some());
    assert!(
        rows(&app.get_ok(&ada, "/v1/invites").await).is_empty(),
        "used invites are not pending"
    );
    // Bob keeps his own workspace.
    assert_eq!(rows(&app.get_ok(&bob, "/v1/workspaces").await).len(), 2);
    // Single use.
    let again = accept(&app, &bob, token(&invite)).await;
    assert_envelope(again, 404, "INVALID_INVITE").await;
}

#[tokio::test]
async fn only_the_addressee_may_accept() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let eve = app.register("Eve", "eve@example.com").await;
    let invite = app.invite(&ada, "bob@example.com", "MEMBER").await;

    assert_envelope(accept(&app, &eve, token(&invite)).await, 403, "FORBIDDEN").await;

    assert_eq!(app.membership_rows(ada.workspace()).await.len(), 1);
    assert!(
        app.invite_row(invite["id"].as_str().unwrap())
            .await
            .unwrap()
            .accepted_at
            .is_none()
    );
    let anonymous = app
        .send(
            reqwest::Method::POST,
            "/v1/invites/accept",
            None,
            Some(&json!({ "token": token(&invite) })),
        )
        .await;
    assert_envelope(anonymous, 401, "UNAUTHENTICATED").await;
}

#[tokio::test]
async fn expired_revoked_forged_and_used_invites_cannot_be_accepted() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;
    let expired = app.invite(&ada, "bob@example.com", "MEMBER").await;
    app.expire_invite(expired["id"].as_str().unwrap()).await;
    assert!(
        rows(&app.get_ok(&ada, "/v1/invites").await).is_empty(),
        "expired is not pending"
    );
    let revoked = app.invite(&ada, "bob@example.com", "MEMBER").await;
    let path = format!("/v1/invites/{}", revoked["id"].as_str().unwrap());
    assert_eq!(
        expect_json(app.delete_as(&ada, &path).await, 200).await,
        json!({ "ok": true })
    );
    assert_envelope(app.delete_as(&ada, &path).await, 404, "NOT_FOUND").await;
    let live = app.invite(&ada, "bob@example.com", "MEMBER").await;
    let (id, mac) = token(&live).split_once('.').unwrap();
    let forged_mac = format!("{id}.{}", mac.chars().rev().collect::<String>());
    let other_id = format!("{}.{mac}", uuid::Uuid::now_v7());

    for bad in [
        token(&expired),
        token(&revoked),
        forged_mac.as_str(),
        other_id.as_str(),
        id,
        "garbage",
    ] {
        assert_envelope(accept(&app, &bob, bad).await, 404, "INVALID_INVITE").await;
    }
    assert_eq!(app.membership_rows(ada.workspace()).await.len(), 1);
    expect_json(accept(&app, &bob, token(&live)).await, 200).await;
}

#[tokio::test]
async fn register_with_an_invite_joins_that_workspace_instead_of_a_personal_one() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let invite = app.invite(&ada, "bob@example.com", "ADMIN").await;

    let bob = app
        .register_invited("Bob", "BOB@example.com", token(&invite))
        .await;

    assert_eq!(bob.workspace_id.as_deref(), Some(ada.workspace()));
    assert_eq!(app.workspace_count().await, 1, "no personal workspace");
    assert_eq!(app.get_ok(&bob, "/v1/auth/me").await["role"], "ADMIN");
    assert!(
        app.invite_row(invite["id"].as_str().unwrap())
            .await
            .unwrap()
            .accepted_at
            .is_some()
    );
    assert_eq!(
        app.login("bob@example.com").await.workspace_id.as_deref(),
        Some(ada.workspace())
    );
}

#[tokio::test]
async fn register_with_a_bad_invite_creates_no_account() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let used = app.invite(&ada, "used@example.com", "MEMBER").await;
    app.register_invited("Used", "used@example.com", token(&used))
        .await;
    let expired = app.invite(&ada, "late@example.com", "MEMBER").await;
    app.expire_invite(expired["id"].as_str().unwrap()).await;
    let for_someone_else = app.invite(&ada, "carol@example.com", "MEMBER").await;
    let users = app.user_count().await;
    let unknown = format!("{}.AAAA", uuid::Uuid::now_v7());

    let gone = (404, "INVALID_INVITE");
    let cases = [
        ("again@example.com", token(&used), gone),
        ("used2@example.com", token(&used), gone),
        ("late@example.com", token(&expired), gone),
        (
            "mallory@example.com",
            token(&for_someone_else),
            (403, "FORBIDDEN"),
        ),
        ("nobody@example.com", unknown.as_str(), gone),
        ("nobody@example.com", "garbage", gone),
    ];
    for (email, invite_token, (status, code)) in cases {
        let body = json!({ "name": "X", "email": email, "password": PASSWORD, "inviteToken": invite_token });
        assert_envelope(app.try_register(body).await, status, code).await;
    }
    assert_eq!(app.user_count().await, users);
    assert_eq!(app.workspace_count().await, 1);
    assert_eq!(app.membership_rows(ada.workspace()).await.len(), 2);
    // The untouched invite still works for its addressee.
    app.register_invited("Carol", "carol@example.com", token(&for_someone_else))
        .await;
}

#[tokio::test]
async fn an_empty_or_null_invite_token_means_no_invite() {
    let app = TestApp::spawn().await;
    for (who, invite_token) in [("a", json!(null)), ("b", json!(""))] {
        let body = json!({
            "name": who, "email": format!("{who}@example.com"), "password": PASSWORD,
            "inviteToken": invite_token
        });
        let user = User::from_auth(expect_json(app.try_register(body).await, 200).await);
        assert_eq!(app.get_ok(&user, "/v1/auth/me").await["role"], "OWNER");
    }
    assert_eq!(app.workspace_count().await, 2);
}
