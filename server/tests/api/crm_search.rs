//! Global search through HTTP: every kind found by each of its fields, case-insensitively;
//! ranking by match tier (exact, prefix, word prefix, substring) then most recent, on a fixed
//! data set, and `limit`; `%`, `_` and `\` matched literally; deleted records and other
//! workspaces never found; the 400s for a missing or empty `q` and a bad `limit`; and `total`
//! exact up to the cap, capped beyond. Invoices and visits are written straight into the
//! database (`support::seeded_rows`).

use crm_server::entities::sea_orm_active_enums::MembershipRole;
use serde_json::{Value, json};

use crate::support::accounts::{expect_json, rows};
use crate::support::crm::id_of;
use crate::support::seeded_rows::invoice;
use crate::support::{TestApp, assert_envelope};

#[tokio::test]
async fn search_finds_every_kind_by_each_field_case_insensitively() {
    let app = TestApp::spawn().await;
    let team = app.team("find").await;
    let stage = app.stage_ids(&team.owner).await[0].clone();
    let ada = app
        .create(
            &team.owner,
            "/v1/contacts",
            json!({"firstName": "Ada", "lastName": "Lovelace", "email": "Countess@Analytical.test"}),
        )
        .await;
    let company = app
        .create(
            &team.owner,
            "/v1/companies",
            json!({"name": "Globex", "domain": "initech.example"}),
        )
        .await;
    let deal = app
        .deal(
            &team.owner,
            "Quantum Upgrade",
            &stage,
            json!({"amount": 12.3}),
        )
        .await;
    let task = app
        .task(
            &team.owner,
            "deal",
            &id_of(&deal),
            json!({"title": "Phone Zebedee"}),
        )
        .await;
    let mut row = invoice(&team.workspace, "INV-XYZ-7", 100, None);
    row.title = "Widget order".to_owned();
    let invoice_id = row.id.to_string();
    app.insert_invoice(row).await;
    let visit = app
        .insert_visit(&team.workspace, &ada, "Annual Checkup")
        .await;

    let (ada, company, deal, task) = (id_of(&ada), id_of(&company), id_of(&deal), id_of(&task));
    let cases: [(&str, Vec<(&str, &str)>); 10] = [
        ("LOVELACE", vec![("contact", &ada), ("visit", &visit)]),
        ("ada love", vec![("contact", &ada), ("visit", &visit)]),
        ("analytical.TEST", vec![("contact", &ada)]),
        ("gLoBeX", vec![("company", &company)]),
        ("INITECH", vec![("company", &company)]),
        ("quantum", vec![("deal", &deal)]),
        ("zebedee", vec![("task", &task)]),
        ("xyz-7", vec![("invoice", &invoice_id)]),
        ("WIDGET", vec![("invoice", &invoice_id)]),
        ("checkup", vec![("visit", &visit)]),
    ];
    for (q, expected) in cases {
        let found = app
            .get_ok(
                &team.member,
                &format!("/v1/search?q={}", q.replace(' ', "%20")),
            )
            .await;
        let hits: Vec<(&str, &str)> = rows(&found)
            .iter()
            .map(|h| {
                (
                    h["type"].as_str().expect("type"),
                    h["id"].as_str().expect("id"),
                )
            })
            .collect();
        let (mut hits, mut expected) = (hits, expected);
        hits.sort_unstable();
        expected.sort_unstable();
        assert_eq!(hits, expected, "q={q}: {found}");
        assert_eq!(found["total"], expected.len(), "q={q}");
    }
    let found = app.get_ok(&team.owner, "/v1/search?q=lovelace").await;
    assert_eq!(rows(&found)[0]["title"], "Ada Lovelace");
    assert_eq!(rows(&found)[0]["subtitle"], "Countess@Analytical.test");
    let found = app.get_ok(&team.owner, "/v1/search?q=quantum").await;
    assert_eq!(rows(&found)[0]["title"], "Quantum Upgrade");
    assert_eq!(rows(&found)[0]["subtitle"], "12.30 USD");
    let found = app.get_ok(&team.owner, "/v1/search?q=xyz").await;
    assert_eq!(rows(&found)[0]["title"], "INV-XYZ-7");
    assert_eq!(rows(&found)[0]["subtitle"], "Widget order");
}

