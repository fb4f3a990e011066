//! `validator`'s errors as the contract's issues: Rust field names mapped back to the contract's
//! JSON names through the generated field tables, rules described without the value.

use validator::{ValidationError, ValidationErrors, ValidationErrorsKind};

use crate::envelope::Issue;
use crate::serde_message::join_path;

/// How a Rust field that `validator` reports is named in the contract. The generated code holds
/// one table of these per schema and per operation's parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldMeta {
    /// Field name in the generated Rust struct (`first_name`, `r_type`).
    rust: &'static str,
    /// Field name in the contract (`firstName`, `type`); empty for a whole request body.
    json: &'static str,
    /// Schema of the field's value or list items, for errors nested inside it.
    model: &'static str,
    /// The field's `pattern`, quoted in messages.
    pattern: Option<&'static str>,
}

/// A [`FieldMeta`]; `const`, so the generated tables are constants.
pub const fn field(
    rust: &'static str,
    json: &'static str,
    model: &'static str,
    pattern: Option<&'static str>,
) -> FieldMeta {
    FieldMeta {
        rust,
        json,
        model,
        pattern,
    }
}

/// The fields of every schema of the contract, by schema name (generated from the spec).
pub type ModelTable = [(&'static str, &'static [FieldMeta])];

/// `validator` errors of one request part (`fields` describes its top level) as issues, naming
/// fields after the contract (`rows[3].email`). Nested schemas are looked up in `models`.
pub fn issues_from_validation(
    errors: &ValidationErrors,
    fields: &[FieldMeta],
    models: &ModelTable,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    collect(errors, "", fields, models, &mut issues);
    issues
}

fn collect(
    errors: &ValidationErrors,
    prefix: &str,
    fields: &[FieldMeta],
    models: &ModelTable,
    issues: &mut Vec<Issue>,
) {
    for (key, kind) in errors.errors() {
        let meta = fields.iter().find(|field| field.rust == key.as_ref());
        let name = meta.map_or_else(|| contract_name(key), |field| field.json.to_owned());
        let path = join_path(prefix, &name);
        let nested = meta.map_or(&[][..], |field| model_fields(models, field.model));
        match kind {
            ValidationErrorsKind::Field(rules) => {
                let path = if path.is_empty() {
                    "body".to_owned()
                } else {
                    path
                };
                let pattern = meta.and_then(|field| field.pattern);
                issues.extend(
                    rules
                        .iter()
                        .map(|rule| Issue::new(path.clone(), describe_rule(rule, pattern))),
                );
            }
            ValidationErrorsKind::Struct(inner) => collect(inner, &path, nested, models, issues),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect(inner, &format!("{path}[{index}]"), nested, models, issues);
                }
            }
        }
    }
}

fn model_fields(models: &ModelTable, model: &str) -> &'static [FieldMeta] {
    models
        .iter()
        .find(|(name, _)| *name == model)
        .map_or(&[], |(_, fields)| fields)
}

/// Rust keywords the generator prefixes with `r_` when they are used as field names.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum",
    "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
    "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "do", "final", "macro", "override",
    "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Contract name of a Rust field that is in no table: `first_name` -> `firstName`,
/// `r_type` / `r#type` -> `type`.
fn contract_name(rust: &str) -> String {
    let rust = rust.strip_prefix("r#").unwrap_or(rust);
    let rust = match rust.strip_prefix("r_") {
        Some(keyword) if RUST_KEYWORDS.contains(&keyword) => keyword,
        _ => rust,
    };
    let mut name = String::with_capacity(rust.len());
    let mut upper = false;
    for c in rust.chars() {
        if c == '_' && !name.is_empty() {
            upper = true;
        } else if upper {
            name.extend(c.to_uppercase());
            upper = false;
        } else {
            name.push(c);
        }
    }
    name
}

