//! Workspace slugs: `^[a-z0-9]+(-[a-z0-9]+)*$`, 1 to 63 characters, unique across the service.
//! Exactly the contract's pattern and `maxLength`: a rule the schema cannot state (say, a
//! minimum of 3) would refuse requests the contract admits.

/// Shortest slug [`from_name`] derives (a client may choose a shorter one).
const DERIVED_MIN_LEN: usize = 3;
/// Longest slug (a DNS label).
pub const MAX_LEN: usize = 63;

/// Whether `slug` has the contract's shape.
pub fn is_valid(slug: &str) -> bool {
    (1..=MAX_LEN).contains(&slug.len())
        && slug.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A slug derived from a display name: ASCII letters and digits kept (lower-cased), every other
/// run of characters becomes one dash; padded with `workspace` when too short, cut when too long.
pub fn from_name(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-').to_owned();
    if slug.len() < DERIVED_MIN_LEN {
        slug = if slug.is_empty() {
            "workspace".to_owned()
        } else {
            format!("{slug}-workspace")
        };
    }
    truncate(&slug, MAX_LEN - 7)
}

/// `base` with a random suffix, for when `base` is taken.
pub fn with_suffix(base: &str, suffix: &str) -> String {
    format!("{}-{suffix}", truncate(base, MAX_LEN - 1 - suffix.len()))
}

fn truncate(slug: &str, max: usize) -> String {
    let cut = &slug[..slug.len().min(max)];
    cut.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_valid_slugs_from_any_name() {
        assert_eq!(from_name("Ada Lovelace"), "ada-lovelace");
        assert_eq!(from_name("  Ünïcode & Co.  "), "n-code-co");
        assert_eq!(from_name("X"), "x-workspace");
        assert_eq!(from_name("名前"), "workspace");
        for name in [
            "Ada Lovelace",
            "X",
            "名前",
            &"long name ".repeat(20),
            "--a--b--",
        ] {
            let slug = from_name(name);
            assert!(is_valid(&slug), "{name:?} -> {slug:?}");
            assert!(is_valid(&with_suffix(&slug, "a1b2c3")), "{slug:?}");
        }
    }

    #[test]
    fn checks_the_contract_pattern() {
        assert!(is_valid("acme-inc"));
        assert!(is_valid("wu") && is_valid("x"));
        for bad in [
            "",
            "Acme",
            "acme--inc",
            "-acme",
            "acme-",
            "acme_inc",
            &"a".repeat(64),
        ] {
            assert!(!is_valid(bad), "{bad}");
        }
    }
}