#[tokio::test]
async fn search_ranks_exact_then_prefix_then_word_then_substring_then_recency() {
    let app = TestApp::spawn().await;
    let owner = app.register("Rank", "rank@example.com").await;
    let stage = app.stage_ids(&owner).await[0].clone();
    // Oldest first; the tier each text puts the hit in, for q = "mar".
    let mar_co = id_of(&app.company(&owner, "Mar").await); // exact
    let mar = id_of(
        &app.contact(&owner, "Mar", json!({"lastName": "Lopez"}))
            .await,
    ); // first name exact
    let deal = id_of(
        &app.deal(&owner, "Marketing retainer", &stage, json!({}))
            .await,
    ); // prefix
    let marsh = id_of(
        &app.contact(&owner, "Ann", json!({"lastName": "Marsh"}))
            .await,
    ); // last name prefix
    let task = id_of(
        &app.task(&owner, "deal", &deal, json!({"title": "Call Mark"}))
            .await,
    ); // a word's prefix
    let mart = id_of(&app.company(&owner, "Big Mart").await); // a word's prefix
    let omar_contact = app
        .contact(
            &owner,
            "Omar",
            json!({"lastName": "Khan", "email": "omar@example.com"}),
        )
        .await;
    let omar = id_of(&omar_contact); // inside a word
    let mut row = invoice(owner.workspace(), "INV-Q1", 100, None);
    row.title = "Q1 summary".to_owned(); // inside a word
    let summary = row.id.to_string();
    app.insert_invoice(row).await;
    let visit = app
        .insert_visit(owner.workspace(), &omar_contact, "Smart check")
        .await; // inside words
    // Touching the deal makes it the newest of its tier.
    let path = format!("/v1/deals/{deal}");
    expect_json(
        app.patch_as(&owner, &path, json!({"title": "Marketing Retainer"}))
            .await,
        200,
    )
    .await;

    let ids = |found: &Value| -> Vec<String> { rows(found).iter().map(id_of).collect() };
    let ranked = [
        mar, mar_co, // exact, newest first across kinds
        deal, marsh, // prefix
        mart, task, // word prefix
        visit, summary, omar, // substring
    ];
    let all = app.get_ok(&owner, "/v1/search?q=MAR").await;
    assert_eq!(ids(&all), ranked, "{all}");
    assert_eq!(all["total"], 9);
    for limit in [1_usize, 3, 5, 8] {
        let page = app
            .get_ok(&owner, &format!("/v1/search?q=%20mar%20&limit={limit}"))
            .await;
        assert_eq!(ids(&page), ranked[..limit], "limit {limit}");
        assert_eq!(page["total"], 9, "total counts every hit");
    }
    // A whole email is an exact match; the other hits still follow by tier.
    let found = app.get_ok(&owner, "/v1/search?q=omar@example.com").await;
    assert_eq!(ids(&found), [ranked[8].clone()]);
    let found = app.get_ok(&owner, "/v1/search?q=omar").await;
    assert_eq!(
        ids(&found),
        [ranked[8].clone(), ranked[6].clone()],
        "contact exact, visit prefix"
    );
}

#[tokio::test]
async fn search_matches_like_wildcards_literally() {
    let app = TestApp::spawn().await;
    let owner = app.register("Wild", "wild@example.com").await;
    let names = [
        "50% Off",
        "500 Off",
        "a_b",
        "axb",
        r"back\slash",
        "backslash",
    ];
    let mut ids = std::collections::HashMap::new();
    for name in names {
        ids.insert(name, id_of(&app.company(&owner, name).await));
    }
    for (q, expected) in [
        ("%25", "50% Off"),
        ("0%25", "50% Off"),
        ("_", "a_b"),
        ("a_b", "a_b"),
        ("%5C", r"back\slash"),
    ] {
        let found = app.get_ok(&owner, &format!("/v1/search?q={q}")).await;
        let got: Vec<String> = rows(&found).iter().map(id_of).collect();
        assert_eq!(got, [ids[expected].clone()], "q={q}: {found}");
        assert_eq!(found["total"], 1);
    }
}

