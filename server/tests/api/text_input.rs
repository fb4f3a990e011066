//! Text input means the same on both databases (issue 9, point 3). U+0000 cannot be stored by
//! PostgreSQL and is refused in every string field and query parameter (400 `VALIDATION_ERROR`
//! naming it, nothing written; the generated validators call `crm_api_runtime::no_nul`); any
//! other text, control characters included, is stored by the rule of its field. The property test checks generated text against that rule on whichever database the
//! suite runs, so the SQLite and PostgreSQL runs of CI agree with the rule and with each other.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

/// How a field stores text.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// Required text: trimmed, unless nothing would be left (then kept as sent).
    Required,
    /// Trimmed (a last name).
    Trimmed,
    /// Optional text: trimmed; blank is absent (`null`).
    Optional,
    /// Kept byte for byte; blank is absent (`null`).
    Verbatim,
    /// Required and kept byte for byte (a note body).
    RequiredVerbatim,
}

impl Rule {
    fn stored(self, text: &str) -> Value {
        let trimmed = text.trim();
        match self {
            Rule::Required if trimmed.is_empty() => json!(text),
            Rule::Required | Rule::Trimmed => json!(trimmed),
            Rule::Optional if trimmed.is_empty() => Value::Null,
            Rule::Optional => json!(trimmed),
            Rule::Verbatim if trimmed.is_empty() => Value::Null,
            Rule::Verbatim | Rule::RequiredVerbatim => json!(text),
        }
    }
}

/// A text field of a create: where it is posted, the rest of a valid body, and its rule.
struct TextField {
    path: &'static str,
    field: &'static str,
    body: Value,
    rule: Rule,
}

async fn text_fields(app: &TestApp, user: &User) -> Vec<TextField> {
    let contact = id_of(&app.contact(user, "Ann", json!({})).await);
    let stage = app.stage_ids(user).await.remove(0);
    let f = |path, field, body, rule| TextField {
        path,
        field,
        body,
        rule,
    };
    vec![
        f("/v1/companies", "name", json!({}), Rule::Required),
        f(
            "/v1/companies",
            "industry",
            json!({"name": "Acme"}),
            Rule::Optional,
        ),
        f(
            "/v1/contacts",
            "firstName",
            json!({"lastName": "L", "tags": []}),
            Rule::Required,
        ),
        f(
            "/v1/contacts",
            "lastName",
            json!({"firstName": "F", "tags": []}),
            Rule::Trimmed,
        ),
        f(
            "/v1/contacts",
            "jobTitle",
            json!({"firstName": "F", "lastName": "L", "tags": []}),
            Rule::Optional,
        ),
        f(
            "/v1/deals",
            "title",
            json!({"amount": 1, "currency": "EUR", "stageId": stage}),
            Rule::Required,
        ),
        f(
            "/v1/deals",
            "description",
            json!({"title": "D", "amount": 1, "currency": "EUR", "stageId": stage}),
            Rule::Optional,
        ),
        f(
            "/v1/tasks",
            "title",
            json!({"relatedType": "contact", "relatedId": contact}),
            Rule::Required,
        ),
        f(
            "/v1/notes",
            "body",
            json!({"relatedType": "contact", "relatedId": contact}),
            Rule::RequiredVerbatim,
        ),
        f(
            "/v1/invoices",
            "notes",
            json!({"title": "I", "amount": 1, "currency": "EUR"}),
            Rule::Verbatim,
        ),
        f(
            "/v1/visits",
            "reason",
            json!({"contactId": contact, "contactName": "Ann", "date": "2026-12-01", "time": "09:30", "durationMinutes": 30, "status": "SCHEDULED"}),
            Rule::Required,
        ),
    ]
}

/// Text of 1 to 12 characters from letters, spaces, line breaks, other control characters
/// (U+0000 among them), non-ASCII letters, an emoji and invisible Unicode.
fn text() -> impl Strategy<Value = String> {
    let alphabet = prop::sample::select(vec![
        'a', 'Z', '7', ' ', ' ', '\t', '\n', '\r', '\u{0}', '\u{1}', '\u{1b}', '\u{1f}', '\u{7f}',
        'é', 'ß', '😀', '\u{a0}', '\u{200b}', '\u{feff}', '<', '"', '\\', '%',
    ]);
    vec(alphabet, 1..12).prop_map(|chars| chars.into_iter().collect())
}

