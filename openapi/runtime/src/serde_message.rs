//! The one reader of serde's error messages (`serde_json`, query strings, path segments), shared
//! by the generated handlers and the server's rewriting of framework rejections.
//!
//! serde's messages quote the submitted value (`invalid type: string "hunter2", expected f64`,
//! ``unknown variant `hunter2`, expected one of ...``). Only what the schema says is kept: the
//! name of a missing field, the expected type, the allowed variants.

use crate::envelope::Issue;

/// A serde message read for the contract: which field is missing, if that is the complaint, and
/// what the value must look like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SerdeMessage {
    /// The field the message is about (`missing field `name``, `duplicate field `name``),
    /// to append to the error's path.
    pub field: Option<String>,
    /// The broken rule (`is required`, `must be a number`), never quoting the input.
    pub message: String,
}

/// Phrases serde starts its own messages with; in a `path: message` text, anything before the
/// first `": "` is otherwise the field path.
const SERDE_PHRASES: &[&str] = &[
    "missing field",
    "invalid type",
    "invalid value",
    "invalid length",
    "unknown variant",
    "unknown field",
    "duplicate field",
    "expected",
    "EOF",
];

/// Reads one serde message (without a path prefix). serde_json's trailing
/// ` at line L column C` is ignored.
pub fn describe_serde_message(text: &str) -> SerdeMessage {
    let text = text.rfind(" at line ").map_or(text, |at| &text[..at]);
    let described = |message: &str| SerdeMessage {
        field: None,
        message: message.to_owned(),
    };
    if let Some(rest) = text.strip_prefix("missing field ") {
        return SerdeMessage {
            field: between(rest, "`", "`").map(str::to_owned),
            message: "is required".to_owned(),
        };
    }
    if let Some(rest) = text.strip_prefix("duplicate field ") {
        return SerdeMessage {
            field: between(rest, "`", "`").map(str::to_owned),
            message: "is given twice".to_owned(),
        };
    }
    // The expectation is always last; the quoted input before it may contain anything,
    // ", expected " included.
    let expected = text.rsplit_once(", expected ").map(|(_, e)| e.trim());
    if text.starts_with("unknown variant ") {
        return match expected {
            Some(allowed) => described(&format!("must be {}", allowed.replace('`', ""))),
            None => described("is not an allowed value"),
        };
    }
    if text.starts_with("invalid value: ") {
        // Right type, but outside what the field's Rust type can hold (`300` for a `u8`).
        return described("is out of range");
    }
    if text.starts_with("invalid type: ") {
        return described(expected_type(expected.unwrap_or("")));
    }
    described(from_str_failure(text))
}

/// What serde's `expected ...` of an `invalid type` error asks for.
fn expected_type(expected: &str) -> &'static str {
    match expected {
        "a string" => "must be a string",
        "a boolean" => "must be true or false",
        "a sequence" => "must be an array",
        "a map" => "must be an object",
        "f32" | "f64" => "must be a number",
        "u8" | "u16" | "u32" | "u64" | "usize" => "must be a non-negative integer",
        "i8" | "i16" | "i32" | "i64" | "isize" => "must be an integer",
        "a formatted date and time string or a unix timestamp"
        | "a formatted date and time string" => "must be an RFC 3339 date-time",
        "a formatted date string" => "must be a date (YYYY-MM-DD)",
        e if e.starts_with("struct ") => "must be an object",
        e if e.starts_with("UUID") || e.contains("uuid") => "must be a UUID",
        _ => "has an invalid type or value",
    }
}

/// Messages of `FromStr` errors: query strings and path segments are parsed from text.
fn from_str_failure(text: &str) -> &'static str {
    match text {
        t if t.starts_with("invalid length ") => "has an invalid length",
        t if t.starts_with("UUID parsing failed") => "must be a UUID",
        "invalid digit found in string" | "cannot parse integer from empty string" => {
            "must be an integer"
        }
        "number too large to fit in target type" | "number too small to fit in target type" => {
            "is out of range"
        }
        "invalid float literal" | "cannot parse float from empty string" => "must be a number",
        "provided string was not `true` or `false`" => "must be true or false",
        t if t.starts_with("input ")
            || t.starts_with("premature end of input")
            || t.starts_with("trailing input")
            || t.starts_with("no possible date") =>
        {
            "must be a valid RFC 3339 date-time or date"
        }
        _ => "has an invalid value",
    }
}

/// An issue from a serde path (`rows[3]`; `.` or `?` for the root or an unknown place) and the
/// message serde gave there. An error about the whole body is at `body`.
pub fn issue_at(path: &str, message: &str) -> Issue {
    let path = if path == "." || path == "?" { "" } else { path };
    let SerdeMessage { field, message } = describe_serde_message(message);
    let path = match field {
        Some(field) => join_path(path, &field),
        None if path.is_empty() => "body".to_owned(),
        None => path.to_owned(),
    };
    Issue::new(path, message)
}

