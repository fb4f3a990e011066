//! Issue 3 rules under concurrent requests: slugs derived from one name, the last owner, one
//! refresh token presented twice at once.

use reqwest::Method;
use serde_json::json;

use crate::support::TestApp;
use crate::support::accounts::{PASSWORD, User};

#[tokio::test]
async fn namesakes_registering_at_once_all_get_a_workspace() {
    let app = TestApp::builder()
        .env("CRM_AUTH_RATE_LIMIT", "1000")
        .spawn()
        .await;
    let requests = (0..8)
        .map(|i| {
            let body = json!({ "name": "Ada Lovelace", "email": format!("ada{i}@example.com"), "password": PASSWORD });
            (Method::POST, "/v1/auth/register".to_owned(), None, body)
        })
        .collect();

    let statuses = app.all_at_once(requests).await;

    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(app.workspace_count().await, 8);
}

#[tokio::test]
async fn two_owners_demoting_each_other_at_once_leave_one_owner() {
    let app = TestApp::spawn().await;
    let team = app.team("t").await;
    let path = app.membership_path(&team.owner, &team.admin.id).await;
    let response = app
        .patch_as(&team.owner, &path, json!({ "role": "OWNER" }))
        .await;
    assert_eq!(response.status(), 200);
    let owner_path = app.membership_path(&team.owner, &team.owner.id).await;

    for _ in 0..3 {
        let requests = vec![
            (
                Method::PATCH,
                owner_path.clone(),
                Some(team.admin.token.clone()),
                json!({ "role": "ADMIN" }),
            ),
            (
                Method::PATCH,
                path.clone(),
                Some(team.owner.token.clone()),
                json!({ "role": "ADMIN" }),
            ),
        ];
        let statuses = app.all_at_once(requests).await;
        let owners = owners(&app, &team.workspace).await;
        assert_eq!(owners, 1, "{statuses:?}");
        // The loser is refused: 422 when it raced, 403 when it was demoted before it acted.
        assert!(statuses.contains(&200), "{statuses:?}");
        assert!(
            statuses.contains(&422) || statuses.contains(&403),
            "{statuses:?}"
        );
        // Make both owners again for the next round.
        let remaining = if statuses[0] == 200 {
            &team.admin
        } else {
            &team.owner
        };
        let other_path = if statuses[0] == 200 {
            &owner_path
        } else {
            &path
        };
        let response = app
            .patch_as(remaining, other_path, json!({ "role": "OWNER" }))
            .await;
        assert_eq!(response.status(), 200);
    }
}

async fn owners(app: &TestApp, workspace: &str) -> usize {
    app.membership_rows(workspace)
        .await
        .iter()
        .filter(|(_, role)| role == "Owner")
        .count()
}

#[tokio::test]
async fn one_refresh_token_presented_twice_at_once_is_used_at_most_once() {
    let app = TestApp::spawn().await;
    let ada: User = app.register("Ada", "ada@example.com").await;
    let body = json!({ "refreshToken": ada.refresh_token });
    let requests = (0..2)
        .map(|_| {
            (
                Method::POST,
                "/v1/auth/refresh".to_owned(),
                None,
                body.clone(),
            )
        })
        .collect();

    let statuses = app.all_at_once(requests).await;

    assert!(
        statuses.iter().filter(|s| **s == 200).count() <= 1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 200 || *s == 401),
        "{statuses:?}"
    );
}
