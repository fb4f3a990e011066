//! Failed-login limit per account: at most [`MAX_FAILURES`] failures within [`WINDOW`]; after
//! that, login answers 429 until the oldest failure leaves the window, even with the right
//! password. Counted in one-minute buckets in the database, so it holds across instances.
//!
//! Every attempt is counted *before* the password is checked and taken back when it succeeds or
//! is refused, so the count is "failures plus attempts in flight": many concurrent guesses cannot
//! all pass a check made before any of them is recorded.

use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::store::rate_counters as ratelimit;

/// Failures allowed per account within [`WINDOW`].
pub const MAX_FAILURES: i64 = 10;
/// The sliding window (15 minutes).
pub const WINDOW: Duration = Duration::minutes(15);
/// Bucket granularity.
const BUCKET: Duration = Duration::minutes(1);

/// A counted login attempt whose outcome is pending: [`Attempt::succeeded`] takes it back;
/// dropping it (a wrong password) leaves it counted as a failure.
#[derive(Debug)]
#[must_use = "a successful attempt must be taken back with `succeeded`"]
pub struct Attempt {
    bucket: String,
    window: DateTime<Utc>,
}

/// Counts an attempt on the account, or 429 when its failures (plus attempts in flight) have
/// used up the window's allowance.
pub async fn begin<C: ConnectionTrait>(db: &C, email: &str) -> Result<Attempt, ApiError> {
    let now = crate::time::now();
    let attempt = Attempt {
        bucket: bucket(email),
        window: ratelimit::window_start(now, BUCKET),
    };
    ratelimit::hit(db, &attempt.bucket, attempt.window).await?;
    let since = now - WINDOW;
    if ratelimit::count_since(db, &attempt.bucket, since).await? <= MAX_FAILURES {
        return Ok(attempt);
    }
    // Refused attempts do not count: they would keep a locked account locked for ever.
    ratelimit::release(db, &attempt.bucket, attempt.window).await?;
    let oldest = ratelimit::oldest_window_since(db, &attempt.bucket, since).await?;
    let wait = oldest.map_or(60, |start| (start + WINDOW - now).num_seconds().max(1));
    Err(ApiError::rate_limited(u64::try_from(wait).unwrap_or(60)))
}

impl Attempt {
    /// The password was right: the attempt is not a failure.
    pub async fn succeeded<C: ConnectionTrait>(self, db: &C) -> Result<(), ApiError> {
        ratelimit::release(db, &self.bucket, self.window).await
    }
}

/// The bucket of an account; the email is hashed so the table holds no addresses.
fn bucket(email: &str) -> String {
    let digest = Sha256::digest(email.as_bytes());
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("login-fail:{hex}")
}
