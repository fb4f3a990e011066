//! The trash and restore (issue 13, point 5): soft-deleted contacts, companies, deals and
//! invoices are listed with `?deleted=true` and restored with `POST /{kind}/{id}/restore`, by an
//! OWNER or ADMIN only; a restored record reads as before its delete, is counted again and
//! has a `<kind>.restored` activity. An invoice number stays taken while its invoice is in the
//! trash, so a restore never collides with a newer invoice.

use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::accounts::{User, expect_json, rows};
use crate::support::assert_envelope;
use crate::support::crm::id_of;
use crate::support::team::Team;

async fn trash_ids(app: &TestApp, user: &User, path: &str) -> Vec<String> {
    let list = app
        .get_ok(user, &format!("{path}?deleted=true&limit=200"))
        .await;
    rows(&list).iter().map(id_of).collect()
}

async fn round_trip(app: &TestApp, team: &Team, path: &str, kind: &str, record: Value) {
    let (owner, member) = (&team.owner, &team.member);
    let id = id_of(&record);
    let item = format!("{path}/{id}");
    let before = expect_json(app.get_as(owner, &format!("{path}?limit=200")).await, 200).await;
    let total = before["total"].as_i64().expect("total");
    app.delete_ok(owner, &item).await;
    assert_eq!(app.total(owner, path).await, total - 1);
    assert_eq!(
        trash_ids(app, owner, path).await,
        vec![id.clone()],
        "{path}"
    );
    let trash = app.get_as(member, &format!("{path}?deleted=true")).await;
    assert_envelope(trash, 403, "FORBIDDEN").await;

    let restore = format!("{item}/restore");
    assert_envelope(
        app.post_as(member, &restore, json!({})).await,
        403,
        "FORBIDDEN",
    )
    .await;
    let restored = app.post_as(owner, &restore, json!({})).await;
    assert_eq!(restored.status(), 200, "{restore}");
    assert!(restored.headers().contains_key("etag"));
    let body: Value = restored.json().await.expect("json");
    assert_eq!(body, record, "{kind}: restored as it was");
    assert_eq!(
        expect_json(app.get_as(owner, &item).await, 200).await,
        record
    );
    assert_eq!(app.total(owner, path).await, total);
    assert!(trash_ids(app, owner, path).await.is_empty());
    let timeline = app
        .get_ok(
            owner,
            &format!("/v1/activities?entityType={kind}&entityId={id}"),
        )
        .await;
    assert!(
        rows(&timeline)
            .iter()
            .any(|a| a["type"] == format!("{kind}.restored")),
        "{timeline}"
    );
    // Live again: nothing to restore; an unknown id neither.
    assert_envelope(
        app.post_as(owner, &restore, json!({})).await,
        404,
        "NOT_FOUND",
    )
    .await;
    let unknown = format!("{path}/0193a4c2-5d8e-7f10-9a2b-3c4d5e6f7a8b/restore");
    assert_envelope(
        app.post_as(owner, &unknown, json!({})).await,
        404,
        "NOT_FOUND",
    )
    .await;
}

#[tokio::test]
async fn deleted_records_can_be_listed_and_restored_by_managers() {
    let app = TestApp::spawn().await;
    let team = app.team("trash").await;
    let owner = &team.owner;
    let company = app.company(owner, "Acme").await;
    let contact = app
        .contact(
            owner,
            "Ada",
            json!({ "companyId": id_of(&company), "tags": ["vip"] }),
        )
        .await;
    let stage = app.stage_ids(owner).await[0].clone();
    let deal = app
        .deal(
            owner,
            "Big deal",
            &stage,
            json!({ "primaryContactId": id_of(&contact) }),
        )
        .await;
    let invoice = app.invoice(owner, "Work", json!({})).await;
    round_trip(&app, &team, "/v1/contacts", "contact", contact).await;
    // Deleting the contact detached the deal (and a restore does not attach it again).
    let deal = expect_json(
        app.get_as(owner, &format!("/v1/deals/{}", id_of(&deal)))
            .await,
        200,
    )
    .await;
    assert_eq!(deal["primaryContactId"], Value::Null);
    round_trip(&app, &team, "/v1/deals", "deal", deal).await;
    round_trip(&app, &team, "/v1/invoices", "invoice", invoice).await;
    // A company last: deleting it detaches the contact and the deal, so read them again.
    let company = expect_json(
        app.get_as(owner, &format!("/v1/companies/{}", id_of(&company)))
            .await,
        200,
    )
    .await;
    round_trip(&app, &team, "/v1/companies", "company", company).await;
}

