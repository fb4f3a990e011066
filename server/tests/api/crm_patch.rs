//! Property tests of PATCH semantics for every CRM record type: for random combinations of
//! absent / `null` / `""` / value per field, the answer and the stored record equal a model in
//! which an absent field keeps its value, `null` (and `""` for optional text) clears a nullable
//! field, and a value replaces it; `updatedAt` moves exactly when something changed.

use proptest::collection::vec;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value, json};

use crate::support::TestApp;
use crate::support::accounts::{User, expect_json};
use crate::support::crm::id_of;

/// A field of a PATCH body: its name, whether `null` is allowed, and values to send. A value of
/// `""` is expected back as `null`.
struct Field {
    name: &'static str,
    nullable: bool,
    values: Vec<Value>,
}

fn field(name: &'static str, nullable: bool, values: Vec<Value>) -> Field {
    Field {
        name,
        nullable,
        values,
    }
}

/// One record type to patch.
struct Target {
    path: String,
    fields: Vec<Field>,
}

/// Choice `0` is absent, `1` is `null` (or absent for a non-nullable field), `2..` a value.
fn apply(fields: &[Field], choices: &[usize], model: &mut Map<String, Value>) -> Value {
    let mut body = Map::new();
    for (field, choice) in fields.iter().zip(choices) {
        let value = match *choice {
            0 => continue,
            1 if field.nullable => Value::Null,
            1 => continue,
            n => field.values[(n - 2) % field.values.len()].clone(),
        };
        let stored = if value == "" {
            Value::Null
        } else {
            value.clone()
        };
        model.insert(field.name.to_owned(), stored);
        body.insert(field.name.to_owned(), value);
    }
    Value::Object(body)
}

async fn targets(app: &TestApp, user: &User, other: &User) -> Vec<Target> {
    let stages = app.stage_ids(user).await;
    let companies = [
        id_of(&app.company(user, "A").await),
        id_of(&app.company(user, "B").await),
    ];
    let contact = id_of(&app.contact(user, "Ann", json!({})).await);
    let company = id_of(&app.company(user, "C").await);
    let deal = id_of(&app.deal(user, "D", &stages[0], json!({})).await);
    let task = id_of(&app.task(user, "company", &company, json!({})).await);
    let text = |a: &str, b: &str| vec![json!(a), json!(""), json!(b)];
    vec![
        Target {
            path: format!("/v1/contacts/{contact}"),
            fields: vec![
                field("firstName", false, vec![json!("Ann"), json!("Bo")]),
                field("jobTitle", true, text("CEO", "CTO")),
                field("email", true, vec![json!("a@x.io"), json!("B@Y.io")]),
                field("phone", true, text("123", "456")),
                field(
                    "companyId",
                    true,
                    vec![json!(companies[0]), json!(companies[1])],
                ),
                field("customerType", true, vec![json!("B2B"), json!("PATIENT")]),
                field(
                    "tags",
                    false,
                    vec![json!([]), json!(["a"]), json!(["a", "b"])],
                ),
            ],
        },
        Target {
            path: format!("/v1/companies/{company}"),
            fields: vec![
                field("name", false, vec![json!("C1"), json!("C2")]),
                field("domain", true, text("c.test", "d.test")),
                field("industry", true, text("Retail", "Health")),
                field("size", true, text("1-10", "11-50")),
            ],
        },
        Target {
            path: format!("/v1/deals/{deal}"),
            fields: vec![
                field("title", false, vec![json!("D1"), json!("D2")]),
                field("amount", false, vec![json!(1.0), json!(2.5), json!(0.01)]),
                field("currency", false, vec![json!("USD"), json!("EUR")]),
                field("stageId", false, vec![json!(stages[1]), json!(stages[2])]),
                field("companyId", true, vec![json!(companies[0])]),
                field("primaryContactId", true, vec![json!(contact)]),
                field(
                    "expectedCloseDate",
                    true,
                    vec![json!("2027-01-31T09:30:00Z")],
                ),
                field(
                    "status",
                    false,
                    vec![json!("OPEN"), json!("WON"), json!("LOST")],
                ),
                field("description", true, text("first", "second")),
            ],
        },
        Target {
            path: format!("/v1/tasks/{task}"),
            fields: vec![
                field("title", false, vec![json!("T1"), json!("T2")]),
                field(
                    "dueAt",
                    true,
                    vec![json!("2027-02-01T10:00:00Z"), json!("2027-03-01T10:00:00Z")],
                ),
                field("assigneeId", true, vec![json!(user.id), json!(other.id)]),
                field("status", false, vec![json!("OPEN"), json!("DONE")]),
            ],
        },
    ]
}

#[test]
fn patch_keeps_absent_clears_null_and_replaces_values() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (app, user, targets) = runtime.block_on(async {
        let app = TestApp::spawn().await;
        let team = app.team("pp").await;
        let targets = targets(&app, &team.member, &team.admin).await;
        (app, team.member, targets)
    });
    for target in &targets {
        let mut runner = TestRunner::new(Config {
            cases: 24,
            failure_persistence: None,
            ..Config::default()
        });
        let arity = target
            .fields
            .iter()
            .map(|f| f.values.len() + 2)
            .max()
            .unwrap_or(2);
        let strategy = vec(0..arity, target.fields.len());
        runner
            .run(&strategy, |choices| {
                runtime.block_on(async {
                    let before = app.get_ok(&user, &target.path).await;
                    let mut model = before.as_object().cloned().expect("object");
                    let body = apply(&target.fields, &choices, &mut model);
                    let after =
                        expect_json(app.patch_as(&user, &target.path, body.clone()).await, 200)
                            .await;
                    let stored = app.get_ok(&user, &target.path).await;
                    assert_eq!(after, stored, "answer = stored");
                    let changed = target
                        .fields
                        .iter()
                        .any(|f| model.get(f.name) != before.get(f.name).or(Some(&Value::Null)));
                    for f in &target.fields {
                        let want = model.get(f.name).cloned().unwrap_or(Value::Null);
                        assert_eq!(
                            after[f.name], want,
                            "{} {} after {body}",
                            target.path, f.name
                        );
                    }
                    if changed {
                        assert_ne!(
                            after["updatedAt"], before["updatedAt"],
                            "updatedAt moves on {body}"
                        );
                    } else {
                        assert_eq!(
                            after["updatedAt"], before["updatedAt"],
                            "nothing changed on {body}"
                        );
                    }
                });
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{}: {e}", target.path));
    }
    drop(targets);
    runtime.block_on(async move { drop(app) });
}
