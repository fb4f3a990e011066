//! Event type patterns of a subscription: `*` (every event), `entity.*` (every event of one
//! kind of record) or one type (`deal.stage_changed`).

use crate::error::{ApiError, Issue};

/// Whether `pattern` selects events of type `kind` (`contact.updated`).
pub fn matches(pattern: &str, kind: &str) -> bool {
    if pattern == "*" {
        return true;
    }
    match pattern.strip_suffix(".*") {
        Some(entity) => kind
            .strip_prefix(entity)
            .is_some_and(|rest| rest.starts_with('.')),
        None => pattern == kind,
    }
}

/// Whether any of `patterns` selects `kind`.
pub fn any_matches<'a>(patterns: impl IntoIterator<Item = &'a str>, kind: &str) -> bool {
    patterns.into_iter().any(|p| matches(p, kind))
}

/// Whether `pattern` is well formed: `*`, or lower-case words (letters and `_`, starting with
/// a letter) around one dot, the second of which may be `*`.
fn well_formed(pattern: &str) -> bool {
    fn word(w: &str) -> bool {
        w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '_')
    }
    if pattern == "*" {
        return true;
    }
    match pattern.split_once('.') {
        Some((entity, verb)) => word(entity) && (verb == "*" || word(verb)),
        None => false,
    }
}

/// The patterns of a request, checked (each well formed, 1 to 50 of them) and deduplicated in
/// their first order; problems are 400s at `events[i]`.
pub fn parse(patterns: &[String]) -> Result<Vec<String>, ApiError> {
    if patterns.is_empty() || patterns.len() > 50 {
        return Err(ApiError::invalid_field(
            "events",
            "must list 1 to 50 event type patterns",
        ));
    }
    let mut issues = Vec::new();
    let mut kept: Vec<String> = Vec::new();
    for (i, pattern) in patterns.iter().enumerate() {
        if pattern.len() > 80 || !well_formed(pattern) {
            issues.push(Issue::new(
                format!("events[{i}]"),
                "must be `*`, `entity.*` or an event type such as `contact.created`",
            ));
        } else if !kept.contains(pattern) {
            kept.push(pattern.clone());
        }
    }
    if issues.is_empty() {
        Ok(kept)
    } else {
        Err(ApiError::validation(issues))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_select_what_they_name() {
        assert!(matches("*", "contact.created"));
        assert!(matches("contact.*", "contact.created"));
        assert!(!matches("contact.*", "contacts.created"));
        assert!(!matches("contact.*", "company.created"));
        assert!(matches("deal.stage_changed", "deal.stage_changed"));
        assert!(!matches("deal.stage_changed", "deal.updated"));
    }

    #[test]
    fn malformed_patterns_are_refused_and_repeats_dropped() {
        let ok = parse(&["contact.*".into(), "*".into(), "contact.*".into()]);
        assert_eq!(ok.ok(), Some(vec!["contact.*".to_owned(), "*".to_owned()]));
        for bad in [
            "",
            "contact",
            "Contact.*",
            "*.created",
            "a.b.c",
            "contact.",
            ".x",
        ] {
            assert!(parse(&[bad.to_owned()]).is_err(), "{bad:?}");
        }
        assert!(parse(&[]).is_err());
    }
}
