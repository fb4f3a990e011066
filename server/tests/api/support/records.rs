//! A record in every collection of a workspace, found or created from the contract alone: each
//! `POST` body is made from its schema, and `*Id` references point at records seeded first.
//! Collections still answering 501 are reported as skipped, so callers cover them once served.

use std::collections::HashMap;

use reqwest::Method;
use serde_json::{Map, Value};

use super::TestApp;
use super::accounts::{User, rows};
use super::spec;

/// What seeding a collection of workspace A gave.
#[derive(Debug, Clone)]
pub enum Seeded {
    /// The id of one of A's records.
    Id(String),
    /// Not served yet (501), with the reason.
    Skipped(String),
}

/// The collection a `format: uuid` property points into, from its name (`stageId`,
/// `primaryContactId`, `relatedId` + `relatedType`), among the collections of the matrix.
enum Target {
    Caller,
    Collection(String),
}

fn target(name: &str, siblings: &Map<String, Value>, collections: &[String]) -> Target {
    let stem = match name {
        "relatedId" => siblings["relatedType"]
            .as_str()
            .expect("relatedType is chosen first")
            .to_lowercase(),
        _ => name.strip_suffix("Id").unwrap_or(name).to_lowercase(),
    };
    if ["owner", "assignee", "user", "author", "createdby"].contains(&stem.as_str()) {
        return Target::Caller;
    }
    let singular = |c: &str| {
        let c = c.trim_start_matches('/');
        c.strip_suffix("ies")
            .map_or_else(|| c.trim_end_matches('s').to_owned(), |s| format!("{s}y"))
    };
    collections
        .iter()
        .find(|c| stem.ends_with(&singular(c)))
        .map(|c| Target::Collection(c.clone()))
        .unwrap_or_else(|| panic!("{name}: which collection does it point into?"))
}

/// Finds or creates one record of workspace A per collection, dependencies first.
struct Seeder<'a> {
    app: &'a TestApp,
    owner: &'a User,
    collections: Vec<String>,
    seeded: HashMap<String, Seeded>,
}

impl Seeder<'_> {
    async fn seed(&mut self, collection: &str) -> Seeded {
        let mut stack = vec![collection.to_owned()];
        while let Some(next) = stack.last().cloned() {
            if self.seeded.contains_key(&next) {
                stack.pop();
                continue;
            }
            match self.try_seed(&next).await {
                Ok(seeded) => {
                    self.seeded.insert(next, seeded);
                    stack.pop();
                }
                Err(dependency) => {
                    assert!(
                        !stack.contains(&dependency),
                        "reference cycle through {dependency}"
                    );
                    stack.push(dependency);
                }
            }
        }
        self.seeded[collection].clone()
    }

    /// One of A's records, or `Err(collection)` when a referenced collection is needed first.
    async fn try_seed(&self, collection: &str) -> Result<Seeded, String> {
        let list = self
            .app
            .get_as(self.owner, &format!("/v1{collection}"))
            .await;
        match list.status().as_u16() {
            501 => return Ok(Seeded::Skipped(format!("GET {collection} answers 501"))),
            200 => {
                let list: Value = list.json().await.expect("JSON list");
                if let Some(id) = rows(&list).first().and_then(|r| r["id"].as_str()) {
                    return Ok(Seeded::Id(id.to_owned()));
                }
            }
            _ => {}
        }
        let create = spec::operation(&Method::POST, collection)
            .unwrap_or_else(|| panic!("{collection} is empty and has no POST to create a record"));
        let mut missing = None;
        let mut skipped = None;
        let body = create.body.as_ref().map(|schema| {
            spec::example(schema, &mut |name, siblings| match target(
                name,
                siblings,
                &self.collections,
            ) {
                Target::Caller => Some(self.owner.id.clone()),
                Target::Collection(c) => match self.seeded.get(&c) {
                    Some(Seeded::Id(id)) => Some(id.clone()),
                    Some(Seeded::Skipped(why)) => {
                        skipped = Some(format!("needs {c}: {why}"));
                        None
                    }
                    None => {
                        missing = Some(c);
                        None
                    }
                },
            })
        });
        if let Some(dependency) = missing {
            return Err(dependency);
        }
        if let Some(why) = skipped {
            return Ok(Seeded::Skipped(why));
        }
        let url = format!("/v1{collection}");
        let response = self
            .app
            .send(Method::POST, &url, Some(self.owner), body.as_ref())
            .await;
        let status = response.status().as_u16();
        let answer: Value = response.json().await.unwrap_or(Value::Null);
        match status {
            501 => Ok(Seeded::Skipped(format!("POST {collection} answers 501"))),
            200 | 201 => Ok(Seeded::Id(
                answer["id"].as_str().expect("created id").to_owned(),
            )),
            _ => panic!(
                "cannot create a record in {collection} from the spec ({status}): sent {body:?}, got {answer}"
            ),
        }
    }
}

/// One record of `owner`'s workspace for every collection with workspace-scoped id operations.
pub async fn seed_workspace(app: &TestApp, owner: &User) -> HashMap<String, Seeded> {
    let mut collections: Vec<String> = spec::operations()
        .iter()
        .filter(|op| op.workspace_scoped)
        .filter_map(|op| op.collection().map(str::to_owned))
        .collect();
    collections.sort();
    collections.dedup();
    let mut seeder = Seeder {
        app,
        owner,
        collections: collections.clone(),
        seeded: HashMap::new(),
    };
    for collection in &collections {
        seeder.seed(collection).await;
    }
    seeder.seeded
}
