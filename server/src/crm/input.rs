//! Input rules shared by the CRM writes: optional text (`""` counts as absent), required text,
//! contact emails and exact money.
//!
//! Decisions: text is trimmed (required text only when something is left); optional text that
//! is blank after trimming is stored as NULL, so on a PATCH `""` clears the field exactly like
//! `null` does. Contact emails follow the contract's pattern exactly and are stored as typed
//! (case kept): the local part of an address may be case-sensitive and a contact's address is
//! the contact's, not a login; the `q` filter matches case-insensitively anyway. Note bodies are
//! not text fields here: they are verbatim.

use std::sync::LazyLock;

use crm_api::types::Nullable;
use regex::Regex;

use crate::accounts::users::display_name;
use crate::error::{ApiError, Issue};

/// The contract's `pattern` of a contact email (`ContactCreateRequest.email` and its siblings):
/// one `@`, a dot inside the domain, no spaces or control characters; the empty string is
/// "absent". The generated validator applies it to JSON bodies; [`Issues::email`] to CSV rows.
/// A test checks it against the spec.
pub const CONTACT_EMAIL_PATTERN: &str =
    r"^([^@ \x00-\x1f\x7f]+@[^@ \x00-\x1f\x7f]+[.][^@ \x00-\x1f\x7f]+)?$";

#[expect(
    clippy::expect_used,
    reason = "a constant pattern, compiled in a unit test too"
)]
static CONTACT_EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(CONTACT_EMAIL_PATTERN).expect("CONTACT_EMAIL_PATTERN compiles"));

/// `Some(Nullable)` of a nullable response field: `null` when absent.
pub fn or_null<T>(value: Option<T>) -> Option<Nullable<T>> {
    Some(value.map_or(Nullable::Null, Nullable::Present))
}

/// Optional text of a create: absent, `null` and blank are all `None`.
pub fn optional_text(value: &Option<Nullable<String>>) -> Option<String> {
    match value {
        Some(Nullable::Present(text)) => non_blank(text),
        _ => None,
    }
}

/// Optional text of a PATCH: absent keeps (`None`), `null` and blank clear, a value replaces.
pub fn patch_text(value: &Option<Nullable<String>>) -> Option<Nullable<String>> {
    value.as_ref().map(|v| match v {
        Nullable::Present(text) => non_blank(text).map_or(Nullable::Null, Nullable::Present),
        Nullable::Null => Nullable::Null,
    })
}

/// Free text stored verbatim (line breaks, JSON, surrounding spaces kept): only text that is
/// blank altogether counts as absent, like any optional text of the contract.
pub fn verbatim(value: &Option<Nullable<String>>) -> Option<String> {
    match value {
        Some(Nullable::Present(text)) if !text.trim().is_empty() => Some(text.clone()),
        _ => None,
    }
}

/// The PATCH form of [`verbatim`]: absent keeps, `null` and blank text clear, text replaces.
pub fn patch_verbatim(value: &Option<Nullable<String>>) -> Option<Nullable<String>> {
    value.as_ref().map(|v| match v {
        Nullable::Present(text) if !text.trim().is_empty() => Nullable::Present(text.clone()),
        _ => Nullable::Null,
    })
}

fn non_blank(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Required text of a request that has no other field to check (see [`Issues::text`]).
pub fn required(field: &str, text: &str) -> Result<String, ApiError> {
    let mut issues = Issues::new();
    let text = issues.text(field, text);
    issues.check().map(|()| text)
}

/// The field problems of one request, reported together as one 400 `VALIDATION_ERROR`.
#[derive(Debug, Default)]
pub struct Issues(Vec<Issue>);

impl Issues {
    /// No problem yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Required text, trimmed unless nothing would be left: the rule of user and workspace
    /// names ([`display_name`]). The contract asks for one character (`minLength: 1`) and the
    /// generator cannot carry a "not blank" rule, so whitespace-only text is kept as sent rather
    /// than refused against the schema. Only the empty string is an issue at `field`: JSON
    /// bodies never get here with one (the generated validator refuses it), CSV rows can.
    pub fn text(&mut self, field: &str, text: &str) -> String {
        if text.is_empty() {
            self.0.push(Issue::new(field, "must not be empty"));
        }
        display_name(text)
    }

    /// Text of at most `max` characters (Unicode scalar values, as JSON Schema counts them); an
    /// issue at `field` otherwise. For list items, whose lengths the generated validator does
    /// not check.
    pub fn max_chars(&mut self, field: &str, text: &str, max: usize) {
        if text.chars().count() > max {
            self.0.push(Issue::new(
                field,
                format!("must be at most {max} characters"),
            ));
        }
    }

    /// A contact email of a PATCH (of a create: [`Option::flatten`] it): absent keeps (`None`),
    /// `null` and `""` clear, anything else must match [`CONTACT_EMAIL_PATTERN`] (an issue at
    /// `field` otherwise) and is stored as typed: the local part of an address may be
    /// case-sensitive, and the pattern admits no spaces to trim.
    pub fn email(
        &mut self,
        field: &str,
        email: &Option<Nullable<String>>,
    ) -> Option<Nullable<String>> {
        email.as_ref().map(|value| match value {
            Nullable::Present(text) if !text.is_empty() => {
                if !CONTACT_EMAIL.is_match(text) {
                    self.0
                        .push(Issue::new(field, "must be a valid email address"));
                }
                Nullable::Present(text.clone())
            }
            _ => Nullable::Null,
        })
    }

    /// An amount in cents; more than 2 decimal places is an issue at `field`.
    pub fn cents(&mut self, field: &str, amount: f64) -> i64 {
        amount_to_cents(amount).unwrap_or_else(|| {
            self.0.push(Issue::new(
                field,
                "must be 0 or more with at most 2 decimal places",
            ));
            0
        })
    }

    /// 400 listing every problem, if there is any.
    pub fn check(self) -> Result<(), ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(self.0))
        }
    }
}

