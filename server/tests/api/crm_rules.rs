//! Business rules of the CRM writes: references must be live records of the workspace (422 with
//! the field), and input rules (blank text, email, exact money, values the contract does not have).

use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::expect_json;
use crate::support::assert_envelope;
use crate::support::crm::id_of;

/// The `path`s of an error's issues.
fn issue_paths(error: &Value) -> Vec<String> {
    error["issues"]
        .as_array()
        .map(|issues| {
            issues
                .iter()
                .map(|i| i["path"].as_str().unwrap_or("").to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn references_must_name_live_records_of_the_workspace() {
    let app = TestApp::spawn().await;
    let team = app.team("ref").await;
    let other = app.register("Other", "other@example.com").await;
    let foreign_company = id_of(&app.company(&other, "Theirs").await);
    let foreign_stage = app.stage_ids(&other).await[0].clone();
    let stage = app.stage_ids(&team.owner).await[0].clone();
    let gone = app.contact(&team.owner, "Gone", json!({})).await;
    expect_json(
        app.delete_as(&team.owner, &format!("/v1/contacts/{}", id_of(&gone)))
            .await,
        200,
    )
    .await;

    let cases = [
        (
            "/v1/contacts",
            json!({"firstName": "A", "lastName": "B", "companyId": foreign_company}),
            vec!["companyId"],
        ),
        (
            "/v1/deals",
            json!({"title": "D", "amount": 1, "currency": "USD", "stageId": foreign_stage,
                             "companyId": foreign_company, "primaryContactId": id_of(&gone)}),
            vec!["stageId", "companyId", "primaryContactId"],
        ),
        (
            "/v1/tasks",
            json!({"title": "T", "relatedType": "contact", "relatedId": id_of(&gone)}),
            vec!["relatedId"],
        ),
        (
            "/v1/tasks",
            json!({"title": "T", "relatedType": "deal", "relatedId": stage, "assigneeId": other.id}),
            vec!["relatedId", "assigneeId"],
        ),
        (
            "/v1/notes",
            json!({"body": "N", "relatedType": "company", "relatedId": foreign_company}),
            vec!["relatedId"],
        ),
    ];
    for (path, body, fields) in cases {
        let error = assert_envelope(
            app.post_as(&team.member, path, body).await,
            422,
            "INVALID_REFERENCE",
        )
        .await;
        assert_eq!(issue_paths(&error), fields, "{path}");
    }
    // PATCH checks the references it changes.
    let deal = app.deal(&team.member, "Mine", &stage, json!({})).await;
    let path = format!("/v1/deals/{}", id_of(&deal));
    let error = assert_envelope(
        app.patch_as(&team.member, &path, json!({"stageId": foreign_stage}))
            .await,
        422,
        "INVALID_REFERENCE",
    )
    .await;
    assert_eq!(issue_paths(&error), ["stageId"]);
    let task = app
        .task(&team.member, "deal", &id_of(&deal), json!({}))
        .await;
    let path = format!("/v1/tasks/{}", id_of(&task));
    let error = assert_envelope(
        app.patch_as(&team.member, &path, json!({"assigneeId": other.id}))
            .await,
        422,
        "INVALID_REFERENCE",
    )
    .await;
    assert_eq!(issue_paths(&error), ["assigneeId"]);
    let assigned = expect_json(
        app.patch_as(&team.member, &path, json!({"assigneeId": team.admin.id}))
            .await,
        200,
    )
    .await;
    assert_eq!(
        assigned["assigneeId"].as_str(),
        Some(team.admin.id.as_str())
    );
}

#[tokio::test]
async fn input_rules_blank_text_email_and_money() {
    let app = TestApp::spawn().await;
    let team = app.team("in").await;
    let user = &team.member;
    let company = app
        .create(
            user,
            "/v1/companies",
            json!({"name": "A", "domain": "", "industry": "  ", "size": "11-50"}),
        )
        .await;
    assert_eq!(
        (company["domain"].clone(), company["industry"].clone()),
        (Value::Null, Value::Null)
    );
    let path = format!("/v1/companies/{}", id_of(&company));
    let patched = expect_json(app.patch_as(user, &path, json!({"size": ""})).await, 200).await;
    assert_eq!(patched["size"], Value::Null, "blank clears like null");

    let error = assert_envelope(
        app.post_as(
            user,
            "/v1/contacts",
            json!({"firstName": "A", "lastName": "B", "email": "nope"}),
        )
        .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(issue_paths(&error), ["email"]);
    let error = assert_envelope(
        app.post_as(
            user,
            "/v1/contacts",
            json!({"firstName": "", "lastName": ""}),
        )
        .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(issue_paths(&error), ["firstName"], "lastName may be empty");
    let spaced = expect_json(
        app.post_as(
            user,
            "/v1/contacts",
            json!({"firstName": "  ", "lastName": " Lovelace "}),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(
        (spaced["firstName"].as_str(), spaced["lastName"].as_str()),
        (Some("  "), Some("Lovelace")),
        "required text is trimmed unless nothing would be left"
    );
    let contact = app
        .contact(user, "Eve", json!({"email": "Eve@Example.COM"}))
        .await;
    assert_eq!(contact["email"], "Eve@Example.COM", "case kept");
    let error = assert_envelope(
        app.post_as(
            user,
            "/v1/contacts",
            json!({"firstName": "A", "lastName": "B", "email": " eve@example.com"}),
        )
        .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(issue_paths(&error), ["email"], "the pattern has no spaces");
    let path = format!("/v1/contacts/{}", id_of(&contact));
    let cleared = expect_json(app.patch_as(user, &path, json!({"email": ""})).await, 200).await;
    assert_eq!(cleared["email"], Value::Null, "\"\" clears like null");
    assert_eq!(contact["tags"], json!([]));

    let stage = app.stage_ids(user).await[0].clone();
    for bad in [json!(0.291), json!(-1), json!("10")] {
        let body = json!({"title": "T", "amount": bad, "currency": "USD", "stageId": stage});
        assert_envelope(
            app.post_as(user, "/v1/deals", body).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
    let body = json!({"title": "T", "amount": 1, "currency": "usd", "stageId": stage});
    assert_envelope(
        app.post_as(user, "/v1/deals", body).await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    let deal = app
        .deal(
            user,
            "Exact",
            &stage,
            json!({"amount": 999_999_999_999.99_f64}),
        )
        .await;
    assert_eq!(deal["amount"], json!(999_999_999_999.99_f64));
    assert_eq!(deal["status"], "OPEN");
    let path = format!("/v1/deals/{}", id_of(&deal));
    let deal = expect_json(
        app.patch_as(user, &path, json!({"amount": 0.1, "status": "WON"}))
            .await,
        200,
    )
    .await;
    assert_eq!(deal["amount"], json!(0.1));
    let activities = app.activities_of(user, &id_of(&deal)).await;
    let types: Vec<_> = activities
        .iter()
        .map(|a| a["type"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        types,
        ["deal.status_changed", "deal.updated", "deal.created"]
    );
    assert_eq!(
        activities[0]["metadata"]["changes"]["status"],
        json!({"before": "OPEN", "after": "WON"})
    );
    assert_eq!(
        activities[1]["metadata"]["changes"]["amount"]["after"],
        json!(0.1)
    );
}

/// Values the contract does not list are refused even where a lenient reader would take them
/// for "absent": `null` for an optional but not nullable field, an empty query value of a typed
/// filter, a list item longer than its `maxLength`. Nothing is written.
#[tokio::test]
async fn null_empty_filters_and_long_tags_are_400_not_absent() {
    let app = TestApp::spawn().await;
    let team = app.team("nul").await;
    let user = &team.owner;
    let stage = app.stage_ids(user).await[0].clone();
    let stage_path = format!("/v1/stages/{stage}");
    let before = app.get_ok(user, "/v1/stages").await;
    for body in [json!({"name": null}), json!({"order": null})] {
        let error = assert_envelope(
            app.patch_as(user, &stage_path, body.clone()).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
        let field = body.as_object().and_then(|o| o.keys().next().cloned());
        assert_eq!(issue_paths(&error), [field.unwrap_or_default()]);
    }
    let contact = app.contact(user, "Ada", json!({"tags": ["vip"]})).await;
    let contact_path = format!("/v1/contacts/{}", id_of(&contact));
    let error = assert_envelope(
        app.patch_as(user, &contact_path, json!({"tags": null}))
            .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(issue_paths(&error), ["tags"]);
    assert_eq!(
        app.get_ok(user, "/v1/stages").await,
        before,
        "nothing changed"
    );

    let long_tag = "x".repeat(51);
    let error = assert_envelope(
        app.patch_as(user, &contact_path, json!({"tags": ["ok", long_tag]}))
            .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(issue_paths(&error), ["tags[1]"]);
    let fifty = "é".repeat(50);
    let kept = expect_json(
        app.patch_as(user, &contact_path, json!({"tags": [fifty]}))
            .await,
        200,
    )
    .await;
    assert_eq!(
        kept["tags"],
        json!([fifty]),
        "50 characters, 100 bytes: fits"
    );

    for (path, param) in [
        ("/v1/tasks?relatedType=", "relatedType"),
        ("/v1/deals?status=&q=", "status"),
        ("/v1/contacts?companyId=", "companyId"),
        ("/v1/activities?dateFrom=", "dateFrom"),
        ("/v1/notes?limit=", "limit"),
    ] {
        let error = assert_envelope(app.get_as(user, path).await, 400, "VALIDATION_ERROR").await;
        assert_eq!(issue_paths(&error), [param], "{path}");
    }
    for path in ["/v1/deals?q=", "/v1/contacts?tag=&cursor="] {
        expect_json(app.get_as(user, path).await, 200).await;
    }
    let error = assert_envelope(
        app.delete_as(user, &format!("{stage_path}?targetStageId="))
            .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(issue_paths(&error), ["targetStageId"]);
}

/// The server checks CSV rows' emails with its own copy of the contract's pattern (JSON bodies
/// are checked by the generated validator): both must be the spec's, for every contact schema.
#[test]
fn the_contact_email_rule_is_the_contracts_pattern() {
    let schemas = &crate::support::spec::document()["components"]["schemas"];
    for name in [
        "ContactCreateRequest",
        "ContactUpdateRequest",
        "ContactImportRow",
    ] {
        assert_eq!(
            schemas[name]["properties"]["email"]["pattern"].as_str(),
            Some(crm_server::crm::input::CONTACT_EMAIL_PATTERN),
            "{name}.email"
        );
    }
}

/// The contacts list's `q` matches the full name, as global search does: `ada love` finds Ada
/// Lovelace (and only her), and so do each name and the email alone.
#[tokio::test]
async fn the_contacts_q_matches_the_full_name_and_the_email() {
    let app = TestApp::spawn().await;
    let team = app.team("fn").await;
    let user = &team.member;
    let ada = app
        .contact(
            user,
            "Ada",
            json!({"lastName": "Lovelace", "email": "countess@analytical.org"}),
        )
        .await;
    app.contact(user, "Adam", json!({"lastName": "Smith"}))
        .await;
    for q in ["ada love", "LOVELACE", "countess@", "a lovelace"] {
        let list = app
            .get_ok(user, &format!("/v1/contacts?q={}", q.replace(' ', "%20")))
            .await;
        assert_eq!(list["total"], 1, "{q}");
        assert_eq!(list["rows"][0]["id"], ada["id"], "{q}");
    }
    let both = app.get_ok(user, "/v1/contacts?q=ada").await;
    assert_eq!(both["total"], 2);
}
