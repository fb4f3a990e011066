//! Failed-login limits. An account that knows too many recent failures answers 429 even to the
//! right password, until the oldest failure leaves the [`WINDOW`]; counted in one-minute buckets
//! in the database, so the limits hold across instances. Two counts, so that knowing someone's
//! email is not enough to lock them out:
//! - per account *and client address*: at most `CRM_FAILED_LOGIN_LIMIT` (default 10) failures in
//!   15 minutes; someone guessing from their own address locks out only that address;
//! - per account across all addresses: at most [`ACCOUNT_CEILING_FACTOR`] times that (100), the
//!   ceiling against guessing from many addresses at once.
//!
//! Every attempt is counted *before* the password is checked and taken back when it succeeds or
//! is refused, so the counts are "failures plus attempts in flight": many concurrent guesses
//! cannot all pass a check made before any of them is recorded.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;

use crate::error::ApiError;
use crate::store::rate_counters as ratelimit;

/// Failures allowed per account from all addresses together, as a multiple of those allowed
/// per account and address.
pub const ACCOUNT_CEILING_FACTOR: i64 = 10;
/// The sliding window (15 minutes).
pub const WINDOW: Duration = Duration::minutes(15);
/// Bucket granularity.
const BUCKET: Duration = Duration::minutes(1);

/// Counted login attempts whose outcome is pending: [`Attempt::succeeded`] takes them back;
/// dropping them (a wrong password) leaves them counted as failures.
#[derive(Debug)]
#[must_use = "a successful attempt must be taken back with `succeeded`"]
pub struct Attempt {
    buckets: [String; 2],
    window: DateTime<Utc>,
}

/// Counts an attempt on the account from `client`, or 429 when the failures (plus attempts in
/// flight) of the account from that address (more than `per_address`), or of the account from
/// anywhere (more than [`ACCOUNT_CEILING_FACTOR`] times that), have used up the window's allowance.
pub async fn begin<C: ConnectionTrait>(
    db: &C,
    email: &str,
    client: Option<IpAddr>,
    per_address: i64,
) -> Result<Attempt, ApiError> {
    let now = crate::time::now();
    let account = account_bucket(email);
    let from_here = address_bucket(&account, client);
    let attempt = Attempt {
        buckets: [from_here, account],
        window: ratelimit::window_start(now, BUCKET),
    };
    for bucket in &attempt.buckets {
        ratelimit::hit(db, bucket, attempt.window).await?;
    }
    let since = now - WINDOW;
    let limits = [
        per_address,
        per_address.saturating_mul(ACCOUNT_CEILING_FACTOR),
    ];
    for (bucket, limit) in attempt.buckets.iter().zip(limits) {
        if ratelimit::count_since(db, bucket, since).await? > limit {
            // Refused attempts do not count: they would keep a locked account locked for ever.
            attempt.release(db).await?;
            let oldest = ratelimit::oldest_window_since(db, bucket, since).await?;
            let wait = oldest.map_or(60, |start| (start + WINDOW - now).num_seconds().max(1));
            crate::metrics::rejected(crate::metrics::Rejection::FailedLogins);
            return Err(ApiError::rate_limited(u64::try_from(wait).unwrap_or(60)));
        }
    }
    Ok(attempt)
}

impl Attempt {
    /// The password was right: the attempt is not a failure.
    pub async fn succeeded<C: ConnectionTrait>(self, db: &C) -> Result<(), ApiError> {
        self.release(db).await
    }

    async fn release<C: ConnectionTrait>(&self, db: &C) -> Result<(), ApiError> {
        for bucket in &self.buckets {
            ratelimit::release(db, bucket, self.window).await?;
        }
        Ok(())
    }
}

/// The bucket of an account; the email is hashed so the table holds no addresses.
fn account_bucket(email: &str) -> String {
    let hex = crate::digest::sha256_hex(email.as_bytes());
    format!("login-fail:{}", &hex[..32])
}

/// The bucket of an account tried from one client address.
fn address_bucket(account: &str, client: Option<IpAddr>) -> String {
    match client {
        Some(ip) => format!("{account}@{ip}"),
        None => format!("{account}@unknown"),
    }
}