#[test]
fn generated_text_is_refused_with_nul_and_stored_by_its_rule_otherwise() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (app, user, fields) = runtime.block_on(async {
        let app = TestApp::spawn().await;
        let user = app.register("Ada", "ada@example.com").await;
        let fields = text_fields(&app, &user).await;
        (app, user, fields)
    });
    for target in &fields {
        let mut runner = TestRunner::new(Config {
            cases: 20,
            failure_persistence: None,
            ..Config::default()
        });
        runner
            .run(&text(), |text| {
                runtime.block_on(async {
                    let mut body = target.body.clone();
                    body[target.field] = json!(text);
                    let answer = app.post_as(&user, target.path, body).await;
                    if text.contains('\0') {
                        let error = assert_envelope(answer, 400, "VALIDATION_ERROR").await;
                        assert_eq!(error["issues"][0]["path"], target.field, "{text:?}");
                    } else {
                        let created = expect_json(answer, 201).await;
                        let want = target.rule.stored(&text);
                        assert_eq!(created[target.field], want, "{} {text:?}", target.path);
                        let path = format!("{}/{}", target.path, id_of(&created));
                        if target.path != "/v1/notes" && target.path != "/v1/visits" {
                            assert_eq!(app.get_ok(&user, &path).await, created, "stored");
                        }
                    }
                });
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{} {}: {e}", target.path, target.field));
    }
    runtime.block_on(async move { drop(app) });
}

#[tokio::test]
async fn nul_is_refused_in_every_kind_of_input_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let contact = id_of(&app.contact(&ada, "Ann", json!({})).await);

    let bodies = [
        (
            "/v1/auth/register",
            json!({"name": "N\u{0}", "email": "n@example.com", "password": "long enough"}),
            "name",
        ),
        (
            "/v1/auth/login",
            json!({"email": "ada\u{0}@example.com", "password": "whatever1"}),
            "email",
        ),
        (
            "/v1/contacts",
            json!({"firstName": "F", "lastName": "L", "tags": ["ok", "t\u{0}"]}),
            "tags",
        ),
        (
            "/v1/contacts/import",
            json!({"csv": "firstName,lastName\nA\u{0},B\n"}),
            "csv",
        ),
        (
            "/v1/contacts/import",
            json!({"rows": [{"firstName": "A", "lastName": "B"}, {"firstName": "\u{0}", "lastName": "B"}]}),
            "rows[1].firstName",
        ),
    ];
    for (path, body, field) in bodies {
        let answer = app.send(Method::POST, path, Some(&ada), Some(&body)).await;
        assert_eq!(answer.status(), 400, "{path} {body}");
        let error = assert_envelope(answer, 400, "VALIDATION_ERROR").await;
        assert_eq!(error["issues"][0]["path"], field, "{path}");
    }
    let patch = app
        .patch_as(
            &ada,
            &format!("/v1/contacts/{contact}"),
            json!({"jobTitle": "x\u{0}"}),
        )
        .await;
    assert_envelope(patch, 400, "VALIDATION_ERROR").await;
    for (path, parameter) in [
        ("/v1/contacts?q=a%00b", "q"),
        ("/v1/contacts?tag=%00", "tag"),
        ("/v1/activities?entityType=contact%00", "entityType"),
        ("/v1/search?q=%00", "q"),
    ] {
        let answer = app.get_as(&ada, path).await;
        assert_eq!(answer.status(), 400, "{path}");
        let error = assert_envelope(answer, 400, "VALIDATION_ERROR").await;
        assert_eq!(error["issues"][0]["path"], parameter, "{path}");
    }

    assert_eq!(app.user_count().await, 1, "no account was registered");
    assert_eq!(
        app.total(&ada, "/v1/contacts").await,
        1,
        "no contact was written"
    );
    let stored = app.get_ok(&ada, &format!("/v1/contacts/{contact}")).await;
    assert_eq!(stored["jobTitle"], Value::Null);
}

#[tokio::test]
async fn an_escaped_backslash_before_u0000_is_text_not_nul() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let answer = app
        .client
        .post(app.url("/v1/companies"))
        .bearer_auth(&ada.token)
        .header("content-type", "application/json")
        .body(r#"{"name": "C:\\u0000 drive"}"#)
        .send()
        .await
        .expect("request is sent");
    let created = expect_json(answer, 201).await;
    assert_eq!(created["name"], r"C:\u0000 drive");
}
