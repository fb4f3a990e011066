//! Snapshots of answers with `insta`, for the `shapes_*` modules: an [`Answer`] is the status,
//! the headers that carry meaning and the JSON body of one response; [`Names`] tells which ids
//! the test made, so a snapshot shows which record a reference points at; [`settings`] redacts
//! what changes from run to run (ids, server-set timestamps, tokens, cursors). Snapshot files
//! are named without the database, so SQLite and PostgreSQL must answer exactly alike.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use insta::internals::Content;
use serde::Serialize;
use serde_json::Value;

use super::RawResponse;

/// Headers whose presence and value are part of an answer's contract.
const HEADERS: [&str; 7] = [
    "allow",
    "content-type",
    "location",
    "ratelimit",
    "ratelimit-policy",
    "retry-after",
    "www-authenticate",
];

/// Fields holding a record id, at any depth (from the contract's schemas).
const ID_FIELDS: [&str; 15] = [
    "id",
    "actorId",
    "assigneeId",
    "authorId",
    "companyId",
    "contactId",
    "createdById",
    "entityId",
    "ownerId",
    "primaryContactId",
    "relatedId",
    "stageId",
    "targetStageId",
    "userId",
    "workspaceId",
];

/// Fields holding a timestamp, at any depth (from the contract's schemas).
const TIME_FIELDS: [&str; 9] = [
    "acceptedAt",
    "createdAt",
    "deletedAt",
    "dueAt",
    "expectedCloseDate",
    "expiresAt",
    "issuedAt",
    "paidAt",
    "updatedAt",
];

/// One response as snapshotted: status, the headers of [`HEADERS`] it has, and its body.
#[derive(Debug, Serialize)]
pub struct Answer {
    pub status: u16,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    pub body: Value,
}

impl Answer {
    /// Reads `response` whole; an empty body is `null`, any other must be JSON.
    pub async fn of(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let headers = HEADERS
            .iter()
            .filter_map(|name| {
                let value = response.headers().get(*name)?;
                Some((
                    name.to_string(),
                    value.to_str().expect("ASCII header").to_owned(),
                ))
            })
            .collect();
        let text = response.text().await.expect("body is readable");
        Self {
            status,
            headers,
            body: parse(&text),
        }
    }

    /// The same from a hand-written exchange ([`super::raw_http`]).
    pub fn of_raw(response: &RawResponse) -> Self {
        let headers = HEADERS
            .iter()
            .filter_map(|name| Some((name.to_string(), response.header(name)?.to_owned())))
            .collect();
        Self {
            status: response.status,
            headers,
            body: parse(&response.body),
        }
    }
}

fn parse(text: &str) -> Value {
    if text.is_empty() {
        return Value::Null;
    }
    serde_json::from_str(text).unwrap_or_else(|e| panic!("body is not JSON ({e}): {text}"))
}

/// What a test knows about the values it made: names for its ids, and the timestamps it chose
/// itself (kept as they are, since the server must echo them unchanged).
#[derive(Debug, Clone, Default)]
pub struct Names {
    ids: BTreeMap<String, String>,
    chosen_times: BTreeSet<String>,
}

impl Names {
    /// Shows `id` (a string, or a record's `id`) as `[label]` wherever it appears.
    pub fn name(&mut self, id: &Value, label: &str) -> &mut Self {
        let id = id
            .as_str()
            .or_else(|| id["id"].as_str())
            .unwrap_or_else(|| panic!("no id in {id}"));
        uuid::Uuid::parse_str(id).unwrap_or_else(|e| panic!("{id:?} is not a UUID: {e}"));
        self.ids.insert(id.to_owned(), format!("[{label}]"));
        self
    }

    /// Keeps the timestamp `at`, which the test sent, as it is.
    pub fn chose_time(&mut self, at: &str) -> &mut Self {
        self.chosen_times.insert(at.to_owned());
        self
    }
}

/// The redactions every shape snapshot uses. A value that does not have the expected form
/// (an id that is not a UUID, a time without `Z`) is left as it is, so the snapshot fails.
pub fn settings(names: &Names) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_sort_maps(true);
    let ids = Arc::new(names.ids.clone());
    for field in ID_FIELDS {
        let ids = Arc::clone(&ids);
        settings.add_dynamic_redaction(&format!(".**.{field}"), move |value, _| {
            redact_id(&ids, value)
        });
    }
    let chosen = Arc::new(names.chosen_times.clone());
    for field in TIME_FIELDS {
        let chosen = Arc::clone(&chosen);
        settings.add_dynamic_redaction(&format!(".**.{field}"), move |value, _| {
            redact_time(&chosen, value)
        });
    }
    let by_id = Arc::clone(&ids);
    settings.add_dynamic_redaction(".**.token", move |value, _| redact_token(&by_id, value));
    settings.add_dynamic_redaction(".**.refreshToken", |value, _| {
        redact_string(value, |s| !s.is_empty(), "[refresh token]")
    });
    settings.add_dynamic_redaction(".**.nextCursor", |value, _| {
        redact_string(value, |s| !s.is_empty(), "[cursor]")
    });
    // `"auth";r=<left>;t=<seconds to reset>`: both follow the wall-clock minute (the budget
    // left depends on which minute the test's earlier requests fell in).
    settings.add_dynamic_redaction(".headers.ratelimit", |value, _| {
        let Some((policy, state)) = value.as_str().and_then(|s| s.split_once(";r=")) else {
            return value;
        };
        match state.split_once(";t=") {
            Some((left, reset)) if left.parse::<u64>().is_ok() && seconds_in_a_minute(reset) => {
                format!("{policy};r=[left];t=[1..60]").into()
            }
            _ => value,
        }
    });
    settings.add_dynamic_redaction(".headers.location", move |value, _| {
        let Some(text) = value.as_str() else {
            return value;
        };
        match text.rsplit_once('/') {
            Some((collection, id)) => match redact_id(&ids, Content::from(id)).as_str() {
                Some(shown) if shown.starts_with('[') => format!("{collection}/{shown}").into(),
                _ => value,
            },
            None => value,
        }
    });
    settings
}

