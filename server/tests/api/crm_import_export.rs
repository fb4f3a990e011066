//! Contact import (CSV and parsed rows, all or nothing, one activity) and CSV export (order,
//! quoting, formula escaping, tenant isolation).

use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::{User, expect_json, rows};
use crate::support::assert_envelope;
use crate::support::crm::id_of;
use crate::support::statements::CountingDb;

const EXPORT_HEADER: [&str; 11] = [
    "id",
    "firstName",
    "lastName",
    "email",
    "phone",
    "jobTitle",
    "companyId",
    "customerType",
    "tags",
    "createdAt",
    "updatedAt",
];

/// The export as `(header, records)`, asserting 200, UTF-8 CSV and a download named after the
/// day.
async fn export(app: &TestApp, user: &User) -> (Vec<String>, Vec<Vec<String>>) {
    let response = app.get_as(user, "/v1/contacts/export").await;
    assert_eq!(response.status().as_u16(), 200);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(content_type, "text/csv; charset=utf-8");
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .expect("ASCII");
    let today = chrono::Utc::now().format("%Y-%m-%d");
    assert_eq!(
        disposition,
        format!("attachment; filename=\"contacts-{today}.csv\"")
    );
    let text = response.text().await.expect("body");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect();
    (header, records)
}

fn issue_paths(body: &Value) -> Vec<String> {
    body["issues"]
        .as_array()
        .unwrap_or_else(|| panic!("issues in {body}"))
        .iter()
        .map(|i| i["path"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn crm_import_csv_round_trips_through_list_and_export() {
    let app = TestApp::spawn().await;
    let team = app.team("ie").await;
    let user = &team.owner;
    let company = id_of(&app.company(user, "Acme").await);
    let csv = format!(
        "FirstName,lastName,email,phone,jobTitle,companyId,customerType,tags,ignored\n\
         Ada,Lovelace,ada@example.com,555-1,Engineer,{company},b2b,vip; new,x\n\
         \"Grace, Jr\",Hopper,,,,,,,\n"
    );
    let body = expect_json(
        app.post_as(user, "/v1/contacts/import", json!({ "csv": csv }))
            .await,
        200,
    )
    .await;
    assert_eq!(body["imported"], 2);
    let imported = rows(&body);
    assert_eq!(imported.len(), 2);
    assert_eq!(imported[0]["firstName"], "Ada");
    assert_eq!(imported[0]["ownerId"], user.id.as_str());
    assert_eq!(imported[0]["companyId"], company.as_str());
    assert_eq!(imported[0]["customerType"], "B2B");
    assert_eq!(imported[0]["tags"], json!(["vip", "new"]));
    assert_eq!(imported[1]["firstName"], "Grace, Jr");
    assert_eq!(imported[1]["email"], Value::Null);

    let list = app.get_ok(user, "/v1/contacts?limit=200").await;
    assert_eq!(list["total"], 2);
    let names: Vec<&str> = rows(&list)
        .iter()
        .map(|c| c["firstName"].as_str().unwrap_or_default())
        .collect();
    assert!(names.contains(&"Ada") && names.contains(&"Grace, Jr"));

    let (header, records) = export(&app, user).await;
    assert_eq!(header, EXPORT_HEADER);
    assert_eq!(records.len(), 2);
    let ada = records
        .iter()
        .find(|r| r[1] == "Ada")
        .expect("Ada is exported");
    assert_eq!(ada[0], id_of(&imported[0]));
    assert_eq!(ada[3], "ada@example.com");
    assert_eq!(ada[6], company);
    assert_eq!(ada[7], "B2B");
    assert_eq!(ada[8], "vip;new");

    let activities = app
        .get_ok(
            user,
            &format!("/v1/activities?entityId={}&limit=200", user.workspace()),
        )
        .await;
    let imports: Vec<&Value> = rows(&activities)
        .iter()
        .filter(|a| a["type"] == "contact.imported")
        .collect();
    assert_eq!(imports.len(), 1, "one activity for the import");
    assert_eq!(imports[0]["entityType"], "workspace");
    assert_eq!(imports[0]["metadata"]["count"], 2);
}

#[tokio::test]
async fn crm_import_rows_and_export_order() {
    let app = TestApp::spawn().await;
    let team = app.team("ir").await;
    let user = &team.owner;
    let body = expect_json(
        app.post_as(
            user,
            "/v1/contacts/import",
            json!({"rows": [
                {"firstName": "One", "lastName": "A", "tags": ["t"]},
                {"firstName": "Two", "lastName": "B", "email": "two@example.com"}
            ]}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(body["imported"], 2);
    let later = app.contact(user, "Three", json!({})).await;
    let (_, records) = export(&app, user).await;
    assert_eq!(records.len(), 3);
    assert_eq!(records[0][0], id_of(&later), "most recently updated first");
    let list = app.get_ok(user, "/v1/contacts?limit=200").await;
    let listed: Vec<String> = rows(&list).iter().map(id_of).collect();
    let exported: Vec<String> = records.iter().map(|r| r[0].clone()).collect();
    assert_eq!(listed, exported, "export follows the list order");
}

#[tokio::test]
async fn crm_import_is_all_or_nothing_with_row_paths() {
    let app = TestApp::spawn().await;
    let team = app.team("ia").await;
    let user = &team.owner;
    let csv = "firstName,lastName,email,companyId,customerType\n\
               Ok,Row,ok@example.com,,\n\
               ,Blank,,,\n\
               Bad,Mail,not-an-email,nope,VIP\n";
    let body = assert_envelope(
        app.post_as(user, "/v1/contacts/import", json!({ "csv": csv }))
            .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    let paths = issue_paths(&body);
    for expected in [
        "rows[1].firstName",
        "rows[2].email",
        "rows[2].companyId",
        "rows[2].customerType",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "{expected} in {paths:?}"
        );
    }
    assert!(!paths.iter().any(|p| p.starts_with("rows[0]")), "{paths:?}");

    let body = assert_envelope(
        app.post_as(
            user,
            "/v1/contacts/import",
            json!({"rows": [
                {"firstName": "Fine", "lastName": "X"},
                {"firstName": "", "lastName": "Y", "email": "bad"}
            ]}),
        )
        .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    let paths = issue_paths(&body);
    assert!(paths.contains(&"rows[1].firstName".to_owned()), "{paths:?}");

    let unknown = "00000000-0000-7000-8000-000000000001";
    let body = expect_json(
        app.post_as(
            user,
            "/v1/contacts/import",
            json!({"rows": [
                {"firstName": "Fine", "lastName": "X"},
                {"firstName": "Ref", "lastName": "Y", "companyId": unknown}
            ]}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(issue_paths(&body), ["rows[1].companyId"]);

    let list = app.get_ok(user, "/v1/contacts").await;
    assert_eq!(list["total"], 0, "nothing was imported");
    let (_, records) = export(&app, user).await;
    assert!(records.is_empty());
}

#[tokio::test]
async fn crm_import_needs_exactly_one_of_csv_and_rows() {
    let app = TestApp::spawn().await;
    let team = app.team("ib").await;
    let user = &team.owner;
    for body in [
        json!({}),
        json!({"csv": "firstName,lastName\nA,B\n", "rows": [{"firstName": "A", "lastName": "B"}]}),
    ] {
        assert_envelope(
            app.post_as(user, "/v1/contacts/import", body).await,
            400,
            "VALIDATION_ERROR",
        )
        .await;
    }
    let list = app.get_ok(user, "/v1/contacts").await;
    assert_eq!(list["total"], 0);
}

#[tokio::test]
async fn crm_import_export_quotes_and_defuses_formulas() {
    let app = TestApp::spawn().await;
    let team = app.team("iq").await;
    let user = &team.owner;
    app.contact(
        user,
        "=HYPERLINK(\"http://x\")",
        json!({"lastName": "Comma, \"Quoted\"\nLine", "phone": "+1 555 0100",
               "jobTitle": "@boss", "tags": ["-x", "ok"]}),
    )
    .await;
    let response = app.get_as(user, "/v1/contacts/export").await;
    let text = response.text().await.expect("body");
    assert!(
        text.contains("\"Comma, \"\"Quoted\"\"\nLine\""),
        "RFC 4180 quoting: {text}"
    );
    let (_, records) = export(&app, user).await;
    assert_eq!(records.len(), 1);
    let row = &records[0];
    assert_eq!(row[1], "'=HYPERLINK(\"http://x\")");
    assert_eq!(row[2], "Comma, \"Quoted\"\nLine");
    assert_eq!(row[4], "'+1 555 0100");
    assert_eq!(row[5], "'@boss");
    assert_eq!(row[8], "'-x;ok");
}

#[tokio::test]
async fn crm_import_export_is_tenant_isolated() {
    let app = TestApp::spawn().await;
    let one = app.team("i1").await;
    let two = app.team("i2").await;
    app.contact(&one.owner, "Mine", json!({})).await;
    expect_json(
        app.post_as(
            &two.owner,
            "/v1/contacts/import",
            json!({"rows": [{"firstName": "Theirs", "lastName": "T"}]}),
        )
        .await,
        200,
    )
    .await;
    let (_, mine) = export(&app, &one.owner).await;
    let names: Vec<&str> = mine.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["Mine"]);
    let (_, theirs) = export(&app, &two.owner).await;
    let names: Vec<&str> = theirs.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["Theirs"]);
    let member = &one.member.in_workspace(&one.workspace);
    let (_, seen) = export(&app, member).await;
    assert_eq!(seen.len(), 1, "any member exports the workspace");
}

#[tokio::test]
async fn crm_import_is_rate_limited_per_workspace() {
    let app = TestApp::spawn().await;
    let one = app.team("il").await;
    let two = app.team("im").await;
    // Start early in a minute window so all eleven imports fall into the same one.
    let into_minute = chrono::Utc::now().timestamp() % 60;
    if into_minute >= 45 {
        let wait = u64::try_from(61 - into_minute).unwrap_or(16);
        tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    }
    let body = || json!({"rows": [{"firstName": "A", "lastName": "B"}]});
    for _ in 0..10 {
        let response = app.post_as(&one.owner, "/v1/contacts/import", body()).await;
        assert!(response.headers().contains_key("ratelimit-policy"));
        expect_json(response, 200).await;
    }
    let admin = one.admin.in_workspace(&one.workspace);
    let response = app.post_as(&admin, "/v1/contacts/import", body()).await;
    assert!(response.headers().contains_key("retry-after"));
    assert_envelope(response, 429, "RATE_LIMITED").await;
    expect_json(
        app.post_as(&two.owner, "/v1/contacts/import", body()).await,
        200,
    )
    .await;
}

#[tokio::test]
async fn crm_import_export_without_a_workspace() {
    let app = TestApp::spawn().await;
    let team = app.team("iw").await;
    app.contact(&team.owner, "Kept", json!({})).await;
    let own = app.membership_path(&team.member, &team.member.id).await;
    expect_json(app.delete_as(&team.member, &own).await, 200).await;
    let loner = app.login(&team.member.email).await;
    assert_eq!(loner.workspace_id, None, "{}", loner.auth);
    let (header, records) = export(&app, &loner).await;
    assert_eq!(header, EXPORT_HEADER);
    assert!(records.is_empty());
    assert_envelope(
        app.post_as(
            &loner,
            "/v1/contacts/import",
            json!({"rows": [{"firstName": "A", "lastName": "B"}]}),
        )
        .await,
        403,
        "FORBIDDEN",
    )
    .await;
}

/// The companies named by an import are checked in one query per 500 distinct ids, not one per
/// row: 400 rows cost as many statements as 4.
#[tokio::test]
async fn an_import_costs_the_same_statements_for_4_or_400_rows() {
    use crm_server::entities::sea_orm_active_enums::MembershipRole;

    let app = TestApp::spawn().await;
    let team = app.team("iq").await;
    let ctx = app.ctx(&team.owner, MembershipRole::Owner).await;
    let mut companies = Vec::new();
    for name in ["A", "B", "C"] {
        companies.push(id_of(&app.company(&team.owner, name).await));
    }
    let counting = CountingDb::connect(&app).await;
    let db = &counting.db;
    let mut costs = Vec::new();
    for size in [4, 400] {
        let rows: Vec<Value> = (0..size)
            .map(|i| {
                json!({"firstName": format!("R{i}"), "lastName": "X",
                       "companyId": companies[i % companies.len()]})
            })
            .collect();
        let body = serde_json::from_value(json!({ "rows": rows })).unwrap();
        let before = counting.statements();
        let options = crm_server::crm::import::Options::default();
        let imported = crm_server::crm::import::import(db, ctx, &body, options)
            .await
            .unwrap();
        assert_eq!(imported.contacts.len(), size);
        costs.push(counting.statements() - before);
    }
    assert_eq!(
        costs[0], costs[1],
        "statements for 4 and 400 rows: {costs:?}"
    );
    assert!(costs[0] <= 8, "statements per import: {costs:?}");
}