/// An amount of the API (at most 2 decimal places, 0 or more) in cents; `None` otherwise.
///
/// The number is read through its shortest decimal form (what the client wrote, for any
/// amount a double holds exactly enough), so `0.29` is 29 cents and `0.291` is refused.
pub fn amount_to_cents(amount: f64) -> Option<i64> {
    if !amount.is_finite() || amount < 0.0 {
        return None;
    }
    let text = format!("{amount}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if fraction.len() > 2 {
        return cents_within_float_noise(amount);
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction: i64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(fraction)
}

/// How far from a whole number of cents an amount may be and still count as that amount
/// (a billionth of a cent: `1e-11` of the currency unit).
pub const NOISE_FLOOR_CENTS: f64 = 1e-9;

/// Binary floating point turns sums and multiples of cents into values such as
/// `0.30000000000000004` (JavaScript's `0.1 + 0.2`, a generator's `113 * 0.01`): they mean a whole
/// number of cents and are read as such. The rule, exactly: an amount with more than two decimals
/// is that whole number of cents when `amount × 100` is within [`NOISE_FLOOR_CENTS`] of it, or,
/// for large amounts, within 4 machine epsilons of `amount × 100` (the error of the arithmetic
/// itself). So `0.30000000000000004` is 0.30, `1e-16` and `9e-12` are 0.00, while `1.1e-11`,
/// `1e-9` and a genuine third decimal (`0.291`) are refused.
fn cents_within_float_noise(amount: f64) -> Option<i64> {
    let scaled = amount * 100.0;
    let cents = scaled.round();
    let noise = (4.0 * f64::EPSILON * scaled).max(NOISE_FLOOR_CENTS);
    if (scaled - cents).abs() > noise || cents > 9_007_199_254_740_992.0 {
        return None;
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a whole number below 2^53, checked above"
    )]
    Some(cents as i64)
}

/// Cents back to the API's amount (the double nearest the exact decimal).
pub fn cents_to_amount(cents: i64) -> f64 {
    // Both operands are exact, and IEEE division rounds once: the nearest double to cents/100.
    #[expect(clippy::cast_precision_loss, reason = "amounts stay below 2^53 cents")]
    let cents = cents as f64;
    cents / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_cents() {
        assert_eq!(amount_to_cents(0.29), Some(29));
        assert_eq!(amount_to_cents(10.0), Some(1000));
        assert_eq!(amount_to_cents(1234.5), Some(123_450));
        assert_eq!(
            amount_to_cents(999_999_999_999.99),
            Some(99_999_999_999_999)
        );
        assert_eq!(amount_to_cents(0.291), None);
        assert_eq!(
            amount_to_cents(0.1 + 0.2),
            Some(30),
            "float noise is the cent it means"
        );
        assert_eq!(amount_to_cents(113.0 * 0.01), Some(113));
        assert_eq!(amount_to_cents(690_701_734_034.342_9), None);
        assert_eq!(amount_to_cents(-1.0), None);
        assert_eq!(cents_to_amount(29), 0.29);
    }

    #[test]
    fn float_noise_ends_a_billionth_of_a_cent_from_a_whole_cent() {
        assert_eq!(amount_to_cents(1e-16), Some(0));
        assert_eq!(amount_to_cents(9e-12), Some(0), "0.0000000009 cents off");
        assert_eq!(amount_to_cents(1.1e-11), None, "0.0000000011 cents off");
        assert_eq!(amount_to_cents(1e-9), None);
        assert_eq!(amount_to_cents(0.29 + 9e-12), Some(29));
        assert_eq!(amount_to_cents(0.29 + 2e-11), None);
        assert_eq!(cents_to_amount(99_999_999_999_999), 999_999_999_999.99);
    }

    #[test]
    fn contact_emails_follow_the_contract_pattern() {
        let mut issues = Issues::new();
        let present = |s: &str| Some(Nullable::Present(s.to_owned()));
        for good in ["a@b.co", "Ann.Lee+crm@Example.ORG", "x@y..z", "ü@ß.de"] {
            assert_eq!(issues.email("email", &present(good)), present(good));
        }
        assert_eq!(issues.email("email", &present("")), Some(Nullable::Null));
        assert_eq!(issues.email("email", &None), None);
        assert!(issues.check().is_ok());
        for bad in [
            "a@b", " a@b.co", "a b@c.de", "a@@b.co", "@b.co", "a@.co", "a@b.co\n", "a\t@b.co",
        ] {
            let mut issues = Issues::new();
            issues.email("email", &present(bad));
            assert!(issues.check().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn blank_optional_text_is_absent() {
        assert_eq!(optional_text(&Some(Nullable::Present("  ".into()))), None);
        assert_eq!(
            patch_text(&Some(Nullable::Present(String::new()))),
            Some(Nullable::Null)
        );
        assert_eq!(patch_text(&None), None);
    }
}
