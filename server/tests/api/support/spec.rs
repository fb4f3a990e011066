//! The contract, read from `openapi/crm.openapi.yaml`, so tests can enumerate its operations
//! (new operations are covered without editing the tests) and make a valid request body for any
//! of them from its schema.

use std::sync::OnceLock;

use reqwest::Method;
use serde_json::{Map, Value, json};

/// One operation of the contract.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `GET`, `POST`, ...
    pub method: Method,
    /// The path under `/v1`, with its `{id}` placeholder.
    pub path: String,
    /// `operationId`.
    pub id: String,
    /// Whether it declares the `X-Workspace-Id` header (acts in a workspace).
    pub workspace_scoped: bool,
    /// The JSON request body schema, `$ref`s not yet resolved.
    pub body: Option<Value>,
    /// The names of its required query parameters.
    pub required_query: Vec<String>,
    /// Marked `x-crm-streaming` (an answer that stays open: `GET /events`).
    pub streaming: bool,
}

impl Operation {
    /// The collection an `/x/{id}` operation belongs to (`/x`).
    pub fn collection(&self) -> Option<&str> {
        self.path.strip_suffix("/{id}")
    }
}

/// The parsed contract.
pub fn document() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/crm.openapi.yaml");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{path} is not YAML: {e}"))
    })
}

/// Follows `$ref` (local references only) until a concrete node; a schema that is `allOf` one
/// schema (the spec's way to make a shared enum `nullable` in one place) is that schema.
pub fn resolve(node: &Value) -> &Value {
    let mut node = node;
    loop {
        if let Some([only]) = node
            .get("allOf")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            node = only;
            continue;
        }
        let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("only local references: {reference}"));
        node = document()
            .pointer(pointer)
            .unwrap_or_else(|| panic!("dangling {reference}"));
    }
    node
}

/// Every operation, in document order.
pub fn operations() -> Vec<Operation> {
    let paths = document()["paths"].as_object().expect("paths");
    let mut out = Vec::new();
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("path item") {
            let Ok(method) = method.to_uppercase().parse::<Method>() else {
                continue;
            };
            if op.get("operationId").is_none() {
                continue;
            }
            let parameters = op["parameters"].as_array().cloned().unwrap_or_default();
            let workspace_scoped = parameters.iter().map(resolve).any(|p| {
                p["in"] == "header"
                    && p["name"]
                        .as_str()
                        .is_some_and(|n| n.eq_ignore_ascii_case("x-workspace-id"))
            });
            let required_query = parameters
                .iter()
                .map(resolve)
                .filter(|p| p["in"] == "query" && p["required"] == true)
                .filter_map(|p| p["name"].as_str().map(str::to_owned))
                .collect();
            out.push(Operation {
                method,
                path: path.clone(),
                id: op["operationId"].as_str().unwrap_or_default().to_owned(),
                workspace_scoped,
                body: op
                    .pointer("/requestBody/content/application~1json/schema")
                    .cloned(),
                required_query,
                streaming: op["x-crm-streaming"] == true,
            });
        }
    }
    out
}

/// The operation `method path`, if the contract has it.
pub fn operation(method: &Method, path: &str) -> Option<Operation> {
    operations()
        .into_iter()
        .find(|op| op.method == *method && op.path == path)
}

/// Answers the id for a `format: uuid` property, given its name and the values chosen so far
/// for its siblings; `None` leaves the property out.
pub type Reference<'a> = dyn FnMut(&str, &Map<String, Value>) -> Option<String> + 'a;

/// Makes a value valid for `schema`: every required property, plus (for bodies without required
/// ones, like a `PATCH`) the plain text properties, so a wrongly applied request would show.
/// `reference` picks the ids.
pub fn example(schema: &Value, reference: &mut Reference<'_>) -> Value {
    let schema = resolve(schema);
    let properties = schema["properties"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut object = Map::new();
    // Enums and plain values first, so a `relatedId` sees the `relatedType` chosen for it.
    let mut names: Vec<&String> = properties.keys().collect();
    names.sort_by_key(|name| resolve(&properties[*name])["format"] == "uuid");
    for name in names {
        let property = resolve(&properties[name]);
        let wanted = required.contains(&name.as_str())
            || (required.is_empty()
                && property["type"] == "string"
                && property.get("format").is_none()
                && property.get("enum").is_none());
        if !wanted {
            continue;
        }
        if property["format"] == "uuid" {
            if let Some(id) = reference(name, &object) {
                object.insert(name.clone(), json!(id));
            }
            continue;
        }
        object.insert(name.clone(), scalar(name, property));
    }
    Value::Object(object)
}

/// A valid value of a non-object property.
fn scalar(name: &str, property: &Value) -> Value {
    if let Some(example) = property.get("example") {
        return example.clone();
    }
    if let Some(first) = property["enum"]
        .as_array()
        .and_then(|e| e.iter().find(|v| !v.is_null()))
    {
        return first.clone();
    }
    match (property["type"].as_str(), property["format"].as_str()) {
        (Some("string"), Some("email")) => json!(format!("{name}.seed@example.com").to_lowercase()),
        (Some("string"), Some("date")) => json!("2026-01-15"),
        (Some("string"), Some("date-time")) => json!("2026-01-15T10:00:00Z"),
        (Some("string"), _) => match property["pattern"].as_str() {
            None => json!(format!("Seed {name}")),
            Some(pattern) if pattern.contains("[A-Z]{3}") => json!("USD"),
            Some(pattern) => panic!("{name}: add an `example` to the schema for pattern {pattern}"),
        },
        (Some("integer"), _) | (Some("number"), _) => {
            let minimum = property["minimum"].as_f64().unwrap_or(1.0).max(1.0);
            json!(minimum as i64)
        }
        (Some("boolean"), _) => json!(false),
        (Some("array"), _) => json!([]),
        other => panic!("{name}: no example for {other:?}"),
    }
}
