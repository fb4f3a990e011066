//! Failed-login limit per account: at most [`MAX_FAILURES`] failures within [`WINDOW`]; after
//! that, login answers 429 until the oldest failure leaves the window, even with the right
//! password. Counted in one-minute buckets in the database, so it holds across instances.

use chrono::Duration;
use sea_orm::ConnectionTrait;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::ratelimit;

/// Failures allowed per account within [`WINDOW`].
pub const MAX_FAILURES: i64 = 10;
/// The sliding window (15 minutes).
pub const WINDOW: Duration = Duration::minutes(15);
/// Bucket granularity.
const BUCKET: Duration = Duration::minutes(1);

/// 429 when the account has used up its failures.
pub async fn check<C: ConnectionTrait>(db: &C, email: &str) -> Result<(), ApiError> {
    let bucket = bucket(email);
    let since = crate::time::now() - WINDOW;
    if ratelimit::count_since(db, &bucket, since).await? < MAX_FAILURES {
        return Ok(());
    }
    let oldest = ratelimit::oldest_window_since(db, &bucket, since).await?;
    let wait = oldest.map_or(60, |start| {
        (start + WINDOW - crate::time::now()).num_seconds().max(1)
    });
    Err(ApiError::rate_limited(u64::try_from(wait).unwrap_or(60)))
}

/// Counts one failed login.
pub async fn record_failure<C: ConnectionTrait>(db: &C, email: &str) -> Result<(), ApiError> {
    let window = ratelimit::window_start(crate::time::now(), BUCKET);
    ratelimit::hit(db, &bucket(email), window).await?;
    Ok(())
}

/// The bucket of an account; the email is hashed so the table holds no addresses.
fn bucket(email: &str) -> String {
    let digest = Sha256::digest(email.as_bytes());
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("login-fail:{hex}")
}
