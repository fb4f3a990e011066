//! Stages: the default pipeline, manager-only writes, unique names, free orders, reorder all or
//! nothing, and deletes that refuse or move deals.

use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::{expect_json, rows};
use crate::support::assert_envelope;
use crate::support::crm::id_of;

fn names(list: &Value) -> Vec<String> {
    rows(list)
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect()
}

#[tokio::test]
async fn stages_list_in_order_and_new_ones_go_last() {
    let app = TestApp::spawn().await;
    let team = app.team("st").await;
    let list = app.get_ok(&team.member, "/v1/stages").await;
    assert_eq!(
        names(&list),
        ["Lead", "Qualified", "Proposal", "Negotiation"]
    );
    assert_eq!(list["total"], 4);
    let orders: Vec<_> = rows(&list).iter().map(|s| s["order"].as_i64()).collect();
    assert_eq!(orders, [Some(1), Some(2), Some(3), Some(4)]);

    let won = app
        .create(
            &team.admin,
            "/v1/stages",
            json!({"name": "Won", "id": "x", "workspaceId": "y"}),
        )
        .await;
    assert_eq!(
        (won["order"].as_i64(), won["workspaceId"].as_str()),
        (Some(5), Some(team.workspace.as_str()))
    );
    let first = app
        .create(
            &team.owner,
            "/v1/stages",
            json!({"name": "Intro", "order": 1}),
        )
        .await;
    assert_eq!(first["order"], 1);
    // Same order: the older stage comes first.
    let list = app.get_ok(&team.member, "/v1/stages").await;
    assert_eq!(
        names(&list),
        [
            "Lead",
            "Intro",
            "Qualified",
            "Proposal",
            "Negotiation",
            "Won"
        ]
    );
    // Paged by cursor like every list.
    let walk = app.walk(&team.member, "/v1/stages", 4).await;
    assert_eq!(walk.rows.len(), 6);
    assert_eq!(walk.totals, [6, 6]);
}

#[tokio::test]
async fn only_managers_write_stages_and_names_are_unique() {
    let app = TestApp::spawn().await;
    let team = app.team("sw").await;
    let response = app
        .post_as(&team.member, "/v1/stages", json!({"name": "X"}))
        .await;
    assert_envelope(response, 403, "FORBIDDEN").await;
    let response = app
        .post_as(&team.owner, "/v1/stages", json!({"name": "Lead"}))
        .await;
    let body = assert_envelope(response, 409, "NAME_TAKEN").await;
    assert_eq!(body["issues"][0]["path"], "name");

    let lead = app.stage_ids(&team.owner).await[0].clone();
    let path = format!("/v1/stages/{lead}");
    let response = app.patch_as(&team.member, &path, json!({"order": 3})).await;
    assert_envelope(response, 403, "FORBIDDEN").await;
    let response = app
        .patch_as(&team.admin, &path, json!({"name": "Qualified"}))
        .await;
    assert_envelope(response, 409, "NAME_TAKEN").await;
    let renamed = expect_json(
        app.patch_as(&team.admin, &path, json!({"name": "Leads"}))
            .await,
        200,
    )
    .await;
    assert_eq!(
        (renamed["name"].as_str(), renamed["order"].as_i64()),
        (Some("Leads"), Some(1))
    );
    let response = app.delete_as(&team.member, &path).await;
    assert_envelope(response, 403, "FORBIDDEN").await;
    let response = app
        .patch_as(
            &team.admin,
            "/v1/stages/00000000-0000-7000-8000-000000000000",
            json!({"order": 2}),
        )
        .await;
    assert_envelope(response, 404, "NOT_FOUND").await;
}

#[tokio::test]
async fn concurrent_order_changes_all_succeed() {
    let app = TestApp::spawn().await;
    let team = app.team("sc").await;
    let ids = app.stage_ids(&team.owner).await;
    let patches = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let body = json!({"name": format!("S{i}"), "order": ids.len() - i});
            (
                reqwest::Method::PATCH,
                format!("/v1/stages/{id}"),
                Some(body),
            )
        })
        .collect();
    let statuses = app.concurrently(&team.owner, patches).await;
    assert!(statuses.iter().all(|(s, _)| *s == 200), "{statuses:?}");
    let list = app.get_ok(&team.owner, "/v1/stages").await;
    assert_eq!(names(&list), ["S3", "S2", "S1", "S0"]);
}

