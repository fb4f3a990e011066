//! Issue 3, point 6 (members side): the member and user lists (with their users, never a
//! password hash), unknown ids, and extra fields in a role change. The roles table is in `roles`.

use serde_json::json;

use crate::support::accounts::{expect_json, rows};
use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn everyone_lists_members_with_their_user_and_users_without_secrets() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;

    for viewer in team.everyone() {
        let members = app.get_ok(viewer, "/v1/memberships").await;
        assert_eq!(members["total"], 3);
        let roles: Vec<&str> = rows(&members)
            .iter()
            .map(|m| m["role"].as_str().unwrap())
            .collect();
        assert_eq!(roles, ["OWNER", "ADMIN", "MEMBER"], "oldest first");
        let admin = &rows(&members)[1];
        assert_eq!(admin["userId"], team.admin.id.as_str());
        assert_eq!(admin["workspaceId"], team.workspace.as_str());
        assert_eq!(
            admin["user"],
            json!({ "id": team.admin.id, "name": "t-admin", "email": "t-admin@example.com" })
        );

        let users = app.get_ok(viewer, "/v1/users").await;
        assert_eq!(users["total"], 3);
        for user in rows(&users) {
            let mut keys: Vec<&str> = user
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            keys.sort_unstable();
            assert_eq!(
                keys,
                ["createdAt", "email", "id", "name", "updatedAt"],
                "{user}"
            );
        }
    }
    let page = app.get_ok(&team.member, "/v1/memberships?limit=2").await;
    assert_eq!(rows(&page).len(), 2);
    let next = page["nextCursor"].as_str().expect("next page");
    let rest = app
        .get_ok(
            &team.member,
            &format!("/v1/memberships?limit=2&cursor={next}"),
        )
        .await;
    assert_eq!(rows(&rest)[0]["role"], "MEMBER");
}

#[tokio::test]
async fn unknown_memberships_are_404_and_a_bad_role_is_400() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let unknown = format!("/v1/memberships/{}", uuid::Uuid::now_v7());

    assert_envelope(
        app.patch_as(&team.owner, &unknown, json!({ "role": "ADMIN" }))
            .await,
        404,
        "NOT_FOUND",
    )
    .await;
    assert_envelope(app.delete_as(&team.owner, &unknown).await, 404, "NOT_FOUND").await;
    let path = app.membership_path(&team.owner, &team.member.id).await;
    for body in [json!({ "role": "GOD" }), json!({}), json!({ "role": null })] {
        assert_envelope(
            app.patch_as(&team.owner, &path, body).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
}

#[tokio::test]
async fn extra_fields_in_a_role_change_move_nothing() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let other = app.register("Eve", "eve@example.com").await;
    let before = app.membership_of(&team.owner, &team.member.id).await;
    let path = format!("/v1/memberships/{}", before["id"].as_str().unwrap());

    let body = json!({
        "role": "ADMIN", "workspaceId": other.workspace(), "userId": other.id,
        "ownerId": other.id, "id": uuid::Uuid::now_v7(), "createdAt": "2000-01-01T00:00:00Z"
    });
    let after = expect_json(app.patch_as(&team.owner, &path, body).await, 200).await;

    assert_eq!(after["role"], "ADMIN");
    for field in ["id", "workspaceId", "userId", "createdAt", "user"] {
        assert_eq!(after[field], before[field], "{field}");
    }
    assert_eq!(app.membership_rows(other.workspace()).await.len(), 1);
    assert_eq!(
        app.membership_of(&team.owner, &team.member.id).await["role"],
        "ADMIN"
    );
}
