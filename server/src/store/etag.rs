//! Record versions as HTTP entity tags (RFC 9110, section 8.8.3).
//!
//! A record's tag is a hash of its contract JSON, exactly the bytes of the answer's body, so it
//! changes with every write that changes what a client sees (a stage move or a status change
//! included) and with nothing else. Handlers put it in `ETag`; [`IfMatch`] checks it inside a
//! write's transaction, on the row the write locked, so the check and the write are one step.

use serde::Serialize;

use crate::error::{ApiError, ErrorCode};

/// Hex digits of the hash kept in a tag (128 bits).
const TAG_HEX_DIGITS: usize = 32;

/// The strong entity tag of an answer, quoted: `"3f2a…"`.
pub fn of(api: &impl Serialize) -> String {
    let bytes = serde_json::to_vec(api).unwrap_or_default();
    let hex = crate::digest::sha256_hex(&bytes);
    format!("\"{}\"", &hex[..TAG_HEX_DIGITS])
}

/// The tags of an `If-Match` or `If-None-Match` header: `*`, or a comma-separated list of
/// entity tags, each `"opaque"` or weak `W/"opaque"`. A member that is not an entity tag is
/// kept as it is: it matches no tag.
fn members(header: &str) -> impl Iterator<Item = &str> {
    header
        .split(',')
        .map(str::trim)
        .filter(|member| !member.is_empty())
}

/// `If-None-Match` names `tag` (weak comparison: `W/"x"` matches `"x"`), or is `*`.
pub fn none_match_names(header: Option<&str>, tag: &str) -> bool {
    header.is_some_and(|header| {
        members(header).any(|member| member == "*" || member.trim_start_matches("W/") == tag)
    })
}

/// The `If-Match` precondition of a write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum IfMatch {
    /// No header, or `*`: write whatever the version.
    #[default]
    Any,
    /// Write only if the record's current tag is one of these (strong comparison: a weak
    /// tag never matches).
    OneOf(Vec<String>),
}

impl IfMatch {
    /// Reads the `If-Match` header's value.
    pub fn from_header(header: Option<&str>) -> Self {
        let Some(header) = header else {
            return IfMatch::Any;
        };
        let tags: Vec<&str> = members(header).collect();
        if tags.contains(&"*") {
            return IfMatch::Any;
        }
        IfMatch::OneOf(tags.into_iter().map(str::to_owned).collect())
    }

    /// `Ok` when the record whose answer `current` renders may be written; else 412. The
    /// answer is rendered only when there is a tag to compare it with.
    pub fn check<A: Serialize>(&self, current: impl FnOnce() -> A) -> Result<(), ApiError> {
        match self {
            IfMatch::Any => Ok(()),
            IfMatch::OneOf(tags) => {
                let tag = of(&current());
                if tags.contains(&tag) {
                    Ok(())
                } else {
                    Err(ApiError::new(
                        ErrorCode::PreconditionFailed,
                        "The record changed since the version named by If-Match; read it again",
                    ))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_tag_is_quoted_and_follows_the_json() {
        let tag = of(&json!({"name": "a"}));
        assert_eq!(tag.len(), TAG_HEX_DIGITS + 2);
        assert!(tag.starts_with('"') && tag.ends_with('"'));
        assert_eq!(tag, of(&json!({"name": "a"})));
        assert_ne!(tag, of(&json!({"name": "b"})));
    }

    #[test]
    fn if_match_compares_strongly_and_star_matches_anything() {
        let body = json!({"name": "a"});
        let tag = of(&body);
        assert!(IfMatch::from_header(None).check(|| &body).is_ok());
        assert!(IfMatch::from_header(Some("*")).check(|| &body).is_ok());
        assert!(
            IfMatch::from_header(Some(&format!("\"x\", {tag}")))
                .check(|| &body)
                .is_ok()
        );
        let weak = IfMatch::from_header(Some(&format!("W/{tag}")));
        assert_eq!(
            weak.check(|| &body).map_err(|e| e.code()),
            Err(ErrorCode::PreconditionFailed)
        );
        assert!(
            IfMatch::from_header(Some("garbage"))
                .check(|| &body)
                .is_err()
        );
    }

    #[test]
    fn if_none_match_compares_weakly() {
        let tag = of(&json!(1));
        assert!(none_match_names(Some(&format!("W/{tag}")), &tag));
        assert!(none_match_names(Some("*"), &tag));
        assert!(!none_match_names(Some("\"other\""), &tag));
        assert!(!none_match_names(None, &tag));
    }
}
