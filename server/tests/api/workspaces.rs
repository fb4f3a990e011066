//! Issue 3, point 5: listing the caller's workspaces, creating one (slug rules, uniqueness,
//! default pipeline, forged fields ignored) and switching the session to one.

use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json, rows};
use crate::support::{TestApp, assert_envelope};

async fn create(app: &TestApp, user: &User, body: Value) -> reqwest::Response {
    app.post_as(user, "/v1/workspaces", body).await
}

#[tokio::test]
async fn the_list_holds_the_callers_workspaces_only_and_pages() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;
    for name in ["Second", "Third"] {
        expect_json(create(&app, &ada, json!({ "name": name })).await, 201).await;
    }

    let all = app.get_ok(&ada, "/v1/workspaces").await;
    let names: Vec<&str> = rows(&all)
        .iter()
        .map(|w| w["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ada", "Second", "Third"], "oldest membership first");
    assert_eq!(all["total"], 3);
    assert!(all["nextCursor"].is_null());
    let bobs = app.get_ok(&bob, "/v1/workspaces").await;
    assert_eq!(bobs["total"], 1);
    assert_eq!(rows(&bobs)[0]["id"], bob.workspace());

    let first = app.get_ok(&ada, "/v1/workspaces?limit=2").await;
    assert_eq!(rows(&first).len(), 2);
    assert_eq!(first["total"], 3);
    let cursor = first["nextCursor"].as_str().expect("a next page");
    let rest = app
        .get_ok(&ada, &format!("/v1/workspaces?limit=2&cursor={cursor}"))
        .await;
    assert_eq!(rows(&rest).len(), 1);
    assert_eq!(rows(&rest)[0]["name"], "Third");
    assert!(rest["nextCursor"].is_null());
    let bad = app.get_as(&ada, "/v1/workspaces?cursor=not-a-cursor").await;
    assert_envelope(bad, 400, "VALIDATION_ERROR").await;
}

#[tokio::test]
async fn create_makes_the_caller_owner_with_the_default_pipeline() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    let created = expect_json(
        create(&app, &ada, json!({ "name": "Acme Inc", "slug": "acme" })).await,
        201,
    )
    .await;

    assert_eq!(
        (created["name"].as_str(), created["slug"].as_str()),
        (Some("Acme Inc"), Some("acme"))
    );
    for field in ["id", "createdAt", "updatedAt"] {
        assert!(created[field].is_string(), "{field} in {created}");
    }
    let id = created["id"].as_str().unwrap();
    let me = app.get_ok(&ada.in_workspace(id), "/v1/auth/me").await;
    assert_eq!(me["role"], "OWNER");
    let stages: Vec<String> = app
        .stage_rows(id)
        .await
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(stages, ["Lead", "Qualified", "Proposal", "Negotiation"]);
    // Without a slug, one is derived from the name (a taken one gets a suffix).
    let derived = expect_json(create(&app, &ada, json!({ "name": "Big Corp" })).await, 201).await;
    assert_eq!(derived["slug"], "big-corp");
    let again = expect_json(
        create(&app, &ada, json!({ "name": "Big Corp", "slug": null })).await,
        201,
    )
    .await;
    assert!(
        again["slug"].as_str().unwrap().starts_with("big-corp-"),
        "{again}"
    );
    // Optional text sent as "" counts as absent.
    let blank = expect_json(
        create(&app, &ada, json!({ "name": "Blank Slug", "slug": "" })).await,
        201,
    )
    .await;
    assert_eq!(blank["slug"], "blank-slug");
}

