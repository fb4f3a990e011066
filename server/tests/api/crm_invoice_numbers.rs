//! Invoice numbers through HTTP: allocated per workspace in sequence (`INV-000001`, skipping
//! numbers chosen by hand, blank counts as absent), 409 `INVOICE_NUMBER_TAKEN` on a clash at
//! create and PATCH, deleted invoices keep their number taken; and under concurrent creates every
//! allocated number is distinct with no gap, exactly one of racing identical numbers wins, and
//! the counter stays equal to `count(*)` through concurrent deletes.

use std::collections::HashSet;

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::accounts::expect_json;
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

fn number_of(invoice: &Value) -> String {
    invoice["invoiceNumber"]
        .as_str()
        .unwrap_or_else(|| panic!("invoiceNumber in {invoice}"))
        .to_owned()
}

#[tokio::test]
async fn invoice_numbers_are_allocated_in_sequence_and_stay_unique() {
    let app = TestApp::spawn().await;
    let team = app.team("num").await;
    let other = app.register("Other", "other@example.com").await;
    let first = app.invoice(&team.owner, "A", json!({})).await;
    let second = app
        .invoice(&team.member, "B", json!({"invoiceNumber": "   "}))
        .await;
    assert_eq!(number_of(&first), "INV-000001");
    assert_eq!(number_of(&second), "INV-000002", "blank counts as absent");
    // A number chosen by hand is skipped by the allocation.
    app.invoice(&team.owner, "C", json!({"invoiceNumber": "INV-000003"}))
        .await;
    let fourth = app.invoice(&team.owner, "D", json!({})).await;
    assert_eq!(number_of(&fourth), "INV-000004");
    let trimmed = app
        .invoice(&team.owner, "E", json!({"invoiceNumber": "  X-9 "}))
        .await;
    assert_eq!(number_of(&trimmed), "X-9");
    // Numbers are per workspace.
    assert_eq!(
        number_of(&app.invoice(&other, "Z", json!({})).await),
        "INV-000001"
    );
    assert_eq!(
        number_of(
            &app.invoice(&other, "Z", json!({"invoiceNumber": "X-9"}))
                .await
        ),
        "X-9"
    );

    // A clash on create and on PATCH is 409 INVOICE_NUMBER_TAKEN, at `invoiceNumber`.
    let clash = assert_envelope(
        app.post_as(
            &team.owner,
            "/v1/invoices",
            json!({"title": "F", "amount": 1, "currency": "USD", "invoiceNumber": "INV-000001"}),
        )
        .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    assert_eq!(clash["issues"][0]["path"], "invoiceNumber");
    let second_path = format!("/v1/invoices/{}", id_of(&second));
    assert_envelope(
        app.patch_as(&team.owner, &second_path, json!({"invoiceNumber": "X-9"}))
            .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    let same = app
        .patch_as(
            &team.owner,
            &second_path,
            json!({"invoiceNumber": "INV-000002"}),
        )
        .await;
    expect_json(same, 200).await;
    // A deleted invoice keeps its number taken.
    app.delete_ok(&team.owner, &format!("/v1/invoices/{}", id_of(&first)))
        .await;
    assert_envelope(
        app.post_as(
            &team.owner,
            "/v1/invoices",
            json!({"title": "G", "amount": 1, "currency": "USD", "invoiceNumber": "INV-000001"}),
        )
        .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    assert_envelope(
        app.patch_as(
            &team.owner,
            &second_path,
            json!({"invoiceNumber": "INV-000001"}),
        )
        .await,
        409,
        "INVOICE_NUMBER_TAKEN",
    )
    .await;
    assert_eq!(
        number_of(&app.invoice(&team.owner, "H", json!({})).await),
        "INV-000005"
    );
}

#[tokio::test]
async fn concurrent_creates_get_distinct_numbers_and_one_wins_a_clash() {
    let app = TestApp::spawn().await;
    let team = app.team("conc").await;
    let contact = id_of(&app.contact(&team.owner, "Ann", json!({})).await);
    let body = json!({"title": "T", "amount": 1, "currency": "USD",
                      "relatedType": "contact", "relatedId": contact});
    let requests = (0..16)
        .map(|_| (Method::POST, "/v1/invoices".to_owned(), Some(body.clone())))
        .collect();
    let answers = app.concurrently(&team.member, requests).await;
    let numbers: HashSet<String> = answers
        .iter()
        .map(|(status, body)| {
            assert_eq!(*status, 201, "{body}");
            number_of(body)
        })
        .collect();
    let expected: HashSet<String> = (1..=16).map(|n| format!("INV-{n:06}")).collect();
    assert_eq!(numbers, expected, "16 distinct numbers, no gap");

    // Hand-picked numbers racing the allocation (fewer than its attempts): an allocated create
    // never answers 409, and every number is distinct.
    let mut requests = Vec::new();
    for n in 0..6 {
        let mut chosen = body.clone();
        chosen["invoiceNumber"] = json!(format!("INV-{:06}", 17 + n));
        let body = if n < 3 { chosen } else { body.clone() };
        requests.push((Method::POST, "/v1/invoices".to_owned(), Some(body.clone())));
        requests.push((Method::POST, "/v1/invoices".to_owned(), Some(body)));
    }
    let answers = app.concurrently(&team.owner, requests).await;
    let mut numbers = HashSet::new();
    for (i, (status, answer)) in answers.iter().enumerate() {
        if i >= 6 || *status != 409 {
            assert_eq!(*status, 201, "{answer}");
            assert!(numbers.insert(number_of(answer)), "{answer}");
        }
    }

    let mut clash = body.clone();
    clash["invoiceNumber"] = json!("SAME-1");
    let requests = (0..8)
        .map(|_| (Method::POST, "/v1/invoices".to_owned(), Some(clash.clone())))
        .collect();
    let answers = app.concurrently(&team.owner, requests).await;
    let created = answers.iter().filter(|(s, _)| *s == 201).count();
    assert_eq!(created, 1, "{answers:?}");
    for (status, body) in answers.iter().filter(|(s, _)| *s != 201) {
        assert_eq!(*status, 409, "{body}");
        assert_eq!(body["code"], "INVOICE_NUMBER_TAKEN");
    }

    // Concurrent deletes and creates keep the counter equal to count(*).
    let ids: Vec<String> = answers
        .iter()
        .filter(|(s, _)| *s == 201)
        .map(|(_, b)| id_of(b))
        .chain(app.walk(&team.owner, "/v1/invoices", 200).await.ids())
        .collect();
    let mut requests: Vec<_> = ids
        .iter()
        .take(6)
        .flat_map(|id| {
            let path = format!("/v1/invoices/{id}");
            [
                (Method::DELETE, path.clone(), None),
                (Method::DELETE, path, None),
            ]
        })
        .collect();
    requests.extend((0..4).map(|_| (Method::POST, "/v1/invoices".to_owned(), Some(body.clone()))));
    for (status, body) in app.concurrently(&team.owner, requests).await {
        assert!([200, 201, 404].contains(&status), "{status}: {body}");
    }
    assert_eq!(
        app.total(&team.member, "/v1/invoices").await,
        app.live_count("invoices", &team.workspace, true).await
    );
}
