//! Issue 3, point 6 (roles table): OWNER and ADMIN manage, a MEMBER gets 403 on every
//! management operation and changes nothing, only an OWNER grants or takes OWNER, the last
//! OWNER stays (422 `LAST_OWNER`), anyone may leave.

use serde_json::json;

use crate::support::accounts::{User, expect_json, rows};
use crate::support::team::Team;
use crate::support::{TestApp, assert_envelope};

/// `PATCH /v1/memberships/{id of target} {role}` as `by`.
async fn set_role(
    app: &TestApp,
    team: &Team,
    by: &User,
    target: &User,
    role: &str,
) -> reqwest::Response {
    let path = app.membership_path(&team.owner, &target.id).await;
    app.patch_as(by, &path, json!({ "role": role })).await
}

/// `DELETE /v1/memberships/{id of target}` as `by`.
async fn remove(app: &TestApp, team: &Team, by: &User, target: &User) -> reqwest::Response {
    let path = app.membership_path(&team.owner, &target.id).await;
    app.delete_as(by, &path).await
}

#[tokio::test]
async fn a_member_gets_403_on_every_management_operation_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let invite = app.invite(&team.admin, "guest@example.com", "MEMBER").await;
    let before = app.membership_rows(&team.workspace).await;
    let m = &team.member;

    for (target, role) in [
        (&team.member, "ADMIN"),
        (&team.member, "OWNER"),
        (&team.admin, "MEMBER"),
        (&team.owner, "MEMBER"),
    ] {
        assert_envelope(
            set_role(&app, &team, m, target, role).await,
            403,
            "FORBIDDEN",
        )
        .await;
    }
    for target in [&team.admin, &team.owner] {
        assert_envelope(remove(&app, &team, m, target).await, 403, "FORBIDDEN").await;
    }
    let new_invite = app
        .post_as(
            m,
            "/v1/invites",
            json!({ "email": "x@example.com", "role": "MEMBER" }),
        )
        .await;
    assert_envelope(new_invite, 403, "FORBIDDEN").await;
    let revoke = app
        .delete_as(
            m,
            &format!("/v1/invites/{}", invite["id"].as_str().unwrap()),
        )
        .await;
    assert_envelope(revoke, 403, "FORBIDDEN").await;
    // A page load never answers 403: the member sees no invites.
    let invites = app.get_ok(m, "/v1/invites").await;
    assert_eq!(
        (rows(&invites).len(), invites["total"].as_i64()),
        (0, Some(0))
    );

    assert_eq!(app.membership_rows(&team.workspace).await, before);
    assert!(
        app.invite_row(invite["id"].as_str().unwrap())
            .await
            .is_some()
    );
    assert_eq!(rows(&app.get_ok(&team.admin, "/v1/invites").await).len(), 1);
    for kind in [
        "membership.role_changed",
        "membership.removed",
        "invite.revoked",
    ] {
        assert!(
            app.activity_rows(&team.workspace, kind).await.is_empty(),
            "{kind}"
        );
    }
}

#[tokio::test]
async fn an_admin_manages_members_but_not_owners() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;

    let promoted = expect_json(
        set_role(&app, &team, &team.admin, &team.member, "ADMIN").await,
        200,
    )
    .await;
    assert_eq!(promoted["role"], "ADMIN");
    assert_eq!(promoted["user"]["id"], team.member.id.as_str());
    assert_eq!(
        app.get_ok(&team.member, "/v1/auth/me").await["role"],
        "ADMIN",
        "takes effect at once"
    );
    expect_json(
        set_role(&app, &team, &team.admin, &team.member, "MEMBER").await,
        200,
    )
    .await;

    for role in ["OWNER"] {
        assert_envelope(
            set_role(&app, &team, &team.admin, &team.member, role).await,
            403,
            "FORBIDDEN",
        )
        .await;
        assert_envelope(
            set_role(&app, &team, &team.admin, &team.admin, role).await,
            403,
            "FORBIDDEN",
        )
        .await;
    }
    assert_envelope(
        set_role(&app, &team, &team.admin, &team.owner, "MEMBER").await,
        403,
        "FORBIDDEN",
    )
    .await;
    assert_envelope(
        remove(&app, &team, &team.admin, &team.owner).await,
        403,
        "FORBIDDEN",
    )
    .await;
    let owner_invite = app
        .post_as(
            &team.admin,
            "/v1/invites",
            json!({ "email": "boss@example.com", "role": "OWNER" }),
        )
        .await;
    assert_envelope(owner_invite, 403, "FORBIDDEN").await;

    expect_json(remove(&app, &team, &team.admin, &team.member).await, 200).await;
    let roles: Vec<String> = app
        .membership_rows(&team.workspace)
        .await
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    assert_eq!(roles.len(), 2);
}

#[tokio::test]
async fn only_an_owner_grants_owner_and_the_last_owner_stays() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;

    // Alone, the owner can neither step down nor leave.
    let demote = set_role(&app, &team, &team.owner, &team.owner, "ADMIN").await;
    assert_envelope(demote, 422, "LAST_OWNER").await;
    assert_envelope(
        remove(&app, &team, &team.owner, &team.owner).await,
        422,
        "LAST_OWNER",
    )
    .await;

    let granted = expect_json(
        set_role(&app, &team, &team.owner, &team.admin, "OWNER").await,
        200,
    )
    .await;
    assert_eq!(granted["role"], "OWNER");
    // With two owners, either may step down or remove the other ...
    expect_json(
        set_role(&app, &team, &team.admin, &team.owner, "ADMIN").await,
        200,
    )
    .await;
    // ... until one is left.
    assert_envelope(
        set_role(&app, &team, &team.admin, &team.admin, "MEMBER").await,
        422,
        "LAST_OWNER",
    )
    .await;
    assert_envelope(
        remove(&app, &team, &team.admin, &team.admin).await,
        422,
        "LAST_OWNER",
    )
    .await;
    expect_json(
        set_role(&app, &team, &team.admin, &team.owner, "OWNER").await,
        200,
    )
    .await;
    expect_json(remove(&app, &team, &team.owner, &team.admin).await, 200).await;
    assert_envelope(
        remove(&app, &team, &team.owner, &team.owner).await,
        422,
        "LAST_OWNER",
    )
    .await;

    let owners: Vec<_> = app
        .membership_rows(&team.workspace)
        .await
        .into_iter()
        .filter(|(_, r)| r == "Owner")
        .collect();
    assert_eq!(owners.len(), 1);
}

#[tokio::test]
async fn anyone_may_leave() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;

    for leaver in [&team.member, &team.admin] {
        let own = app.membership_path(leaver, &leaver.id).await;
        assert_eq!(
            expect_json(app.delete_as(leaver, &own).await, 200).await,
            json!({ "ok": true })
        );
    }

    assert_eq!(app.membership_rows(&team.workspace).await.len(), 1);
    assert_eq!(
        app.get_as(&team.member, "/v1/memberships").await.status(),
        401
    );
}