#[tokio::test]
async fn slugs_follow_the_pattern_and_length() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let too_long = "a".repeat(64);
    for slug in [
        "Acme",
        "acme--inc",
        "-acme",
        "acme-",
        "acme_inc",
        "acme inc",
        "ácme",
        &too_long,
    ] {
        let response = create(&app, &ada, json!({ "name": "X", "slug": slug })).await;
        let error = assert_envelope(response, 400, "VALIDATION_ERROR").await;
        assert_eq!(error["issues"][0]["path"], "slug", "{slug}: {error}");
    }
    for slug in ["w", "wu", "abc", "a-1-b", &"z".repeat(63)] {
        let created = expect_json(
            create(&app, &ada, json!({ "name": "X", "slug": slug })).await,
            201,
        )
        .await;
        assert_eq!(created["slug"], slug);
    }
    let response = create(&app, &ada, json!({ "name": "" })).await;
    assert_envelope(response, 400, "VALIDATION_ERROR").await;
    // Names are trimmed, but one of only whitespace satisfies `minLength: 1` and is kept as sent.
    for (name, stored) in [("  Acme  ", "Acme"), ("   ", "   ")] {
        let created = expect_json(create(&app, &ada, json!({ "name": name })).await, 201).await;
        assert_eq!(created["name"], stored);
    }
}

#[tokio::test]
async fn a_taken_slug_is_409_across_the_whole_service() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;
    expect_json(
        create(&app, &ada, json!({ "name": "Acme", "slug": "acme" })).await,
        201,
    )
    .await;
    let before = app.workspace_count().await;

    for (user, slug) in [(&bob, "acme"), (&ada, "acme"), (&bob, "ada")] {
        let response = create(&app, user, json!({ "name": "Another", "slug": slug })).await;
        let error = assert_envelope(response, 409, "SLUG_TAKEN").await;
        assert_eq!(error["issues"][0]["path"], "slug");
    }
    assert_eq!(app.workspace_count().await, before);
}

#[tokio::test]
async fn server_set_fields_in_the_body_are_ignored() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;
    let forged_id = uuid::Uuid::now_v7().to_string();

    let body = json!({
        "name": "Mine", "slug": "mine", "id": forged_id, "workspaceId": bob.workspace(),
        "ownerId": bob.id, "role": "MEMBER", "createdAt": "2000-01-01T00:00:00Z",
        "updatedAt": "2000-01-01T00:00:00Z"
    });
    let created = expect_json(create(&app, &ada, body).await, 201).await;

    assert_ne!(created["id"], forged_id.as_str());
    assert!(created["createdAt"].as_str().unwrap() > "2020", "{created}");
    assert!(created["updatedAt"].as_str().unwrap() > "2020", "{created}");
    let id = created["id"].as_str().unwrap();
    let me = app.get_ok(&ada.in_workspace(id), "/v1/auth/me").await;
    assert_eq!(
        me["role"], "OWNER",
        "the caller owns it, whatever the body says"
    );
    assert_eq!(app.membership_rows(id).await.len(), 1, "Bob was not added");
    assert_eq!(rows(&app.get_ok(&bob, "/v1/workspaces").await).len(), 1);
}

#[tokio::test]
async fn switch_answers_a_session_scoped_to_the_workspace() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let acme = expect_json(create(&app, &ada, json!({ "name": "Acme" })).await, 201).await;
    let acme = acme["id"].as_str().unwrap();

    let switched = app
        .post_as(
            &ada,
            "/v1/workspaces/switch",
            json!({ "workspaceId": acme }),
        )
        .await;
    let switched = User::from_auth(expect_json(switched, 200).await);

    assert_eq!(switched.workspace_id.as_deref(), Some(acme));
    assert_eq!(switched.id, ada.id);
    assert_eq!(
        app.get_ok(&switched, "/v1/auth/me").await["workspaceId"],
        acme
    );
    // The refresh of the new session stays there; the old token stays where it was.
    let refreshed = expect_json(app.refresh(&switched.refresh_token).await, 200).await;
    assert_eq!(refreshed["workspaceId"], acme);
    assert_eq!(
        app.get_ok(&ada, "/v1/auth/me").await["workspaceId"],
        ada.workspace()
    );
}

#[tokio::test]
async fn switching_to_a_workspace_of_others_is_404_and_issues_nothing() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;

    for target in [bob.workspace().to_owned(), uuid::Uuid::now_v7().to_string()] {
        let response = app
            .post_as(
                &ada,
                "/v1/workspaces/switch",
                json!({ "workspaceId": target }),
            )
            .await;
        let status = response.status().as_u16();
        assert!(status == 404 || status == 403, "{status}");
        let body: Value = response.json().await.unwrap();
        assert!(body.get("token").is_none(), "{body}");
    }
}
