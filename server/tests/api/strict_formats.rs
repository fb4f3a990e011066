//! Strict formats (issue 9, point 5): dates and date-times have a four-digit year (chrono would
//! read `+10000-…` and `-0001-…` and write them back in a form that is not RFC 3339); a visit's
//! `date` is exactly `YYYY-MM-DD` and its `time` exactly `HH:mm`; a CSV with an unterminated
//! quote is a 400 naming the line; amounts with float noise read as the cent they mean, up to a
//! billionth of a cent.

use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

/// The first issue of a 400 `VALIDATION_ERROR`.
async fn refused(response: reqwest::Response) -> Value {
    let error = assert_envelope(response, 400, "VALIDATION_ERROR").await;
    error["issues"][0].clone()
}

async fn task_due(app: &TestApp, user: &User, contact: &str, due: &str) -> reqwest::Response {
    let body = json!({"title": "T", "relatedType": "contact", "relatedId": contact, "dueAt": due});
    app.post_as(user, "/v1/tasks", body).await
}

#[tokio::test]
async fn date_times_need_a_four_digit_year() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let contact = id_of(&app.contact(&ada, "Ann", json!({})).await);

    for bad in [
        "+10000-01-01T00:00:00Z",
        "-0001-12-31T00:00:00Z",
        "+99999-01-01T00:00:00Z",
    ] {
        let issue = refused(task_due(&app, &ada, &contact, bad).await).await;
        assert_eq!(issue["path"], "dueAt", "{bad}");
    }
    for edge in ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"] {
        let task = expect_json(task_due(&app, &ada, &contact, edge).await, 201).await;
        assert_eq!(task["dueAt"], edge, "stored and answered as sent");
    }
    let issue = refused(
        app.get_as(&ada, "/v1/activities?dateFrom=%2B10000-01-01T00:00:00Z")
            .await,
    )
    .await;
    assert_eq!(issue["path"], "dateFrom");
    let deal = app
        .patch_as(&ada, &format!("/v1/contacts/{contact}"), json!({}))
        .await;
    assert_eq!(deal.status(), 200);
    assert_eq!(
        app.total(&ada, "/v1/tasks").await,
        2,
        "only the two valid tasks exist"
    );
}

#[tokio::test]
async fn a_visit_day_is_exactly_yyyy_mm_dd_and_its_time_exactly_hh_mm() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let contact = id_of(&app.contact(&ada, "Ann", json!({})).await);
    let visit = |date: &str, time: &str| {
        json!({"contactId": contact, "contactName": "Ann", "date": date, "time": time,
               "durationMinutes": 30, "reason": "Check-up", "status": "SCHEDULED"})
    };

    for (date, time, field) in [
        ("2026-1-1", "09:30", "date"),
        ("2026-01-1", "09:30", "date"),
        ("2026-02-30", "09:30", "date"),
        ("+2026-01-01", "09:30", "date"),
        ("2026-01-01", "9:30", "time"),
        ("2026-01-01", "24:00", "time"),
    ] {
        let issue = refused(app.post_as(&ada, "/v1/visits", visit(date, time)).await).await;
        assert_eq!(issue["path"], field, "{date} {time}");
    }
    let created = expect_json(
        app.post_as(&ada, "/v1/visits", visit("2024-02-29", "23:59"))
            .await,
        201,
    )
    .await;
    assert_eq!(
        (created["date"].as_str(), created["time"].as_str()),
        (Some("2024-02-29"), Some("23:59"))
    );
    let path = format!("/v1/visits/{}", id_of(&created));
    let issue = refused(
        app.patch_as(&ada, &path, json!({"date": "2026-3-01"}))
            .await,
    )
    .await;
    assert_eq!(issue["path"], "date");
    let issue = refused(app.get_as(&ada, "/v1/visits?dateFrom=2026-1-1").await).await;
    assert_eq!(issue["path"], "dateFrom");
    assert_eq!(app.total(&ada, "/v1/visits").await, 1);
}

#[tokio::test]
async fn an_unterminated_quote_in_a_csv_import_is_a_400_naming_the_line() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let csv = "firstName,lastName\nAda,Lovelace\n\"Bob,Builder\nCleo,Patra\n";

    let response = app
        .post_as(&ada, "/v1/contacts/import", json!({"csv": csv}))
        .await;

    let issue = refused(response).await;
    assert_eq!(issue["path"], "csv");
    assert_eq!(issue["message"], "line 3: a quoted field is never closed");
    assert_eq!(app.total(&ada, "/v1/contacts").await, 0, "nothing imported");
}

#[tokio::test]
async fn float_noise_is_read_as_the_cent_it_means_up_to_a_billionth_of_a_cent() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let stage = app.stage_ids(&ada).await.remove(0);
    let deal =
        |amount: f64| json!({"title": "D", "amount": amount, "currency": "EUR", "stageId": stage});

    for (sent, stored) in [
        (0.1 + 0.2, 0.3),
        (1e-16, 0.0),
        (9e-12, 0.0),
        (0.29 + 9e-12, 0.29),
    ] {
        let created = expect_json(app.post_as(&ada, "/v1/deals", deal(sent)).await, 201).await;
        assert_eq!(created["amount"], json!(stored), "{sent:e}");
    }
    for sent in [1.1e-11, 1e-9, 0.291, 0.29 + 2e-11] {
        let issue = refused(app.post_as(&ada, "/v1/deals", deal(sent)).await).await;
        assert_eq!(issue["path"], "amount", "{sent:e}");
    }
}