#[tokio::test]
async fn an_invoice_number_stays_taken_while_its_invoice_is_in_the_trash() {
    let app = TestApp::spawn().await;
    let owner = app.register("Numbers", "trash-numbers@example.com").await;
    let invoice = app
        .invoice(&owner, "First", json!({ "invoiceNumber": "INV-TRASH-1" }))
        .await;
    let item = format!("/v1/invoices/{}", id_of(&invoice));
    app.delete_ok(&owner, &item).await;
    let again = app
        .post_as(
            &owner,
            "/v1/invoices",
            json!({ "title": "Second", "amount": 1, "currency": "USD", "invoiceNumber": "INV-TRASH-1" }),
        )
        .await;
    assert_envelope(again, 409, "INVOICE_NUMBER_TAKEN").await;
    let restored = app
        .post_as(&owner, &format!("{item}/restore"), json!({}))
        .await;
    assert_eq!(restored.status(), 200);
}

#[tokio::test]
async fn the_retention_sweep_deletes_old_trash_for_good() {
    use chrono::{Duration, Utc};
    use crm_server::crm::retention::{Swept, sweep};
    let app = TestApp::spawn().await;
    let owner = app.register("Sweep", "trash-sweep@example.com").await;
    let kept = app.contact(&owner, "Kept", json!({})).await;
    let company = app.company(&owner, "Gone Ltd").await;
    let contact = app.contact(&owner, "Gone", json!({})).await;
    let stage = app.stage_ids(&owner).await[0].clone();
    let deal = app.deal(&owner, "Gone deal", &stage, json!({})).await;
    let invoice = app.invoice(&owner, "Gone invoice", json!({})).await;
    let trashed = [
        format!("/v1/companies/{}", id_of(&company)),
        format!("/v1/contacts/{}", id_of(&contact)),
        format!("/v1/deals/{}", id_of(&deal)),
        format!("/v1/invoices/{}", id_of(&invoice)),
    ];
    for item in &trashed {
        app.delete_ok(&owner, item).await;
    }

    let early = sweep(&app.state.db, Utc::now() + Duration::days(10), 30).await;
    assert_eq!(
        early.expect("sweep"),
        Swept::default(),
        "nothing is 30 days old yet"
    );
    assert_eq!(trash_ids(&app, &owner, "/v1/contacts").await.len(), 1);

    let later = sweep(&app.state.db, Utc::now() + Duration::days(31), 30).await;
    assert_eq!(
        later.expect("sweep"),
        Swept {
            workspaces: 1,
            rows: 4
        }
    );
    for path in ["/v1/companies", "/v1/contacts", "/v1/deals", "/v1/invoices"] {
        assert!(trash_ids(&app, &owner, path).await.is_empty(), "{path}");
    }
    for item in &trashed {
        let restore = app
            .post_as(&owner, &format!("{item}/restore"), json!({}))
            .await;
        assert_envelope(restore, 404, "NOT_FOUND").await;
    }
    assert_eq!(app.total(&owner, "/v1/contacts").await, 1);
    assert_eq!(
        app.get_as(&owner, &format!("/v1/contacts/{}", id_of(&kept)))
            .await
            .status(),
        200
    );
    let timeline = app
        .get_ok(&owner, "/v1/activities?entityType=workspace&limit=200")
        .await;
    let purged: Vec<_> = rows(&timeline)
        .iter()
        .filter(|a| a["type"] == "workspace.purged")
        .collect();
    assert_eq!(purged.len(), 1, "{timeline}");
    assert_eq!(purged[0]["metadata"]["purged"]["contacts"], 1);
}
