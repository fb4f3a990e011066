//! Strict formats the generated types do not enforce by themselves. chrono reads an RFC 3339
//! date-time with a signed or five-digit year (`+10000-01-01T00:00:00Z`, `-0001-...`) and writes
//! it back in a form that is not RFC 3339, so every date and date-time of a request must have a
//! year from 0000 to 9999 ([`four_digit_year`], applied by the generated validators).

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use validator::ValidationError;

/// The code of a year outside 0000..=9999 (see `validation::describe_rule`).
pub const YEAR_OUT_OF_RANGE: &str = "year_out_of_range";

/// A value with a calendar year that must fit RFC 3339's four digits.
pub trait CalendarYear {
    /// Whether the year is within 0000..=9999.
    fn year_in_range(&self) -> bool;
}

/// The generated validators pass optional fields by reference.
impl<T: CalendarYear + ?Sized> CalendarYear for &T {
    fn year_in_range(&self) -> bool {
        (**self).year_in_range()
    }
}

impl CalendarYear for DateTime<Utc> {
    fn year_in_range(&self) -> bool {
        (0..=9999).contains(&self.year())
    }
}

impl CalendarYear for NaiveDate {
    fn year_in_range(&self) -> bool {
        (0..=9999).contains(&self.year())
    }
}

/// Validator of every date and date-time field and query parameter: the year is four digits.
pub fn four_digit_year<T: CalendarYear + ?Sized>(value: &T) -> Result<(), ValidationError> {
    if value.year_in_range() {
        Ok(())
    } else {
        Err(ValidationError::new(YEAR_OUT_OF_RANGE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn years_outside_four_digits_are_refused() {
        assert!(four_digit_year(&at("9999-12-31T23:59:59Z")).is_ok());
        assert!(four_digit_year(&at("0000-01-01T00:00:00Z")).is_ok());
        assert!(four_digit_year(&at("+10000-01-01T00:00:00Z")).is_err());
        assert!(four_digit_year(&at("-0001-12-31T00:00:00Z")).is_err());
        let day = NaiveDate::from_ymd_opt(10000, 1, 1).unwrap();
        assert!(four_digit_year(&day).is_err());
    }
}