#[tokio::test]
async fn search_never_finds_deleted_records_or_another_workspaces() {
    let app = TestApp::spawn().await;
    let owner = app.register("Mine", "mine@example.com").await;
    let other = app.register("Theirs", "theirs@example.com").await;
    let kept = id_of(&app.contact(&owner, "Needle", json!({})).await);
    let gone = id_of(
        &app.contact(&owner, "Needle", json!({"lastName": "Gone"}))
            .await,
    );
    app.delete_ok(&owner, &format!("/v1/contacts/{gone}")).await;
    let mut deleted = invoice(owner.workspace(), "NEEDLE-1", 5, None);
    deleted.deleted_at = Some(crm_server::time::now());
    app.insert_invoice(deleted).await;
    app.company(&other, "Needle Works").await;
    app.insert_invoice(invoice(other.workspace(), "NEEDLE-2", 5, None))
        .await;

    let found = app.get_ok(&owner, "/v1/search?q=needle").await;
    let got: Vec<String> = rows(&found).iter().map(id_of).collect();
    assert_eq!(got, [kept]);
    assert_eq!(found["total"], 1);
    let theirs = app.get_ok(&other, "/v1/search?q=needle").await;
    assert_eq!(theirs["total"], 2);
    assert!(rows(&theirs).iter().all(|hit| hit["type"] != "contact"));

    // Naming a workspace one is not a member of is a 403, for search and every report.
    let intruder = other.in_workspace(owner.workspace());
    for path in [
        "/v1/search?q=needle",
        "/v1/reports/dashboard",
        "/v1/reports/pipeline",
        "/v1/reports/invoice-aging",
    ] {
        assert_envelope(app.get_as(&intruder, path).await, 403, "FORBIDDEN").await;
    }
}

#[tokio::test]
async fn search_refuses_a_missing_or_empty_q_and_a_bad_limit() {
    let app = TestApp::spawn().await;
    let owner = app.register("Bad", "bad@example.com").await;
    for path in [
        "/v1/search",
        "/v1/search?q=",
        "/v1/search?q=a&limit=0",
        "/v1/search?q=a&limit=201",
        "/v1/search?q=a&limit=x",
    ] {
        assert_envelope(app.get_as(&owner, path).await, 400, "VALIDATION_ERROR").await;
    }
    app.contact(&owner, "Spacey", json!({"lastName": "Name"}))
        .await;
    let blank = app.get_ok(&owner, "/v1/search?q=%20%20").await;
    assert_eq!(
        blank,
        json!({"rows": [], "total": 0}),
        "blank q finds nothing"
    );
}

/// A broad search reports `total` exactly up to the cap and the cap beyond it ("1,000 or more"),
/// with the page itself unaffected.
#[tokio::test]
async fn search_totals_are_exact_up_to_the_cap_and_capped_beyond() {
    let app = TestApp::spawn().await;
    let team = app.team("cap").await;
    let ctx = app.ctx(&team.owner, MembershipRole::Owner).await;
    let cap = usize::try_from(crm_server::crm::search::TOTAL_CAP).unwrap();
    for i in 0..cap + 5 {
        let name = if i < cap - 3 { "Capped" } else { "Capdeal" };
        let body = serde_json::from_value(json!({"firstName": name, "lastName": format!("N{i}")}))
            .unwrap();
        crm_server::crm::contacts::create(&app.state.db, ctx, &body)
            .await
            .unwrap();
    }
    let exact = app
        .get_ok(&team.member, "/v1/search?q=capdeal&limit=5")
        .await;
    assert_eq!(exact["total"], 8, "below the cap: exact");
    let capped = app.get_ok(&team.member, "/v1/search?q=cap&limit=200").await;
    assert_eq!(
        capped["total"],
        crm_server::crm::search::TOTAL_CAP,
        "1,005 hits"
    );
    assert_eq!(rows(&capped).len(), 200);
    let at_cap = app
        .get_ok(&team.member, "/v1/search?q=capped&limit=1")
        .await;
    assert_eq!(at_cap["total"], 997, "just below the cap: exact");
}