/// A `validator` parameter (`min`, `max` ...) as text.
fn rule_param(error: &ValidationError, name: &str) -> Option<String> {
    error.params.get(name).map(|value| match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

/// `n unit`, with the unit in the singular for one.
fn count(n: &str, unit: &str) -> String {
    if n == "1" {
        format!("1 {}", unit.trim_end_matches('s'))
    } else {
        format!("{n} {unit}")
    }
}

/// Describes the rule a value broke, without repeating the value.
fn describe_rule(error: &ValidationError, pattern: Option<&str>) -> String {
    match error.code.as_ref() {
        "length" => describe_length(error),
        "range" => describe_range(error),
        "regex" | "Character not allowed" => match pattern {
            Some(pattern) => format!("must match pattern {pattern}"),
            None => "has an invalid format".to_owned(),
        },
        "xss detected" => "must not contain HTML".to_owned(),
        "required" => "is required".to_owned(),
        "email" => "must be a valid email address".to_owned(),
        "url" => "must be a valid URL".to_owned(),
        crate::text::NUL_CHARACTER => "must not contain the character U+0000".to_owned(),
        crate::formats::YEAR_OUT_OF_RANGE => {
            "must be an RFC 3339 date with a year from 0000 to 9999".to_owned()
        }
        _ => "is invalid".to_owned(),
    }
}

fn describe_length(error: &ValidationError) -> String {
    // Only the kind of the value is looked at, never its content.
    let (verb, unit) = match error.params.get("value") {
        Some(serde_json::Value::Array(_)) => ("must contain", "items"),
        Some(serde_json::Value::Object(_)) => ("must contain", "entries"),
        _ => ("must be", "characters"),
    };
    let min = rule_param(error, "min");
    let max = rule_param(error, "max");
    match (rule_param(error, "equal"), min, max) {
        (Some(n), _, _) => format!("{verb} exactly {}", count(&n, unit)),
        (None, Some(min), Some(max)) => format!("{verb} between {min} and {max} {unit}"),
        (None, Some(min), None) => format!("{verb} at least {}", count(&min, unit)),
        (None, None, Some(max)) => format!("{verb} at most {}", count(&max, unit)),
        (None, None, None) => "has an invalid length".to_owned(),
    }
}

fn describe_range(error: &ValidationError) -> String {
    let bound = |name: &str| rule_param(error, name);
    match (bound("min"), bound("max")) {
        (Some(min), Some(max)) => format!("must be between {min} and {max}"),
        (Some(min), None) => format!("must be at least {min}"),
        (None, Some(max)) => format!("must be at most {max}"),
        (None, None) => match (bound("exclusive_min"), bound("exclusive_max")) {
            (Some(min), Some(max)) => format!("must be greater than {min} and less than {max}"),
            (Some(min), None) => format!("must be greater than {min}"),
            (None, Some(max)) => format!("must be less than {max}"),
            (None, None) => "is out of range".to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::collections::{BTreeMap, HashMap};

    use super::*;

    fn rule(code: &'static str, params: &[(&'static str, serde_json::Value)]) -> ValidationError {
        let mut error = ValidationError::new(code);
        for (name, value) in params {
            error.add_param(Cow::Borrowed(*name), value);
        }
        error
    }

    fn field_errors(entries: Vec<(&'static str, ValidationErrorsKind)>) -> ValidationErrors {
        ValidationErrors(
            entries
                .into_iter()
                .map(|(k, v)| (Cow::Borrowed(k), v))
                .collect::<HashMap<_, _>>(),
        )
    }

    const ROW: &[FieldMeta] = &[
        field("first_name", "firstName", "", None),
        field("email", "email", "", Some("^.+@.+$")),
    ];
    const MODELS: &ModelTable = &[("ContactImportRow", ROW)];

    #[test]
    fn nested_list_errors_use_the_contract_names() {
        let row = field_errors(vec![
            (
                "first_name",
                ValidationErrorsKind::Field(vec![rule(
                    "length",
                    &[("min", 1.into()), ("max", 100.into()), ("value", "".into())],
                )]),
            ),
            (
                "email",
                ValidationErrorsKind::Field(vec![rule("regex", &[("value", "hunter2".into())])]),
            ),
        ]);
        let errors = field_errors(vec![(
            "rows",
            ValidationErrorsKind::List(BTreeMap::from([(3, Box::new(row))])),
        )]);
        let top = [field("rows", "rows", "ContactImportRow", None)];
        let mut issues = issues_from_validation(&errors, &top, MODELS);
        issues.sort();
        assert_eq!(
            issues,
            vec![
                Issue::new("rows[3].email", "must match pattern ^.+@.+$"),
                Issue::new("rows[3].firstName", "must be between 1 and 100 characters"),
            ]
        );
    }

    #[test]
    fn a_whole_body_error_is_at_body_and_unknown_fields_are_camel_cased() {
        let inner = field_errors(vec![
            (
                "due_at",
                ValidationErrorsKind::Field(vec![rule("custom", &[])]),
            ),
            (
                "r_type",
                ValidationErrorsKind::Field(vec![rule("required", &[])]),
            ),
        ]);
        let errors = field_errors(vec![(
            "body",
            ValidationErrorsKind::Struct(Box::new(inner)),
        )]);
        let body = [field("body", "", "Nowhere", None)];
        let mut issues = issues_from_validation(&errors, &body, MODELS);
        issues.sort();
        assert_eq!(
            issues,
            vec![
                Issue::new("dueAt", "is invalid"),
                Issue::new("type", "is required")
            ]
        );
        let whole = field_errors(vec![(
            "body",
            ValidationErrorsKind::Field(vec![rule("custom", &[])]),
        )]);
        assert_eq!(
            issues_from_validation(&whole, &body, MODELS),
            vec![Issue::new("body", "is invalid")]
        );
    }

    #[test]
    fn rules_are_described_without_the_value() {
        let cases = [
            (
                rule(
                    "length",
                    &[("max", 50.into()), ("value", serde_json::json!(["a"]))],
                ),
                "must contain at most 50 items",
            ),
            (
                rule("length", &[("min", 1.into()), ("value", "".into())]),
                "must be at least 1 character",
            ),
            (
                rule("length", &[("equal", 3.into()), ("value", "ab".into())]),
                "must be exactly 3 characters",
            ),
            (rule("length", &[]), "has an invalid length"),
            (
                rule(
                    "range",
                    &[("min", 1.into()), ("max", 200.into()), ("value", 0.into())],
                ),
                "must be between 1 and 200",
            ),
            (
                rule("range", &[("min", 0.0.into())]),
                "must be at least 0.0",
            ),
            (
                rule("range", &[("exclusive_max", 5.into())]),
                "must be less than 5",
            ),
            (rule("regex", &[]), "has an invalid format"),
            (rule("xss detected", &[]), "must not contain HTML"),
            (rule("email", &[]), "must be a valid email address"),
        ];
        for (error, expected) in cases {
            assert_eq!(describe_rule(&error, None), expected, "{error:?}");
        }
    }
}
