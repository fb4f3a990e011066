//! Issue 3, point 4 (and the token cases of point 9): every authenticated request checks the
//! JWT (HS256 only, signature, `exp`), that the session is live and that the membership exists;
//! `X-Workspace-Id` switches the workspace only for its members.

use jsonwebtoken::Algorithm;
use serde_json::json;

use crate::support::accounts::{User, expect_json, rows};
use crate::support::tokens::{claims_of, now_secs, sign, tampered, unsigned};
use crate::support::{TestApp, assert_envelope};

/// Asserts that `user`'s token is refused on a read of the account and of the workspace.
async fn assert_refused(app: &TestApp, user: &User, why: &str) {
    for path in ["/v1/auth/me", "/v1/memberships", "/v1/workspaces"] {
        let response = app.get_as(user, path).await;
        assert_eq!(response.status(), 401, "{why}: {path}");
        assert_envelope(response, 401, "UNAUTHENTICATED").await;
    }
}

#[tokio::test]
async fn a_token_signed_like_the_server_does_is_accepted() {
    // The control case: the crafting below is right, so the refusals are the server's doing.
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let mut claims = claims_of(&ada.token);
    assert_eq!(claims["sub"], ada.id.as_str());
    assert_eq!(claims["wid"], ada.workspace());
    for claim in ["sid", "iat", "exp"] {
        assert!(!claims[claim].is_null(), "{claim} in {claims}");
    }
    claims["exp"] = json!(now_secs() + 60);

    let forged_ok = ada.with_token(&sign(&claims, &app.jwt_key(), Algorithm::HS256));

    assert_eq!(
        app.get_ok(&forged_ok, "/v1/auth/me").await["id"],
        ada.id.as_str()
    );
}

#[tokio::test]
async fn expired_tampered_wrong_secret_and_foreign_algorithm_tokens_are_refused() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;
    let key = app.jwt_key();
    let claims = claims_of(&ada.token);

    let mut expired = claims.clone();
    expired["iat"] = json!(now_secs() - 1000);
    expired["exp"] = json!(now_secs() - 1);
    let mut as_bob = claims.clone();
    as_bob["sub"] = json!(bob.id);
    let mut longer = claims.clone();
    longer["exp"] = json!(now_secs() + 86_400);
    let mut no_exp = claims.clone();
    no_exp.as_object_mut().unwrap().remove("exp");
    let mut flipped = ada.token.clone();
    let last = flipped.pop().unwrap();
    flipped.push(if last == 'A' { 'B' } else { 'A' });

    let cases = [
        ("expired", sign(&expired, &key, Algorithm::HS256)),
        ("tampered subject", tampered(&ada.token, &as_bob)),
        ("tampered expiry", tampered(&ada.token, &longer)),
        ("flipped signature", flipped),
        (
            "wrong secret",
            sign(
                &claims,
                b"not the server's secret, 32 bytes!",
                Algorithm::HS256,
            ),
        ),
        ("alg none", unsigned(&claims)),
        ("alg none, tampered", unsigned(&as_bob)),
        (
            "HS512 with the right key",
            sign(&claims, &key, Algorithm::HS512),
        ),
        (
            "HS384 with the right key",
            sign(&claims, &key, Algorithm::HS384),
        ),
        ("no exp", sign(&no_exp, &key, Algorithm::HS256)),
        ("not a JWT", "garbage".to_owned()),
    ];
    for (why, token) in cases {
        assert_refused(&app, &ada.with_token(&token), why).await;
    }
    // Bob's own sub with Ada's session id is no key to Ada's session, nor to Bob's.
    let mut bob_in_ada_session = claims.clone();
    bob_in_ada_session["sub"] = json!(bob.id);
    let crossed = ada.with_token(&sign(&bob_in_ada_session, &key, Algorithm::HS256));
    assert_refused(&app, &crossed, "sub of another session").await;
    // The real token still works.
    assert_eq!(app.get_ok(&ada, "/v1/auth/me").await["id"], ada.id.as_str());
}

#[tokio::test]
async fn missing_or_malformed_authorization_is_401() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let no_token = app.get("/v1/auth/me").await;
    assert_envelope(no_token, 401, "UNAUTHENTICATED").await;
    for header in [
        ada.token.clone(),
        format!("Basic {}", ada.token),
        "Bearer ".into(),
    ] {
        let response = app
            .client
            .get(app.url("/v1/auth/me"))
            .header("Authorization", header.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401, "{header:?}");
    }
}

#[tokio::test]
async fn a_removed_members_unexpired_token_is_refused_at_once() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let path = app.membership_path(&team.owner, &team.member.id).await;

    expect_json(app.delete_as(&team.owner, &path).await, 200).await;

    assert_refused(&app, &team.member, "removed member").await;
    // Nor can the session be refreshed into new tokens.
    let refreshed = app.refresh(&team.member.refresh_token).await;
    assert_eq!(refreshed.status(), 401, "refresh after removal");
    // Even naming the workspace explicitly does not help.
    let named = team.member.in_workspace(&team.workspace);
    let response = app.get_as(&named, "/v1/memberships").await;
    assert!(
        matches!(response.status().as_u16(), 401 | 403),
        "{}",
        response.status()
    );
    // The others are unaffected.
    assert_eq!(
        rows(&app.get_ok(&team.admin, "/v1/memberships").await).len(),
        2
    );
}

#[tokio::test]
async fn x_workspace_id_acts_in_a_workspace_of_the_caller_and_403_otherwise() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let outsider = app.register("Eve", "eve@example.com").await;

    // The member also owns a second workspace; the header picks between them.
    let second = app
        .post_as(
            &team.member,
            "/v1/workspaces",
            json!({ "name": "Side Project" }),
        )
        .await;
    let second = expect_json(second, 201).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let in_team = app
        .get_ok(&team.member.in_workspace(&team.workspace), "/v1/auth/me")
        .await;
    assert_eq!(
        (in_team["workspaceId"].as_str(), in_team["role"].as_str()),
        (Some(team.workspace.as_str()), Some("MEMBER"))
    );
    let in_second = app
        .get_ok(&team.member.in_workspace(&second), "/v1/auth/me")
        .await;
    assert_eq!(
        (
            in_second["workspaceId"].as_str(),
            in_second["role"].as_str()
        ),
        (Some(second.as_str()), Some("OWNER"))
    );
    let members = app
        .get_ok(&team.member.in_workspace(&second), "/v1/memberships")
        .await;
    assert_eq!(rows(&members).len(), 1);

    // Not a member: 403 on every kind of operation, and nothing leaks.
    let intruder = outsider.in_workspace(&team.workspace);
    for path in ["/v1/auth/me", "/v1/memberships", "/v1/users", "/v1/invites"] {
        assert_envelope(app.get_as(&intruder, path).await, 403, "FORBIDDEN").await;
    }
    let invite = app
        .post_as(
            &intruder,
            "/v1/invites",
            json!({ "email": "x@example.com", "role": "OWNER" }),
        )
        .await;
    assert_envelope(invite, 403, "FORBIDDEN").await;
    let unknown = outsider.in_workspace(&uuid::Uuid::now_v7().to_string());
    assert_envelope(
        app.get_as(&unknown, "/v1/memberships").await,
        403,
        "FORBIDDEN",
    )
    .await;
    assert_eq!(app.membership_rows(&team.workspace).await.len(), 3);
    // A malformed header is a validation error, not a silent fallback.
    let malformed = outsider.in_workspace("not-a-uuid");
    assert_envelope(
        app.get_as(&malformed, "/v1/memberships").await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
}