/// An issue from a `path: message` text, as serde_path_to_error prints it inside axum's
/// rejection bodies (`rows[3]: missing field `email``). `None` when the text names no field
/// (an error about the whole body).
pub fn issue_in_text(text: &str) -> Option<Issue> {
    let (path, message) = if SERDE_PHRASES.iter().any(|p| text.starts_with(p)) {
        ("", text)
    } else {
        text.split_once(": ").unwrap_or(("", text))
    };
    let path = if path == "." { "" } else { path };
    let described = describe_serde_message(message);
    match described.field {
        Some(field) => Some(Issue::new(join_path(path, &field), described.message)),
        None if path.is_empty() => None,
        None => Some(Issue::new(path, described.message)),
    }
}

/// `prefix.name`, or whichever of the two is not empty.
pub(crate) fn join_path(prefix: &str, name: &str) -> String {
    match (prefix.is_empty(), name.is_empty()) {
        (true, _) => name.to_owned(),
        (_, true) => prefix.to_owned(),
        _ => format!("{prefix}.{name}"),
    }
}

/// The text between the first `start` and the next `end` (rejection texts are read with it).
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        describe_serde_message(text).message
    }

    #[test]
    fn missing_fields_are_named_and_appended_to_the_path() {
        assert_eq!(
            describe_serde_message("missing field `firstName` at line 1 column 2"),
            SerdeMessage {
                field: Some("firstName".to_owned()),
                message: "is required".to_owned()
            }
        );
        assert_eq!(
            issue_at("rows[3]", "missing field `email`"),
            Issue::new("rows[3].email", "is required")
        );
        assert_eq!(
            issue_at(".", "missing field `name`"),
            Issue::new("name", "is required")
        );
    }

    #[test]
    fn enum_errors_list_the_allowed_values_without_quotes() {
        let three =
            "unknown variant `hunter2`, expected one of `OPEN`, `WON`, `LOST` at line 1 column 20";
        assert_eq!(message(three), "must be one of OPEN, WON, LOST");
        assert_eq!(
            message("unknown variant `x`, expected `OPEN` or `DONE`"),
            "must be OPEN or DONE"
        );
        assert_eq!(
            message("unknown variant `x`, expected `csv`"),
            "must be csv"
        );
        assert_eq!(
            message("unknown variant `x`, there are no variants"),
            "is not an allowed value"
        );
    }

    #[test]
    fn submitted_values_are_never_repeated() {
        let sneaky = "unknown variant `a`, expected `<script>`, expected `OPEN` or `DONE`";
        assert_eq!(message(sneaky), "must be OPEN or DONE");
        let typed =
            r#"invalid type: string "hunter2, expected f64", expected f64 at line 1 column 9"#;
        assert_eq!(message(typed), "must be a number");
        assert_eq!(
            message("invalid value: integer `-3`, expected u32"),
            "is out of range"
        );
        assert_eq!(
            message("UUID parsing failed: invalid character `z`"),
            "must be a UUID"
        );
    }

    #[test]
    fn types_are_named_the_contract_way() {
        let cases = [
            (
                "invalid type: integer `5`, expected a string",
                "must be a string",
            ),
            (
                "invalid type: string \"x\", expected a sequence",
                "must be an array",
            ),
            (
                "invalid type: string \"x\", expected u32",
                "must be a non-negative integer",
            ),
            (
                "invalid type: floating point `1.5`, expected i32",
                "must be an integer",
            ),
            (
                "invalid type: sequence, expected struct Contact",
                "must be an object",
            ),
            (
                "invalid type: integer `5`, expected a formatted date string",
                "must be a date (YYYY-MM-DD)",
            ),
            ("invalid type: map, expected UUID", "must be a UUID"),
            ("invalid digit found in string", "must be an integer"),
            ("number too large to fit in target type", "is out of range"),
            (
                "premature end of input",
                "must be a valid RFC 3339 date-time or date",
            ),
            ("something else entirely", "has an invalid value"),
        ];
        for (text, expected) in cases {
            assert_eq!(message(text), expected, "{text}");
        }
    }

    #[test]
    fn a_duplicated_field_is_named() {
        assert_eq!(
            issue_at(".", "duplicate field `firstName` at line 1 column 30"),
            Issue::new("firstName", "is given twice")
        );
    }

    #[test]
    fn errors_about_the_whole_body_are_at_body() {
        let issue = issue_at("?", "invalid type: sequence, expected struct Contact");
        assert_eq!(issue, Issue::new("body", "must be an object"));
    }

    #[test]
    fn texts_carry_their_path_before_the_message() {
        assert_eq!(
            issue_in_text(
                "status: unknown variant `hunter2`, expected `OPEN` or `WON` at line 1 column 20"
            ),
            Some(Issue::new("status", "must be OPEN or WON"))
        );
        assert_eq!(
            issue_in_text("rows[3]: missing field `email`"),
            Some(Issue::new("rows[3].email", "is required"))
        );
        assert_eq!(
            issue_in_text("missing field `name` at line 1 column 2"),
            Some(Issue::new("name", "is required"))
        );
        assert_eq!(
            issue_in_text("tags[2]: invalid type: integer `5`, expected a string"),
            Some(Issue::new("tags[2]", "must be a string"))
        );
        assert_eq!(
            issue_in_text(".: invalid type: sequence, expected struct NewContact"),
            None
        );
        assert_eq!(
            issue_in_text("invalid type: sequence, expected struct NewContact at line 1 column 0"),
            None
        );
    }
}
