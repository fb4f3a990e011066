//! Tasks, notes and activities as lists: the task order (soonest due first, undated last, then
//! newest), their filters, the activity filters, and malformed or foreign cursors.

use serde_json::json;

use crate::support::TestApp;
use crate::support::accounts::rows;
use crate::support::assert_envelope;
use crate::support::crm::id_of;

#[tokio::test]
async fn tasks_come_soonest_due_first_undated_last_and_filter() {
    let app = TestApp::spawn().await;
    let team = app.team("tt").await;
    let company = id_of(&app.company(&team.owner, "Acme").await);
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let due = |at: &str| json!({"dueAt": at});
    let plan = [
        ("company", &company, json!({})),
        ("company", &company, due("2027-03-01T00:00:00Z")),
        (
            "contact",
            &contact,
            json!({"dueAt": "2027-01-01T00:00:00Z", "assigneeId": team.admin.id}),
        ),
        ("contact", &contact, json!({"status": "DONE"})),
        ("company", &company, due("2027-03-01T00:00:00Z")),
    ];
    let mut made = Vec::new();
    for (kind, id, extra) in plan {
        made.push(app.task(&team.member, kind, id, extra).await);
    }
    let [undated_old, late, soon, undated_new, same_due] = made.try_into().expect("five tasks");
    let expected: Vec<String> = [&soon, &same_due, &late, &undated_new, &undated_old]
        .iter()
        .map(|t| id_of(t))
        .collect();
    for limit in [1, 2, 50] {
        assert_eq!(
            app.walk(&team.member, "/v1/tasks", limit).await.ids(),
            expected,
            "limit {limit}"
        );
    }
    let filters = [
        ("status=DONE", vec![id_of(&undated_new)]),
        (
            &format!("assigneeId={}", team.admin.id) as &str,
            vec![id_of(&soon)],
        ),
        (
            "relatedType=contact",
            vec![id_of(&soon), id_of(&undated_new)],
        ),
        (
            &format!("relatedType=company&relatedId={company}"),
            vec![id_of(&same_due), id_of(&late), id_of(&undated_old)],
        ),
    ];
    for (query, want) in filters {
        let walk = app
            .walk(&team.member, &format!("/v1/tasks?{query}"), 2)
            .await;
        assert_eq!(walk.ids(), want, "{query}");
        assert!(
            walk.totals.iter().all(|t| *t == want.len() as i64),
            "{query}"
        );
    }
}

#[tokio::test]
async fn notes_list_newest_first_by_record() {
    let app = TestApp::spawn().await;
    let team = app.team("nt").await;
    let company = id_of(&app.company(&team.owner, "Acme").await);
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let first = app.note(&team.member, "company", &company).await;
    let second = app.note(&team.member, "contact", &contact).await;
    let body = "{\"kind\":\"call\"}\nline two  ";
    let third = app.create(&team.member, "/v1/notes", json!({"body": body, "relatedType": "company", "relatedId": company, "authorId": team.owner.id})).await;
    assert_eq!(
        (third["body"].as_str(), third["authorId"].as_str()),
        (Some(body), Some(team.member.id.as_str()))
    );
    let all = app.walk(&team.member, "/v1/notes", 2).await;
    assert_eq!(all.ids(), [id_of(&third), id_of(&second), id_of(&first)]);
    let of_company = app
        .get_ok(
            &team.member,
            &format!("/v1/notes?relatedType=company&relatedId={company}"),
        )
        .await;
    assert_eq!(
        rows(&of_company).iter().map(id_of).collect::<Vec<_>>(),
        [id_of(&third), id_of(&first)]
    );
    assert_eq!(of_company["total"], 2);
}

#[tokio::test]
async fn activities_filter_by_record_type_and_time() {
    let app = TestApp::spawn().await;
    let team = app.team("at").await;
    let before = chrono::Utc::now();
    let company = id_of(&app.company(&team.owner, "Acme").await);
    let contact = id_of(&app.contact(&team.member, "Ann", json!({})).await);
    app.patch_as(
        &team.member,
        &format!("/v1/contacts/{contact}"),
        json!({"phone": "123"}),
    )
    .await;
    let after = chrono::Utc::now();
    let by_type = app
        .get_ok(&team.member, "/v1/activities?entityType=contact")
        .await;
    let types: Vec<_> = rows(&by_type)
        .iter()
        .map(|a| a["type"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(types, ["contact.updated", "contact.created"]);
    assert_eq!(by_type["total"], 2);
    let created = &rows(&by_type)[1];
    assert_eq!(
        created["metadata"]["changes"]["firstName"],
        json!({"before": null, "after": "Ann"})
    );
    assert_eq!(
        rows(&by_type)[0]["metadata"]["changes"],
        json!({"phone": {"before": null, "after": "123"}})
    );
    let of_company = app.activities_of(&team.member, &company).await;
    assert_eq!(of_company.len(), 1);
    let stamp =
        |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let window = format!(
        "/v1/activities?dateFrom={}&dateTo={}",
        stamp(before),
        stamp(after)
    );
    let in_window = app.get_ok(&team.member, &window).await;
    assert_eq!(in_window["total"], 3, "{in_window}");
    let later = format!(
        "/v1/activities?dateFrom={}",
        stamp(after + chrono::Duration::seconds(1))
    );
    assert_eq!(app.get_ok(&team.member, &later).await["total"], 0);
    // A member without a workspace would get empty lists; any member sees the trail.
    let walk = app
        .walk(&team.admin, "/v1/activities?entityType=contact", 1)
        .await;
    assert_eq!(walk.rows.len(), 2);
}

#[tokio::test]
async fn malformed_and_foreign_cursors_are_400() {
    let app = TestApp::spawn().await;
    let team = app.team("cu").await;
    for i in 0..3 {
        app.company(&team.owner, &format!("C{i}")).await;
        app.task(
            &team.owner,
            "company",
            &id_of(&app.company(&team.owner, &format!("T{i}")).await),
            json!({}),
        )
        .await;
    }
    let page = app.get_ok(&team.owner, "/v1/companies?limit=1").await;
    let company_cursor = page["nextCursor"].as_str().expect("cursor").to_owned();
    let page = app.get_ok(&team.owner, "/v1/stages?limit=1").await;
    let stage_cursor = page["nextCursor"].as_str().expect("cursor").to_owned();
    for path in [
        "/v1/contacts?cursor=not-a-cursor".to_owned(),
        format!("/v1/tasks?cursor={company_cursor}"),
        format!("/v1/companies?cursor={stage_cursor}"),
        "/v1/deals?limit=0".to_owned(),
        "/v1/notes?limit=201".to_owned(),
    ] {
        assert_envelope(
            app.get_as(&team.owner, &path).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
}
