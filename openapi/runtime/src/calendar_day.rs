//! `format: date` of the contract: exactly `YYYY-MM-DD`. chrono's own `NaiveDate` reads
//! `2026-1-1` as well (and the API used to store it as `2026-01-01`), so the generated code
//! maps the format to [`CalendarDay`] (`--type-mappings` in `openapi/generate.sh`), which reads
//! only the exact form and writes it back the same way.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::de::{self, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::formats::CalendarYear;

/// A calendar day written `YYYY-MM-DD` (RFC 3339 `full-date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDay(pub NaiveDate);

/// serde's wording for a day, which the envelope turns into "must be a date (YYYY-MM-DD)".
const EXPECTED: &str = "a formatted date string";

impl CalendarDay {
    /// The day.
    pub fn date(self) -> NaiveDate {
        self.0
    }
}

impl From<NaiveDate> for CalendarDay {
    fn from(day: NaiveDate) -> Self {
        Self(day)
    }
}

impl From<CalendarDay> for NaiveDate {
    fn from(day: CalendarDay) -> Self {
        day.0
    }
}

/// Why a text is not a calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotACalendarDay;

impl fmt::Display for NotACalendarDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a day written YYYY-MM-DD")
    }
}

impl std::error::Error for NotACalendarDay {}

impl FromStr for CalendarDay {
    type Err = NotACalendarDay;

    /// Exactly four digits, a dash, two digits, a dash, two digits, naming a real day.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shaped {
            return Err(NotACalendarDay);
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Self)
            .map_err(|_| NotACalendarDay)
    }
}

impl fmt::Display for CalendarDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for CalendarDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CalendarDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|_| de::Error::invalid_type(Unexpected::Str(&text), &EXPECTED))
    }
}

impl CalendarYear for CalendarDay {
    fn year_in_range(&self) -> bool {
        self.0.year_in_range()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_form_of_a_real_day_is_read() {
        let day: CalendarDay = "2026-01-09".parse().unwrap();
        assert_eq!(day.to_string(), "2026-01-09");
        for bad in [
            "2026-1-9",
            "2026-01-9",
            "20260109",
            "2026-02-30",
            "+2026-01-09",
            "2026-01-09T00:00:00Z",
            " 2026-01-09",
        ] {
            assert_eq!(bad.parse::<CalendarDay>(), Err(NotACalendarDay), "{bad}");
        }
    }

    #[test]
    fn json_round_trips_and_refuses_loose_forms() {
        let day: CalendarDay = serde_json::from_str("\"2024-02-29\"").unwrap();
        assert_eq!(serde_json::to_string(&day).unwrap(), "\"2024-02-29\"");
        let error = serde_json::from_str::<CalendarDay>("\"2026-1-1\"").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected a formatted date string"),
            "{error}"
        );
    }
}