#[tokio::test]
async fn reorder_applies_all_or_nothing() {
    let app = TestApp::spawn().await;
    let team = app.team("sr").await;
    let ids = app.stage_ids(&team.owner).await;
    let body = json!({"stages": [{"id": ids[0], "order": 4}, {"id": ids[3], "order": 1}]});
    let list = expect_json(
        app.send(
            reqwest::Method::PUT,
            "/v1/stages/reorder",
            Some(&team.admin),
            Some(&body),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        names(&list),
        ["Negotiation", "Qualified", "Proposal", "Lead"]
    );
    assert_eq!(list["nextCursor"], Value::Null);

    let unknown = "00000000-0000-7000-8000-000000000001";
    let body = json!({"stages": [{"id": ids[1], "order": 9}, {"id": unknown, "order": 1}]});
    let response = app
        .send(
            reqwest::Method::PUT,
            "/v1/stages/reorder",
            Some(&team.admin),
            Some(&body),
        )
        .await;
    let error = assert_envelope(response, 400, "VALIDATION_ERROR").await;
    assert_eq!(error["issues"][0]["path"], "stages[1].id");
    let after = app.get_ok(&team.owner, "/v1/stages").await;
    assert_eq!(
        names(&after),
        ["Negotiation", "Qualified", "Proposal", "Lead"],
        "nothing changed"
    );
    let response = app
        .send(
            reqwest::Method::PUT,
            "/v1/stages/reorder",
            Some(&team.member),
            Some(&body),
        )
        .await;
    assert_envelope(response, 403, "FORBIDDEN").await;
    let reordered = app.activities_of(&team.owner, &team.workspace).await;
    assert_eq!(reordered.len(), 1);
    assert_eq!(reordered[0]["type"], "stage.reordered");
}

#[tokio::test]
async fn a_stage_with_deals_is_deleted_only_with_a_target() {
    let app = TestApp::spawn().await;
    let team = app.team("sd").await;
    let ids = app.stage_ids(&team.owner).await;
    let open = app.deal(&team.member, "Open", &ids[0], json!({})).await;
    let won = app
        .deal(&team.member, "Won", &ids[0], json!({"status": "WON"}))
        .await;
    let path = format!("/v1/stages/{}", ids[0]);
    let response = app.delete_as(&team.owner, &path).await;
    assert_envelope(response, 422, "STAGE_IN_USE").await;
    let response = app
        .delete_as(&team.owner, &format!("{path}?targetStageId={}", ids[0]))
        .await;
    let error = assert_envelope(response, 422, "INVALID_REFERENCE").await;
    assert_eq!(error["issues"][0]["path"], "targetStageId");

    let moved = expect_json(
        app.delete_as(&team.owner, &format!("{path}?targetStageId={}", ids[2]))
            .await,
        200,
    )
    .await;
    assert_eq!(moved, json!({"ok": true}));
    for deal in [&open, &won] {
        let now = app
            .get_ok(&team.member, &format!("/v1/deals/{}", id_of(deal)))
            .await;
        assert_eq!(now["stageId"].as_str(), Some(ids[2].as_str()));
        let types: Vec<_> = app
            .activities_of(&team.owner, &id_of(deal))
            .await
            .iter()
            .map(|a| a["type"].clone())
            .collect();
        assert_eq!(types[0], "deal.stage_changed");
    }
    assert_eq!(app.stage_ids(&team.owner).await.len(), 3);
    // An empty stage goes without a target; a deleted deal does not hold it back.
    let gone = app.deal(&team.member, "Gone", &ids[1], json!({})).await;
    expect_json(
        app.delete_as(&team.member, &format!("/v1/deals/{}", id_of(&gone)))
            .await,
        200,
    )
    .await;
    expect_json(
        app.delete_as(&team.admin, &format!("/v1/stages/{}", ids[1]))
            .await,
        200,
    )
    .await;
    let stage_activities = app.activities_of(&team.owner, &ids[1]).await;
    assert_eq!(stage_activities[0]["type"], "stage.deleted");
}