/// Settings for a 429, whose `Retry-After` counts down with the clock.
pub fn settings_with_clock(names: &Names) -> insta::Settings {
    let mut settings = settings(names);
    settings.add_dynamic_redaction(".headers[\"retry-after\"]", |value, _| {
        redact_string(value, seconds_in_a_minute, "[1..60]")
    });
    settings
}

fn seconds_in_a_minute(text: &str) -> bool {
    text.parse::<u64>().is_ok_and(|s| (1..=60).contains(&s))
}

/// A named id as its name; another UUIDv7 as `[uuid]`; a UUID of another version says so.
fn redact_id(ids: &BTreeMap<String, String>, value: Content) -> Content {
    let Some(text) = value.as_str() else {
        return value;
    };
    if let Some(name) = ids.get(text) {
        return name.clone().into();
    }
    match uuid::Uuid::parse_str(text) {
        Ok(id) if id.get_version_num() == 7 => "[uuid]".into(),
        Ok(id) => format!("[uuid v{}]", id.get_version_num()).into(),
        Err(_) => value,
    }
}

/// An RFC 3339 UTC time (`…Z`) the server set as `[timestamp]`; one the test chose as it is.
fn redact_time(chosen: &BTreeSet<String>, value: Content) -> Content {
    let Some(text) = value.as_str() else {
        return value;
    };
    if chosen.contains(text) {
        return value;
    }
    let utc = text.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(text).is_ok();
    if utc { "[timestamp]".into() } else { value }
}

/// A JWT as `[jwt]`; an invite token (`<inviteId>.<MAC>`) as its invite's name and `[mac]`.
fn redact_token(ids: &BTreeMap<String, String>, value: Content) -> Content {
    let Some(text) = value.as_str() else {
        return value;
    };
    let parts: Vec<&str> = text.split('.').collect();
    let base64url = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    match parts.as_slice() {
        [header, claims, signature] if [header, claims, signature].iter().all(|p| base64url(p)) => {
            "[jwt]".into()
        }
        [id, mac] if base64url(mac) => match redact_id(ids, Content::from(*id)).as_str() {
            Some(shown) if shown.starts_with('[') => format!("{shown}.[mac]").into(),
            _ => value,
        },
        _ => value,
    }
}

/// A string `ok` accepts as `shown`; `null` stays `null`; anything else as it is.
fn redact_string(value: Content, ok: impl Fn(&str) -> bool, shown: &str) -> Content {
    match value.as_str() {
        Some(text) if ok(text) => shown.into(),
        _ => value,
    }
}

/// Snapshots `answer` under `name` with [`settings`] (`$names`), or with `$settings` given.
macro_rules! assert_shape {
    ($names:expr, $name:expr, $answer:expr) => {
        $crate::support::shapes::settings(&$names)
            .bind(|| insta::assert_json_snapshot!($name, $answer))
    };
    ($settings:expr => $name:expr, $answer:expr) => {
        $settings.bind(|| insta::assert_json_snapshot!($name, $answer))
    };
}

pub(crate) use assert_shape;

#[test]
fn redactions_leave_what_is_not_in_the_expected_form() {
    let id = uuid::Uuid::now_v7().to_string();
    let mut names = Names::default();
    names.name(&Value::from(id.as_str()), "acme");
    let ids = &names.ids;
    let shown = |content: Content| content.as_str().map(str::to_owned);
    assert_eq!(
        shown(redact_id(ids, id.as_str().into())).as_deref(),
        Some("[acme]")
    );
    let other = uuid::Uuid::now_v7().to_string();
    assert_eq!(
        shown(redact_id(ids, other.as_str().into())).as_deref(),
        Some("[uuid]")
    );
    let v4 = uuid::Uuid::new_v4().to_string();
    assert_eq!(
        shown(redact_id(ids, v4.as_str().into())).as_deref(),
        Some("[uuid v4]")
    );
    assert_eq!(
        shown(redact_id(ids, "acme".into())).as_deref(),
        Some("acme")
    );

    let chosen = BTreeSet::from(["2030-01-01T00:00:00Z".to_owned()]);
    for (time, expected) in [
        ("2026-12-01T10:00:00.123456Z", "[timestamp]"),
        ("2030-01-01T00:00:00Z", "2030-01-01T00:00:00Z"),
        ("2026-12-01T10:00:00+01:00", "2026-12-01T10:00:00+01:00"),
        ("2026-12-01", "2026-12-01"),
    ] {
        assert_eq!(
            shown(redact_time(&chosen, time.into())).as_deref(),
            Some(expected)
        );
    }

    let invite = format!("{id}.bWFj");
    assert_eq!(
        shown(redact_token(ids, invite.as_str().into())).as_deref(),
        Some("[acme].[mac]")
    );
    assert_eq!(
        shown(redact_token(ids, "eyJh.eyJz.c2ln".into())).as_deref(),
        Some("[jwt]")
    );
    assert_eq!(
        shown(redact_token(ids, "opaque".into())).as_deref(),
        Some("opaque")
    );
}
