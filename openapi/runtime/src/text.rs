//! Text every database can store: U+0000 is refused in every string of a request (a field, an
//! item of a list, a query parameter). PostgreSQL cannot store it in `text` at all (the
//! statement fails) while SQLite would, so the two databases would disagree; refusing it in the
//! generated validators names the field (`rows[3].firstName`) like any other rule. Unknown
//! fields, which the API ignores, are not looked at.

use validator::ValidationError;

/// The code of a string holding U+0000 (see `validation::describe_rule`).
pub const NUL_CHARACTER: &str = "nul_character";

/// A request value that may hold text.
pub trait TextValue {
    /// The text, if the value holds some.
    fn text(&self) -> Option<&str>;
}

impl TextValue for str {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

impl TextValue for String {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

/// The generated validators pass optional fields by reference.
impl<T: TextValue + ?Sized> TextValue for &T {
    fn text(&self) -> Option<&str> {
        (**self).text()
    }
}

/// Validator of every string of a request: it must not hold U+0000.
pub fn no_nul<T: TextValue + ?Sized>(value: &T) -> Result<(), ValidationError> {
    match value.text() {
        Some(text) if text.contains('\0') => Err(ValidationError::new(NUL_CHARACTER)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_u0000_is_refused() {
        assert!(no_nul("control \u{1} characters\t\n are text").is_ok());
        assert!(no_nul("a\u{0}b").is_err());
        assert!(no_nul(&String::from("\u{0}")).is_err());
        assert!(no_nul("").is_ok());
    }
}
