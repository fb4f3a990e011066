//! The one clock of the application. Timestamps are truncated to microseconds, the precision
//! PostgreSQL keeps, so a value written and read back compares equal on both databases and
//! SQLite's text timestamps sort in time order.

use chrono::{DateTime, SubsecRound, Utc};

/// The current UTC time, truncated to microseconds.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
