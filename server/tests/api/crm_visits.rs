//! Visits through HTTP: create (server-set fields ignored, notes verbatim), every status, moving
//! date and time, list; the contact must be a live contact of the workspace (422
//! `INVALID_REFERENCE`), deleting the contact keeps its visits with their `contactName`; delete
//! and the 404s after it; activities. Bad input is in `crm_invoices_visits_input`, list walks and
//! order in `crm_walks_invoices_visits`.

use serde_json::{Value, json};

use crate::support::accounts::{expect_json, rows};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn visits_crud_statuses_references_and_activities() {
    let app = TestApp::spawn().await;
    let team = app.team("vis").await;
    let stranger = app.register("Stranger", "stranger@example.com").await;
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let body = json!({"contactId": contact, "contactName": "Ann Test", "date": "2026-05-01",
                      "time": "09:05", "durationMinutes": 45, "reason": "First visit",
                      "status": "SCHEDULED", "notes": "Bring\n{\"x\":1}",
                      "id": "00000000-0000-7000-8000-000000000001",
                      "workspaceId": team.workspace, "createdAt": "2020-01-01T00:00:00Z"});
    let created = app.create(&team.member, "/v1/visits", body).await;
    let id = id_of(&created);
    assert_ne!(id, "00000000-0000-7000-8000-000000000001");
    assert_eq!(created["workspaceId"], json!(team.workspace));
    assert_eq!(created["date"], "2026-05-01");
    assert_eq!(created["time"], "09:05");
    assert_eq!(created["durationMinutes"], 45);
    assert_eq!(created["notes"], "Bring\n{\"x\":1}");
    let path = format!("/v1/visits/{id}");
    for status in ["COMPLETED", "CANCELLED", "SCHEDULED"] {
        let patched = expect_json(
            app.patch_as(&team.owner, &path, json!({ "status": status }))
                .await,
            200,
        )
        .await;
        assert_eq!(patched["status"], status);
        assert_eq!(patched["reason"], "First visit");
    }
    let moved = expect_json(
        app.patch_as(
            &team.owner,
            &path,
            json!({"date": "2026-05-02", "time": "14:30", "durationMinutes": 60,
                   "reason": "Moved", "notes": null}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(moved["date"], "2026-05-02");
    assert_eq!(moved["time"], "14:30");
    assert_eq!(moved["notes"], Value::Null);
    assert_ne!(moved["updatedAt"], created["updatedAt"]);
    let listed = app.get_ok(&team.member, "/v1/visits").await;
    assert_eq!(rows(&listed), &vec![moved.clone()]);
    assert_eq!(listed["total"], 1);

    // The contact must be a live contact of the workspace.
    let gone = id_of(&app.contact(&team.owner, "Gone", json!({})).await);
    app.delete_ok(&team.owner, &format!("/v1/contacts/{gone}"))
        .await;
    let foreign = id_of(&app.contact(&stranger, "Far", json!({})).await);
    let company = id_of(&app.company(&team.owner, "Acme").await);
    for bad in [gone, foreign, company, uuid::Uuid::now_v7().to_string()] {
        let body = json!({"contactId": bad, "contactName": "X", "date": "2026-05-01",
                          "time": "09:00", "durationMinutes": 30, "reason": "R",
                          "status": "SCHEDULED"});
        let answer = assert_envelope(
            app.post_as(&team.member, "/v1/visits", body).await,
            422,
            "INVALID_REFERENCE",
        )
        .await;
        assert_eq!(answer["issues"][0]["path"], "contactId");
    }

    // Deleting the contact keeps its visits, which still carry the name.
    app.delete_ok(&team.owner, &format!("/v1/contacts/{contact}"))
        .await;
    let kept = app.get_ok(&team.member, "/v1/visits").await;
    assert_eq!(rows(&kept)[0]["contactName"], "Ann Test");
    let patched = app
        .patch_as(&team.member, &path, json!({"status": "COMPLETED"}))
        .await;
    expect_json(patched, 200).await;

    app.delete_ok(&team.member, &path).await;
    assert_envelope(app.delete_as(&team.owner, &path).await, 404, "NOT_FOUND").await;
    assert_envelope(
        app.patch_as(&team.owner, &path, json!({"status": "CANCELLED"}))
            .await,
        404,
        "NOT_FOUND",
    )
    .await;
    assert_eq!(app.total(&team.member, "/v1/visits").await, 0);
    let types = app.activity_types(&team.owner, &id).await;
    assert_eq!(types.first().map(String::as_str), Some("visit.created"));
    assert_eq!(types.iter().filter(|t| *t == "visit.updated").count(), 5);
    assert_eq!(types.last().map(String::as_str), Some("visit.deleted"));
}
