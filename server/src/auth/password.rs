//! Password hashing with argon2id at OWASP's minimum cost (19 MiB, 2 passes, 1 lane), bounded.
//!
//! A hash takes tens of milliseconds of CPU and 19 MiB of memory, and anyone can ask for one
//! (a login with an unknown email costs as much as one with a known email). So hashes run on the
//! blocking pool, at most `concurrency` at a time, with at most `queue` more waiting for a turn;
//! past that the answer is an immediate 503 `SERVICE_UNAVAILABLE` with `Retry-After`, and a
//! burst of requests can take neither all the memory nor all the CPU. The 19 MiB of each hash go
//! back to the operating system when it ends ([`crate::memory`]).

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::http::{HeaderValue, header};

use crate::error::{ApiError, ErrorCode};
use crate::gate::Gate;

/// Memory cost in KiB (19 MiB).
const MEMORY_KIB: u32 = 19 * 1024;
/// Passes over memory.
const ITERATIONS: u32 = 2;
/// Lanes.
const PARALLELISM: u32 = 1;

/// Hashes and verifies passwords, a bounded number at a time. Cheap to clone (shared state).
#[derive(Debug, Clone)]
pub struct PasswordHasher {
    /// Hashes running or waiting for a turn.
    gate: Gate,
}

impl PasswordHasher {
    /// At most `concurrency` (at least 1) hashes at a time, `queue` more waiting.
    pub fn new(concurrency: usize, queue: usize) -> Self {
        Self {
            gate: Gate::new(concurrency, queue),
        }
    }

    /// Hashes `password` into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`).
    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        self.run(move || hash_blocking(&password)).await
    }

    /// Whether `password` matches `stored`. With `stored == None` (unknown account) it verifies
    /// against a dummy hash of the same cost and answers false, so both failures take as long
    /// (and wait for a turn alike).
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, ApiError> {
        self.run(move || verify_blocking(&password, stored.as_deref()))
            .await
    }

    /// Runs `work` on the blocking pool once a permit is free; 503 at once when the queue is
    /// full. The permit travels with the work, so a caller that goes away while its hash runs
    /// does not let another one start beside it.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let turn = self.gate.enter().await.ok_or_else(busy)?;
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            work()
        })
        .await
        .map_err(ApiError::internal)?
    }
}

/// 503 `SERVICE_UNAVAILABLE`: too many password checks at once.
fn busy() -> ApiError {
    crate::metrics::rejected(crate::metrics::Rejection::PasswordHashQueue);
    ApiError::new(
        ErrorCode::ServiceUnavailable,
        "Too many sign-ins are being checked right now; try again in a moment",
    )
    .with_header(header::RETRY_AFTER, HeaderValue::from_static("1"))
}

fn hasher() -> Result<Argon2<'static>, ApiError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_blocking(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::internal(e.to_string()))
}

fn verify_blocking(password: &str, stored: Option<&str>) -> Result<bool, ApiError> {
    let dummy;
    let phc = match stored {
        Some(phc) => phc,
        None => {
            dummy = dummy_hash()?;
            dummy.as_str()
        }
    };
    let parsed = PasswordHash::new(phc).map_err(|e| ApiError::internal(e.to_string()))?;
    let matches = hasher()?
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    Ok(matches && stored.is_some())
}

/// A hash of a random password, made once per process, used to spend the same time on unknown
/// accounts as on known ones.
fn dummy_hash() -> Result<String, ApiError> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(hash) = DUMMY.get() {
        return Ok(hash.clone());
    }
    let hash = hash_blocking(&super::random::random_token())?;
    Ok(DUMMY.get_or_init(|| hash).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_with_argon2id_at_owasp_minimum_and_verifies() {
        let hasher = PasswordHasher::new(1, 0);
        let phc = hasher.hash("correct horse".into()).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        let right = hasher.verify("correct horse".into(), Some(phc.clone()));
        assert!(right.await.unwrap());
        let wrong = hasher.verify("wrong horse".into(), Some(phc));
        assert!(!wrong.await.unwrap());
        assert!(!hasher.verify("correct horse".into(), None).await.unwrap());
    }

    #[tokio::test]
    async fn past_the_queue_the_answer_is_503_at_once() {
        let hasher = PasswordHasher::new(1, 1);
        let mut burst = tokio::task::JoinSet::new();
        for _ in 0..6 {
            let hasher = hasher.clone();
            burst.spawn(async move { hasher.verify("guess".into(), None).await });
        }
        let mut busy = 0;
        while let Some(outcome) = burst.join_next().await {
            match outcome.unwrap() {
                Ok(matched) => assert!(!matched),
                Err(error) => {
                    assert_eq!(error.code(), ErrorCode::ServiceUnavailable);
                    busy += 1;
                }
            }
        }
        assert!(
            busy >= 4,
            "one runs, one waits, the rest are turned away ({busy} refused)"
        );
        assert_eq!(hasher.gate.admitted(), 0, "every admission is given back");
    }
}
